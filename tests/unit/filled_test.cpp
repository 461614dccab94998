#include "filled.hpp"

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
    for (const char* p : {"todo", "TBD", "pm", "P.M.", "nvt", "n.v.t.", "ntb", "n.t.b.", "Nog invullen", "volgt",
                          "...", "\u2026", "xxx", "-", "?", "  todo  "}) {
        CAPTURE(p);
        CHECK(mee::is_placeholder(p));
        CHECK_FALSE(mee::is_filled(p));
    }
    CHECK_FALSE(mee::is_placeholder("todo later"));
}

TEST_CASE("filled: word counting")
{
    CHECK(mee::count_words("ideeën ophalen  uit\tde\ngemeenschap") == 5);
    CHECK(mee::count_words("12 500 euro") == 3);
    CHECK(mee::count_words("— – ... !") == 0);  // punctuation, ASCII or not, makes no word
    CHECK(mee::count_words("één café") == 2);
}
