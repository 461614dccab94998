#pragma once
// Calendar dates as documents write them: YYYY-MM-DD.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace mee {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    friend auto operator<=>(const Date&, const Date&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// A real calendar date from exactly "YYYY-MM-DD"; nullopt for anything else,
// 2026-02-30 and 2026-13-01 included.
std::optional<Date> parse_date(std::string_view text);

// Days since 1970-01-01 (negative before), for differences between dates.
long days_from_civil(const Date& date);

std::string format_date(const Date& date);

}  // namespace mee
