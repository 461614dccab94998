#include "cli/commands.hpp"

#include "base/output_file.hpp"
#include "check/check.hpp"
#include "stats/indicators_output.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <thread>

namespace mee::cli {

void add_indicators_command(CLI::App& app, IndicatorsArgs& args, Lang lang)
{
    CLI::App* cmd =
        app.add_subcommand("indicators", say(lang, {"Het jaaroverzicht van de indicatoren (§3.6) voor één jaar",
                                                    "The annual indicator summary of §3.6 for one year"}));
    add_common_options(*cmd, args.common, lang);
    cmd->add_option(say(lang, {"PAD", "PATH"}), args.paths,
                    say(lang, {"Bestanden en mappen (standaard: de huidige map)",
                               "Files and folders (default: the current folder)"}));
    cmd->add_option("--year", args.year, say(lang, {"Het jaar van het overzicht", "The year to summarise"}))
        ->required()
        ->check(CLI::Range(1900, 2999));
    cmd->add_option("--format", args.format,
                    say(lang, {"Uitvoer: md, html, json of csv", "Output: md, html, json or csv"}))
        ->check(CLI::IsMember({"md", "html", "json", "csv"}));
    cmd->add_option("-o,--output", args.output,
                    say(lang, {"Schrijf naar dit bestand (in één keer) in plaats van naar het scherm",
                               "Write to this file (atomically) instead of standard output"}))
        ->type_name(say(lang, {"BESTAND", "FILE"}));
}

int run_indicators_command(const IndicatorsArgs& args)
{
    auto context = make_context(args.common, args.paths);
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    auto result = check_documents(args.common, *context, args.paths, lang, Trees::full);
    if (!result) return fail(result.error());

    const Indicators current = compute_indicators(*result, args.year, context->today, context->profile(), lang);
    std::optional<Indicators> previous;
    if (has_documents_for_year(*result, args.year - 1)) {
        previous = compute_indicators(*result, args.year - 1, context->today, context->profile(), lang);
    }
    std::string text;
    if (args.format == "html")
        text = format_indicators_html(current, previous, lang);
    else if (args.format == "json")
        text = format_indicators_json(current, previous);
    else if (args.format == "csv")
        text = format_indicators_csv(current, previous);
    else
        text = format_indicators_md(current, previous, lang);
    // Without control characters from the documents, in a file as on a terminal.
    if (args.format != "json") text = terminal_safe(text, true);

    if (args.output.empty()) {
        std::cout << text;
        return 0;
    }
    std::vector<std::filesystem::path> inputs;
    for (const ProjectDocument& d : result->project.documents())
        inputs.emplace_back(d.path);
    if (auto refused = check_output(args.output, output_guard(*context, inputs), lang); !refused)
        return fail(refused.error());
    if (auto written = write_file_atomically(args.output, text, Overwrite::yes, lang); !written)
        return fail(written.error());
    return 0;
}

}  // namespace mee::cli
