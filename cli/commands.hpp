#pragma once
// The subcommands: each adds itself to the CLI11 app and runs from the
// values it parsed. Everything they judge lives in lib/.

#include "base/output_file.hpp"
#include "base/status.hpp"
#include "base/text.hpp"
#include "check/check.hpp"
#include "check/project.hpp"
#include "policy/profile.hpp"
#include "rules/run.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace mee::cli {

inline constexpr const char* k_version = MEE_VERSION;  // project(... VERSION) in CMakeLists.txt

// Options every command takes.
struct CommonArgs {
    std::string lang;  // "", "nl" or "en"
    std::string color = "auto";
    bool quiet = false;
    std::string today;    // "" or YYYY-MM-DD
    unsigned jobs = 0;    // 0: all cores
    std::string profile;  // "" or a path
};

// What every command works in: the project of its paths, its .mee.yaml,
// the language and the profile, each resolved flag > .mee.yaml > default,
// and the date of the run (--today, else the local date).
struct Context {
    Lang lang = Lang::en;
    Date today;
    Project project;
    Config config;
    std::optional<Profile> own_profile;                 // when not the embedded one
    std::optional<std::filesystem::path> profile_file;  // its file
    const Profile& profile() const { return own_profile ? *own_profile : embedded_profile(); }
};

// Says once, on standard error, when the profile's school holidays end
// within six months of `today` or have ended (commands that judge dates:
// check, score, render, indicators through check_documents; agenda; init).
void warn_if_school_data_ends(const Profile& profile, const Date& today, Lang lang);

// The start of every command. Fails (exit 2) on a bad .mee.yaml, profile
// or --today.
Expected<Context> make_context(const CommonArgs& args, const std::vector<std::string>& paths);

// What a command's output may not be (OutputGuard): the `inputs` it read,
// the project's .mee.yaml and profile, and (when `documents`) any YAML file
// of the project; nor go through a symbolic link out of the project or the
// current folder.
OutputGuard output_guard(const Context& context, std::vector<std::filesystem::path> inputs, bool documents = true);

// Adds the options every command takes, described in `lang` (as every
// add_*_command describes its own).
void add_common_options(CLI::App& command, CommonArgs& args, Lang lang);

// The language of mee's own errors ("mee: fout: …"): set from the command
// line before parsing and again when make_context has read .mee.yaml.
void set_message_lang(Lang lang);
Lang message_lang();

// The language: --lang, else `config_lang`, else the environment.
Lang resolve_lang(const CommonArgs& args, std::optional<Lang> config_lang = std::nullopt);

// --today, else the clock's local date.
Expected<Date> resolve_today(const CommonArgs& args, Lang lang);

// Whether to colour stdout: --color always/never, else a terminal without
// NO_COLOR and not TERM=dumb.
bool use_color(const std::string& choice);

// -j, else every core.
unsigned resolve_jobs(const CommonArgs& args);

// Reads and judges the documents under `paths` (and the rest of the project,
// for reference) as `mee check` does: the context's profile and its schemas,
// -j, `today`, and the rules .mee.yaml disables. Messages in `lang`.
// Commands that read the documents afterwards ask for Trees::full.
Expected<CheckResult> check_documents(const CommonArgs& args, const Context& context,
                                      const std::vector<std::string>& paths, Lang lang, Trees trees = Trees::reference);

// One named document, read without judging it against the schema (for
// `mee decide FILE` and `mee explain MEE184 FILE`). Fails (exit 2) when the
// file cannot be read.
// The first error of a file named in `paths` that is not a readable mee
// document (MEE001, MEE003, MEE007 …): a command that reads documents
// after the check stops on it rather than leaving the file out unseen.
const Finding* unreadable_named(const CheckResult& result, const std::vector<std::string>& paths);

// Why the file of `f` (from unreadable_named) cannot be read, for a
// command's error: "het is geen leesbaar mee-document (MEE001 op 3:7);
// mee check FILE zegt waarom".
std::string not_readable(const Finding& f, Lang lang);

