#include "policy/calendar.hpp"

#include <algorithm>

namespace mee {

namespace {

// The inverse of days_from_civil (Howard Hinnant's civil_from_days), for the
// proleptic Gregorian calendar.
Date civil_from_days(long days)
{
    const long z = days + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long day = doy - (153 * mp + 2) / 5 + 1;
    const long month = mp < 10 ? mp + 3 : mp - 9;
    const long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return Date{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

}  // namespace

Date easter_sunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date{year, month, day};
}

int weekday(const Date& date)
{
    // Day 0, 1970-01-01, was a Thursday (3).
    const long days = days_from_civil(date);
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

Date add_days(const Date& date, long days)
{
    return civil_from_days(days_from_civil(date) + days);
}

std::vector<PublicHoliday> public_holidays(int year)
{
    const Date easter = easter_sunday(year);
    const Date kings_day = weekday(Date{year, 4, 27}) == 6 ? Date{year, 4, 26} : Date{year, 4, 27};
    std::vector<PublicHoliday> holidays{
        {Date{year, 1, 1}, Label{"Nieuwjaarsdag", "New Year's Day"}},
        {add_days(easter, -2), Label{"Goede Vrijdag", "Good Friday"}},
        {easter, Label{"1e Paasdag", "Easter Sunday"}},
        {add_days(easter, 1), Label{"2e Paasdag", "Easter Monday"}},
        {kings_day, Label{"Koningsdag", "King's Day"}},
        {Date{year, 5, 5}, Label{"Bevrijdingsdag", "Liberation Day"}},
        {add_days(easter, 39), Label{"Hemelvaartsdag", "Ascension Day"}},
        {add_days(easter, 49), Label{"1e Pinksterdag", "Whit Sunday"}},
        {add_days(easter, 50), Label{"2e Pinksterdag", "Whit Monday"}},
        {Date{year, 12, 25}, Label{"1e Kerstdag", "Christmas Day"}},
        {Date{year, 12, 26}, Label{"2e Kerstdag", "Boxing Day"}},
    };
    // Hemelvaartsdag falls between 30 April and 3 June, so before, on or
    // after Bevrijdingsdag (on it in 2016); the stable sort keeps date order
    // and, for a shared date, the order listed above.
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const PublicHoliday& x, const PublicHoliday& y) { return x.date < y.date; });
    return holidays;
}

std::optional<PublicHoliday> public_holiday(const Date& date)
{
    for (PublicHoliday& holiday : public_holidays(date.year)) {
        if (holiday.date == date) return std::move(holiday);
    }
    return std::nullopt;
}

}  // namespace mee
