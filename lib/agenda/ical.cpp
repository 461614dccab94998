#include "agenda/ical.hpp"

#include <fmt/format.h>

namespace mee {

namespace {

constexpr std::size_t k_max_octets = 75;

bool is_continuation_byte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::string ical_text(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case ';':
                out += "\\;";
                break;
            case ',':
                out += "\\,";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";
                break;
            case '\t':
                out += c;
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) break;
                out += c;
        }
    }
    return out;
}

std::string ical_line(std::string_view line)
{
    std::string out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    std::size_t limit = k_max_octets;  // the first line has all 75; continuations lose one to the space
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && is_continuation_byte(line[cut]))
            --cut;
        if (cut == 0) cut = limit;  // not UTF-8: split by octets rather than loop
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = k_max_octets - 1;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string ical_date(const Date& date)
{
    return fmt::format("{:04}{:02}{:02}", date.year, date.month, date.day);
}

std::string ical_midnight_utc(const Date& date)
{
    return ical_date(date) + "T000000Z";
}

}  // namespace mee
