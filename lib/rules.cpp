#include "rules.hpp"

#include "rule_catalog.hpp"

namespace mee {

void run_rules(const RuleInput& input, std::vector<Finding>& out)
{
    for (const RuleInfo& rule : rule_catalog()) {
        if (rule.check == nullptr || !rule.applies_to(input.kind)) continue;
        rule.check(input, Report(input.path, std::string(rule.code), rule.severity, out));
    }
}

}  // namespace mee
