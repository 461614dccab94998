#pragma once
// Values as people in the Netherlands write them, read back as what a
// document must hold: a date as YYYY-MM-DD, an amount as a number
// (documents.md: "Dates are ISO YYYY-MM-DD. Amounts are euros as numbers").
// The schema check uses them to say what to write.

#include "base/date.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace mee {

// A date written another way than YYYY-MM-DD, as people in the Netherlands
// write one: "20-01-2026", "20-1-2026", "20/01/2026", "20.01.2026",
// "20 januari 2026", "20 jan. 2026" (Dutch month names, full or short, and
// English ones; any case), or with the year first but not quite ISO
// ("2026-1-20", "2026/01/20"). Returns its year, month (1–12) and day (1–31)
// as written, not checked against the calendar: "31-02-2026" gives day 31 of
// month 2 (days_in_month says whether it exists). nullopt for anything else,
// also for a text parse_date accepts.
std::optional<Date> read_written_date(std::string_view text);

enum class Fraction { allowed, not_allowed };

// The number to write for a text such as "1.250.000", "12.500,00",
// "€ 12.500", "€12.500,-", "12500 euro", "12.500 EUR", "12,5", "160 uur" or
// "€ 1,2 miljoen": thousands separated by dots (or spaces) in groups of
// three, a decimal comma, a euro sign, `euro`/`EUR`, `uur`/`uren`, `,-` and
// `miljoen`/`mln`. Returns the number as YAML reads it ("12500", "12500.50"),
// or nullopt when the text is not such a number, is one already, or is
// ambiguous ("12,500": twelve and a half in Dutch, twelve thousand five
// hundred in English; "12.5": a dot not followed by groups of three). With
// Fraction::not_allowed, a number with a fraction gives nullopt too.
std::optional<std::string> read_written_amount(std::string_view text, Fraction fraction = Fraction::allowed);

}  // namespace mee
