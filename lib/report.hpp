#pragma once
// The output formats of `mee check`. They print what the checks found;
// they never judge.

#include "check.hpp"
#include "project.hpp"
#include "text.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mee {

enum class Color { no, yes };
enum class Quiet { no, yes };

struct TextStyle {
    Lang lang = Lang::en;
    Color color = Color::no;
    Quiet quiet = Quiet::no;
};

// `path:line:col: severity CODE message`, the source line with a caret under
// the column, and one summary line (left out with Quiet::yes).
std::string format_text(const CheckResult& result, const TextStyle& style);

// The summary line alone (no newline).
std::string summary_line(const CheckResult& result, Lang lang);

// One JSON object with `findings` (each with the `node` path of its place,
// node_path.hpp) and `summary`, ending in a newline.
std::string format_json(const CheckResult& result, Lang lang);

// The output formats of `mee check --format` (cli.md "Output of check").
enum class Format { text, json, sarif, junit, github, codequality };

// "text", "json", "sarif", "junit", "github", "codequality", in that order.
std::span<const std::string_view> format_names();
std::optional<Format> parse_format(std::string_view name);

struct ReportOptions {
    Lang lang = Lang::en;
    Color color = Color::no;         // text only
    Quiet quiet = Quiet::no;         // text and github: no summary line
    FailOn fail_on = FailOn::error;  // junit: which findings are failures
    std::string version;             // sarif: the tool's version
    std::string timestamp;           // junit: YYYY-MM-DDTHH:MM:SS, the time of the run
};

// `result` in `format`.
std::string format_report(Format format, const CheckResult& result, const ReportOptions& options);

}  // namespace mee
