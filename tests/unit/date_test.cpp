#include "base/date.hpp"

#include <doctest/doctest.h>

using mee::Date;
using mee::parse_date;

TEST_CASE("date: real calendar dates only")
{
    CHECK(parse_date("2026-02-09") == Date{2026, 2, 9});
    CHECK(parse_date("2024-02-29") == Date{2024, 2, 29});
    CHECK_FALSE(parse_date("2026-02-29"));
    CHECK_FALSE(parse_date("2026-02-30"));
    CHECK_FALSE(parse_date("2026-04-31"));
    CHECK_FALSE(parse_date("2026-13-01"));
    CHECK_FALSE(parse_date("2026-00-10"));
    CHECK_FALSE(parse_date("2026-1-01"));
    CHECK_FALSE(parse_date("26-01-01"));
    CHECK_FALSE(parse_date("2026-01-01T00:00"));
    CHECK_FALSE(parse_date("2026/01/01"));
    CHECK(parse_date("1900-02-28"));
    CHECK_FALSE(parse_date("1900-02-29"));
    CHECK(parse_date("2000-02-29"));
}

TEST_CASE("date: day numbers make differences")
{
    CHECK(mee::days_from_civil({1970, 1, 1}) == 0);
    CHECK(mee::days_from_civil({2026, 3, 1}) - mee::days_from_civil({2026, 2, 1}) == 28);
    CHECK(mee::days_from_civil({2025, 1, 1}) - mee::days_from_civil({2024, 1, 1}) == 366);
    CHECK(mee::format_date({2026, 3, 4}) == "2026-03-04");
}
