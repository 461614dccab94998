#pragma once
// The forms of the annual summary: Markdown for the council memo, HTML
// (self-contained, printable, an inline SVG chart per distribution, no
// script), JSON and CSV for spreadsheets. All four carry the same figures.

#include "stats/indicators.hpp"

#include <optional>
#include <string>

namespace mee {

// `previous` is the year before, when documents of that year are present:
// then a column with last year's figure and the change.
std::string format_indicators_md(const Indicators& current, const std::optional<Indicators>& previous, Lang lang);
std::string format_indicators_html(const Indicators& current, const std::optional<Indicators>& previous, Lang lang);
std::string format_indicators_json(const Indicators& current, const std::optional<Indicators>& previous);
std::string format_indicators_csv(const Indicators& current, const std::optional<Indicators>& previous);

}  // namespace mee
