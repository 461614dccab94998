#include "check.hpp"

#include "test_util.hpp"

#include <doctest/doctest.h>

using mee::Lang;

namespace {

mee::Expected<mee::CheckResult> run(const std::vector<std::string>& paths, unsigned jobs = 1,
                                     std::vector<std::string> disable = {})
{
    auto project = mee::find_project(paths, Lang::en);
    REQUIRE(project.ok());
    mee::CheckOptions options;
    options.paths = paths;
    options.lang = Lang::en;
    options.jobs = jobs;
    options.today = mee::Date{2026, 6, 1};
    options.disable = std::move(disable);
    return mee::run_check(options, *project, mee::SchemaSet::embedded());
}

void write_corpus(const mee::test::TempDir& dir)
{
    dir.write(".mee.yaml", "");
    for (int i = 0; i < 12; ++i) {
        dir.write("docs/p" + std::to_string(i) + ".yaml",
                  std::string(mee::test::k_minimal_plan) + "onbekend" + std::to_string(i) + ": x\n");
    }
    dir.write("docs/kapot.yaml", "soort: plan\n  titel: [\n");
    dir.write("docs/ander.yaml", "naam: geen mee-document\n");
}

}  // namespace

TEST_CASE("check: findings sorted and identical for every number of threads")
{
    mee::test::TempDir dir;
    write_corpus(dir);
    mee::test::InDir in(dir.path());
    const auto one = run({"docs"}, 1);
    REQUIRE(one.ok());
    CHECK(one->findings.size() == 13);
    CHECK(one->documents == 13);
    CHECK(one->skipped == std::vector<std::string>{"docs/ander.yaml"});
    CHECK(one->findings[0].path == "docs/kapot.yaml");
    CHECK(one->findings[0].code == "MEE001");
    for (unsigned jobs : {2u, 4u, 16u}) {
        const auto many = run({"docs"}, jobs);
        REQUIRE(many.ok());
        CHECK(many->findings == one->findings);
    }
}

TEST_CASE("check: the rest of the project is read for reference, unreadable files left out")
{
    mee::test::TempDir dir;
    write_corpus(dir);
    mee::test::InDir in(dir.path());
    const auto result = run({"docs/p3.yaml"});
    REQUIRE(result.ok());
    CHECK(result->findings.size() == 1);  // only the named file's findings
    CHECK(result->project.size() == 12);   // every readable plan, not kapot.yaml or ander.yaml
    CHECK(result->project[0].path == "docs/p3.yaml");
    CHECK(result->project[0].checked);
    CHECK_FALSE(result->project[1].checked);
}

TEST_CASE("check: disabled codes are not reported")
{
    mee::test::TempDir dir;
    write_corpus(dir);
    mee::test::InDir in(dir.path());
    const auto result = run({"docs"}, 1, {"MEE005"});
    REQUIRE(result.ok());
    REQUIRE(result->findings.size() == 1);
    CHECK(result->findings[0].code == "MEE001");
}

TEST_CASE("check: a path that does not exist fails the run")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    const auto result = run({"nergens.yaml"});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == "'nergens.yaml' does not exist");
}
