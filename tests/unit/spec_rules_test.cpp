// The catalogue against the rule tables of rules.md (MEE_SPEC, by default
// ../shared/spec beside the source folder): every rule of the catalogue that
// the spec lists has the spec's severity. Spec codes that mee does not apply
// yet are printed (later work), and so are catalogue codes that the spec does
// not list (allowed: MEE138 and MEE317 today). A ctest entry of its own,
// unit.spec-rules, skipped when the spec is not there (tests/CMakeLists.txt).

#include "base/finding.hpp"
#include "rules/catalog.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>

namespace {

std::filesystem::path spec_dir()
{
    const char* env = std::getenv("MEE_SPEC");
    return env && *env ? std::filesystem::path(env) : std::filesystem::path(MEE_SOURCE_DIR) / ".." / "shared" / "spec";
}

// The rows `| MEExxx | severity | ... |` of the rule tables, by code.
std::map<std::string, std::string> spec_severities(const std::filesystem::path& rules_md)
{
    std::map<std::string, std::string> out;
    std::ifstream in(rules_md);
    const std::regex row(R"(^\|\s*(MEE\d{3})\s*\|\s*(error|warning|info)\s*\|)");
    std::string line;
    std::smatch m;
    while (std::getline(in, line)) {
        if (std::regex_search(line, m, row)) out.emplace(m[1], m[2]);
    }
    return out;
}

// Severities where the catalogue is known to differ from rules.md, with why;
// each is printed, and the test fails once the two agree, so that the entry
// is removed then.
const std::map<std::string, std::string> k_known_differences = {
    {"MEE161",
     "rules.md (2nd reading) makes it info, as the policy calls its table \"enkele voorbeelden\"; "
     "lib/rules/plan/approach.cpp and the MEE161 fixture still say warning"},
};

}  // namespace

TEST_CASE("spec rules: the catalogue has the severities of rules.md")
{
    const auto rules_md = spec_dir() / "rules.md";
    REQUIRE_MESSAGE(std::filesystem::is_regular_file(rules_md),
                    rules_md.string() << " is not there: set MEE_SPEC to the folder of rules.md");
    const auto spec = spec_severities(rules_md);
    REQUIRE_MESSAGE(spec.size() > 50, "rules.md has only " << spec.size() << " rule rows: is it the rules spec?");
    std::string not_in_spec;
    for (const mee::Rule& rule : mee::rule_catalog()) {
        const std::string code(rule.code);
        const auto it = spec.find(code);
        if (it == spec.end()) {
            not_in_spec += " " + code;
            continue;
        }
        const std::string severity(mee::severity_name(rule.severity));
        const auto known = k_known_differences.find(code);
        if (known == k_known_differences.end()) {
            CHECK_MESSAGE(severity == it->second, code << " is " << severity << " in the catalogue (lib/rules/) but "
                                                       << it->second << " in rules.md");
        } else if (severity == it->second) {
            FAIL_CHECK(code << " now has the severity of rules.md: remove it from k_known_differences");
        } else {
            MESSAGE("known difference: " << code << " is " << severity << " in the catalogue, " << it->second
                                         << " in rules.md: " << known->second);
        }
    }
    std::string not_applied;
    for (const auto& [code, severity] : spec) {
        const mee::Rule* rule = mee::find_rule(code);
        if (!rule || !rule->is_checked()) not_applied += " " + code;
    }
    if (!not_applied.empty()) MESSAGE("rules.md codes that mee does not apply yet (later work):" << not_applied);
    if (!not_in_spec.empty()) MESSAGE("catalogue codes that rules.md does not list (allowed):" << not_in_spec);
}
