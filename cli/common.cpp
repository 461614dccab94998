#include "cli/commands.hpp"

#include "check/project_lang.hpp"
#include "check/walk.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <memory>
#include <set>
#include <thread>

namespace mee::cli {

namespace {

Lang g_message_lang = Lang::nl;

}  // namespace

void set_message_lang(Lang lang)
{
    g_message_lang = lang;
}

Lang message_lang()
{
    return g_message_lang;
}

void add_common_options(CLI::App& command, CommonArgs& args, Lang lang)
{
    command
        .add_option("--lang", args.lang,
                    say(lang, {"Taal van de meldingen: nl of en (anders lang: uit .mee.yaml, dan LC_ALL, "
                               "LC_MESSAGES of LANG; zonder taal daarin: nl)",
                               "Language of the messages: nl or en (else lang: in .mee.yaml, then LC_ALL, "
                               "LC_MESSAGES or LANG; when they name no language: nl)"}))
        ->check(CLI::IsMember({"nl", "en"}));
    command
        .add_option("--color", args.color,
                    say(lang, {"Kleur: auto, always of never (bij auto telt NO_COLOR mee)",
                               "Colour: auto, always or never (NO_COLOR is honoured with auto)"}))
        ->check(CLI::IsMember({"auto", "always", "never"}));
    command.add_flag(
        "-q,--quiet", args.quiet,
        say(lang, {"Toon alleen wat ertoe doet: geen samenvatting", "Print only what matters: no summary line"}));
    command
        .add_option("--today", args.today,
                    say(lang, {"De datum van vandaag voor mee, JJJJ-MM-DD (standaard: de klok)",
                               "The date mee takes as today, YYYY-MM-DD (default: the clock)"}))
        ->type_name(say(lang, {"DATUM", "DATE"}));
    command
        .add_option("-j,--jobs", args.jobs,
                    say(lang, {"Aantal threads (standaard: alle kernen)", "Threads (default: all cores)"}))
        ->check(CLI::Range(1u, 1024u));
    command.set_version_flag(
        "--version", version_text,
        say(lang, {"Toon de versie en het ingebouwde profiel", "Print the version and the embedded profile"}));
    command
        .add_option("--profile", args.profile,
                    say(lang, {"Een beleidsprofiel (YAML) in plaats van het ingebouwde (dalfsen-2025)",
                               "A policy profile (YAML) instead of the embedded one (dalfsen-2025)"}))
        ->type_name(say(lang, {"BESTAND", "FILE"}));
}

std::string version_text()
{
    const Profile& profile = embedded_profile();
    return std::string("mee ") + k_version + " (profiel " + profile.id + ": " + profile.name +
           "; schoolvakanties tot en met " + format_date(profile.school_covered_to) + ")";
}

// Once per run: the profile's school holidays end within six months of the
// date of the run (or have ended), so MEE174 will soon stop judging them.
void warn_if_school_data_ends(const Profile& profile, const Date& today, Lang lang)
{
    const Date end = profile.school_covered_to;
    Date half_year{today.year + (today.month + 5) / 12, (today.month + 5) % 12 + 1, 1};
    half_year.day = std::min(today.day, days_in_month(half_year.year, half_year.month));
    if (end.year == 0 || half_year < end) return;
    std::cerr << say(
        lang,
        {"mee: let op: de schoolvakanties in het profiel lopen tot en met {0}; daarna kan mee niet meer "
         "nagaan of een moment in een schoolvakantie valt (MEE177). Werk mee of het profiel bij.\n",
         "mee: note: the profile's school holidays reach {0}; after that mee cannot check whether a moment "
         "falls in a school holiday (MEE177). Update mee or the profile.\n"},
        format_date(end));
}

Expected<Context> make_context(const CommonArgs& args, const std::vector<std::string>& paths)
{
    Context context;
    // A broken .mee.yaml is told in the language it asks for, when it can
    // be read that far.
    context.lang = resolve_lang(args, project_lang(paths));
    set_message_lang(context.lang);
    auto project = find_project(paths, context.lang);
    if (!project) return Failure{project.error()};
    context.project = std::move(*project);
    context.config = context.project.config.value_or(Config{});
    context.lang = resolve_lang(args, context.config.lang);
    set_message_lang(context.lang);
    std::optional<std::filesystem::path> profile_file;
    if (!args.profile.empty())
        profile_file = args.profile;
    else if (context.config.profile)
        profile_file = context.config.profile;
    if (profile_file) {
        auto profile = load_profile(*profile_file, context.lang);
        if (!profile) return Failure{profile.error()};
        context.own_profile = std::move(*profile);
        context.profile_file = std::move(profile_file);
    }
    auto today = resolve_today(args, context.lang);
    if (!today) return Failure{today.error()};
    context.today = *today;
    return context;
}

OutputGuard output_guard(const Context& context, std::vector<std::filesystem::path> inputs, bool documents)
{
    OutputGuard guard;
    guard.workspace = context.project.roots;
    guard.workspace.push_back(absolute_normal("."));
    guard.inputs = std::move(inputs);
    if (context.project.config) guard.inputs.push_back(context.project.config->file);
    if (context.profile_file) guard.inputs.push_back(*context.profile_file);
    guard.documents = documents;
    return guard;
}

Lang resolve_lang(const CommonArgs& args, std::optional<Lang> config_lang)
{
    if (auto lang = parse_lang(args.lang)) return *lang;
    if (config_lang) return *config_lang;
    return lang_from_environment();
}

Expected<Date> resolve_today(const CommonArgs& args, Lang lang)
{
    if (!args.today.empty()) {
        auto today = parse_date(args.today);
        if (!today) {
            return Failure{say(
                lang,
                {"--today '{0}' is geen datum; schrijf JJJJ-MM-DD", "--today '{0}' is not a date; write YYYY-MM-DD"},
                args.today)};
        }
        return *today;
    }
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

unsigned resolve_jobs(const CommonArgs& args)
{
    return args.jobs != 0 ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
}

Expected<CheckResult> check_documents(const CommonArgs& args, const Context& context,
                                      const std::vector<std::string>& paths, Lang lang, Trees trees)
{
    CheckOptions options;
    options.paths = paths;
    options.lang = lang;
    options.jobs = resolve_jobs(args);
    options.disable = context.config.disable;
    options.profile = &context.profile();
    options.today = context.today;
    warn_if_school_data_ends(context.profile(), context.today, context.lang);
    options.trees = trees;
    std::unique_ptr<SchemaSet> own_schemas;
    if (context.own_profile) own_schemas = schemas_for_profile(*context.own_profile);
    return run_check(options, context.project, own_schemas ? *own_schemas : SchemaSet::embedded());
}

const Finding* unreadable_named(const CheckResult& result, const std::vector<std::string>& paths)
{
    std::set<std::string> readable;
    for (const ProjectDocument& d : result.project.documents()) {
        if (d.checked) readable.insert(d.path);
    }
    for (const Finding& f : result.findings) {
        if (f.severity != Severity::error || readable.count(f.path) != 0) continue;
        for (const std::string& p : paths) {
            if (p == f.path || (p.starts_with("./") && p.substr(2) == f.path)) return &f;
        }
    }
    return nullptr;
}

std::string not_readable(const Finding& f, Lang lang)
{
    return say(lang,
               {"het is geen leesbaar mee-document ({1} op {2}:{3}); mee check {0} zegt waarom",
                "it is not a readable mee document ({1} at {2}:{3}); mee check {0} says why"},
               f.path, f.code, f.mark.line, f.mark.column);
}

Expected<Document> read_one_document(const std::string& file, const Context& context, Lang lang)
{
    FoundFile found{absolute_normal(file), file, Origin::named, {}, {}};
    found.outside = outside_of(found.file, context.project.top);
    if (!found.outside.empty()) {
        return Failure{say(lang,
                           {"'{0}' is een symbolische koppeling naar '{1}', buiten het project; mee leest het niet",
                            "'{0}' is a symbolic link to '{1}', outside the project; mee does not read it"},
                           file, found.outside.string())};
    }
    Document doc = load_found(found, SchemaSet::embedded(), lang, Validate::no);
    if (doc.state == LoadState::io_error) {
        return Failure{say(lang, {"kan '{0}' niet lezen: {1}", "cannot read '{0}': {1}"}, file, doc.io_error)};
    }
    return doc;
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

int fail(const std::string& message)
{
    // A message may name a file or quote a document: no control characters
    // reach the terminal or the CI log, and no line end but those of a list
    // of problems (each on a line of its own, indented: "\n  ").
    std::string safe;
    std::size_t from = 0;
    for (std::size_t at = message.find("\n  ");; at = message.find("\n  ", from)) {
        safe += terminal_safe(
            std::string_view(message).substr(from, at == std::string::npos ? std::string::npos : at - from));
        if (at == std::string::npos) break;
        from = at + 3;
        // Never a line that a CI runner reads as a command ("::add-mask::").
        safe += starts_ci_command(std::string_view(message).substr(from)) ? "\u240A  " : "\n  ";
    }
    std::cerr << (message_lang() == Lang::nl ? "mee: fout: " : "mee: error: ") << safe << "\n";
    return 2;
}

}  // namespace mee::cli
