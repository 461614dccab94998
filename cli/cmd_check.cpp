#include "commands.hpp"

#include "check.hpp"
#include "project.hpp"
#include "report.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

namespace mee::cli {

void add_check_command(CLI::App& app, CheckArgs& args)
{
    CLI::App* cmd = app.add_subcommand("check", "Check plans, end reports and initiatives against the policy's rules");
    add_common_options(*cmd, args.common);
    cmd->add_option("paths", args.paths, "Files and folders to check (default: the current folder)");
    cmd->add_option("--format", args.format, "Output: text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->add_option("--fail-on", args.fail_on, "Exit status 1 from this severity on: error, warning, info, never (default: error)")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}));
    cmd->add_flag("-v,--verbose", args.verbose, "Also list the YAML files skipped because they have no soort");
}

namespace {

Date clock_today()
{
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

bool use_color(const std::string& choice)
{
    if (choice == "always") return true;
    if (choice == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color != nullptr && *no_color != '\0') return false;
    const char* term = std::getenv("TERM");
    if (term != nullptr && std::string_view(term) == "dumb") return false;
    return isatty(STDOUT_FILENO) == 1;
}

}  // namespace

int run_check_command(const CheckArgs& args)
{
    Lang lang = resolve_lang(args.common);
    auto project = find_project(args.paths, lang);
    if (!project) return fail(project.error());
    const Config config = project->config.value_or(Config{});
    lang = resolve_lang(args.common, config.lang);

    CheckOptions options;
    options.paths = args.paths;
    options.lang = lang;
    options.jobs = args.common.jobs != 0 ? args.common.jobs : std::max(1u, std::thread::hardware_concurrency());
    options.disable = config.disable;
    if (!args.common.today.empty()) {
        auto today = parse_date(args.common.today);
        if (!today) {
            return fail(say(lang, {"--today '{0}' is geen datum; schrijf JJJJ-MM-DD",
                                   "--today '{0}' is not a date; write YYYY-MM-DD"},
                            args.common.today));
        }
        options.today = *today;
    } else {
        options.today = clock_today();
    }
    FailOn fail_on = config.fail_on.value_or(FailOn::error);
    if (!args.fail_on.empty()) fail_on = *parse_fail_on(args.fail_on);

    auto result = run_check(options, *project, SchemaSet::embedded());
    if (!result) return fail(result.error());

    if (args.verbose) {
        for (const std::string& skipped : result->skipped) {
            std::cerr << say(lang, {"mee: overgeslagen, geen soort: {0}", "mee: skipped, no soort: {0}"}, skipped) << "\n";
        }
    }
    if (args.format == "json") {
        std::cout << format_json(*result, lang);
    } else {
        TextStyle style{lang, use_color(args.common.color) ? Color::yes : Color::no,
                        args.common.quiet ? Quiet::yes : Quiet::no};
        std::cout << format_text(*result, style);
    }
    std::cout.flush();
    for (const Finding& f : result->findings) {
        if (fails(f.severity, fail_on)) return 1;
    }
    return 0;
}

}  // namespace mee::cli
