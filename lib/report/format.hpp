#pragma once
// The output formats of `mee check` (cli.md "Output of check"), chosen by
// --format. They print what the checks found; they never judge.

#include "base/text.hpp"
#include "check/check.hpp"
#include "check/project.hpp"
#include "report/text.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mee {

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
