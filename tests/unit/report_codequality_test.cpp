#include "report/codequality.hpp"

#include "check/finding_place.hpp"
#include "check_util.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <set>

using mee::Severity;

TEST_CASE("report_codequality: an issue per finding with GitLab's fields")
{
    mee::CheckResult r;
    r.findings = {
        {"./p/a.yaml", {2, 3}, Severity::error, "MEE005", "unknown key"},
        {"./p/a.yaml", {2, 3}, Severity::error, "MEE005", "unknown key"},
        {"p/a.yaml", {7, 1}, Severity::warning, "MEE111", "not filled"},
        {"p/a.yaml", {9, 1}, Severity::info, "MEE109", "domein"},
    };
    const auto issues = nlohmann::json::parse(mee::format_codequality(r));
    REQUIRE(issues.is_array());
    REQUIRE(issues.size() == 4);
    CHECK(issues[0]["description"] == "MEE005 unknown key");
    CHECK(issues[0]["check_name"] == "MEE005");
    CHECK(issues[0]["severity"] == "major");
    CHECK(issues[2]["severity"] == "minor");
    CHECK(issues[3]["severity"] == "info");
    CHECK(issues[0]["location"]["path"] == "p/a.yaml");
    CHECK(issues[0]["location"]["lines"]["begin"] == 2);
    CHECK(issues[0]["fingerprint"] == mee::fingerprint("p/a.yaml", "MEE005", "", 0));
    std::set<std::string> prints;
    for (const auto& issue : issues)
        prints.insert(issue["fingerprint"].get<std::string>());
    CHECK(prints.size() == 4);  // the same finding twice still gets two fingerprints
    CHECK(mee::format_codequality(mee::CheckResult{}) == "[]\n");
}

TEST_CASE("report_codequality: fingerprints do not change when lines are inserted above")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    dir.write("a.yaml", mee::test::plan_with_unknown_keys());
    const auto before = nlohmann::json::parse(mee::format_codequality(mee::test::check_paths({"a.yaml"})));
    dir.write("a.yaml", mee::test::plan_with_unknown_keys("# nieuw\n"));
    const auto after = nlohmann::json::parse(mee::format_codequality(mee::test::check_paths({"a.yaml"})));
    REQUIRE(before.size() == after.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        CHECK(before[i]["fingerprint"] == after[i]["fingerprint"]);
        const int line = before[i]["location"]["lines"]["begin"].get<int>();
        CHECK(line + 1 == after[i]["location"]["lines"]["begin"].get<int>());
    }
}
