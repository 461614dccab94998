#include "privacy.hpp"

#include <cctype>

namespace mee {

namespace {

bool is_alnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
}
bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}
bool is_local(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-';
}

// The nine digits after a prefix, from `i`: groups of digits separated by
// spaces or by one hyphen. Returns the end of the number, or npos.
std::size_t nine_digits(std::string_view t, std::size_t i)
{
    int digits = 0;
    while (i < t.size() && digits < 9) {
        if (is_digit(t[i])) {
            ++digits;
            ++i;
            continue;
        }
        if (digits == 0) {
            // Between the prefix and the first group: a space or one hyphen too.
        }
        std::size_t j = i;
        if (t[j] == '-') {
            ++j;
        } else {
            while (j < t.size() && t[j] == ' ')
                ++j;
        }
        if (j == i || j >= t.size() || !is_digit(t[j])) return std::string_view::npos;
        i = j;
    }
    if (digits < 9) return std::string_view::npos;
    if (i < t.size() && is_alnum(t[i])) return std::string_view::npos;
    return i;
}

bool is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

// The end of an IBAN starting at `i` (two capitals, two check digits, then
// 11 to 30 letters or digits, in groups of four separated by single spaces
// or written as one word), or `i` when there is none. A bank account is no
// phone number, though "NL91 ABNA 0417 1643 00" ends in a zero and nine digits.
std::size_t iban_end(std::string_view t, std::size_t i)
{
    if (i + 4 > t.size() || !is_upper(t[i]) || !is_upper(t[i + 1]) || !is_digit(t[i + 2]) || !is_digit(t[i + 3])) {
        return i;
    }
    std::size_t j = i + 4;
    std::size_t count = 4;
    std::size_t end = j;
    while (j < t.size()) {
        if (t[j] == ' ' && (j - i) % 5 == 4 && j + 1 < t.size() && std::isalnum(static_cast<unsigned char>(t[j + 1]))) {
            ++j;  // the space between two groups of four
            continue;
        }
        if (!std::isalnum(static_cast<unsigned char>(t[j]))) break;
        ++count;
        end = ++j;
    }
    if (end < t.size() && is_alnum(t[end])) return i;
    return count >= 15 && count <= 34 ? end : i;
}

}  // namespace

bool has_email(std::string_view t)
{
    for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
        std::size_t begin = at;
        while (begin > 0 && is_local(t[begin - 1]))
            --begin;
        std::size_t end = at + 1;
        while (end < t.size() && is_domain(t[end]))
            ++end;
        if (begin == at) continue;
        std::string_view domain = t.substr(at + 1, end - at - 1);
        while (!domain.empty() && (domain.back() == '.' || domain.back() == '-'))
            domain.remove_suffix(1);
        const auto dot = domain.rfind('.');
        if (dot == std::string_view::npos || dot == 0) continue;
        const std::string_view tld = domain.substr(dot + 1);
        if (tld.size() < 2) continue;
        bool letters = true;
        for (char c : tld)
            letters = letters && std::isalpha(static_cast<unsigned char>(c));
        if (letters) return true;
    }
    return false;
}

bool has_phone_number(std::string_view t)
{
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '+')) continue;
        if (const std::size_t iban = iban_end(t, i); iban != i) {
            i = iban - 1;
            continue;
        }
        std::size_t after = std::string_view::npos;
        if (t.substr(i).starts_with("+31"))
            after = i + 3;
        else if (t.substr(i).starts_with("0031"))
            after = i + 4;
        else if (t[i] == '0')
            after = i + 1;
        if (after == std::string_view::npos) continue;
        // After the prefix, optional separator before the first group.
        std::size_t j = after;
        if (j < t.size() && t[j] == '-')
            ++j;
        else
            while (j < t.size() && t[j] == ' ')
                ++j;
        if (j < t.size() && is_digit(t[j]) && nine_digits(t, j) != std::string_view::npos) return true;
    }
    return false;
}

PersonalData find_personal_data(std::string_view text)
{
    if (has_email(text)) return PersonalData::email;
    if (has_phone_number(text)) return PersonalData::phone;
    return PersonalData::none;
}

}  // namespace mee
