#include "report/codequality.hpp"

#include "check/finding_place.hpp"

#include <nlohmann/json.hpp>

namespace mee {

namespace {

const char* codequality_severity(Severity s)
{
    switch (s) {
        case Severity::error:
            return "major";
        case Severity::warning:
            return "minor";
        case Severity::info:
            return "info";
    }
    return "info";
}

}  // namespace

std::string format_codequality(const CheckResult& result)
{
    using Json = nlohmann::ordered_json;
    const std::vector<std::string> fingerprints = finding_fingerprints(result);
    Json issues = Json::array();
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& f = result.findings[i];
        issues.push_back(Json{
            {"type", "issue"},
            {"engine_name", "mee"},
            {"check_name", f.code},
            {"description", f.code + " " + f.message},
            {"fingerprint", fingerprints[i]},
            {"severity", codequality_severity(f.severity)},
            {"location", Json{{"path", portable_path(f.path)}, {"lines", Json{{"begin", f.mark.line}}}}},
        });
    }
    return issues.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace mee
