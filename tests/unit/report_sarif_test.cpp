#include "report/sarif.hpp"

#include "check_util.hpp"
#include "rules/catalog.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <set>

using mee::Lang;

TEST_CASE("report_sarif: rule names, URIs")
{
    CHECK(mee::rule_name("unknown key") == "UnknownKey");
    CHECK(mee::rule_name("afweging missing or incomplete") == "AfwegingMissingOrIncomplete");
    CHECK(mee::rule_name("not UTF-8, a NUL byte, or larger than 4 MiB") == "NotUTF8ANULByteOrLargerThan4MiB");
    CHECK(mee::path_to_uri("plannen/a b.yaml") == "plannen/a%20b.yaml");
    CHECK(mee::path_to_uri("plannen/ë#1.yaml") == "plannen/%C3%AB%231.yaml");
    CHECK(mee::path_to_uri("/srv/a.yaml") == "file:///srv/a.yaml");
}

TEST_CASE("report_sarif: one run with every rule and a result per finding")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    dir.write("plannen/a.yaml", mee::test::plan_with_unknown_keys());
    const auto result = mee::test::check_paths({"./plannen"});
    const auto sarif = nlohmann::json::parse(mee::format_sarif(result, {Lang::en, "0.1.0"}));
    CHECK(sarif["version"] == "2.1.0");
    const auto& run = sarif["runs"][0];
    CHECK(run["tool"]["driver"]["name"] == "mee");
    CHECK(run["tool"]["driver"]["version"] == "0.1.0");
    CHECK_FALSE(run["tool"]["driver"].contains("informationUri"));
    CHECK(run["columnKind"] == "unicodeCodePoints");

    std::set<std::string> codes;
    for (const auto& f : result.findings)
        codes.insert(f.code);
    const auto& rules = run["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == codes.size());  // one per code among the findings, in code order
    std::size_t k = 0;
    for (const std::string& code : codes)
        CHECK(rules[k++]["id"] == code);
    for (std::size_t i = 0; i < rules.size(); ++i) {
        CHECK(rules[i]["id"].get<std::string>().starts_with("MEE"));
        CHECK_FALSE(rules[i]["shortDescription"]["text"].get<std::string>().empty());
        CHECK_FALSE(rules[i]["fullDescription"]["text"].get<std::string>().empty());
        CHECK_FALSE(rules[i]["help"]["text"].get<std::string>().empty());
    }
    const auto rule = [&](const std::string& code) {
        for (const auto& r : rules) {
            if (r["id"] == code) return r;
        }
        FAIL("no rule " << code);
        return nlohmann::json();
    };
    CHECK(rule("MEE005")["name"] == "UnknownKey");
    CHECK(rule("MEE005")["defaultConfiguration"]["level"] == "error");
    CHECK(rule("MEE110")["defaultConfiguration"]["level"] == "error");
    CHECK(rule("MEE110")["help"]["markdown"].get<std::string>().find("```yaml\n") != std::string::npos);

    const auto& results = run["results"];
    REQUIRE(results.size() == result.findings.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i];
        const auto& f = result.findings[i];
        CHECK(r["ruleId"] == f.code);
        CHECK(rules[r["ruleIndex"].get<std::size_t>()]["id"] == f.code);
        CHECK(r["message"]["text"] == f.message);
        const auto& location = r["locations"][0]["physicalLocation"];
        CHECK(location["artifactLocation"]["uri"] == "plannen/a.yaml");
        CHECK(location["region"]["startLine"] == f.mark.line);
        CHECK(location["region"]["startColumn"] == f.mark.column);
        CHECK(r["partialFingerprints"]["meeFinding/v1"].get<std::string>().size() == 16);
    }
}

TEST_CASE("report_sarif: levels from the severity, rule texts in Dutch")
{
    mee::CheckResult r;
    r.findings = {{"a.yaml", {1, 1}, mee::Severity::error, "MEE001", "kapot"},
                  {"a.yaml", {2, 1}, mee::Severity::info, "MEE109", "domein"},
                  {"a.yaml", {3, 1}, mee::Severity::warning, "MEE111", "niet ingevuld"}};
    const auto sarif = nlohmann::json::parse(mee::format_sarif(r, {Lang::nl, "0.1.0"}));
    const auto& run = sarif["runs"][0];
    CHECK(run["language"] == "nl-NL");
    CHECK(run["tool"]["driver"]["rules"][0]["shortDescription"]["text"] == "YAML kan niet gelezen worden");
    CHECK(run["tool"]["driver"]["rules"][1]["defaultConfiguration"]["level"] == "note");
    CHECK(run["results"][0]["level"] == "error");
    CHECK(run["results"][1]["level"] == "note");
    CHECK(run["results"][2]["level"] == "warning");
    CHECK(run["results"][2]["ruleIndex"] == 2);
    const auto empty = nlohmann::json::parse(mee::format_sarif(mee::CheckResult{}, {Lang::en, "0.1.0"}));
    CHECK(empty["runs"][0]["results"].empty());
    CHECK(empty["runs"][0]["tool"]["driver"]["rules"].empty());
}
