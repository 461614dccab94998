// The rules across documents MEE401–MEE403 (lib/rules/project.cpp). They
// read the whole project but report only for the files that were checked
// (rules.md, MEE4xx; cli.md, "Finding the documents"). Each case builds a
// project folder from the clean documents of clean_documents.hpp and lists
// exactly the findings `mee check` must give, with code, line and column.

#include "clean_documents.hpp"

#include <doctest/doctest.h>

using mee::Date;
using mee::Lang;
using mee::test::check_project;
using mee::test::edited;
using mee::test::Files;
using mee::test::k_clean_initiative;
using mee::test::k_clean_plan;
using mee::test::k_clean_report;
using mee::test::only_message;
using mee::test::places;
using mee::test::Run;

namespace {

// A second plan of the project, with an id of its own.
std::string other_plan()
{
    return edited(k_clean_plan, {{"id: PVA-2026-014", "id: PVA-2026-020"}});
}

}  // namespace

TEST_CASE("rules_project: the clean project gives no finding")
{
    const Files files = {{"plan.yaml", k_clean_plan},
                         {"eindverslag.yaml", k_clean_report},
                         {"initiatief.yaml", k_clean_initiative},
                         {"plannen/ander-plan.yaml", other_plan()}};
    CHECK(places(check_project({files, {"."}})) == "");
}

TEST_CASE("rules_project: MEE401 two documents share an id")
{
    const std::string copy = edited(k_clean_plan, {{"titel: Herinrichting centrum Lemelerveld", "titel: Kopie"}});
    SUBCASE("both named: each at its id, naming the other")
    {
        const auto findings = check_project({{{"plan.yaml", k_clean_plan}, {"plannen/kopie.yaml", copy}}, {"."}});
        CHECK(places(findings) ==
              "plan.yaml:2:5 error MEE401\n"
              "plannen/kopie.yaml:2:5 error MEE401\n");
        REQUIRE(findings.size() == 2);
        CHECK(findings[0].message ==
              "id 'PVA-2026-014' is also used in plannen/kopie.yaml:2:5: every document has an id of its own");
        CHECK(findings[1].message ==
              "id 'PVA-2026-014' is also used in plan.yaml:2:5: every document has an id of its own");
    }
    SUBCASE("only one named: only that one is reported, the other place named")
    {
        const auto findings =
            check_project({{{"plan.yaml", k_clean_plan}, {"plannen/kopie.yaml", copy}}, {"plan.yaml"}});
        CHECK(places(findings) == "plan.yaml:2:5 error MEE401\n");
        CHECK(only_message(findings) ==
              "id 'PVA-2026-014' is also used in plannen/kopie.yaml:2:5: every document has an id of its own");
    }
    SUBCASE("a plan and an initiatief of different kinds")
    {
        const std::string initiative = edited(k_clean_initiative, {{"id: INI-2026-007", "id: PVA-2026-014"}});
        const auto findings =
            check_project({{{"plan.yaml", k_clean_plan}, {"initiatief.yaml", initiative}}, {"initiatief.yaml"}});
        CHECK(places(findings) == "initiatief.yaml:2:5 error MEE401\n");
        CHECK(only_message(findings) ==
              "id 'PVA-2026-014' is also used in plan.yaml:2:5: every document has an id of its own");
    }
    SUBCASE("three documents: both others named")
    {
        const std::string report = edited(k_clean_report, {{"id: EV-2026-014", "id: PVA-2026-014"}});
        const auto findings =
            check_project({{{"a.yaml", k_clean_plan}, {"b.yaml", copy}, {"c.yaml", report}}, {"a.yaml"}});
        CHECK(places(findings) == "a.yaml:2:5 error MEE401\n");
        CHECK(only_message(findings) ==
              "id 'PVA-2026-014' is also used in b.yaml:2:5, c.yaml:2:5: every document has an id of its own");
    }
    SUBCASE("a document with schema errors stays in the reference set")
    {
        const std::string broken = edited(copy, {{"adviseur:", "adviseurs:"}});
        const auto findings = check_project({{{"plan.yaml", k_clean_plan}, {"kopie.yaml", broken}}, {"plan.yaml"}});
        CHECK(places(findings) == "plan.yaml:2:5 error MEE401\n");
    }
    SUBCASE("quiet: a document that cannot be parsed is left out")
    {
        const std::string broken = edited(copy, {{"titel: Kopie", "titel: [Kopie"}});
        const auto findings = check_project({{{"plan.yaml", k_clean_plan}, {"kopie.yaml", broken}}, {"plan.yaml"}});
        CHECK(places(findings) == "");
    }
    SUBCASE("quiet: ids of their own")
    {
        const auto findings =
            check_project({{{"plan.yaml", k_clean_plan}, {"plannen/ander.yaml", other_plan()}}, {"."}});
        CHECK(places(findings) == "");
    }
    SUBCASE("in Dutch")
    {
        Run run{{{"plan.yaml", k_clean_plan}, {"plannen/kopie.yaml", copy}}, {"plan.yaml"}};
        run.lang = Lang::nl;
        CHECK(only_message(check_project(run)) ==
              "id 'PVA-2026-014' staat ook in plannen/kopie.yaml:2:5: elk document heeft een eigen id");
    }
}

