#include "scaffold/completion.hpp"

#include <doctest/doctest.h>

#include <vector>

namespace {

std::vector<mee::CompletionCommand> commands()
{
    mee::CompletionCommand check{"check", "Check [docs]: it's fine", {}, true, {}};
    check.options.push_back({{"--format"}, "Output", true, false, {"text", "json", "sarif"}});
    check.options.push_back({{"-o", "--output"}, "Also write", true, true, {}});
    check.options.push_back({{"-q", "--quiet"}, "Quiet", false, false, {}});
    check.options.push_back({{"-j"}, "Threads", true, false, {}, false});
    mee::CompletionCommand explain{"explain", "Explain a rule", {}, true, {"MEE001", "MEE005"}};
    mee::CompletionCommand rules{"rules", "List rules", {}, false, {}};
    return {check, explain, rules};
}

const std::vector<mee::CompletionOption> k_global = {{{"-h", "--help"}, "Help", false, false, {}},
                                                     {{"--version"}, "Version", false, false, {}}};

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("completion: shell names")
{
    CHECK(mee::parse_shell("bash") == mee::Shell::bash);
    CHECK(mee::parse_shell("zsh") == mee::Shell::zsh);
    CHECK(mee::parse_shell("fish") == mee::Shell::fish);
    CHECK_FALSE(mee::parse_shell("powershell"));
    CHECK(mee::shell_names().size() == 3);
}

TEST_CASE("completion: bash completes commands, options, their values and arguments")
{
    const auto cmds = commands();
    const std::string s = mee::completion_script(mee::Shell::bash, cmds, k_global);
    CHECK(has(s, "COMPREPLY=($(compgen -W 'check explain rules -h --help --version' -- \"$cur\"))"));
    CHECK(has(s, "                --format) COMPREPLY=($(compgen -W 'text json sarif' -- \"$cur\")); return ;;\n"));
    CHECK(has(s, "                -o|--output) compopt -o default; COMPREPLY=(); return ;;\n"));
    CHECK(has(s, "                -j) return ;;\n"));  // a number: nothing to complete
    CHECK(has(s, "COMPREPLY=($(compgen -W '--format -o --output -q --quiet -j' -- \"$cur\"))"));
    CHECK(has(s, "COMPREPLY=($(compgen -W 'MEE001 MEE005' -- \"$cur\"))"));
    CHECK(s.ends_with("complete -F _mee mee\n"));
}

TEST_CASE("completion: zsh specs, with help text made safe")
{
    const auto cmds = commands();
    const std::string s = mee::completion_script(mee::Shell::zsh, cmds, k_global);
    CHECK(s.starts_with("#compdef mee\n"));
    CHECK(has(s, "'check:Check (docs)\\: it'\\''s fine'"));
    CHECK(has(s, "'--format=[Output]:value:(text json sarif)'"));
    CHECK(has(s, "'*-o[Also write]:value:_files' '*--output=[Also write]:value:_files'"));
    CHECK(has(s, "'(-q --quiet)-q[Quiet]' '(-q --quiet)--quiet[Quiet]'"));
    CHECK(has(s, "'-j[Threads]:value: '"));
    CHECK(has(s, "'*: :(MEE001 MEE005)'"));
}

TEST_CASE("completion: fish, one complete line per option and command")
{
    const auto cmds = commands();
    const std::string s = mee::completion_script(mee::Shell::fish, cmds, k_global);
    CHECK(has(s, "complete -c mee -n __fish_use_subcommand -a check -d 'Check [docs]: it\\'s fine'\n"));
    CHECK(has(
        s, "complete -c mee -n '__fish_seen_subcommand_from check' -l format -x -a 'text json sarif' -d 'Output'\n"));
    CHECK(has(s, "complete -c mee -n '__fish_seen_subcommand_from check' -s o -l output -r -F -d 'Also write'\n"));
    CHECK(has(s, "complete -c mee -n '__fish_seen_subcommand_from check' -s j -x -d 'Threads'\n"));
    CHECK(has(s, "complete -c mee -n '__fish_seen_subcommand_from check' -s q -l quiet -d 'Quiet'\n"));
    CHECK(has(s, "complete -c mee -n '__fish_seen_subcommand_from explain' -x -a 'MEE001 MEE005'\n"));
    CHECK(has(s, "complete -c mee -n '__fish_seen_subcommand_from check' -F\n"));
}

TEST_CASE("completion: words that could break out of the quotes are dropped")
{
    mee::CompletionCommand evil{"x'; rm -rf ~", "help", {}, true, {"a'b", "$(boom)"}};
    const std::vector<mee::CompletionCommand> cmds = {evil};
    for (mee::Shell shell : {mee::Shell::bash, mee::Shell::zsh, mee::Shell::fish}) {
        const std::string s = mee::completion_script(shell, cmds, {});
        CHECK_FALSE(has(s, "rm -rf"));
        CHECK_FALSE(has(s, "$(boom)"));
    }
}
