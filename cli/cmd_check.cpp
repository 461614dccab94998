#include "cli/commands.hpp"

#include "base/output_file.hpp"
#include "check/baseline.hpp"
#include "check/check.hpp"
#include "check/project.hpp"
#include "report/format.hpp"

#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <set>
#include <thread>

namespace mee::cli {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> format_list()
{
    std::vector<std::string> out;
    for (std::string_view name : format_names())
        out.emplace_back(name);
    return out;
}

struct OutputFile {
    Format format;
    fs::path file;
};

// "FORMAT=FILE" pairs of --output.
Expected<std::vector<OutputFile>> parse_outputs(const std::vector<std::string>& values, Lang lang)
{
    std::vector<OutputFile> out;
    std::set<fs::path> seen;
    for (const std::string& value : values) {
        const std::size_t eq = value.find('=');
        const std::string name = value.substr(0, eq == std::string::npos ? 0 : eq);
        const auto format = parse_format(name);
        if (eq == std::string::npos || !format || eq + 1 == value.size()) {
            return Failure{say(lang,
                               {"--output '{0}': schrijf FORMAAT=BESTAND, met FORMAAT een van {1} (bijvoorbeeld "
                                "--output sarif=mee.sarif)",
                                "--output '{0}': write FORMAT=FILE, with FORMAT one of {1} (for example "
                                "--output sarif=mee.sarif)"},
                               value, fmt::format("{}", fmt::join(format_names(), ", ")))};
        }
        OutputFile o{*format, value.substr(eq + 1)};
        if (!seen.insert(fs::absolute(o.file).lexically_normal()).second) {
            return Failure{
                say(lang, {"--output noemt '{0}' twee keer", "--output names '{0}' twice"}, o.file.string())};
        }
        out.push_back(std::move(o));
    }
    return out;
}

std::string timestamp(const CommonArgs& common, const Date& today)
{
    if (!common.today.empty()) return format_date(today) + "T00:00:00";
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &local);
    return text;
}

std::string plural(Lang lang, std::size_t n, Msg one, Msg many)
{
    return say(lang, n == 1 ? one : many, n);
}

fs::path folder_of(const fs::path& file)
{
    return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

}  // namespace

void add_check_command(CLI::App& app, CheckArgs& args, Lang lang)
{
    CLI::App* cmd = app.add_subcommand(
        "check", say(lang, {"Controleer plannen, eindverslagen en initiatieven aan de regels van het beleid",
                            "Check plans, end reports and initiatives against the policy's rules"}));
    add_common_options(*cmd, args.common, lang);
    cmd->add_option(say(lang, {"PAD", "PATH"}), args.paths,
                    say(lang, {"Bestanden en mappen om te controleren (standaard: de huidige map)",
                               "Files and folders to check (default: the current folder)"}));
    cmd->add_option("--format", args.format,
                    say(lang, {"Uitvoer op het scherm: text (standaard; github als GITHUB_ACTIONS=true), json, "
                               "sarif, junit, github, codequality",
                               "Output on stdout: text (default; github when GITHUB_ACTIONS=true), json, sarif, "
                               "junit, github, codequality"}))
        ->check(CLI::IsMember(format_list()));
    cmd->add_option("-o,--output", args.outputs,
                    say(lang, {"Schrijf ook FORMAAT=BESTAND, bijvoorbeeld sarif=mee.sarif (mag vaker; elk bestand "
                               "in één keer geschreven)",
                               "Also write FORMAT=FILE, e.g. sarif=mee.sarif (repeatable; written atomically)"}))
        ->type_name(say(lang, {"FORMAAT=BESTAND", "FORMAT=FILE"}))
        ->allow_extra_args(false);  // one value each time, so paths after it stay paths
    cmd->add_option("--fail-on", args.fail_on,
                    say(lang, {"Eindstatus 1 vanaf deze ernst: error, warning, info, never (standaard: error)",
                               "Exit status 1 from this severity on: error, warning, info, never (default: error)"}))
        ->check(CLI::IsMember({"error", "warning", "info", "never"}));
    auto* baseline = cmd->add_option("--baseline", args.baseline,
                                     say(lang, {"Meld alleen bevindingen die niet in dit baseline-bestand (JSON) staan",
                                                "Report only findings that are not in this baseline file (JSON)"}))
                         ->type_name(say(lang, {"BESTAND", "FILE"}));
    cmd->add_option("--write-baseline", args.write_baseline,
                    say(lang, {"Schrijf alle bevindingen van nu naar dit baseline-bestand en accepteer ze",
                               "Write every current finding to this baseline file and accept them"}))
        ->type_name(say(lang, {"BESTAND", "FILE"}))
        ->excludes(baseline);
    cmd->add_flag("-v,--verbose", args.verbose,
                  say(lang, {"Toon ook op stderr welke YAML-bestanden zonder soort zijn overgeslagen, en hoe lang "
                             "alles duurde",
                             "Also list on stderr the YAML files skipped because they have no soort, and timings"}));
}

