#include "rules/catalog.hpp"

#include <algorithm>
#include <cctype>

namespace mee {

const Rule* find_rule(std::string_view code)
{
    for (const Rule& rule : rule_catalog()) {
        if (rule.code.size() == code.size() &&
            std::equal(code.begin(), code.end(), rule.code.begin(),
                       [](char a, char b) { return std::toupper(static_cast<unsigned char>(a)) == b; })) {
            return &rule;
        }
    }
    return nullptr;
}

bool deviation_allowed(std::string_view code)
{
    return code.size() == 6 && code.starts_with("MEE") && code[3] >= '1' && code[3] <= '3';
}

}  // namespace mee
