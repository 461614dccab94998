#include "scaffold/template.hpp"

#include "check_util.hpp"
#include "policy/calendar.hpp"
#include "stats/score.hpp"
#include "tree_util.hpp"

#include <doctest/doctest.h>

#include <set>

using mee::DocKind;
using mee::Lang;

TEST_CASE("template: a free working day avoids weekends, public and school holidays")
{
    const mee::Profile& p = mee::embedded_profile();
    CHECK(mee::free_working_day({2026, 6, 2}, p) == mee::Date{2026, 6, 2});    // a Tuesday
    CHECK(mee::free_working_day({2026, 6, 6}, p) == mee::Date{2026, 6, 8});    // Saturday → Monday
    CHECK(mee::free_working_day({2026, 7, 10}, p) == mee::Date{2026, 8, 17});  // zomervakantie noord
    CHECK(mee::free_working_day({2026, 5, 25}, p) == mee::Date{2026, 5, 26});  // 2e Pinksterdag
    CHECK(mee::free_working_day({2025, 12, 24}, p) == mee::Date{2026, 1, 5});  // kerstvakantie
}

TEST_CASE("template: the modeline points at the nearest schemas folder above the file")
{
    mee::test::TempDir dir;
    dir.write("schemas/plan.schema.json", "{}");
    CHECK(mee::schema_reference(DocKind::plan, dir.path() / "plannen" / "a.yaml") == "../schemas/plan.schema.json");
    CHECK(mee::schema_reference(DocKind::plan, dir.path() / "a.yaml") == "schemas/plan.schema.json");
    CHECK(mee::schema_reference(DocKind::eindverslag, dir.path() / "x" / "y" / "a.yaml") ==
          "../schemas/eindverslag.schema.json");  // none found: the examples' layout
    CHECK(mee::schema_reference(DocKind::initiatief, std::nullopt) == "../schemas/initiatief.schema.json");
}

TEST_CASE("template: every kind passes the schema, with the modeline first")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    for (DocKind kind : mee::k_all_kinds) {
        const std::string name = std::string(mee::kind_name(kind)) + ".yaml";
        const std::string text = mee::document_template(kind, mee::embedded_profile(), {2026, 6, 1}, "s.json", "X-1");
        CHECK(text.starts_with("# yaml-language-server: $schema=s.json\n"));
        CHECK(text.find("soort: " + std::string(mee::kind_name(kind)) + "\n") != std::string::npos);
        CHECK(text.find("\nid: X-1 ") != std::string::npos);
        dir.write(name, text);
        const auto result = mee::test::check_paths({name});
        for (const auto& f : result.findings) {
            INFO(f.path << ":" << f.mark.line << ":" << f.mark.column << " " << f.code << " " << f.message);
            CHECK_FALSE(f.code.starts_with("MEE0"));
        }
    }
}

TEST_CASE("template: the plan has every section, a planning ahead of today, and catalogue werkvormen as examples")
{
    const mee::Date today{2026, 6, 1};
    const std::string plan =
        mee::document_template(DocKind::plan, mee::embedded_profile(), today, "s.json", "PVA-2026-001");
    for (const char* section : {"\nafweging:", "\nopgave:", "\ndoelen:", "\nomgevingsanalyse:", "\nkaders:",
                                "\nbetrokkenheidsniveau:", "\nwerkvormen:", "\nplanning:", "\ncommunicatie:",
                                "\ncapaciteit:", "\nvastgesteld:", "# regelafwijkingen:"}) {
        CHECK_MESSAGE(plan.find(section) != std::string::npos, section);
    }
    CHECK(plan.find("  # - werkvorm: enquete\n  #   niveau: raadplegen\n  #   online: false\n") != std::string::npos);
    CHECK(plan.find("  # - werkvorm: burgerpanel\n  #   niveau: raadplegen\n  #   online: true\n") !=
          std::string::npos);
    CHECK(plan.find("  - datum: 2026-08-17 ") != std::string::npos);  // six weeks on is the summer holiday
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    dir.write("plan.yaml", plan);
    const auto result = mee::test::check_paths({"plan.yaml"});
    for (const auto& f : result.findings) {
        INFO(f.code << " " << f.message);
        // Quiet where the template can honestly be: no order, holiday, level or kader rules.
        for (const char* code : {"MEE105", "MEE106", "MEE107", "MEE133", "MEE135", "MEE141", "MEE142",
                                 "MEE151", "MEE161", "MEE162", "MEE163", "MEE164", "MEE165", "MEE171",
                                 "MEE172", "MEE173", "MEE174", "MEE175", "MEE176", "MEE178", "MEE181"}) {
            CHECK(f.code != code);
        }
    }
}

