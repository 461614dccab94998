#include "check/check.hpp"

#include "clean_documents.hpp"
#include "rules/catalog.hpp"
#include "test_util.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

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
    for (const auto& f : result->findings)
        CHECK(f.path == "docs/p3.yaml");
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
    for (const auto& f : result->findings)
        CHECK(f.code != "MEE005");
}

TEST_CASE("check: a path that does not exist fails the run")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    const auto result = run({"nergens.yaml"});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == "'nergens.yaml' does not exist");
}

namespace {

// The run of `mee check .` in the current folder, with whole trees or not.
mee::CheckResult check_here(mee::Trees trees)
{
    auto project = mee::find_project({"."}, Lang::en);
    REQUIRE(project.ok());
    mee::CheckOptions options;
    options.paths = {"."};
    options.lang = Lang::en;
    options.jobs = 2;
    options.today = mee::Date{2026, 6, 1};
    options.trees = trees;
    auto result = mee::run_check(options, *project, mee::SchemaSet::embedded());
    REQUIRE(result.ok());
    return std::move(*result);
}

// Copies `from` (a folder of the source tree) into `to`.
void copy_folder(const std::filesystem::path& from, const std::filesystem::path& to)
{
    std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
}

}  // namespace

TEST_CASE("check: reference trees give the same findings, node paths and lines as whole trees")
{
    // Every input folder of the e2e cases and examples/, each as a project
    // of its own (copied, so that the git top of the source tree is not it).
    std::vector<std::filesystem::path> folders = {std::filesystem::path(MEE_SOURCE_DIR) / "examples"};
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(MEE_SOURCE_DIR) / "tests/e2e/cases"))
        if (e.is_directory()) folders.push_back(e.path());
    std::set<std::string> codes;
    std::size_t findings = 0;
    for (const std::filesystem::path& folder : folders) {
        CAPTURE(folder.filename().string());
        mee::test::TempDir dir;
        copy_folder(folder, dir.path() / "p");
        mee::test::InDir in(dir.path() / "p");
        if (!mee::find_project({"."}, Lang::en).ok()) continue;  // a case about a broken .mee.yaml
        const mee::CheckResult whole = check_here(mee::Trees::full);
        const mee::CheckResult lean = check_here(mee::Trees::reference);
        // Finding's == compares the node paths too.
        CHECK(lean.findings == whole.findings);
        CHECK(lean.skipped == whole.skipped);
        CHECK(lean.documents == whole.documents);
        REQUIRE(lean.project.documents().size() == whole.project.documents().size());
        for (std::size_t i = 0; i < lean.project.documents().size(); ++i) {
            CHECK(lean.project.documents()[i].path == whole.project.documents()[i].path);
            CHECK(lean.project.documents()[i].checked == whole.project.documents()[i].checked);
        }
        REQUIRE(lean.sources.size() == whole.sources.size());
        for (const mee::Finding& f : whole.findings) {
            CHECK(lean.sources.at(f.path).line(f.mark.line) == whole.sources.at(f.path).line(f.mark.line));
            codes.insert(f.code);
            ++findings;
        }
    }
    CHECK(findings > 200);
    // The comparison means something only where the cross-document rules fire.
    for (const mee::Rule& rule : mee::rule_catalog()) {
        // MEE403 fires in none of them: the next test case makes it fire.
        if (rule.reach == mee::Reach::project && rule.code != "MEE403") {
            CHECK_MESSAGE(codes.count(std::string(rule.code)) == 1, rule.code);
        }
    }
}

TEST_CASE("check: the cross-document rules fire and stay quiet on reference trees")
{
    using mee::test::k_clean_plan;
    using mee::test::k_clean_report;
    const auto codes_of = [](const mee::CheckResult& result, const std::string& path) {
        std::multiset<std::string> out;
        for (const mee::Finding& f : result.findings)
            if (f.path == path) out.insert(f.code);
        return out;
    };
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    dir.write(".mee.yaml", "");
    dir.write("plan.yaml", k_clean_plan);
    dir.write("verslag.yaml", k_clean_report);
    {
        const mee::CheckResult result = check_here(mee::Trees::reference);
        CHECK(result.documents == 2);
        CHECK(codes_of(result, "plan.yaml").empty());
        CHECK(codes_of(result, "verslag.yaml").empty());
        // The trees really are cut down: the plan keeps its goals, not its title.
        const mee::ProjectDocument* plan = result.project.plan("PVA-2026-014");
        REQUIRE(plan != nullptr);
        CHECK(plan->root->get("doelen") != nullptr);
        CHECK(plan->root->get("titel") == nullptr);
        CHECK(check_here(mee::Trees::full).project.plan("PVA-2026-014")->root->get("titel") != nullptr);
    }
    // The plan not adopted (MEE212), one of its goals not evaluated (MEE208).
    std::string draft = k_clean_plan;
    draft.replace(draft.find("status: vastgesteld"), 19, "status: concept");
    std::string report = k_clean_report;
    report.replace(report.find("  - doel: zorgvuldige-besluiten"), 31, "  - doel: vertrouwen");
    dir.write("plan.yaml", draft);
    dir.write("verslag.yaml", report);
    {
        const mee::CheckResult result = check_here(mee::Trees::reference);
        CHECK(codes_of(result, "verslag.yaml") == std::multiset<std::string>{"MEE208", "MEE209", "MEE212"});
    }
    // Two documents with one id: MEE401 in both, pointing at the other.
    dir.write("plan.yaml", k_clean_plan);
    dir.write("verslag.yaml", k_clean_report);
    dir.write("plan2.yaml", k_clean_plan);
    {
        const mee::CheckResult result = check_here(mee::Trees::reference);
        CHECK(codes_of(result, "plan.yaml").count("MEE401") == 1);
        CHECK(codes_of(result, "plan2.yaml").count("MEE401") == 1);
        CHECK(codes_of(result, "verslag.yaml").empty());
        for (const mee::Finding& f : result.findings) {
            if (f.code == "MEE401") CHECK(f.node == "id");
        }
    }
    // Two reports for one plan: MEE403 in both.
    std::filesystem::remove(dir.path() / "plan2.yaml");
    std::string second = k_clean_report;
    second.replace(second.find("id: EV-2026-014"), 15, "id: EV-2026-015");
    dir.write("verslag2.yaml", second);
    {
        const mee::CheckResult result = check_here(mee::Trees::reference);
        CHECK(codes_of(result, "verslag.yaml") == std::multiset<std::string>{"MEE403"});
        CHECK(codes_of(result, "verslag2.yaml") == std::multiset<std::string>{"MEE403"});
        CHECK(codes_of(result, "plan.yaml").empty());
    }
}
