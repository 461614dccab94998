#include "commands.hpp"

#include "check.hpp"
#include "project.hpp"
#include "report.hpp"

#include <CLI/CLI.hpp>

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

int run_check_command(const CheckArgs& args)
{
    auto context = make_context(args.common, args.paths);
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    const Config& config = context->config;

    CheckOptions options;
    options.paths = args.paths;
    options.lang = lang;
    options.jobs = args.common.jobs != 0 ? args.common.jobs : std::max(1u, std::thread::hardware_concurrency());
    options.disable = config.disable;
    options.profile = &context->profile();
    auto today = resolve_today(args.common, lang);
    if (!today) return fail(today.error());
    options.today = *today;
    FailOn fail_on = config.fail_on.value_or(FailOn::error);
    if (!args.fail_on.empty()) fail_on = *parse_fail_on(args.fail_on);

    std::unique_ptr<SchemaSet> own_schemas;
    if (context->own_profile) own_schemas = SchemaSet::for_profile(*context->own_profile);
    auto result = run_check(options, context->project, own_schemas ? *own_schemas : SchemaSet::embedded());
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
