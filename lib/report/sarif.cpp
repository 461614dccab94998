#include "report/sarif.hpp"

#include "check/finding_place.hpp"
#include "rules/catalog.hpp"
#include "rules/explain.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace mee {

namespace {

using Json = nlohmann::ordered_json;

const char* sarif_level(Severity s)
{
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "note";
    }
    return "none";
}

Json rule_json(const Rule& rule, Lang lang)
{
    const std::string title = rule.title.in(lang);
    std::string why = rule.why.in(lang);
    if (why.empty()) why = title;
    std::string text = why;
    std::string markdown = why;
    if (rule.scope != Scope::file) {
        const std::string fix = rule.fix.in(lang);
        text += "\n\n" + fix;
        markdown += "\n\n**" + say(lang, {"Oplossen", "How to fix"}) + "**: " + fix;
        std::string_view example = rule.example;
        while (example.ends_with('\n'))
            example.remove_suffix(1);
        if (!example.empty()) {
            text += "\n\n" + std::string(example);
            markdown += "\n\n```yaml\n" + std::string(example) + "\n```";
        }
    }
    const std::string section = say(lang, {"Bron: {0}. Meer: mee explain {1}", "Source: {0}. More: mee explain {1}"},
                                    rule_source(rule, lang), rule.code);
    text += "\n\n" + section;
    markdown += "\n\n" + section;
    Json properties{{"tags", Json::array({"met-elkaar-2.0"})}};
    // Only a rule from the policy has a policy section; the others come from
    // the document format or the profile, which the help text names.
    if (rule.section.starts_with("§")) properties["policySection"] = rule.section;
    return Json{
        {"id", rule.code},
        {"name", rule_name(rule.title.en)},
        {"shortDescription", Json{{"text", title}}},
        {"fullDescription", Json{{"text", why}}},
        {"help", Json{{"text", text}, {"markdown", markdown}}},
        {"defaultConfiguration", Json{{"level", sarif_level(rule.severity)}}},
        {"properties", properties},
    };
}

}  // namespace

std::string rule_name(std::string_view title)
{
    std::string out;
    bool start = true;
    for (const char c : title) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            start = true;
            continue;
        }
        out += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        start = false;
    }
    return out;
}

std::string path_to_uri(std::string_view path)
{
    std::string out;
    if (path.starts_with('/')) out = "file://";
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        out += unreserved ? std::string(1, ch) : fmt::format("%{:02X}", c);
    }
    return out;
}

std::string format_sarif(const CheckResult& result, const SarifOptions& options)
{
    // The rules that have results, in code order.
    std::set<std::string_view> used;
    for (const Finding& f : result.findings)
        used.insert(f.code);
    Json rules = Json::array();
    std::map<std::string_view, std::size_t> rule_index;
    for (const Rule& rule : rule_catalog()) {
        if (!used.contains(rule.code)) continue;
        rule_index.emplace(rule.code, rules.size());
        rules.push_back(rule_json(rule, options.lang));
    }
    const std::vector<std::string> fingerprints = finding_fingerprints(result);
    Json results = Json::array();
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& f = result.findings[i];
        const std::string path = portable_path(f.path);
        Json location{{"uri", path_to_uri(path)}};
        if (!path.starts_with('/')) location["uriBaseId"] = "%SRCROOT%";
        Json r{{"ruleId", f.code}};
        if (auto it = rule_index.find(f.code); it != rule_index.end()) r["ruleIndex"] = it->second;
        r["level"] = sarif_level(f.severity);
        r["message"] = Json{{"text", f.message}};
        r["locations"] = Json::array({Json{
            {"physicalLocation", Json{{"artifactLocation", location},
                                      {"region", Json{{"startLine", f.mark.line}, {"startColumn", f.mark.column}}}}}}});
        r["partialFingerprints"] = Json{{"meeFinding/v1", fingerprints[i]}};
        results.push_back(std::move(r));
    }
    Json driver{{"name", "mee"},
                {"fullName", say(options.lang, {"mee, controle van inwonerbetrokkenheid (Met Elkaar 2.0)",
                                                "mee, participation policy checker (Met Elkaar 2.0)"})},
                {"version", options.version},
                {"semanticVersion", options.version},
                {"rules", rules}};
    Json run{{"tool", Json{{"driver", driver}}},
             {"invocations", Json::array({Json{{"executionSuccessful", true}}})},
             {"language", options.lang == Lang::nl ? "nl-NL" : "en-US"},
             {"columnKind", "unicodeCodePoints"},
             {"results", results}};
    const Json out{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                   {"version", "2.1.0"},
                   {"runs", Json::array({run})}};
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace mee
