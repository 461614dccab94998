#include "policy/calendar.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using mee::Date;

TEST_CASE("calendar: Easter Sunday for known years")
{
    struct Case {
        int year;
        Date easter;
    };
    const Case cases[] = {
        {1818, {1818, 3, 22}},  // the earliest possible date
        {1954, {1954, 4, 18}}, {2000, {2000, 4, 23}}, {2008, {2008, 3, 23}}, {2011, {2011, 4, 24}},
        {2016, {2016, 3, 27}}, {2019, {2019, 4, 21}}, {2024, {2024, 3, 31}}, {2025, {2025, 4, 20}},
        {2026, {2026, 4, 5}},  {2027, {2027, 3, 28}}, {2038, {2038, 4, 25}},  // the latest possible date
        {2285, {2285, 3, 22}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.year);
        CHECK(mee::easter_sunday(c.year) == c.easter);
        CHECK(mee::weekday(mee::easter_sunday(c.year)) == 6);
    }
}

TEST_CASE("calendar: weekday of known dates")
{
    CHECK(mee::weekday({1970, 1, 1}) == 3);    // Thursday
    CHECK(mee::weekday({1969, 12, 31}) == 2);  // Wednesday, before day 0
    CHECK(mee::weekday({1900, 1, 1}) == 0);    // Monday
    CHECK(mee::weekday({2000, 2, 29}) == 1);   // Tuesday
    CHECK(mee::weekday({2025, 4, 27}) == 6);   // Sunday
    CHECK(mee::weekday({2026, 2, 9}) == 0);    // Monday
    CHECK(mee::weekday({2026, 4, 27}) == 0);   // Monday
    CHECK(mee::weekday({2026, 12, 26}) == 5);  // Saturday
}

TEST_CASE("calendar: add_days rolls over months and years")
{
    CHECK(mee::add_days({2026, 1, 31}, 1) == Date{2026, 2, 1});
    CHECK(mee::add_days({2026, 2, 28}, 1) == Date{2026, 3, 1});
    CHECK(mee::add_days({2024, 2, 28}, 1) == Date{2024, 2, 29});
    CHECK(mee::add_days({2024, 2, 29}, 1) == Date{2024, 3, 1});
    CHECK(mee::add_days({1900, 2, 28}, 1) == Date{1900, 3, 1});
    CHECK(mee::add_days({2000, 2, 28}, 1) == Date{2000, 2, 29});
    CHECK(mee::add_days({2025, 12, 31}, 1) == Date{2026, 1, 1});
    CHECK(mee::add_days({2026, 1, 1}, -1) == Date{2025, 12, 31});
    CHECK(mee::add_days({2026, 3, 1}, -1) == Date{2026, 2, 28});
    CHECK(mee::add_days({2024, 3, 1}, -1) == Date{2024, 2, 29});
    CHECK(mee::add_days({2026, 4, 5}, 0) == Date{2026, 4, 5});
    CHECK(mee::add_days({2024, 1, 1}, 366) == Date{2025, 1, 1});
    CHECK(mee::add_days({1970, 1, 1}, -1) == Date{1969, 12, 31});
    CHECK(mee::add_days({2000, 1, 1}, 146097) == Date{2400, 1, 1});  // one 400-year cycle
}

TEST_CASE("calendar: add_days is the inverse of days_from_civil")
{
    const Date start{1999, 12, 1};
    Date date = start;
    for (long n = 1; n <= 1000; ++n) {
        const Date next = mee::add_days(date, 1);
        CAPTURE(mee::format_date(date));
        REQUIRE(mee::days_from_civil(next) == mee::days_from_civil(start) + n);
        REQUIRE(mee::parse_date(mee::format_date(next)) == next);  // a real calendar date
        date = next;
    }
}

namespace {

std::vector<std::string> holiday_lines(int year)
{
    std::vector<std::string> lines;
    for (const mee::PublicHoliday& h : mee::public_holidays(year)) {
        lines.push_back(mee::format_date(h.date) + " " + h.name.nl + " / " + h.name.en);
    }
    return lines;
}

}  // namespace

TEST_CASE("calendar: the public holidays of 2026 in date order")
{
    const std::vector<std::string> expected{
        "2026-01-01 Nieuwjaarsdag / New Year's Day", "2026-04-03 Goede Vrijdag / Good Friday",
        "2026-04-05 1e Paasdag / Easter Sunday",     "2026-04-06 2e Paasdag / Easter Monday",
        "2026-04-27 Koningsdag / King's Day",        "2026-05-05 Bevrijdingsdag / Liberation Day",
        "2026-05-14 Hemelvaartsdag / Ascension Day", "2026-05-24 1e Pinksterdag / Whit Sunday",
        "2026-05-25 2e Pinksterdag / Whit Monday",   "2026-12-25 1e Kerstdag / Christmas Day",
        "2026-12-26 2e Kerstdag / Boxing Day",
    };
    CHECK(holiday_lines(2026) == expected);
}

