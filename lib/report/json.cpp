#include "report/json.hpp"

#include "check/finding_place.hpp"
#include "report/text.hpp"
#include "rules/catalog.hpp"

#include <nlohmann/json.hpp>

namespace mee {

std::string format_json(const CheckResult& result, Lang lang)
{
    using Json = nlohmann::ordered_json;
    Json findings = Json::array();
    const std::vector<std::string> nodes = finding_node_paths(result);
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& f = result.findings[i];
        const Rule* rule = find_rule(f.code);
        findings.push_back(Json{
            {"path", f.path},
            {"line", f.mark.line},
            {"column", f.mark.column},
            {"node", nodes[i]},
            {"severity", severity_name(f.severity)},
            {"code", f.code},
            {"message", f.message},
            {"rule", rule ? std::string(rule->title.in(lang)) : std::string()},
            {"documentation", "mee explain " + f.code},
        });
    }
    const SeverityCounts c = count_by_severity(result.findings);
    Json skipped = Json::array();
    for (const std::string& s : result.skipped)
        skipped.push_back(s);
    Json out{
        {"findings", findings},
        {"summary", Json{{"documents", result.documents},
                         {"errors", c.errors},
                         {"warnings", c.warnings},
                         {"infos", c.infos},
                         {"baselined", result.baselined},
                         {"skipped", skipped}}},
    };
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace mee
