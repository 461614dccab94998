#pragma once
// Running the rules of the catalogue on one document.

#include "rules/rule.hpp"

#include <vector>

namespace mee {

// Runs every rule of the table that applies to `input.kind` and appends
// their findings to `out`, in the table's order.
void run_rules(const RuleInput& input, std::vector<Finding>& out);

// The same for the rules of one reach only.
void run_rules(const RuleInput& input, std::vector<Finding>& out, Reach reach);

}  // namespace mee
