#pragma once
// `mee check`'s text output, for people at a terminal: a line per finding
// with its source line and a caret, then a summary line.

#include "base/text.hpp"
#include "check/check.hpp"

#include <cstddef>
#include <string>
#include <vector>

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

struct SeverityCounts {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
};
SeverityCounts count_by_severity(const std::vector<Finding>& findings);

}  // namespace mee
