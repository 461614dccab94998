#pragma once
// How reports write dates, amounts and short labels for people: "24 maart
// 2026", "€ 12.500", "mrt". Nothing here escapes: callers escape for the
// format they write.

#include "base/date.hpp"
#include "base/text.hpp"

#include <string>
#include <string_view>

namespace mee {

// "24 maart 2026" / "24 March 2026".
std::string long_date(const Date& date, Lang lang);

// "maart", "March" (month 1 to 12).
std::string month_name(int month, Lang lang);

// "24 mrt 2026" / "24 Mar 2026".
std::string short_date(const Date& date, Lang lang);

// "mrt" / "Mar" for month 1..12.
std::string month_abbreviation(int month, Lang lang);

// A whole number with thousands separators: "12.500" / "12,500".
std::string grouped(long long value, Lang lang);

// An amount in euros, rounded to whole euros: "€ 12.500" / "€12,500".
std::string euros(double amount, Lang lang);

// A number as written (whole numbers without decimals): "160", "7,5" / "7.5".
std::string plain_number(double value, Lang lang);

// `text` cut to at most `max` code points, ending in "…" when cut.
std::string truncate_text(std::string_view text, std::size_t max);

}  // namespace mee
