#include "base/display.hpp"

#include <doctest/doctest.h>

using mee::Date;
using mee::Lang;

TEST_CASE("render_format: dates in words, in both languages")
{
    CHECK(mee::long_date(Date{2026, 3, 24}, Lang::nl) == "24 maart 2026");
    CHECK(mee::long_date(Date{2026, 3, 24}, Lang::en) == "24 March 2026");
    CHECK(mee::short_date(Date{2026, 10, 1}, Lang::nl) == "1 okt 2026");
    CHECK(mee::short_date(Date{2026, 10, 1}, Lang::en) == "1 Oct 2026");
    CHECK(mee::month_abbreviation(5, Lang::nl) == "mei");
    CHECK(mee::month_abbreviation(13, Lang::nl) == "?");
}

TEST_CASE("render_format: amounts with the separators of the language")
{
    CHECK(mee::grouped(0, Lang::nl) == "0");
    CHECK(mee::grouped(999, Lang::nl) == "999");
    CHECK(mee::grouped(12500, Lang::nl) == "12.500");
    CHECK(mee::grouped(1200000, Lang::en) == "1,200,000");
    CHECK(mee::grouped(-4500, Lang::nl) == "-4.500");
    CHECK(mee::euros(12500, Lang::nl) == "€ 12.500");
    CHECK(mee::euros(12.5, Lang::en) == "€13");
    CHECK(mee::plain_number(160, Lang::nl) == "160");
    CHECK(mee::plain_number(7.5, Lang::nl) == "7,5");
    CHECK(mee::plain_number(7.25, Lang::en) == "7.25");
}

TEST_CASE("render_format: truncation counts code points and never splits one")
{
    CHECK(mee::truncate_text("kort", 10) == "kort");
    CHECK(mee::truncate_text("abcdef", 6) == "abcdef");
    CHECK(mee::truncate_text("abcdefg", 6) == "abcde…");
    CHECK(mee::truncate_text("ideeën ophalen", 6) == "ideeë…");
    CHECK(mee::truncate_text("ëëëëëëë", 3) == "ëë…");
    CHECK(mee::truncate_text("abc", 0).empty());
}

TEST_CASE("render_format: one line of text")
{
    CHECK(mee::one_line_text("  Wat vindt u?\n  Kom langs.\n") == "Wat vindt u? Kom langs.");
    CHECK(mee::one_line_text("\t\n").empty());
}
