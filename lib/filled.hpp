#pragma once
// "Filled" text, as documents.md defines it: at least three words and not
// a placeholder such as "todo", "n.v.t." or "...".

#include <cstddef>
#include <string_view>

namespace mee {

// Whitespace-separated tokens with at least one letter or digit (any
// non-ASCII byte counts as a letter).
std::size_t count_words(std::string_view text);

// Whether `text`, trimmed, is one of the placeholders (case-insensitive).
bool is_placeholder(std::string_view text);

bool is_filled(std::string_view text, std::size_t min_words = 3);

}  // namespace mee
