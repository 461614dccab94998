#include "base/filled.hpp"

#include <doctest/doctest.h>

TEST_CASE("filled: three words and not a placeholder")
{
    CHECK(mee::is_filled("Het centrum is verouderd."));
    CHECK(mee::is_filled("een twee drie"));
    CHECK_FALSE(mee::is_filled("een twee"));
    CHECK_FALSE(mee::is_filled(""));
    CHECK_FALSE(mee::is_filled("   "));
    CHECK_FALSE(mee::is_filled("- - - -"));  // tokens without letters are no words
    CHECK(mee::is_filled("Krediet: 1,2 miljoen"));
}

TEST_CASE("filled: every placeholder of documents.md, in any case, trimmed")
{
    for (const char* p : {"todo", "TBD", "pm", "P.M.", "nvt", "n.v.t.", "ntb", "n.t.b.", "Nog invullen", "volgt", "...",
                          "\u2026", "xxx", "-", "?", "  todo  "}) {
        CAPTURE(p);
        CHECK(mee::is_placeholder(p));
        CHECK_FALSE(mee::is_filled(p));
    }
    CHECK_FALSE(mee::is_placeholder("todo later"));
}

TEST_CASE("filled: trailing punctuation, dots, invullen and texts without a word are placeholders too")
{
    for (const char* p : {"p.m",
                          "PM.",
                          "Pm!",
                          "N.v.t",
                          "nvt.",
                          "n.t.b",
                          "TBD?",
                          "Todo:",
                          "Nog invullen\u2026",
                          "nog invullen...",
                          "nog  invullen",
                          "Invullen",
                          "invullen.",
                          "Volgt.",
                          "XXX",
                          "??",
                          "\u2014",
                          "- -",
                          "",
                          "   ",
                          "\u2026\u2026"}) {
        CAPTURE(p);
        CHECK(mee::is_placeholder(p));
        CHECK_FALSE(mee::has_content(p));
    }
    // Real words, even short ones, are content; three are needed to be filled.
    for (const char* t :
         {"Dalfsen", "pmd-container", "volgt later", "nog in te vullen door het team", "n.v.t. omdat"}) {
        CAPTURE(t);
        CHECK_FALSE(mee::is_placeholder(t));
        CHECK(mee::has_content(t));
    }
    CHECK_FALSE(mee::is_filled("Dalfsen"));
    CHECK(mee::is_filled("Dalfsen", 1));
    CHECK_FALSE(mee::is_filled("nog invullen", 1));
    CHECK(mee::is_filled("ook nog invullen?"));  // three words, not a placeholder
}

TEST_CASE("filled: word counting")
{
    CHECK(mee::count_words("ideeën ophalen  uit\tde\ngemeenschap") == 5);
    CHECK(mee::count_words("12 500 euro") == 3);
    CHECK(mee::count_words("— – ... !") == 0);  // punctuation, ASCII or not, makes no word
    CHECK(mee::count_words("één café") == 2);
}
