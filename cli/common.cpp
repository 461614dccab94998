#include "commands.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace mee::cli {

void add_common_options(CLI::App& command, CommonArgs& args)
{
    command.add_option("--lang", args.lang, "Language of messages: nl or en (default: .mee.yaml, then LC_ALL/LC_MESSAGES/LANG)")
        ->check(CLI::IsMember({"nl", "en"}));
    command.add_option("--color", args.color, "Colour: auto, always or never (NO_COLOR is honoured with auto)")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    command.add_flag("-q,--quiet", args.quiet, "Print only what matters: no summary line");
    command.add_option("--today", args.today, "The date of the run, YYYY-MM-DD (default: the clock)");
    command.add_option("-j,--jobs", args.jobs, "Threads (default: all cores)")->check(CLI::PositiveNumber);
}

Lang resolve_lang(const CommonArgs& args, std::optional<Lang> config_lang)
{
    if (auto lang = parse_lang(args.lang)) return *lang;
    if (config_lang) return *config_lang;
    return lang_from_environment();
}

int fail(const std::string& message)
{
    std::cerr << "mee: error: " << message << "\n";
    return 2;
}

}  // namespace mee::cli
