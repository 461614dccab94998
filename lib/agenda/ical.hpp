#pragma once
// The parts of iCalendar (RFC 5545) that mee writes: TEXT values escaped,
// content lines folded, dates in the basic format.

#include "base/date.hpp"

#include <string>
#include <string_view>

namespace mee {

// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped
// with a backslash, a line break (LF, CRLF or CR) written as \n; other
// control characters, which TEXT does not allow, dropped (a tab stays).
// Assumes UTF-8 input; bytes of 0x80 and above pass unchanged.
std::string ical_text(std::string_view text);

// One content line (without its line break) folded so that no physical
// line is longer than 75 octets (§3.1): each continuation starts with
// CRLF and one space, and a fold never falls inside a UTF-8 sequence.
// Returns the folded line followed by CRLF.
std::string ical_line(std::string_view line);

// 20260324: a DATE value (§3.3.4).
std::string ical_date(const Date& date);

// 20260324T000000Z: a DATE-TIME in UTC (§3.3.5) at midnight of `date`.
std::string ical_midnight_utc(const Date& date);

}  // namespace mee
