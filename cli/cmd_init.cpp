#include "commands.hpp"

#include "kind.hpp"
#include "output_file.hpp"
#include "suggest.hpp"
#include "template.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace mee::cli {

void add_init_command(CLI::App& app, InitArgs& args, Lang lang)
{
    CLI::App* cmd = app.add_subcommand(
        "init", say(lang, {"Begin een nieuw document met een sjabloon vol uitleg (in het Nederlands)",
                           "Start a new document from a commented template (in Dutch)"}));
    add_common_options(*cmd, args.common, lang);
    cmd->add_option(say(lang, {"SOORT", "KIND"}), args.kind,
                    say(lang, {"plan, eindverslag of initiatief", "plan, eindverslag or initiatief"}))
        ->required();
    cmd->add_option("-o,--output", args.output,
                    say(lang, {"Schrijf naar BESTAND in plaats van naar het scherm",
                               "Write to FILE instead of standard output"}))
        ->type_name(say(lang, {"BESTAND", "FILE"}));
    cmd->add_flag("-f,--force", args.force,
                  say(lang, {"Overschrijf BESTAND als het al bestaat", "Overwrite FILE when it exists"}));
}

int run_init_command(const InitArgs& args)
{
    // The project of the new file: where the output goes, else the current folder.
    std::vector<std::string> where;
    if (!args.output.empty() && args.output != "-") {
        const std::filesystem::path folder = std::filesystem::path(args.output).parent_path();
        std::error_code ec;
        if (!folder.empty() && std::filesystem::is_directory(folder, ec)) where.push_back(folder.string());
    }
    auto context = make_context(args.common, where);
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    const auto kind = parse_kind(args.kind);
    if (!kind) {
        std::vector<std::string> kinds;
        for (DocKind k : k_all_kinds)
            kinds.emplace_back(kind_name(k));
        std::string message = say(lang,
                                  {"onbekende soort '{0}'; kies plan, eindverslag of initiatief",
                                   "unknown kind '{0}'; choose plan, eindverslag or initiatief"},
                                  args.kind);
        if (auto guess = did_you_mean(args.kind, kinds)) {
            message += say(lang, {" (bedoelde u {0}?)", " (did you mean {0}?)"}, *guess);
        }
        return fail(message);
    }
    auto today = resolve_today(args.common, lang);
    if (!today) return fail(today.error());
    std::optional<std::filesystem::path> output;
    if (!args.output.empty() && args.output != "-") output = args.output;
    const std::string id = next_id(id_prefix(*kind), today->year, project_ids(context->project, lang, output));
    const std::string text = document_template(*kind, context->profile(), *today, schema_reference(*kind, output), id);
    if (!output) {
        std::cout << text;
        return 0;
    }
    if (auto written = write_file_atomically(*output, text, args.force ? Overwrite::yes : Overwrite::no, lang);
        !written) {
        return fail(written.error());
    }
    if (!args.common.quiet) {
        std::cerr << say(lang,
                         {"mee: {0} geschreven; vul het in en controleer het met: mee check {0}",
                          "mee: wrote {0}; fill it in and check it with: mee check {0}"},
                         output->string())
                  << "\n";
    }
    return 0;
}

}  // namespace mee::cli
