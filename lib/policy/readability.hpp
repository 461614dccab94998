#pragma once
// The B1 heuristic of profile.md (MEE184): Flesch-Douma reading ease and
// the mean sentence length, counted exactly as profile.md says so that
// every implementation gets the same figures.

#include <cstddef>
#include <string_view>

namespace mee {

struct Readability {
    std::size_t sentences = 0;
    std::size_t words = 0;      // tokens with at least one letter (numbers are not words)
    std::size_t syllables = 0;  // vowel groups, `ij` one vowel, a diaeresis starts a new group
    double words_per_sentence = 0;
    double syllables_per_word = 0;
    double flesch_douma = 0;  // 206.835 − 0.93 × words/sentence − 77 × syllables/word
};

// The figures of `text` (UTF-8). A text without words has all figures 0.
Readability measure_readability(std::string_view text);

// The syllables of one word, by profile.md's counting.
std::size_t count_syllables(std::string_view word);

}  // namespace mee
