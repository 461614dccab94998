#include "rules/rule.hpp"

namespace mee {

bool Rule::is_checked() const
{
    return scope == Scope::file || check != nullptr;
}

bool Rule::applies_to(DocKind kind) const
{
    switch (scope) {
        case Scope::plan:
            return kind == DocKind::plan;
        case Scope::eindverslag:
            return kind == DocKind::eindverslag;
        case Scope::initiatief:
            return kind == DocKind::initiatief;
        case Scope::any:
            return true;
        case Scope::file:
            return false;
    }
    return false;
}

}  // namespace mee
