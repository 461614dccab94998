#include "cli/app.hpp"

#include "base/system_error.hpp"
#include "cli/commands.hpp"
#include "cli/help.hpp"
#include "rules/run.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace mee::cli {

namespace {

// Standard output is flushed before mee ends, so that a write that fails (a
// full disk, a closed file) is an error with exit status 2, not a report
// that silently lacks its end. A reader that went away (`mee … | head`) is
// no error: mee stops quietly, as other tools do.
int finish_output(int status)
{
    errno = 0;
    std::cout.flush();
    if (std::cout && std::fflush(stdout) == 0 && std::ferror(stdout) == 0) return status;
    // The failed write may have been an earlier one: write what is left
    // once more to learn why.
    std::clearerr(stdout);
    errno = 0;
    std::fputc('\n', stdout);
    std::fflush(stdout);
    const int error = errno;
    if (error == EPIPE) return status;
    return fail(say(message_lang(),
                    {"kan niet naar de standaarduitvoer schrijven: {0}", "cannot write to standard output: {0}"},
                    system_error_text(error != 0 ? error : EIO, message_lang())));
}

}  // namespace

int run(int argc, char** argv)
{
    const Lang lang = command_line_lang(argc, argv);
    set_message_lang(lang);
    CLI::App app{say(lang, {"mee controleert participatieplannen, eindverslagen en inwonersinitiatieven aan het "
                            "beleid Met Elkaar 2.0, geeft ze een score en maakt er verslagen van.",
                            "mee checks participation plans, end reports and citizens' initiatives against the "
                            "policy Met Elkaar 2.0, scores them and makes reports of them."}),
                 "mee"};
    app.formatter(std::make_shared<HelpFormatter>(lang));
    app.option_defaults()->group(say(lang, {"Opties", "Options"}));
    app.set_help_flag("-h,--help", say(lang, {"Toon deze hulp en stop", "Print this help and exit"}));
    app.set_version_flag(
        "--version", version_text,
        say(lang, {"Toon de versie en het ingebouwde profiel", "Print the version and the embedded profile"}));
    std::string root_lang;
    app.add_option("--lang", root_lang, say(lang, {"Taal: nl of en", "Language: nl or en"}))
        ->check(CLI::IsMember({"nl", "en"}));
    app.footer(say(lang, {"Uitleg bij een opdracht: mee OPDRACHT --help", "Help on a command: mee COMMAND --help"}));
    app.require_subcommand(1);
    app.fallthrough(false);
    app.allow_extras();

    CheckArgs check;
    add_check_command(app, check, lang);
    ScoreArgs score;
    add_score_command(app, score, lang);
    IndicatorsArgs indicators;
    add_indicators_command(app, indicators, lang);
    AgendaArgs agenda;
    add_agenda_command(app, agenda, lang);
    RenderArgs render;
    add_render_command(app, render, lang);
    DecideArgs decide;
    add_decide_command(app, decide, lang);
    SchemaArgs schema;
    add_schema_command(app, schema, lang);
    RulesArgs rules;
    add_rules_command(app, rules, lang);
    ExplainArgs explain;
    add_explain_command(app, explain, lang);
    InitArgs init;
    add_init_command(app, init, lang);
    CompletionArgs completion;
    add_completion_command(app, completion, lang);
    for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        sub->group(say(lang, {"Opdrachten", "Commands"}));
        // CLI11 gives a subcommand its help flag before the option defaults.
        sub->get_help_ptr()->group(say(lang, {"Opties", "Options"}));
        sub->footer("");  // not mee's own footer
        sub->allow_extras();
    }

    if (auto status = unknown_command(app, argc, argv, lang)) return *status;
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::RequiredError& e) {
        // No command: the overview, or what was typed instead of one.
        if (!app.get_subcommands().empty()) return usage_error(app, e, lang);
        if (auto status = leftover_arguments(app, lang)) return *status;
        return command_overview(app, lang);
    } catch (const CLI::ParseError& e) {
        return usage_error(app, e, lang);
    }
    if (auto status = leftover_arguments(app, lang)) return *status;
    // `mee --lang en check`: the language given before the command holds for it.
    for (CommonArgs* common : {&check.common, &score.common, &indicators.common, &agenda.common, &render.common,
                               &decide.common, &schema.common, &rules.common, &explain.common, &init.common}) {
        if (common->lang.empty()) common->lang = root_lang;
    }
    const auto dispatch = [&]() -> int {
        if (app.got_subcommand("check")) return run_check_command(check);
        if (app.got_subcommand("score")) return run_score_command(score);
        if (app.got_subcommand("indicators")) return run_indicators_command(indicators);
        if (app.got_subcommand("agenda")) return run_agenda_command(agenda);
        if (app.got_subcommand("render")) return run_render_command(render);
        if (app.got_subcommand("decide")) return run_decide_command(decide);
        if (app.got_subcommand("schema")) return run_schema_command(schema);
        if (app.got_subcommand("rules")) return run_rules_command(rules);
        if (app.got_subcommand("explain")) return run_explain_command(explain);
        if (app.got_subcommand("init")) return run_init_command(init);
        if (app.got_subcommand("completion")) return run_completion_command(completion, app);
        return 2;
    };
    int status = 2;
    try {
        status = dispatch();
    } catch (const std::exception& e) {
        return fail(e.what());
    }
    return finish_output(status);
}

}  // namespace mee::cli
