#include "agenda/ical.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

// The physical lines of folded output, without their CRLF.
std::vector<std::string> physical_lines(const std::string& folded)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t at = folded.find("\r\n"); at != std::string::npos; at = folded.find("\r\n", start)) {
        lines.push_back(folded.substr(start, at - start));
        start = at + 2;
    }
    CHECK(start == folded.size());  // ends in CRLF, nothing after it
    return lines;
}

// RFC 5545 §3.1 unfolding: a CRLF followed by one space is removed.
std::string unfold(const std::string& folded)
{
    std::string out;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        out += folded[i];
    }
    return out;
}

bool starts_inside_utf8_sequence(const std::string& s)
{
    return !s.empty() && (static_cast<unsigned char>(s[0]) & 0xC0) == 0x80;
}

}  // namespace

TEST_CASE("ical_text escapes backslash, semicolon, comma and line breaks")
{
    CHECK(mee::ical_text("a,b;c\\d") == "a\\,b\\;c\\\\d");
    CHECK(mee::ical_text("one\ntwo") == "one\\ntwo");
    CHECK(mee::ical_text("one\r\ntwo") == "one\\ntwo");
    CHECK(mee::ical_text("one\rtwo") == "one\\ntwo");
    CHECK(mee::ical_text("tab\there") == "tab\there");
    CHECK(mee::ical_text(std::string("bell\x07") + "!") == "bell!");  // TEXT allows no control characters
    CHECK(mee::ical_text("Ideeën: zó") == "Ideeën: zó");              // colons and non-ASCII stay
}

TEST_CASE("ical_line leaves a short line alone and ends it with CRLF")
{
    CHECK(mee::ical_line("BEGIN:VEVENT") == "BEGIN:VEVENT\r\n");
    const std::string exactly75 = "SUMMARY:" + std::string(67, 'a');
    REQUIRE(exactly75.size() == 75);
    CHECK(mee::ical_line(exactly75) == exactly75 + "\r\n");
}

TEST_CASE("ical_line folds at exactly 75 octets")
{
    const std::string line = "SUMMARY:" + std::string(67, 'a') + "bcd";
    const auto lines = physical_lines(mee::ical_line(line));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].size() == 75);
    CHECK(lines[1] == " bcd");
}

TEST_CASE("ical_line never splits a UTF-8 sequence")
{
    // 74 octets, then "é" (2 octets) straddles the 75th: the fold comes before it.
    const std::string straddle = "SUMMARY:" + std::string(66, 'a') + "é" + "z";
    const auto lines = physical_lines(mee::ical_line(straddle));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].size() == 74);
    CHECK(lines[1] == " éz");
    // A 4-octet character (an emoji) over the boundary moves whole too.
    const std::string four = "X:" + std::string(72, 'a') + "\xF0\x9F\x98\x80" + "b";
    const auto four_lines = physical_lines(mee::ical_line(four));
    REQUIRE(four_lines.size() == 2);
    CHECK(four_lines[0].size() == 74);
    CHECK(four_lines[1] ==
          " \xF0\x9F\x98\x80"
          "b");
}

TEST_CASE("a long summary with commas and non-ASCII letters folds and unfolds to itself")
{
    const std::string summary =
        "Herinrichting Kerkstraat Oost, Nieuwleusen: inloopavond over bomen, bankjes, fietsparkeren en de "
        "ideeën van Plaatselijk Belang; ook café De Linde, de bibliotheek en de brandweer (Émile, Zoë, André)";
    const std::string line = "SUMMARY:" + mee::ical_text(summary);
    const std::string folded = mee::ical_line(line);
    const auto lines = physical_lines(folded);
    REQUIRE(lines.size() >= 3);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CAPTURE(i);
        CHECK(lines[i].size() <= 75);
        if (i > 0) {
            CHECK(lines[i][0] == ' ');
            CHECK_FALSE(starts_inside_utf8_sequence(lines[i].substr(1)));
        }
    }
    // The first fold falls exactly at 75 octets; the second would split the
    // "é" of "café", so it comes one octet earlier and "é" starts the next line.
    CHECK(lines[0].size() == 75);
    CHECK(lines[1].size() == 74);
    CHECK(lines[1].ends_with("caf"));
    CHECK(lines[2].starts_with(" é De Linde"));
    CHECK(unfold(folded) == line + "\r\n");
    CHECK(line.find("Oost\\, Nieuwleusen") != std::string::npos);
    CHECK(line.find("Belang\\; ook") != std::string::npos);
    // Every line is full unless the next character would not fit whole.
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const auto next = static_cast<unsigned char>(lines[i + 1][1]);
        const std::size_t next_len = next < 0x80 ? 1 : next < 0xE0 ? 2 : next < 0xF0 ? 3 : 4;
        CHECK(lines[i].size() + next_len > 75);
    }
}

TEST_CASE("ical dates")
{
    CHECK(mee::ical_date(mee::Date{2026, 3, 4}) == "20260304");
    CHECK(mee::ical_midnight_utc(mee::Date{2026, 12, 31}) == "20261231T000000Z");
}
