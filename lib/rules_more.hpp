#pragma once
// The rules for end reports (MEE2xx, rules_report.cpp), citizens'
// initiatives (MEE3xx, rules_initiative.cpp), across documents (MEE4xx,
// rules_project.cpp) and privacy (MEE501, rules_privacy.cpp): one function
// per code.

#include "rules.hpp"

namespace mee::report_rules {
void mee201(const RuleInput&, const Report&);
void mee202(const RuleInput&, const Report&);
void mee203(const RuleInput&, const Report&);
void mee204(const RuleInput&, const Report&);
void mee205(const RuleInput&, const Report&);
void mee206(const RuleInput&, const Report&);
void mee207(const RuleInput&, const Report&);
void mee208(const RuleInput&, const Report&);
void mee209(const RuleInput&, const Report&);
void mee210(const RuleInput&, const Report&);
void mee211(const RuleInput&, const Report&);
void mee212(const RuleInput&, const Report&);
void mee213(const RuleInput&, const Report&);
}  // namespace mee::report_rules

namespace mee::initiative_rules {
void mee301(const RuleInput&, const Report&);
void mee302(const RuleInput&, const Report&);
void mee303(const RuleInput&, const Report&);
void mee304(const RuleInput&, const Report&);
void mee305(const RuleInput&, const Report&);
void mee306(const RuleInput&, const Report&);
void mee307(const RuleInput&, const Report&);
void mee308(const RuleInput&, const Report&);
void mee309(const RuleInput&, const Report&);
void mee310(const RuleInput&, const Report&);
void mee311(const RuleInput&, const Report&);
void mee312(const RuleInput&, const Report&);
void mee313(const RuleInput&, const Report&);
void mee317(const RuleInput&, const Report&);
}  // namespace mee::initiative_rules

namespace mee::project_rules {
void mee401(const RuleInput&, const Report&);
void mee402(const RuleInput&, const Report&);
void mee403(const RuleInput&, const Report&);
}  // namespace mee::project_rules

namespace mee::privacy_rules {
void mee501(const RuleInput&, const Report&);
}  // namespace mee::privacy_rules
