#pragma once
// "Mentioned" (rules.md, MEE2xx): a werkvorm's name appears in a text as
// whole words, after both are lower-cased, stripped of diacritics and read
// with hyphens as spaces ("online-enquete" is mentioned in "De online
// enquête bleef langer open").

#include <string>
#include <string_view>
#include <vector>

namespace mee {

// The words of `text`: lower case, Latin diacritics folded (é → e, ë → e),
// split at anything that is not a letter or digit (hyphens included).
std::vector<std::string> folded_words(std::string_view text);

bool is_mentioned(std::string_view name, std::string_view text);

}  // namespace mee
