#include "base/display.hpp"

#include <cmath>

namespace mee {

namespace {

constexpr const char* k_months_nl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                       "juli",    "augustus", "september", "oktober", "november", "december"};
constexpr const char* k_months_en[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
constexpr const char* k_abbr_nl[] = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                     "jul", "aug", "sep", "okt", "nov", "dec"};
constexpr const char* k_abbr_en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool valid_month(int month)
{
    return month >= 1 && month <= 12;
}

}  // namespace

std::string month_name(int month, Lang lang)
{
    if (!valid_month(month)) return std::to_string(month);
    return (lang == Lang::nl ? k_months_nl : k_months_en)[month - 1];
}

std::string long_date(const Date& date, Lang lang)
{
    if (!valid_month(date.month)) return format_date(date);
    const std::string name = month_name(date.month, lang);
    return fmt::format("{} {} {}", date.day, name, date.year);
}

std::string short_date(const Date& date, Lang lang)
{
    if (!valid_month(date.month)) return format_date(date);
    return fmt::format("{} {} {}", date.day, month_abbreviation(date.month, lang), date.year);
}

std::string month_abbreviation(int month, Lang lang)
{
    if (!valid_month(month)) return "?";
    return (lang == Lang::nl ? k_abbr_nl : k_abbr_en)[month - 1];
}

std::string grouped(long long value, Lang lang)
{
    const bool negative = value < 0;
    std::string digits = std::to_string(negative ? -value : value);
    const char separator = lang == Lang::nl ? '.' : ',';
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), 1, separator);
    return negative ? "-" + digits : digits;
}

std::string euros(double amount, Lang lang)
{
    const auto whole = static_cast<long long>(std::llround(amount));
    return lang == Lang::nl ? "€ " + grouped(whole, lang) : "€" + grouped(whole, lang);
}

std::string plain_number(double value, Lang lang)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
        return grouped(static_cast<long long>(value), lang);
    }
    std::string text = decimal(value, 2, lang);
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && (text.back() == ',' || text.back() == '.')) text.pop_back();
    return text;
}

std::string truncate_text(std::string_view text, std::size_t max)
{
    std::size_t points = 0;
    std::size_t cut = std::string_view::npos;  // the byte where code point max-1 begins
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (points == max - 1 && max > 0) cut = i;
        ++points;
    }
    if (points <= max) return std::string(text);
    if (max == 0) return {};
    return std::string(text.substr(0, cut)) + "…";
}

}  // namespace mee
