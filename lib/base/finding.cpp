#include "base/finding.hpp"

#include <algorithm>
#include <tuple>

namespace mee {

std::string_view severity_name(Severity severity)
{
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "info";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view s)
{
    if (s == "error") return Severity::error;
    if (s == "warning") return Severity::warning;
    if (s == "info") return Severity::info;
    return std::nullopt;
}

bool finding_less(const Finding& a, const Finding& b)
{
    return std::tie(a.path, a.mark, a.code, a.message) < std::tie(b.path, b.mark, b.code, b.message);
}

void sort_findings(std::vector<Finding>& findings)
{
    std::stable_sort(findings.begin(), findings.end(), finding_less);
}

}  // namespace mee
