#include "base/written.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace mee {

namespace {

// The month a name or abbreviation stands for (lower case, without a final
// dot), or 0.
int month_named(std::string_view word)
{
    struct Name {
        std::string_view text;
        int month;
    };
    static constexpr Name k_names[] = {
        {"januari", 1},   {"jan", 1},       {"january", 1}, {"februari", 2},  {"feb", 2},   {"february", 2},
        {"maart", 3},     {"mrt", 3},       {"mar", 3},     {"maa", 3},       {"march", 3}, {"april", 4},
        {"apr", 4},       {"mei", 5},       {"may", 5},     {"juni", 6},      {"jun", 6},   {"june", 6},
        {"juli", 7},      {"jul", 7},       {"july", 7},    {"augustus", 8},  {"aug", 8},   {"august", 8},
        {"september", 9}, {"sep", 9},       {"sept", 9},    {"oktober", 10},  {"okt", 10},  {"october", 10},
        {"oct", 10},      {"november", 11}, {"nov", 11},    {"december", 12}, {"dec", 12},
    };
    for (const Name& n : k_names) {
        if (n.text == word) return n.month;
    }
    return 0;
}

// The value of 1 to `max_digits` digits, or -1.
int digits_value(std::string_view s, std::size_t max_digits)
{
    if (s.empty() || s.size() > max_digits) return -1;
    int value = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<Date> checked(int year, int month, int day)
{
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    return Date{year, month, day};
}

// "20-01-2026", "2026/1/20" …: three numbers split by one separator.
std::optional<Date> read_numeric(std::string_view s)
{
    const auto sep = s.find_first_of("-/.");
    if (sep == std::string_view::npos) return std::nullopt;
    const char c = s[sep];
    const auto second = s.find(c, sep + 1);
    if (second == std::string_view::npos || s.find(c, second + 1) != std::string_view::npos) return std::nullopt;
    const std::string_view a = s.substr(0, sep);
    const std::string_view b = s.substr(sep + 1, second - sep - 1);
    const std::string_view y = s.substr(second + 1);
    if (a.size() == 4) {  // the year first: only '-' and '/', as ISO is written
        if (c == '.') return std::nullopt;
        return checked(digits_value(a, 4), digits_value(b, 2), digits_value(y, 2));
    }
    if (y.size() != 4) return std::nullopt;
    return checked(digits_value(y, 4), digits_value(b, 2), digits_value(a, 2));
}

// "20 januari 2026", "20 jan. 2026".
std::optional<Date> read_named(std::string_view s)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    if (words.size() != 3 || words[2].size() != 4) return std::nullopt;
    std::string_view month = words[1];
    if (month.ends_with('.')) month.remove_suffix(1);
    return checked(digits_value(words[2], 4), month_named(month), digits_value(words[0], 2));
}

}  // namespace

std::optional<Date> read_written_date(std::string_view text)
{
    if (text.size() > 40 || parse_date(text)) return std::nullopt;
    if (auto date = read_numeric(text)) return date;
    return read_named(text);
}

namespace {

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

std::string lower(std::string_view s)
{
    std::string out;
    for (char c : s)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

void trim(std::string_view& s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
}

// Removes `word` from the end of `s` (case-insensitive), with the spaces before it.
bool strip_suffix(std::string_view& s, std::string_view word)
{
    if (s.size() < word.size() || lower(s.substr(s.size() - word.size())) != word) return false;
    s.remove_suffix(word.size());
    trim(s);
    return true;
}

bool strip_prefix(std::string_view& s, std::string_view word)
{
    if (!s.starts_with(word)) return false;
    s.remove_prefix(word.size());
    trim(s);
    return true;
}

// "1.250.000" or "1 250 000" or "1250000": the digits, or empty.
std::string whole_part(std::string_view s)
{
    if (s.empty() || !is_digit(s.front())) return {};
    const auto sep = s.find_first_not_of("0123456789");
    if (sep == std::string_view::npos) return std::string(s);
    const char c = s[sep];
    if ((c != '.' && c != ' ') || sep > 3) return {};
    std::string digits(s.substr(0, sep));
    for (std::size_t i = sep; i < s.size(); i += 4) {
        if (s[i] != c || i + 4 > s.size()) return {};
        const std::string_view group = s.substr(i + 1, 3);
        for (char d : group) {
            if (!is_digit(d)) return {};
        }
        digits += group;
    }
    return digits;
}

}  // namespace

std::optional<std::string> read_written_amount(std::string_view text, Fraction fraction)
{
    std::string_view s = text;
    trim(s);
    if (s.empty() || s.size() > 60) return std::nullopt;
    bool marked = false;  // a sign, a unit or a Dutch separator: it was meant as an amount
    marked |= strip_prefix(s, "€") || strip_prefix(s, "EUR") || strip_prefix(s, "eur");
    for (std::string_view unit : {"euro", "eur", "€", "uren", "uur"}) {
        if (strip_suffix(s, unit)) {
            marked = true;
            break;
        }
    }
    bool millions = false;
    for (std::string_view word : {"miljoen", "mln.", "mln"}) {
        if (strip_suffix(s, word)) {
            millions = true;
            break;
        }
    }
    if (strip_suffix(s, ",--") || strip_suffix(s, ",-")) marked = true;

    std::string_view whole_text = s;
    std::string decimals;
    if (const auto comma = s.find(','); comma != std::string_view::npos) {
        const std::string_view after = s.substr(comma + 1);
        if (after.empty() || after.size() > (millions ? 6 : 2)) return std::nullopt;  // "12,500" is ambiguous
        for (char d : after) {
            if (!is_digit(d)) return std::nullopt;
        }
        decimals = after;
        whole_text = s.substr(0, comma);
        marked = true;
    }
    std::string whole = whole_part(whole_text);
    if (whole.empty()) return std::nullopt;
    if (whole.size() != whole_text.size()) marked = true;  // thousands separators
    if (!marked && !millions) return std::nullopt;
    if (whole.size() > 18) return std::nullopt;

    if (millions) {
        decimals.resize(6, '0');
        whole += decimals;
        decimals.clear();
    }
    if (decimals.find_first_not_of('0') == std::string::npos) decimals.clear();  // ",00" and ",-" alike
    whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
    if (!decimals.empty() && fraction == Fraction::not_allowed) return std::nullopt;
    std::string out = whole;
    if (!decimals.empty()) out += "." + decimals;
    if (out == text) return std::nullopt;
    return out;
}

}  // namespace mee