TEST_CASE("rules_project: MEE402 an eindverslag 90 days after the last planning moment")
{
    // The last moment of the clean plan is 2026-07-07 (line 105); 90 days
    // later is 2026-10-05.
    struct Row {
        std::string name;
        Files files;
        Date today;
        std::string expected;
    };
    const std::string late_first = edited(
        k_clean_plan,
        {{"  - datum: 2026-07-07\n    wat: Raad stelt definitief ontwerp vast\n    soort: besluit\n    door: raad\n",
          ""},
         {"planning:\n",
          "planning:\n  - datum: 2026-07-07\n    wat: Raad stelt definitief ontwerp vast\n    soort: besluit\n"
          "    door: raad\n"}});
    const std::string inform_only =
        edited(k_clean_plan, {{"  ruimte:\n    antwoord: ja", "  ruimte:\n    antwoord: nee"},
                              {"  niveau: adviseren\n  motivering", "  niveau: informeren\n  motivering"}});
    const std::string report_for_other = edited(k_clean_report, {{"plan: PVA-2026-014", "plan: PVA-2026-020"}});
    const std::vector<Row> rows = {
        {"quiet: exactly 90 days", {{"plan.yaml", k_clean_plan}}, Date{2026, 10, 5}, ""},
        {"91 days: the last moment",
         {{"plan.yaml", k_clean_plan}},
         Date{2026, 10, 6},
         "plan.yaml:105:5 warning MEE402\n"},
        {"last by date, not by list order",
         {{"plan.yaml", late_first}},
         Date{2026, 10, 6},
         "plan.yaml:93:5 warning MEE402\n"},
        {"quiet: an eindverslag in the project refers to it, not named",
         {{"plan.yaml", k_clean_plan}, {"verslagen/eindverslag.yaml", k_clean_report}},
         Date{2026, 10, 6},
         ""},
        {"quiet: an eindverslag with schema errors still refers to it",
         {{"plan.yaml", k_clean_plan}, {"eindverslag.yaml", edited(k_clean_report, {{"openbaar:", "openbaarr:"}})}},
         Date{2026, 10, 6},
         ""},
        {"an eindverslag that cannot be parsed is left out",
         {{"plan.yaml", k_clean_plan},
          {"eindverslag.yaml", edited(k_clean_report, {{"id: EV-2026-014", "id: [EV-2026-014"}})}},
         Date{2026, 10, 6},
         "plan.yaml:105:5 warning MEE402\n"},
        {"an eindverslag about another plan does not count",
         {{"plan.yaml", k_clean_plan}, {"eindverslag.yaml", report_for_other}},
         Date{2026, 10, 6},
         "plan.yaml:105:5 warning MEE402\n"},
        {"quiet: an inform-only plan is exempt", {{"plan.yaml", inform_only}}, Date{2027, 6, 1}, ""},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(places(check_project({row.files, {"plan.yaml"}, row.today})) == row.expected);
    }
    CHECK(only_message(check_project({{{"plan.yaml", k_clean_plan}}, {"plan.yaml"}, Date{2026, 10, 6}})) ==
          "the process ended with the last planning moment (2026-07-07), 91 days ago, and no eindverslag refers to "
          "this plan; the policy expects one within 90 days: write it (mee init eindverslag)");
}

TEST_CASE("rules_project: MEE402 is reported only for a named plan")
{
    const Files files = {{"plan.yaml", k_clean_plan}, {"initiatief.yaml", k_clean_initiative}};
    CHECK(places(check_project({files, {"initiatief.yaml"}, Date{2026, 10, 6}})) == "");
    CHECK(places(check_project({files, {"."}, Date{2026, 10, 6}})) == "plan.yaml:105:5 warning MEE402\n");
}

TEST_CASE("rules_project: MEE403 more than one eindverslag for one plan")
{
    const std::string second = edited(k_clean_report, {{"id: EV-2026-014", "id: EV-2026-015"}});
    const Files files = {
        {"plan.yaml", k_clean_plan}, {"eindverslag.yaml", k_clean_report}, {"verslagen/eindverslag-2.yaml", second}};
    SUBCASE("both named: each at its plan value, naming the other")
    {
        const auto findings = check_project({files, {"."}});
        CHECK(places(findings) ==
              "eindverslag.yaml:3:7 warning MEE403\n"
              "verslagen/eindverslag-2.yaml:3:7 warning MEE403\n");
        REQUIRE(findings.size() == 2);
        CHECK(findings[0].message ==
              "there is more than one eindverslag for PVA-2026-014: also verslagen/eindverslag-2.yaml:3:7; merge them "
              "into one report");
    }
    SUBCASE("one named: only that one")
    {
        const auto findings = check_project({files, {"verslagen/eindverslag-2.yaml"}});
        CHECK(places(findings) == "verslagen/eindverslag-2.yaml:3:7 warning MEE403\n");
        CHECK(only_message(findings) ==
              "there is more than one eindverslag for PVA-2026-014: also eindverslag.yaml:3:7; merge them into one "
              "report");
    }
    SUBCASE("quiet: two reports for two plans")
    {
        const Files two = {{"plan.yaml", k_clean_plan},
                           {"ander-plan.yaml", other_plan()},
                           {"eindverslag.yaml", k_clean_report},
                           {"eindverslag-2.yaml", edited(second, {{"plan: PVA-2026-014", "plan: PVA-2026-020"}})}};
        CHECK(places(check_project({two, {"."}})) == "");
    }
    SUBCASE("a missing plan: MEE201 for each, and still MEE403")
    {
        const Files orphans = {
            {"eindverslag.yaml", edited(k_clean_report, {{"plan: PVA-2026-014", "plan: PVA-2026-099"}})},
            {"eindverslag-2.yaml", edited(second, {{"plan: PVA-2026-014", "plan: PVA-2026-099"}})}};
        CHECK(places(check_project({orphans, {"eindverslag.yaml"}})) ==
              "eindverslag.yaml:3:7 error MEE201\n"
              "eindverslag.yaml:3:7 warning MEE403\n");
    }
}