TEST_CASE("calendar: holidays that follow Easter")
{
    for (int year : {1818, 2016, 2024, 2025, 2026, 2027, 2038, 2285}) {
        CAPTURE(year);
        const Date easter = mee::easter_sunday(year);
        const auto holiday = [&](const char* nl) {
            for (const mee::PublicHoliday& h : mee::public_holidays(year)) {
                if (h.name.nl == nl) return h.date;
            }
            return Date{};
        };
        CHECK(holiday("Goede Vrijdag") == mee::add_days(easter, -2));
        CHECK(holiday("1e Paasdag") == easter);
        CHECK(holiday("2e Paasdag") == mee::add_days(easter, 1));
        CHECK(holiday("Hemelvaartsdag") == mee::add_days(easter, 39));
        CHECK(mee::weekday(holiday("Hemelvaartsdag")) == 3);  // always a Thursday
        CHECK(holiday("1e Pinksterdag") == mee::add_days(easter, 49));
        CHECK(holiday("2e Pinksterdag") == mee::add_days(easter, 50));
        CHECK(mee::public_holidays(year).size() == 11);
    }
    CHECK(mee::public_holiday({2025, 5, 29})->name.nl == "Hemelvaartsdag");
    CHECK(mee::public_holiday({2025, 6, 9})->name.nl == "2e Pinksterdag");
    CHECK(mee::public_holiday({2025, 4, 18})->name.nl == "Goede Vrijdag");
}

TEST_CASE("calendar: Koningsdag moves to the 26th when the 27th is a Sunday")
{
    // 27 April 2025 is a Sunday.
    CHECK(mee::public_holiday({2025, 4, 26})->name.nl == "Koningsdag");
    CHECK_FALSE(mee::public_holiday({2025, 4, 27}));
    CHECK(mee::public_holiday({2026, 4, 27})->name.nl == "Koningsdag");
    CHECK_FALSE(mee::public_holiday({2026, 4, 26}));
    // 27 April 2031 is a Sunday too.
    CHECK(mee::public_holiday({2031, 4, 26})->name.en == "King's Day");
    CHECK_FALSE(mee::public_holiday({2031, 4, 27}));
}

TEST_CASE("calendar: public_holiday finds holidays and misses other days")
{
    CHECK(mee::public_holiday({2026, 1, 1})->name.nl == "Nieuwjaarsdag");
    CHECK(mee::public_holiday({2026, 5, 5})->name.en == "Liberation Day");
    CHECK(mee::public_holiday({2026, 12, 26})->name.nl == "2e Kerstdag");
    CHECK(mee::public_holiday({2026, 4, 5})->date == Date{2026, 4, 5});
    CHECK_FALSE(mee::public_holiday({2026, 1, 2}));
    CHECK_FALSE(mee::public_holiday({2026, 4, 4}));   // the Saturday between Goede Vrijdag and Easter
    CHECK_FALSE(mee::public_holiday({2026, 5, 13}));  // the day before Hemelvaartsdag
    CHECK_FALSE(mee::public_holiday({2026, 12, 24}));
    CHECK_FALSE(mee::public_holiday({2026, 12, 31}));
}

TEST_CASE("calendar: Hemelvaartsdag on Bevrijdingsdag (2016) keeps both, in date order")
{
    const std::vector<mee::PublicHoliday> holidays = mee::public_holidays(2016);
    REQUIRE(holidays.size() == 11);
    CHECK(holidays[5].date == Date{2016, 5, 5});
    CHECK(holidays[5].name.nl == "Bevrijdingsdag");
    CHECK(holidays[6].date == Date{2016, 5, 5});
    CHECK(holidays[6].name.nl == "Hemelvaartsdag");
    for (std::size_t i = 1; i < holidays.size(); ++i)
        CHECK(holidays[i - 1].date <= holidays[i].date);
    // Easter 2038 is 25 April: Hemelvaartsdag (3 June) comes after Bevrijdingsdag.
    CHECK(mee::public_holiday({2038, 6, 3})->name.nl == "Hemelvaartsdag");
    // Easter 2008 is 23 March: Hemelvaartsdag (1 May) comes before Bevrijdingsdag.
    const std::vector<mee::PublicHoliday> early = mee::public_holidays(2008);
    CHECK(early[5].name.nl == "Hemelvaartsdag");
    CHECK(early[5].date == Date{2008, 5, 1});
    CHECK(early[6].name.nl == "Bevrijdingsdag");
}
