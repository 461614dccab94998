// "Mentioned" (rules.md, MEE2xx; lib/policy/mention.cpp): a werkvorm's name appears
// in the text as whole words after both are lower-cased, stripped of
// diacritics and read with hyphens as spaces.

#include "policy/mention.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using Words = std::vector<std::string>;

TEST_CASE("mention: the words of a text, folded")
{
    CHECK(mee::folded_words("De online enquête bleef langer open") ==
          Words{"de", "online", "enquete", "bleef", "langer", "open"});
    CHECK(mee::folded_words("online-enquete") == Words{"online", "enquete"});
    CHECK(mee::folded_words("  Wereldcafé, (ÉÉN) avond!  ") == Words{"wereldcafe", "een", "avond"});
    CHECK(mee::folded_words("Ideeën, coördinatie en naïef") == Words{"ideeen", "coordinatie", "en", "naief"});
    CHECK(mee::folded_words("3D-model 2026") == Words{"3d", "model", "2026"});
    CHECK(mee::folded_words("— … ?") == Words{});
    CHECK(mee::folded_words("") == Words{});
}

// Regression: "stripped of diacritics" (rules.md) holds for Latin letters
// beyond Latin-1 too, as the header promises: č → c, ł → l, ş → s.
TEST_CASE("mention: diacritics beyond Latin-1 are stripped as well")
{
    CHECK(mee::folded_words("Čapek") == Words{"capek"});
    CHECK(mee::folded_words("Łódź") == Words{"lodz"});
    CHECK(mee::is_mentioned("kosik", "Inzameling met de košík"));
}

TEST_CASE("mention: whole words, in order, after folding")
{
    struct Row {
        const char* name;
        const char* text;
        bool expected;
    };
    const Row rows[] = {
        // rules.md's example.
        {"online-enquete", "De online enquête bleef langer open", true},
        {"online-enquete", "De online-enquête bleef langer open", true},
        {"online enquete", "De online-enquete bleef langer open", true},
        {"online-enquete", "DE ONLINE ENQUÊTE BLEEF LANGER OPEN", true},
        {"online-enquete", "De enquête online bleef langer open", false},    // order
        {"online-enquete", "De online-enquêtes bleven langer open", false},  // not the whole word
        {"online-enquete", "Een online en een papieren enquête", false},     // not adjacent
        // Whole words: `schouw` is not in `schouwburg`.
        {"schouw", "Een extra avond in de schouwburg", false},
        {"schouw", "Een extra schouw met de omwonenden", true},
        {"schouw", "De buurtschouw ging door", false},
        {"schouw", "(schouw), op verzoek", true},
        {"worldcafe", "Het wereldcafé viel uit", false},
        {"wereldcafe", "Het wereldcafé viel uit", true},
        {"wereldcafé", "Het wereldcafe viel uit", true},
        {"inloopavond", "Inloopavond", true},
        {"inloopavond", "", false},
        {"", "Een inloopavond", false},
        {"-", "Een inloopavond - en meer", false},
    };
    for (const Row& row : rows) {
        INFO(row.name, " in ", row.text);
        CHECK(mee::is_mentioned(row.name, row.text) == row.expected);
    }
}
