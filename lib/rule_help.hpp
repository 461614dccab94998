#pragma once
// What `mee explain` says about each rule beyond its title: why the policy
// asks for it, how to fix a finding, and a small example.

#include "text.hpp"  // struct Msg { const char* nl; const char* en; };

#include <string_view>

namespace mee {

struct RuleHelp {
    std::string_view code;     // "MEE151"
    Msg why;                   // why the rule exists, quoting the policy section, 2–4 sentences
    Msg fix;                   // what to do about a finding, 1–3 sentences
    std::string_view example;  // a YAML fragment (keys as documents.md) satisfying the rule; may be empty
};

// The help of `code` (exact, upper case), or nullptr.
const RuleHelp* find_rule_help(std::string_view code);

}  // namespace mee
