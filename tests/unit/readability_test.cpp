#include "policy/readability.hpp"

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
        {"naar", 1},          // aa: one run
        {"fiets", 1},         // ie: one run
        {"meedoen", 2},       // ee, oe
        {"aaneen", 2},        // aa, ee
        {"avond", 2},         // a, o
        {"inloopavond", 4},   // i, oo, a, o
        {"participatie", 5},  // a, i, i, a, ie
        {"gemeente", 3},      // e, ee, e
        {"blijft", 1},        // ij is one vowel
        {"bijeenkomst", 2},   // ijee is one run, then o
        {"vrijwilliger", 4},  // ij, i, i, e
        {"IJsselmeer", 3},    // IJ, e, ee: case-insensitive
        {"\xC4\xB3s", 1},     // the ligature ĳ counts as ij
        {"ja", 1},            // a j on its own is no vowel
        {"hyper", 2},         // y is a vowel
        {"café", 2},          // é folds to e
        {"CAFÉ", 2},
        {"één", 1},     // ée is one run
        {"ideeën", 3},  // i-dee-en: ë starts a new group
        {"IDEEËN", 3},
        {"geïnteresseerd", 5},  // e | ï | e | e | ee: ge-in-te-res-seerd
        {"reünie", 3},          // e | ü | ie
        {"coördinatie", 5},     // o | ö | i | a | ie
        {"naïef", 2},           // a | ïe: plain vowels after ï join its group
        {"zeeën", 2},           // ee | ën
        {"'s", 0},              // no vowel, no syllable (no minimum of one)
        {"", 0},
        {"24", 0},
        {"centrum?", 2},  // e, u; the question mark is no vowel
        {"24e", 1},       // digits are no vowels
        {"in-loop", 2},   // a hyphen ends a group
    };
    for (const Case& c : cases) {
        CAPTURE(c.word);
        CHECK(count_syllables(c.word) == c.syllables);
    }
}

TEST_CASE("readability: sentences end at . ! ? before whitespace or the end")
{
    CHECK(measure_readability("Kom naar de avond. U kunt ook online meedoen!").sentences == 2);
    CHECK(measure_readability("Dat is het.").sentences == 1);
    CHECK(measure_readability("Dat is het").sentences == 1);           // no end: one sentence
    CHECK(measure_readability("versie 2.0 is klaar").sentences == 1);  // the dot is not before whitespace
    CHECK(measure_readability("Komt u ook?\nJa!\tGraag.").sentences == 3);
    CHECK(measure_readability("Echt?! Ja.").sentences == 2);  // ? before ! ends nothing
    CHECK(measure_readability("Nou... goed dan.").sentences == 2);
    CHECK(measure_readability("Zie www.dalfsen.nl voor meer.").sentences == 1);
    CHECK(measure_readability("\"Kom.\" Zei hij.").sentences == 1);  // the quote follows the dot
}

TEST_CASE("readability: a sentence holds at least one word")
{
    // Words after the last end are one more sentence.
    CHECK(measure_readability("Kom langs. Of bel ons").sentences == 2);
    // A stretch without words between two ends is no sentence.
    CHECK(measure_readability("Dat is het. 24. Klaar.").sentences == 2);
    CHECK(measure_readability("Dat is het . Klaar.").sentences == 2);
}

TEST_CASE("readability: words are tokens with a letter")
{
    CHECK(measure_readability("Kom op 24 maart om 19.30 uur").words == 5);
    CHECK(measure_readability("2025 - 2026 , 12%").words == 0);
    CHECK(measure_readability("de 3e keer").words == 3);
    CHECK(measure_readability("  de\tavond\n\nvan  morgen ").words == 4);
    CHECK(measure_readability("\xC3\xA9\xC3\xA9n").words == 1);        // één: letters outside ASCII
    CHECK(measure_readability("3 \xC3\x97 4 \xC3\xB7 2").words == 0);  // × and ÷ are no letters
    CHECK(measure_readability("\xC4\x9F").words == 1);                 // ğ (U+011F) is a letter
    CHECK(measure_readability("'s avonds").words == 2);
    CHECK(measure_readability("'s avonds").syllables == 2);  // 's has none
}

TEST_CASE("readability: a text without words has all figures 0")
{
    for (std::string_view text : {"", "   \n", "12 34.", "...", "- ! ?"}) {
        CAPTURE(text);
        const mee::Readability r = measure_readability(text);
        CHECK(r.sentences == 0);
        CHECK(r.words == 0);
        CHECK(r.syllables == 0);
        CHECK(r.words_per_sentence == 0);
        CHECK(r.syllables_per_word == 0);
        CHECK(r.flesch_douma == 0);
    }
}

TEST_CASE("readability: invalid UTF-8 is no letter and no whitespace")
{
    const mee::Readability r = measure_readability("kom\xFF\xFE naar \xE2\x82 \xC3");
    CHECK(r.words == 2);
    CHECK(r.syllables == 2);
    // An overlong form of 'a' (C1 A1) is not the letter a.
    CHECK(measure_readability("\xC1\xA1 \xC1\xA1").words == 0);
}

TEST_CASE("readability: the Flesch-Douma figure of an invitation, counted by hand")
{
    // Sentences (3): "…centrum?" + space, "…maart." + newline, "…meedoen." + newline.
    // Words (17; "24" is not a word) and syllables (24):
    //   Wat 1, vindt 1, u 1, van 1, het 1, centrum 2 (e, u)              → 6 words,  7
    //   Kom 1, naar 1, de 1, inloopavond 4 (i, oo, a, o), op 1, maart 1  → 6 words,  9
    //   U 1, kunt 1, ook 1, online 3 (o, i, e), meedoen 2 (ee, oe)       → 5 words,  8
    // words/sentence = 17/3, syllables/word = 24/17
    // Flesch-Douma = 206.835 - 0.93 * 17/3 - 77 * 24/17
    //              = 206.835 - 5.27 - 108.7058824 = 92.8591176
    const mee::Readability r = measure_readability(
        "Wat vindt u van het centrum? Kom naar de inloopavond op 24 maart.\n"
        "U kunt ook online meedoen.\n");
    CHECK(r.sentences == 3);
    CHECK(r.words == 17);
    CHECK(r.syllables == 24);
    CHECK(r.words_per_sentence == doctest::Approx(17.0 / 3.0));
    CHECK(r.syllables_per_word == doctest::Approx(24.0 / 17.0));
    CHECK(r.flesch_douma == doctest::Approx(92.8591176).epsilon(1e-9));
}

TEST_CASE("readability: a long official sentence scores low")
{
    // One sentence, 12 words, 33 syllables:
    //   de 1, gemeenteraad 4 (e, ee, e, aa), heeft 1, het 1,
    //   participatiebeleid 7 (a, i, i, a, ie, e, ei), vastgesteld 3 (a, e, e),
    //   ter 1, bevordering 4 (e, o, e, i), van 1, de 1,
    //   maatschappelijke 5 (aa, a, e, ij, e), betrokkenheid 4 (e, o, e, ei).
    // Only 12 words, so the sentence length passes; the syllables make it hard:
    // 206.835 - 0.93 * 12 - 77 * 33/12 = 206.835 - 11.16 - 211.75 = -16.075
    const mee::Readability r = measure_readability(
        "De gemeenteraad heeft het participatiebeleid vastgesteld ter bevordering van de "
        "maatschappelijke betrokkenheid.");
    CHECK(r.sentences == 1);
    CHECK(r.words == 12);
    CHECK(r.syllables == 33);
    CHECK(r.flesch_douma == doctest::Approx(-16.075).epsilon(1e-9));
}
