#pragma once
// The command line in the user's language: the language chosen before
// parsing, CLI11's help layout with Dutch or English headings, and CLI11's
// parse errors told as mee's own usage errors.

#include "base/text.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace mee::cli {

// The language of the help texts and of the errors of the command line:
// the last valid `--lang nl|en` (or `--lang=…`) before `--`, else `lang:`
// of the current folder's .mee.yaml, else the environment (Dutch unless
// the locale names another language).
Lang command_line_lang(int argc, const char* const* argv);

// CLI11's help layout with mee's headings in `lang` ("Gebruik:",
// "Opties:", "VERPLICHT"), type names in words ("TEKST", "GETAL") and a
// closed option's values shown as `{a,b}`.
class HelpFormatter : public CLI::Formatter {
public:
    explicit HelpFormatter(Lang lang);
    std::string make_option_opts(const CLI::Option* opt) const override;

private:
    Lang lang_;
};

// The values a closed option takes (CLI::IsMember), in order; empty for
// any other option.
std::vector<std::string> option_choices(const CLI::Option& option);

// Prints the commands, one line each, and how to get help, on stderr;
// returns 2 (for a bare `mee`).
int command_overview(const CLI::App& app, Lang lang);

// When the first argument that is not an option of mee itself is no
// command: prints "unknown command" with a suggestion on stderr and
// returns 2. nullopt when the command line names a known command.
std::optional<int> unknown_command(const CLI::App& app, int argc, const char* const* argv, Lang lang);

// Arguments that no option or positional of the chosen command took
// (CLI11 keeps them with allow_extras): prints the first as an unknown
// option (with a suggestion) or an unexpected argument; returns 2.
// nullopt when there are none.
std::optional<int> leftover_arguments(const CLI::App& app, Lang lang);

// Prints the parse error `e` of `app` in `lang`, naming the option or
// argument at fault and how to get help, on stderr; returns 2.
int usage_error(const CLI::App& app, const CLI::ParseError& e, Lang lang);

}  // namespace mee::cli
