#include "base/written.hpp"

#include <doctest/doctest.h>

#include <string>

using mee::Date;
using mee::Fraction;
using mee::read_written_amount;

TEST_CASE("written: amounts: amounts written the Dutch way give the number to write")
{
    CHECK(read_written_amount("1.250.000") == "1250000");
    CHECK(read_written_amount("12.500,00") == "12500");
    CHECK(read_written_amount("12.500,50") == "12500.50");
    CHECK(read_written_amount("€ 12.500") == "12500");
    CHECK(read_written_amount("€12.500,-") == "12500");
    CHECK(read_written_amount("€ 12.500,--") == "12500");
    CHECK(read_written_amount("12500 euro") == "12500");
    CHECK(read_written_amount("12.500 EUR") == "12500");
    CHECK(read_written_amount("12.500 Euro") == "12500");
    CHECK(read_written_amount("EUR 12.500") == "12500");
    CHECK(read_written_amount("12 500") == "12500");
    CHECK(read_written_amount("12,5") == "12.5");
    CHECK(read_written_amount("160 uur") == "160");
    CHECK(read_written_amount("€ 1,2 miljoen") == "1200000");
    CHECK(read_written_amount("2 mln") == "2000000");
    CHECK(read_written_amount("12.500") == "12500");  // only ever text when quoted
}

TEST_CASE("written: amounts: a whole number where no fraction is allowed")
{
    CHECK(read_written_amount("1.250", Fraction::not_allowed) == "1250");
    CHECK(read_written_amount("1.250,00", Fraction::not_allowed) == "1250");
    CHECK_FALSE(read_written_amount("12,5", Fraction::not_allowed));
}

TEST_CASE("written: amounts: no suggestion for what is not an amount, or is ambiguous")
{
    CHECK_FALSE(read_written_amount("12500"));   // a number already
    CHECK_FALSE(read_written_amount("12,500"));  // 12.5 or 12500
    CHECK_FALSE(read_written_amount("12.5"));    // a dot that does not group thousands
    CHECK_FALSE(read_written_amount("€ 12.50"));
    CHECK_FALSE(read_written_amount("1.2.3"));
    CHECK_FALSE(read_written_amount("12.5000"));
    CHECK_FALSE(read_written_amount("1.250 500"));  // two kinds of separator
    CHECK_FALSE(read_written_amount("ongeveer 12500 euro"));
    CHECK_FALSE(read_written_amount("euro"));
    CHECK_FALSE(read_written_amount("€"));
    CHECK_FALSE(read_written_amount("nog onbekend"));
    CHECK_FALSE(read_written_amount(""));
    CHECK_FALSE(read_written_amount("12,"));
    CHECK_FALSE(read_written_amount("1234.567"));  // a group of four before the dot
}

TEST_CASE("written: dates written the Dutch way are read back")
{
    using mee::read_written_date;
    CHECK(read_written_date("20-01-2026") == Date{2026, 1, 20});
    CHECK(read_written_date("20-1-2026") == Date{2026, 1, 20});
    CHECK(read_written_date("5/3/2026") == Date{2026, 3, 5});
    CHECK(read_written_date("20/01/2026") == Date{2026, 1, 20});
    CHECK(read_written_date("20.01.2026") == Date{2026, 1, 20});
    CHECK(read_written_date("2026-1-20") == Date{2026, 1, 20});
    CHECK(read_written_date("2026/01/20") == Date{2026, 1, 20});
    CHECK(read_written_date("20 januari 2026") == Date{2026, 1, 20});
    CHECK(read_written_date("20 Januari 2026") == Date{2026, 1, 20});
    CHECK(read_written_date("20 jan 2026") == Date{2026, 1, 20});
    CHECK(read_written_date("20 jan. 2026") == Date{2026, 1, 20});
    CHECK(read_written_date("1 mrt 2026") == Date{2026, 3, 1});
    CHECK(read_written_date("15 okt 2026") == Date{2026, 10, 15});
    CHECK(read_written_date("3 mei 2026") == Date{2026, 5, 3});
    CHECK(read_written_date("24 March 2026") == Date{2026, 3, 24});
    const char* const k_months[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                    "juli",    "augustus", "september", "oktober", "november", "december"};
    for (int m = 1; m <= 12; ++m) {
        CAPTURE(m);
        CHECK(read_written_date(std::string("1 ") + k_months[m - 1] + " 2026") == Date{2026, m, 1});
    }
    // As written, not checked against the calendar: the caller says it does not exist.
    CHECK(read_written_date("31-02-2026") == Date{2026, 2, 31});
    // Not such a date.
    CHECK_FALSE(read_written_date("2026-01-20"));  // ISO already
    CHECK_FALSE(read_written_date("20-13-2026"));
    CHECK_FALSE(read_written_date("32-01-2026"));
    CHECK_FALSE(read_written_date("0-01-2026"));
    CHECK_FALSE(read_written_date("20-01-26"));
    CHECK_FALSE(read_written_date("20-01/2026"));
    CHECK_FALSE(read_written_date("20 janvier 2026"));
    CHECK_FALSE(read_written_date("januari 2026"));
    CHECK_FALSE(read_written_date("20 januari"));
    CHECK_FALSE(read_written_date("2026.01.20"));
    CHECK_FALSE(read_written_date("volgend jaar"));
    CHECK_FALSE(read_written_date(""));
}
