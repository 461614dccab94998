#include "base/source.hpp"

#include <doctest/doctest.h>

using mee::Mark;
using mee::Source;

TEST_CASE("source: lines without their line ends, CRLF included")
{
    const Source s("a: 1\r\nb: 2\nlast");
    CHECK(s.line(1) == "a: 1");
    CHECK(s.line(2) == "b: 2");
    CHECK(s.line(3) == "last");
    CHECK(s.line(4).empty());
    CHECK(s.line(0).empty());
}

TEST_CASE("source: columns count code points, not bytes")
{
    const Source s("bé: x\n");
    CHECK(s.mark_at(5) == Mark{1, 5});  // byte 5 is x: b, é (two bytes), :, space, then x
    CHECK(s.mark_at(0) == Mark{1, 1});
    CHECK(s.mark_at(7) == Mark{2, 1});
}

TEST_CASE("source: marks past the end are clamped")
{
    const Source s("a\n");
    CHECK(s.mark_at(100) == Mark{2, 1});
}

TEST_CASE("source: UTF-8 validation finds the first bad byte")
{
    CHECK_FALSE(mee::first_invalid_utf8("plain ascii").has_value());
    CHECK_FALSE(mee::first_invalid_utf8("ideeën € 😀").has_value());
    CHECK(mee::first_invalid_utf8("ab\xE9"
                                  "cd") == 2u);                // Latin-1 é
    CHECK(mee::first_invalid_utf8("\xC0\xAF") == 0u);          // overlong
    CHECK(mee::first_invalid_utf8("x\xED\xA0\x80") == 1u);     // surrogate
    CHECK(mee::first_invalid_utf8("\xF4\x90\x80\x80") == 0u);  // beyond U+10FFFF
    CHECK(mee::first_invalid_utf8("ok\xE2\x82") == 2u);        // cut short
}

TEST_CASE("source: counting code points")
{
    CHECK(mee::count_code_points("ideeën") == 6);
    CHECK(mee::count_code_points("") == 0);
}
