#pragma once
// The plan rules, MEE101–MEE192 (rules.md), one function per code, in one
// file per part of the policy: step 1 and adoption (rules_plan_step1.cpp),
// the sections and texts (rules_plan_sections.cpp), goals and stakeholders
// (rules_plan_analysis.cpp), frameworks, level and methods
// (rules_plan_approach.cpp), planning (rules_plan_planning.cpp),
// communication and capacity (rules_plan_resources.cpp).

#include "rules.hpp"

namespace mee::plan_rules {

void mee101(const RuleInput&, const Report&);
void mee102(const RuleInput&, const Report&);
void mee103(const RuleInput&, const Report&);
void mee104(const RuleInput&, const Report&);
void mee105(const RuleInput&, const Report&);
void mee106(const RuleInput&, const Report&);
void mee107(const RuleInput&, const Report&);
void mee108(const RuleInput&, const Report&);
void mee109(const RuleInput&, const Report&);
void mee110(const RuleInput&, const Report&);
void mee111(const RuleInput&, const Report&);
void mee121(const RuleInput&, const Report&);
void mee122(const RuleInput&, const Report&);
void mee131(const RuleInput&, const Report&);
void mee132(const RuleInput&, const Report&);
void mee133(const RuleInput&, const Report&);
void mee134(const RuleInput&, const Report&);
void mee135(const RuleInput&, const Report&);
void mee136(const RuleInput&, const Report&);
void mee137(const RuleInput&, const Report&);
void mee138(const RuleInput&, const Report&);
void mee141(const RuleInput&, const Report&);
void mee142(const RuleInput&, const Report&);
void mee151(const RuleInput&, const Report&);
void mee161(const RuleInput&, const Report&);
void mee162(const RuleInput&, const Report&);
void mee163(const RuleInput&, const Report&);
void mee164(const RuleInput&, const Report&);
void mee165(const RuleInput&, const Report&);
void mee171(const RuleInput&, const Report&);
void mee172(const RuleInput&, const Report&);
void mee173(const RuleInput&, const Report&);
void mee174(const RuleInput&, const Report&);
void mee175(const RuleInput&, const Report&);
void mee176(const RuleInput&, const Report&);
void mee177(const RuleInput&, const Report&);
void mee178(const RuleInput&, const Report&);
void mee181(const RuleInput&, const Report&);
void mee182(const RuleInput&, const Report&);
void mee183(const RuleInput&, const Report&);
void mee184(const RuleInput&, const Report&);
void mee185(const RuleInput&, const Report&);
void mee191(const RuleInput&, const Report&);
void mee192(const RuleInput&, const Report&);

}  // namespace mee::plan_rules
