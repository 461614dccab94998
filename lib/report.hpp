#pragma once
// The output formats of `mee check`. They print what the checks found;
// they never judge.

#include "check.hpp"
#include "text.hpp"

#include <string>

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

// One JSON object with `findings` and `summary`, ending in a newline.
std::string format_json(const CheckResult& result, Lang lang);

}  // namespace mee
