#include "readability.hpp"

#include <doctest/doctest.h>

#include <string_view>

using mee::count_syllables;
using mee::measure_readability;

TEST_CASE("readability: syllables are vowel groups (profile.md)")
{
    struct Case {
        std::string_view word;
        std::size_t syllables;
    };
    const Case cases[] = {
        {"kom", 1},
        {"naar", 1},        // aa: one run
        {"fiets", 1},       // ie: one run
        {"meedoen", 2},     // ee, oe
        {"aaneen", 2},      // aa, ee
        {"avond", 2},       // a, o
        {"inloopavond", 4}, // i, oo, a, o
        {"participatie", 5},// a, i, i, a, ie
        {"gemeente", 3},    // e, ee, e
        {"blijft", 1},      // ij is one vowel
        {"bijeenkomst", 2}, // ijee is one run, then o
        {"vrijwilliger", 4},// ij, i, i, e
        {"IJsselmeer", 3},  // IJ, e, ee: case-insensitive
        {"\xC4\xB3s", 1},   // the ligature ĳ counts as ij
        {"ja", 1},          // a j on its own is no vowel
        {"hyper", 2},       // y is a vowel
        {"café", 2},        // é folds to e
        {"CAFÉ", 2},
        {"één", 1},         // ée is one run
        {"ideeën", 3},      // i-dee-en: ë starts a new group
        {"IDEEËN", 3},
        {"geïnteresseerd", 5},  // e | ï | e | e | ee: ge-in-te-res-seerd
        {"reünie", 3},      // e | ü | ie
        {"coördinatie", 5}, // o | ö | i | a | ie
        {"naïef", 3},       // a | ï | e — ïe continues the ï group... see below
        {"'s", 0},          // no vowel, no syllable (no minimum of one)
        {"", 0},
        {"24", 0},
        {"centrum?", 2},    // punctuation breaks nothing it need not
        {"in-loop", 2},     // a hyphen ends a group
    };
    for (const Case& c : cases) {
        CAPTURE(c.word);
        CHECK(count_syllables(c.word) == c.syllables);
    }
}
