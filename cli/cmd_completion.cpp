#include "cli/commands.hpp"

#include "cli/help.hpp"
#include "document/kind.hpp"
#include "rules/catalog.hpp"
#include "scaffold/completion.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace mee::cli {

namespace {

CompletionOption option_of(const CLI::Option& option)
{
    CompletionOption o;
    for (const std::string& s : option.get_snames())
        o.names.push_back("-" + s);
    for (const std::string& l : option.get_lnames())
        o.names.push_back("--" + l);
    o.help = option.get_description();
    o.takes_value = option.get_expected_max() != 0;
    o.repeatable = o.takes_value && option.get_expected_max() > 1;
    if (o.takes_value) {
        o.choices = option_choices(option);
        // CLI11 names number types INT, UINT, FLOAT: no file names for those.
        const std::string type = option.get_type_name();
        o.files = !(type.starts_with("INT") || type.starts_with("UINT") || type.starts_with("FLOAT"));
    }
    return o;
}

// What a command's positional arguments take, where it is a closed list.
std::vector<std::string> argument_values(std::string_view command)
{
    std::vector<std::string> out;
    if (command == "explain") {
        for (const Rule& rule : rule_catalog()) {
            if (rule.is_checked()) out.emplace_back(rule.code);
        }
    } else if (command == "init" || command == "schema") {
        for (DocKind kind : k_all_kinds)
            out.emplace_back(kind_name(kind));
        if (command == "schema") out.emplace_back("profile");
    } else if (command == "completion") {
        for (std::string_view shell : shell_names())
            out.emplace_back(shell);
    }
    return out;
}

}  // namespace

void add_completion_command(CLI::App& app, CompletionArgs& args, Lang lang)
{
    CLI::App* cmd = app.add_subcommand(
        "completion", say(lang, {"Toon een script voor het aanvullen van opdrachten in de shell: bash, zsh of fish",
                                 "Print a shell completion script: bash, zsh or fish"}));
    std::vector<std::string> shells;
    for (std::string_view s : shell_names())
        shells.emplace_back(s);
    cmd->add_option("SHELL", args.shell, say(lang, {"bash, zsh of fish", "bash, zsh or fish"}))
        ->required()
        ->check(CLI::IsMember(shells));
}

int run_completion_command(const CompletionArgs& args, const CLI::App& app)
{
    std::vector<CompletionCommand> commands;
    for (const CLI::App* sub : app.get_subcommands({})) {
        CompletionCommand c;
        c.name = sub->get_name();
        c.help = sub->get_description();
        for (const CLI::Option* option : sub->get_options()) {
            if (option->get_positional()) {
                c.takes_arguments = true;
                continue;
            }
            c.options.push_back(option_of(*option));
        }
        c.arguments = argument_values(c.name);
        commands.push_back(std::move(c));
    }
    std::vector<CompletionOption> global;
    for (const CLI::Option* option : app.get_options()) {
        if (!option->get_positional()) global.push_back(option_of(*option));
    }
    std::cout << completion_script(*parse_shell(args.shell), commands, global);
    return 0;
}

}  // namespace mee::cli