TEST_CASE("template: untouched, every kind fails check on its unfilled content, and a plan scores 20 or less")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    const std::pair<DocKind, std::vector<std::string>> expected[] = {
        // afweging toelichtingen, werkvormen, terugkoppeling, verslaglegging, uren and budget
        // (and the besluitstuk's kenmerk)
        {DocKind::plan, {"MEE101", "MEE103", "MEE110", "MEE182", "MEE183", "MEE191"}},
        // the plan id, overzicht and aansluiting_plan, the reactie
        {DocKind::eindverslag, {"MEE201", "MEE202", "MEE206"}},
        // titel, initiatiefnemer.naam and .contact
        {DocKind::initiatief, {"MEE317"}},
    };
    for (const auto& [kind, codes] : expected) {
        CAPTURE(mee::kind_name(kind));
        const std::string name = std::string(mee::kind_name(kind)) + ".yaml";
        // One folder of its own each: the named file's folder is its project.
        dir.write(std::string(mee::kind_name(kind)) + "/" + name,
                  mee::document_template(kind, mee::embedded_profile(), {2026, 6, 1}, "s.json", "X-1"));
        const auto result = mee::test::check_paths({std::string(mee::kind_name(kind)) + "/" + name});
        std::set<std::string> errors;
        for (const auto& f : result.findings) {
            if (f.severity == mee::Severity::error) errors.insert(f.code);
        }
        CHECK(errors == std::set<std::string>(codes.begin(), codes.end()));
    }
    const mee::Node plan = mee::test::parse_tree(
        mee::document_template(DocKind::plan, mee::embedded_profile(), {2026, 6, 1}, "s.json", "X-1"));
    // Only the values the template gives count: a goal, opgesteld_met, the
    // level and the middelen.
    CHECK(mee::score_plan(plan, mee::embedded_profile()).value() == 17);
}

TEST_CASE("template: eindverslag and initiatief have every section of documents.md")
{
    const std::string report =
        mee::document_template(DocKind::eindverslag, mee::embedded_profile(), {2026, 6, 1}, "s.json", "EV-2026-001");
    for (const char* key :
         {"\nplan:", "\nproces:", "  uitgevoerd:", "  afwijkingen:", "\ninbreng:", "\ndoelen:", "\nopenbaar:"}) {
        CHECK_MESSAGE(report.find(key) != std::string::npos, key);
    }
    const std::string initiative =
        mee::document_template(DocKind::initiatief, mee::embedded_profile(), {2026, 6, 1}, "s.json", "INI-2026-001");
    for (const char* key : {"\ninitiatiefnemer:", "\ningediend: 2026-06-01", "\nintake:", "  gesprek:",
                            "\nbeoordeling:", "\nbesluit:", "\nmededeling:", "\nstatus: ingediend", "\nevaluatie:"}) {
        CHECK_MESSAGE(initiative.find(key) != std::string::npos, key);
    }
}

TEST_CASE("template: the next free id of the kind and year")
{
    CHECK(mee::next_id("PVA", 2026, {}) == "PVA-2026-001");
    CHECK(mee::next_id("PVA", 2026, {"PVA-2026-014", "PVA-2026-003", "PVA-2025-090", "EV-2026-020", "PVA-2026-x"}) ==
          "PVA-2026-015");
    CHECK(mee::next_id("INI", 2027, {"INI-2027-999"}) == "INI-2027-1000");
    CHECK(mee::id_prefix(DocKind::eindverslag) == "EV");
}

TEST_CASE("template: the ids of a project, only when it is one")
{
    mee::test::TempDir dir;
    dir.write("a/p.yaml", std::string(mee::test::k_minimal_plan));
    dir.write("a/kapot.yaml", "soort: plan\n  titel: [\n");
    mee::Project project;
    project.roots = {dir.path()};
    CHECK(mee::project_ids(project, Lang::en).empty());  // no .mee.yaml, no .git: not walked
    dir.write(".mee.yaml", "");
    CHECK(mee::project_ids(project, Lang::en) == std::vector<std::string>{"PVA-2026-001"});
    CHECK(mee::project_ids(project, Lang::en, dir.path() / "a" / "p.yaml").empty());  // the file being replaced
}
