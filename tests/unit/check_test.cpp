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

// The findings of reading the files (MEE0xx), leaving the policy's rules out.
std::vector<mee::Finding> file_findings(const mee::CheckResult& result)
{
    std::vector<mee::Finding> out;
    for (const auto& f : result.findings) {
        if (f.code.starts_with("MEE00")) out.push_back(f);
    }
    return out;
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
    CHECK(file_findings(*one).size() == 13);
    CHECK(one->documents == 13);
    CHECK(one->skipped == std::vector<std::string>{"docs/ander.yaml"});
    CHECK(file_findings(*one)[0].path == "docs/kapot.yaml");
    CHECK(file_findings(*one)[0].code == "MEE001");
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
    CHECK(file_findings(*result).size() == 1);  // only the named file's findings
    for (const auto& f : result->findings) CHECK(f.path == "docs/p3.yaml");
    const auto& documents = result->project.documents();
    CHECK(documents.size() == 12);  // every readable plan, not kapot.yaml or ander.yaml
    CHECK(documents[0].path == "docs/p3.yaml");
    CHECK(documents[0].checked);
    CHECK_FALSE(documents[1].checked);
    CHECK(result->project.with_id("PVA-2026-001").size() == 12);
    CHECK(result->project.plan("PVA-2026-001") == &documents[0]);
}

TEST_CASE("check: disabled codes are not reported")
{
    mee::test::TempDir dir;
    write_corpus(dir);
    mee::test::InDir in(dir.path());
    const auto result = run({"docs"}, 1, {"MEE005"});
    REQUIRE(result.ok());
    REQUIRE(file_findings(*result).size() == 1);
    CHECK(file_findings(*result)[0].code == "MEE001");
    for (const auto& f : result->findings) CHECK(f.code != "MEE005");
}

TEST_CASE("check: a path that does not exist fails the run")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    const auto result = run({"nergens.yaml"});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == "'nergens.yaml' does not exist");
}
