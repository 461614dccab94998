#include "app.hpp"

#include "commands.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

namespace mee::cli {

int run(int argc, char** argv)
{
    CLI::App app{"mee: checks, scores and reports participation plans, end reports and citizens' initiatives "
                 "(Met Elkaar 2.0)",
                 "mee"};
    app.set_version_flag("--version", std::string("mee ") + k_version);
    app.require_subcommand(1);
    app.fallthrough(false);

    CheckArgs check;
    add_check_command(app, check);
    SchemaArgs schema;
    add_schema_command(app, schema);
    RulesArgs rules;
    add_rules_command(app, rules);
    ExplainArgs explain;
    add_explain_command(app, explain);

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
    try {
        if (app.got_subcommand("check")) return run_check_command(check);
        if (app.got_subcommand("schema")) return run_schema_command(schema);
        if (app.got_subcommand("rules")) return run_rules_command(rules);
        if (app.got_subcommand("explain")) return run_explain_command(explain);
    } catch (const std::exception& e) {
        std::cerr << "mee: error: " << e.what() << "\n";
        return 2;
    }
    return 2;
}

}  // namespace mee::cli
