#include "cli/commands.hpp"

#include "check/check.hpp"
#include "stats/score_output.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <thread>

namespace mee::cli {

void add_score_command(CLI::App& app, ScoreArgs& args, Lang lang)
{
    CLI::App* cmd = app.add_subcommand(
        "score", say(lang, {"De score van volledigheid van elk plan en eindverslag, met wat er nog ontbreekt",
                            "The completeness score of each plan and eindverslag, with what is missing"}));
    add_common_options(*cmd, args.common, lang);
    cmd->add_option(say(lang, {"PAD", "PATH"}), args.paths,
                    say(lang, {"Bestanden en mappen (standaard: de huidige map)",
                               "Files and folders (default: the current folder)"}));
    cmd->add_option("--format", args.format, say(lang, {"Uitvoer: text, json of csv", "Output: text, json or csv"}))
        ->check(CLI::IsMember({"text", "json", "csv"}));
    cmd->add_option("--min", args.min,
                    say(lang, {"Eindstatus 1 als een score lager is dan dit getal (0-100)",
                               "Exit status 1 when a score is below this (0-100)"}))
        ->check(CLI::Range(0, 100));
}

int run_score_command(const ScoreArgs& args)
{
    auto context = make_context(args.common, args.paths);
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    auto result = check_documents(args.common, *context, args.paths, lang, Trees::full);
    if (!result) return fail(result.error());
    if (const Finding* f = unreadable_named(*result, args.paths)) {
        return fail(
            say(lang, {"kan '{0}' geen score geven: {1}", "cannot score '{0}': {1}"}, f->path, not_readable(*f, lang)));
    }

    const auto scores = score_documents(*result, context->profile());
    if (args.format == "json")
        std::cout << format_scores_json(scores, lang);
    else if (args.format == "csv")
        std::cout << format_scores_csv(scores, lang);
    else
        std::cout << terminal_safe(format_scores_text(scores, lang), true);
    std::cout.flush();
    if (args.min) {
        for (const ScoredDocument& d : scores) {
            if (d.score.value() < *args.min) return 1;
        }
    }
    return 0;
}

}  // namespace mee::cli
