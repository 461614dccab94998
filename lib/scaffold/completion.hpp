#pragma once
// `mee completion bash|zsh|fish`: shell completion scripts, written from a
// table of the commands and their options (built from the command-line
// parser itself) and the lists that values come from (rule codes, kinds),
// so the scripts never drift from what mee accepts.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

struct CompletionOption {
    std::vector<std::string> names;    // "-o", "--output": one dash for a letter, two for a word
    std::string help;                  // one line
    bool takes_value = false;          // false: a flag
    bool repeatable = false;           // may be given more than once
    std::vector<std::string> choices;  // the values it takes; empty: see `files`
    bool files = true;                 // without choices: the value is a path (false: a number, no completion)
};

struct CompletionCommand {
    std::string name;
    std::string help;
    std::vector<CompletionOption> options;
    bool takes_arguments = false;        // has positional arguments
    std::vector<std::string> arguments;  // their values (rule codes, kinds); empty: files
};

enum class Shell { bash, zsh, fish };

// "bash", "zsh", "fish".
std::span<const std::string_view> shell_names();
std::optional<Shell> parse_shell(std::string_view name);

// The completion script for `shell`: the commands, each command's options
// and their values, and the values of positional arguments; `global` are
// the options before a command (--help, --version). The program is `mee`.
std::string completion_script(Shell shell, std::span<const CompletionCommand> commands,
                              std::span<const CompletionOption> global);

}  // namespace mee
