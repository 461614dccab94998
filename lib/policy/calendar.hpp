#pragma once
// Public holidays, computed for any year (profile.md): Easter by the
// Gregorian computus, and the Dutch holidays that follow from it.

#include "base/date.hpp"
#include "base/text.hpp"
#include "policy/profile.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mee {

// Easter Sunday of `year` (Gregorian calendar; anonymous Gregorian algorithm).
Date easter_sunday(int year);

// 0 = Monday … 6 = Sunday.
int weekday(const Date& date);

Date add_days(const Date& date, long days);

struct PublicHoliday {
    Date date;
    Label name;
};

// The public holidays of `year` in date order: Nieuwjaarsdag, Goede Vrijdag,
// 1e and 2e Paasdag, Koningsdag (27 April, or the 26th when the 27th is a
// Sunday), Bevrijdingsdag (5 May), Hemelvaartsdag, 1e and 2e Pinksterdag,
// 1e and 2e Kerstdag.
std::vector<PublicHoliday> public_holidays(int year);

// The public holiday on `date`, if it is one.
std::optional<PublicHoliday> public_holiday(const Date& date);

}  // namespace mee
