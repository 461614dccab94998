#pragma once
// The subcommands: each adds itself to the CLI11 app and runs from the
// values it parsed. Everything they judge lives in lib/.

#include "text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace mee::cli {

inline constexpr const char* k_version = "0.1.0";

// Options every command takes.
struct CommonArgs {
    std::string lang;   // "", "nl" or "en"
    std::string color = "auto";
    bool quiet = false;
    std::string today;  // "" or YYYY-MM-DD
    unsigned jobs = 0;  // 0: all cores
};

void add_common_options(CLI::App& command, CommonArgs& args);

// The language: --lang, else `config_lang`, else the environment.
Lang resolve_lang(const CommonArgs& args, std::optional<Lang> config_lang = std::nullopt);

// Prints "mee: error: MESSAGE" on stderr; returns 2.
int fail(const std::string& message);

struct CheckArgs {
    CommonArgs common;
    std::vector<std::string> paths;
    std::string format = "text";
    std::string fail_on;
    bool verbose = false;
};
void add_check_command(CLI::App& app, CheckArgs& args);
int run_check_command(const CheckArgs& args);

struct SchemaArgs {
    CommonArgs common;
    std::string kind;
};
void add_schema_command(CLI::App& app, SchemaArgs& args);
int run_schema_command(const SchemaArgs& args);

struct RulesArgs {
    CommonArgs common;
};
void add_rules_command(CLI::App& app, RulesArgs& args);
int run_rules_command(const RulesArgs& args);

struct ExplainArgs {
    CommonArgs common;
    std::string code;
};
void add_explain_command(CLI::App& app, ExplainArgs& args);
int run_explain_command(const ExplainArgs& args);

}  // namespace mee::cli
