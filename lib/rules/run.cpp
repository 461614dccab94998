#include "rules/run.hpp"

#include "rules/catalog.hpp"

#include <optional>

namespace mee {

namespace {

void run_matching(const RuleInput& input, std::vector<Finding>& out, const std::optional<Reach>& reach)
{
    for (const Rule& rule : rule_catalog()) {
        if (rule.check == nullptr || !rule.applies_to(input.kind)) continue;
        if (reach && rule.reach != *reach) continue;
        rule.check(input, Flag(input.path, std::string(rule.code), rule.severity, out));
    }
}

}  // namespace

void run_rules(const RuleInput& input, std::vector<Finding>& out)
{
    run_matching(input, out, std::nullopt);
}

void run_rules(const RuleInput& input, std::vector<Finding>& out, Reach reach)
{
    run_matching(input, out, reach);
}

}  // namespace mee