int run_check_command(const CheckArgs& args)
{
    const auto started = std::chrono::steady_clock::now();
    auto context = make_context(args.common, args.paths);
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    const Config& config = context->config;

    FailOn fail_on = config.fail_on.value_or(FailOn::error);
    if (!args.fail_on.empty()) fail_on = *parse_fail_on(args.fail_on);

    Format format = Format::text;
    if (!args.format.empty()) {
        format = *parse_format(args.format);
    } else if (const char* actions = std::getenv("GITHUB_ACTIONS");
               actions != nullptr && std::string_view(actions) == "true") {
        format = Format::github;
    }
    auto outputs = parse_outputs(args.outputs, lang);
    if (!outputs) return fail(outputs.error());
    std::optional<Baseline> baseline;
    if (!args.baseline.empty()) {
        auto read = read_baseline(args.baseline, lang);
        if (!read) return fail(read.error());
        baseline = std::move(*read);
    }

    auto result = check_documents(args.common, *context, args.paths, lang);
    if (!result) return fail(result.error());
    const auto checked = std::chrono::steady_clock::now();

    std::vector<fs::path> inputs;
    for (const auto& [shown, source] : result->sources)
        inputs.emplace_back(shown);
    const OutputGuard guard = output_guard(*context, std::move(inputs));
    // Every output is checked before the first is written: a refused one
    // does not leave the others half done.
    if (!args.write_baseline.empty()) {
        if (auto refused = check_output(args.write_baseline, guard, lang); !refused) return fail(refused.error());
    }
    for (const OutputFile& o : *outputs) {
        if (auto refused = check_output(o.file, guard, lang); !refused) return fail(refused.error());
    }

    if (!args.write_baseline.empty()) {
        const fs::path file = args.write_baseline;
        baseline = make_baseline(*result, folder_of(file));
        if (auto written = write_file_atomically(file, baseline_json(*baseline), Overwrite::yes, lang); !written) {
            return fail(written.error());
        }
        if (!args.common.quiet) {
            std::cerr << "mee: "
                      << plural(lang, baseline->entries.size(),
                                {"baseline met {0} bevinding", "baseline with {0} finding"},
                                {"baseline met {0} bevindingen", "baseline with {0} findings"})
                      << say(lang, {" geschreven naar {0}", " written to {0}"}, terminal_safe(file.string())) << "\n";
        }
    }
    BaselineUse use;
    if (baseline) {
        const fs::path file = args.write_baseline.empty() ? args.baseline : args.write_baseline;
        use = apply_baseline(*result, *baseline, folder_of(file));
    }

    if (args.verbose) {
        for (const std::string& skipped : result->skipped) {
            std::cerr << say(lang, {"mee: overgeslagen, geen soort: {0}", "mee: skipped, no soort: {0}"},
                             terminal_safe(skipped))
                      << "\n";
        }
        if (use.stale > 0) {
            std::cerr << "mee: "
                      << plural(lang, use.stale,
                                {"{0} regel in de baseline past bij geen bevinding meer",
                                 "{0} baseline entry matches no finding any more"},
                                {"{0} regels in de baseline passen bij geen bevinding meer",
                                 "{0} baseline entries match no finding any more"})
                      << say(lang, {" (opgelost?); schrijf hem opnieuw met --write-baseline",
                                    " (fixed?); rewrite it with --write-baseline"})
                      << "\n";
        }
    }

    ReportOptions report{lang,
                         use_color(args.common.color) ? Color::yes : Color::no,
                         args.common.quiet ? Quiet::yes : Quiet::no,
                         fail_on,
                         k_version,
                         timestamp(args.common, context->today)};
    for (const OutputFile& o : *outputs) {
        ReportOptions plain = report;
        plain.color = Color::no;
        if (auto written = write_file_atomically(o.file, format_report(o.format, *result, plain), Overwrite::yes, lang);
            !written) {
            return fail(written.error());
        }
    }
    std::cout << format_report(format, *result, report);
    std::cout.flush();

    if (args.verbose) {
        using std::chrono::duration_cast;
        using std::chrono::milliseconds;
        const auto done = std::chrono::steady_clock::now();
        std::cerr << "mee: "
                  << plural(lang, result->documents, {"{0} document", "{0} document"},
                            {"{0} documenten", "{0} documents"})
                  << say(lang,
                         {" gelezen en gecontroleerd in {0} ms, uitvoer in {1} ms",
                          " read and checked in {0} ms, output in {1} ms"},
                         duration_cast<milliseconds>(checked - started).count(),
                         duration_cast<milliseconds>(done - checked).count())
                  << "\n";
    }
    for (const Finding& f : result->findings) {
        if (fails(f.severity, fail_on)) return 1;
    }
    return 0;
}

}  // namespace mee::cli
