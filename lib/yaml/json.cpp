#include "yaml/json.hpp"

#include "yaml/scalar.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>

namespace mee {

namespace {

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
