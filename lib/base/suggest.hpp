#pragma once
// "Did you mean": the closest known word to a misspelt one.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mee {

// The edit distance (insert, delete, substitute, swap two neighbours) between
// `a` and `b`, counted in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, compared case-insensitively with spaces,
// hyphens and underscores made alike; nullopt when none is close enough
// (at most a third of the word's length, and at least one edit allowed).
std::optional<std::string> did_you_mean(std::string_view word, std::span<const std::string> candidates);

}  // namespace mee
