#pragma once
// The Markdown of reports, written in one place for the three kinds: every
// text from a document enters a report escaped (md_text), and the small
// shapes the reports repeat (a field in a list, a labelled paragraph, a
// table) look the same in each.

#include "yaml/tree.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace mee {

// `text` on one line, escaped for Markdown: the only way document text
// enters a report.
std::string md_text(std::string_view text);

// `url` as a Markdown link when it is a plain http(s) address (a strict
// set of characters, so it cannot leave the link destination); otherwise
// as escaped text.
std::string md_web_link(std::string_view url);

// A GFM table; cells are Markdown already (escaped); an empty cell shows "—".
std::string md_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

// "- **label:** value\n", or nothing when `value` is empty.
std::string md_field(std::string_view label, const std::string& value);

// "**label:** value\n\n", or nothing when `value` is empty.
std::string md_labelled(std::string_view label, const std::string& value);

// The text under `key` of `node`, escaped; empty when it is absent or not
// filled in (a placeholder is shown as absent).
std::string md_text_at(const Node* node, std::string_view key);

// A werkvorm's key as words: "online-enquete" → "online enquete".
std::string werkvorm_name(std::string_view key);

}  // namespace mee