// A file whose symbolic links lead outside the project is not read.
Expected<Document> read_one_document(const std::string& file, const Context& context, Lang lang);

// Prints "mee: fout: MESSAGE" (Dutch) or "mee: error: MESSAGE" (English,
// per message_lang()) on stderr; returns 2.
int fail(const std::string& message);

struct CheckArgs {
    CommonArgs common;
    std::vector<std::string> paths;
    std::string format;                // "": text, or github when GITHUB_ACTIONS=true
    std::vector<std::string> outputs;  // --output FORMAT=FILE
    std::string fail_on;
    std::string baseline;        // "" or a file
    std::string write_baseline;  // "" or a file
    bool verbose = false;
};
void add_check_command(CLI::App& app, CheckArgs& args, Lang lang);
int run_check_command(const CheckArgs& args);

struct InitArgs {
    CommonArgs common;
    std::string kind;
    std::string output;  // "": stdout
    bool force = false;
};
void add_init_command(CLI::App& app, InitArgs& args, Lang lang);
int run_init_command(const InitArgs& args);

struct CompletionArgs {
    std::string shell;
};
void add_completion_command(CLI::App& app, CompletionArgs& args, Lang lang);
// Prints the completion script for the commands of `app`.
int run_completion_command(const CompletionArgs& args, const CLI::App& app);

// "mee 1.2.3 (profiel dalfsen-2025)": the version and the embedded profile.
std::string version_text();

struct ScoreArgs {
    CommonArgs common;
    std::vector<std::string> paths;
    std::string format = "text";
    std::optional<int> min;
};
void add_score_command(CLI::App& app, ScoreArgs& args, Lang lang);
int run_score_command(const ScoreArgs& args);

struct IndicatorsArgs {
    CommonArgs common;
    std::vector<std::string> paths;
    int year = 0;
    std::string format = "md";
    std::string output;
};
void add_indicators_command(CLI::App& app, IndicatorsArgs& args, Lang lang);
int run_indicators_command(const IndicatorsArgs& args);

struct AgendaArgs {
    CommonArgs common;
    std::vector<std::string> paths;
    std::string from;                // "" or YYYY-MM-DD
    std::string to;                  // "" or YYYY-MM-DD
    std::vector<std::string> kinds;  // --soort
    std::string format;
    std::string output;
    bool include_concept = false;
};
void add_agenda_command(CLI::App& app, AgendaArgs& args, Lang lang);
int run_agenda_command(const AgendaArgs& args);

struct RenderArgs {
    CommonArgs common;
    std::vector<std::string> files;
    std::string to;      // md or html
    std::string output;  // "" (stdout), a file or a folder
    bool with_personal_data = false;
    bool with_codes = false;  // attention points with their rule codes and lines
};
void add_render_command(CLI::App& app, RenderArgs& args, Lang lang);
int run_render_command(const RenderArgs& args);

struct SchemaArgs {
    CommonArgs common;
    std::string kind;
};

struct DecideArgs {
    CommonArgs common;
    std::string file;
    bool ask = false;
    std::string ruimte;
    std::string geschikt;
    std::string capaciteit;
};
void add_decide_command(CLI::App& app, DecideArgs& args, Lang lang);
int run_decide_command(const DecideArgs& args);
void add_schema_command(CLI::App& app, SchemaArgs& args, Lang lang);
int run_schema_command(const SchemaArgs& args);

struct RulesArgs {
    CommonArgs common;
};
void add_rules_command(CLI::App& app, RulesArgs& args, Lang lang);
int run_rules_command(const RulesArgs& args);

struct ExplainArgs {
    CommonArgs common;
    std::string code;
    std::string file;  // MEE184: the document whose uitnodiging to measure
};
void add_explain_command(CLI::App& app, ExplainArgs& args, Lang lang);
int run_explain_command(const ExplainArgs& args);

}  // namespace mee::cli
