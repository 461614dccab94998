#include "check/baseline.hpp"

#include "check_util.hpp"

#include <doctest/doctest.h>

using mee::Lang;

namespace {

std::size_t count_code(const mee::CheckResult& r, const std::string& code)
{
    std::size_t n = 0;
    for (const auto& f : r.findings)
        n += f.code == code ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("baseline: written and read back the same, sorted, with paths relative to its folder")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    dir.write("plannen/a.yaml", mee::test::plan_with_unknown_keys());
    const auto result = mee::test::check_paths({"plannen"});
    const mee::Baseline baseline = mee::make_baseline(result, ".");
    REQUIRE(baseline.entries.size() == result.findings.size());
    CHECK(baseline.entries.front().path == "plannen/a.yaml");
    CHECK(std::is_sorted(baseline.entries.begin(), baseline.entries.end(), [](const auto& a, const auto& b) {
        return std::tie(a.path, a.code, a.node, a.message) < std::tie(b.path, b.code, b.node, b.message);
    }));
    const std::string json = mee::baseline_json(baseline);
    CHECK(json.starts_with("{\n  \"tool\": \"mee\",\n  \"baseline\": 1,\n  \"findings\": ["));
    CHECK(json.find("\"node\": \"opgav\"") != std::string::npos);
    CHECK(json.find("\"line\"") == std::string::npos);  // lines are not part of it
    auto back = mee::parse_baseline(json, "b.json", Lang::en);
    REQUIRE(back.ok());
    CHECK(back->entries == baseline.entries);

    const mee::Baseline from_sub = mee::make_baseline(result, "plannen");
    CHECK(from_sub.entries.front().path == "a.yaml");
}

TEST_CASE("baseline: accepted findings are left out, also after lines are inserted above them")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    dir.write("a.yaml", mee::test::plan_with_unknown_keys());
    const auto first = mee::test::check_paths({"a.yaml"});
    const mee::Baseline baseline = mee::make_baseline(first, ".");

    auto same = mee::test::check_paths({"a.yaml"});
    const mee::BaselineUse use = mee::apply_baseline(same, baseline, ".");
    CHECK(use.suppressed == first.findings.size());
    CHECK(use.stale == 0);
    CHECK(same.findings.empty());
    CHECK(same.baselined == first.findings.size());

    // Two lines above, one new unknown key below: only that one is new.
    dir.write("a.yaml", mee::test::plan_with_unknown_keys("# kop\n# nog een kop\n") + "nieuw: z\n");
    auto edited = mee::test::check_paths({"a.yaml"});
    mee::apply_baseline(edited, baseline, ".");
    REQUIRE(edited.findings.size() == 1);
    CHECK(edited.findings[0].code == "MEE005");
    CHECK(edited.findings[0].message.find("'nieuw'") != std::string::npos);
}

TEST_CASE("baseline: each entry accepts one finding; one with the same message first; fixed ones are stale")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    dir.write("a.yaml", mee::test::plan_with_unknown_keys());
    auto result = mee::test::check_paths({"a.yaml"});
    const std::size_t mee141 = count_code(result, "MEE141");
    REQUIRE(mee141 == 0);  // no kaders at all: MEE110 only
    mee::Baseline baseline;
    baseline.entries.push_back({"a.yaml", "MEE005", "opgav", "another message"});
    baseline.entries.push_back({"a.yaml", "MEE005", "opgav", "another message"});  // one too many: stale
    baseline.entries.push_back({"a.yaml", "MEE999", "", ""});                      // stale
    baseline.entries.push_back({"b.yaml", "MEE005", "", ""});                      // another file: not stale
    const std::size_t before = result.findings.size();
    const auto use = mee::apply_baseline(result, baseline, ".");
    CHECK(use.suppressed == 1);
    CHECK(use.stale == 2);
    CHECK(result.findings.size() == before - 1);
    CHECK(count_code(result, "MEE005") == 1);
}

TEST_CASE("baseline: what is not a baseline is refused, naming the file")
{
    const auto failure = [](std::string_view text) {
        auto b = mee::parse_baseline(text, "b.json", Lang::en);
        REQUIRE_FALSE(b.ok());
        return b.error();
    };
    CHECK(failure("[").starts_with("'b.json' is not a mee baseline: "));
    CHECK(failure("{}") ==
          "'b.json' is not a mee baseline: expected an object with \"tool\": \"mee\" and a list \"findings\" (make "
          "one with --write-baseline)");
    CHECK(failure(R"({"tool": "mee", "baseline": 2, "findings": []})") ==
          "'b.json' is not a mee baseline: \"baseline\" must be 1; this mee knows no other version");
    CHECK(failure(R"({"tool": "mee", "baseline": 1, "findings": [{"path": "a", "code": "MEE005"}]})") ==
          "'b.json' is not a mee baseline: findings[0] lacks \"path\", \"code\" or \"node\" (as text)");
    auto ok = mee::parse_baseline(
        R"({"tool": "mee", "baseline": 1, "findings": [{"path": "a", "code": "X", "node": ""}]})", "b.json", Lang::nl);
    REQUIRE(ok.ok());
    CHECK(ok->entries.size() == 1);
    CHECK(ok->entries[0].message.empty());
    auto missing = mee::read_baseline("/nowhere-mee-test/b.json", Lang::nl);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error() == "kan baseline '/nowhere-mee-test/b.json' niet lezen: het bestand of de map bestaat niet");
}

TEST_CASE("baseline: of findings at one node, the new one is reported, not an accepted one")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    const auto plan = [](const std::vector<std::string>& categories) {
        std::string text = std::string(mee::test::k_minimal_plan) + "kaders:\n";
        for (const auto& c : categories)
            text += "  - categorie: " + c + "\n    hard: false\n";
        return text;
    };
    dir.write("a.yaml", plan({"juridisch", "financieel", "inhoudelijk"}));
    const auto first = mee::test::check_paths({"a.yaml"});
    REQUIRE(count_code(first, "MEE141") == 2);  // organisatorisch, politiek-bestuurlijk
    const mee::Baseline baseline = mee::make_baseline(first, ".");

    dir.write("a.yaml", plan({"juridisch", "inhoudelijk"}));
    auto second = mee::test::check_paths({"a.yaml"});
    REQUIRE(count_code(second, "MEE141") == 3);
    mee::apply_baseline(second, baseline, ".");
    REQUIRE(count_code(second, "MEE141") == 1);
    for (const auto& f : second.findings) {
        if (f.code == "MEE141") CHECK(f.message.find("'financieel'") != std::string::npos);
    }
}
