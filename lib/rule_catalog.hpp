#pragma once
// The table of every rule code of rules.md: what `mee rules` lists, what
// `mee explain` prints, and what `regelafwijkingen` may name.

#include "finding.hpp"
#include "text.hpp"

#include <span>
#include <string_view>

namespace mee {

enum class Checked { yes, not_yet };

struct RuleInfo {
    std::string_view code;     // "MEE004"
    Severity severity;
    std::string_view section;  // where the policy or spec says it: "§2.1.3 bouwsteen 3"
    Msg title;                 // one line
    Msg explanation;           // why it exists and how to fix it; may be empty
    Checked checked;           // whether this version of mee applies it
};

// Every code, in code order.
std::span<const RuleInfo> rule_catalog();

// The rule with `code` (case-insensitive), or nullptr.
const RuleInfo* find_rule(std::string_view code);

// Whether a finding of `code` may be turned into "gemotiveerd afgeweken"
// by a regelafwijkingen entry: MEE1xx, MEE2xx and MEE3xx only.
bool deviation_allowed(std::string_view code);

}  // namespace mee
