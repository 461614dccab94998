#include "app.hpp"

#include "commands.hpp"
#include "suggest.hpp"

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
    return fail(say(lang_from_environment(),
                    {"kan niet naar de standaarduitvoer schrijven: {0}", "cannot write to standard output: {0}"},
                    std::strerror(error != 0 ? error : EIO)));
}

}  // namespace

int run(int argc, char** argv)
{
    CLI::App app{"mee: checks, scores and reports participation plans, end reports and citizens' initiatives "
                 "(Met Elkaar 2.0)",
                 "mee"};
    app.set_version_flag("--version", version_text, "Print the version and the embedded profile");
    app.require_subcommand(1);
    app.fallthrough(false);

    CheckArgs check;
    add_check_command(app, check);
    ScoreArgs score;
    add_score_command(app, score);
    IndicatorsArgs indicators;
    add_indicators_command(app, indicators);
    AgendaArgs agenda;
    add_agenda_command(app, agenda);
    RenderArgs render;
    add_render_command(app, render);
    DecideArgs decide;
    add_decide_command(app, decide);
    SchemaArgs schema;
    add_schema_command(app, schema);
    RulesArgs rules;
    add_rules_command(app, rules);
    ExplainArgs explain;
    add_explain_command(app, explain);
    InitArgs init;
    add_init_command(app, init);
    CompletionArgs completion;
    add_completion_command(app, completion);

    if (argc >= 2 && argv[1][0] != '-') {
        std::vector<std::string> names;
        for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
        if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
            std::string message = std::string("mee: error: unknown command '") + argv[1] + "'";
            if (auto guess = did_you_mean(argv[1], names)) message += "; did you mean '" + *guess + "'?";
            std::cerr << message << "\nCommands: ";
            for (std::size_t i = 0; i < names.size(); ++i) std::cerr << (i ? ", " : "") << names[i];
            std::cerr << ". Run 'mee --help' for more.\n";
            return 2;
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "mee: error: " << e.what() << "\n"
                  << "Run 'mee --help' or 'mee COMMAND --help' for the commands and their options.\n";
        return 2;
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
        std::cerr << "mee: error: " << e.what() << "\n";
        return 2;
    }
    return finish_output(status);
}

}  // namespace mee::cli
