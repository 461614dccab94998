#include "yaml_scalar.hpp"

#include "yaml_tree.hpp"

#include <charconv>
#include <cmath>
#include <limits>
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

nlohmann::json scalar_json(const Node& node)
{
    const std::string& s = node.value;
    switch (scalar_type(node)) {
        case ScalarType::null:
            return nullptr;
        case ScalarType::boolean:
            return s == "true" || s == "True" || s == "TRUE";
        case ScalarType::integer: {
            std::string_view digits = s;
            int base = 10;
            bool negative = false;
            if (digits.starts_with("0o"))
                digits.remove_prefix(2), base = 8;
            else if (digits.starts_with("0x"))
                digits.remove_prefix(2), base = 16;
            else if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
                negative = digits[0] == '-';
                digits.remove_prefix(1);
            }
            std::int64_t value = 0;
            auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
            if (ec == std::errc() && ptr == digits.data() + digits.size()) {
                return negative ? -value : value;
            }
            return std::strtod(s.c_str(), nullptr);  // too large for 64 bits
        }
        case ScalarType::number: {
            std::string lower;
            for (char c : s)
                lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (lower == ".nan") return std::numeric_limits<double>::quiet_NaN();
            if (lower.ends_with(".inf")) {
                return lower[0] == '-' ? -std::numeric_limits<double>::infinity()
                                       : std::numeric_limits<double>::infinity();
            }
            return std::strtod(s.c_str(), nullptr);
        }
        case ScalarType::string:
            break;
    }
    return s;
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

ScalarType scalar_type(const Node& node)
{
    if (node.kind == NodeKind::null) return ScalarType::null;
    if (node.tag == Tag::plain) return resolve_plain(node.value);
    if (node.tag == Tag::int_ && resolve_plain(node.value) == ScalarType::integer) {
        return ScalarType::integer;
    }
    if (node.tag == Tag::float_) {
        const ScalarType t = resolve_plain(node.value);
        if (t == ScalarType::integer || t == ScalarType::number) return ScalarType::number;
    }
    if (node.tag == Tag::bool_ && resolve_plain(node.value) == ScalarType::boolean) {
        return ScalarType::boolean;
    }
    return ScalarType::string;
}

nlohmann::json to_json(const Node& node)
{
    switch (node.kind) {
        case NodeKind::null:
            return nullptr;
        case NodeKind::scalar:
            return scalar_json(node);
        case NodeKind::sequence: {
            nlohmann::json array = nlohmann::json::array();
            for (const Node& item : node.items)
                array.push_back(to_json(item));
            return array;
        }
        case NodeKind::mapping: {
            nlohmann::json object = nlohmann::json::object();
            for (const Entry& e : node.entries) {
                if (!e.value.is_null()) object[e.key] = to_json(e.value);
            }
            return object;
        }
    }
    return nullptr;
}

}  // namespace mee
