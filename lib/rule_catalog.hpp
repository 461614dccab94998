#pragma once
// The table of every rule code of rules.md: what `mee rules` lists, what
// `mee explain` prints, and what `regelafwijkingen` may name.

#include "finding.hpp"
#include "kind.hpp"
#include "rules.hpp"
#include "text.hpp"

#include <span>
#include <string_view>

namespace mee {

// Which documents a rule looks at: `file` rules are applied while reading
// (MEE0xx); the others run on documents of their kind, or on `any` kind.
enum class Scope { file, plan, eindverslag, initiatief, any };

struct RuleInfo {
    std::string_view code;  // "MEE004"
    Scope scope;
    Severity severity;
    // Where the rule comes from: a policy section ("§2.1.3 bouwsteen 3"),
    // "format" (the document format itself) or "profile:KEY" (a profile list).
    std::string_view section;
    Msg title;                      // one line
    Msg explanation;                // why it exists and how to fix it (MEE0xx; the others: rule_help)
    RuleFunction check;             // the rule; nullptr for file rules and rules not yet applied
    Reach reach = Reach::document;  // Reach::project: it reads other documents

    // Whether this version of mee applies the rule.
    bool is_checked() const;
    // Whether `check` runs on documents of `kind`.
    bool applies_to(DocKind kind) const;
};

// Every code, in code order.
std::span<const RuleInfo> rule_catalog();

// The rule with `code` (case-insensitive), or nullptr.
const RuleInfo* find_rule(std::string_view code);

// Whether a finding of `code` may be turned into "gemotiveerd afgeweken"
// by a regelafwijkingen entry: MEE1xx, MEE2xx and MEE3xx only.
bool deviation_allowed(std::string_view code);

}  // namespace mee
