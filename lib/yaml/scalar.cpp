#include "yaml/scalar.hpp"

#include <string>

namespace mee {

namespace {

bool all_of(std::string_view s, bool (*pred)(char))
{
    if (s.empty()) return false;
    for (char c : s) {
        if (!pred(c)) return false;
    }
    return true;
}

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}
bool is_octal(char c)
{
    return c >= '0' && c <= '7';
}
bool is_hex(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_core_float(std::string_view s)
{
    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    std::size_t digits = 0;
    while (i < s.size() && is_digit(s[i]))
        ++i, ++digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        std::size_t fraction = 0;
        while (i < s.size() && is_digit(s[i]))
            ++i, ++fraction;
        if (digits == 0 && fraction == 0) return false;
    } else if (digits == 0) {
        return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        if (!all_of(s.substr(i), is_digit)) return false;
        return true;
    }
    return i == s.size();
}

}  // namespace

ScalarType resolve_plain(std::string_view s)
{
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return ScalarType::null;
    if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE") {
        return ScalarType::boolean;
    }
    std::string_view unsigned_part = s;
    if (s[0] == '-' || s[0] == '+') unsigned_part.remove_prefix(1);
    if (all_of(unsigned_part, is_digit)) return ScalarType::integer;
    if (s.starts_with("0o") && all_of(s.substr(2), is_octal)) return ScalarType::integer;
    if (s.starts_with("0x") && all_of(s.substr(2), is_hex)) return ScalarType::integer;
    if (is_core_float(s)) return ScalarType::number;
    if (unsigned_part == ".inf" || unsigned_part == ".Inf" || unsigned_part == ".INF" || s == ".nan" || s == ".NaN" ||
        s == ".NAN") {
        return ScalarType::number;
    }
    return ScalarType::string;
}

}  // namespace mee
