// The eindverslag rules MEE201–MEE213 (lib/rules/eindverslag.cpp), table-driven:
// each row edits the clean eindverslag (or the clean plan it reports on) of
// clean_documents.hpp and lists exactly the findings `mee check` must give
// for the report, with code, line and column, so a row also proves that no
// other rule fires for the same cause. Every code has a row that fires and a
// quiet row close to it.
//
// The project holds plan.yaml, eindverslag.yaml and initiatief.yaml, and
// only eindverslag.yaml is named, as a pre-commit hook that passes the
// changed file would do: the plan is found in the project (cli.md).

#include "clean_documents.hpp"

#include <doctest/doctest.h>

using mee::Lang;
using mee::test::check_project;
using mee::test::edited;
using mee::test::Edits;
using mee::test::k_clean_initiative;
using mee::test::k_clean_plan;
using mee::test::k_clean_report;
using mee::test::only_message;
using mee::test::places;

namespace {

struct Row {
    std::string name;
    Edits report;
    Edits plan;
    std::string expected;  // places(): "path:line:column severity CODE" per line
};

mee::test::Run report_run(const Edits& report, const Edits& plan = {})
{
    return {{{"plan.yaml", edited(k_clean_plan, plan)},
             {"eindverslag.yaml", edited(k_clean_report, report)},
             {"initiatief.yaml", k_clean_initiative}},
            {"eindverslag.yaml"}};
}

void check_rows(const std::vector<Row>& rows)
{
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(places(check_project(report_run(row.report, row.plan))) == row.expected);
    }
}

// The uitgevoerd entries (lines 9–11, 12–14, 15–17).
const std::string k_worldcafe = "    - datum: 2026-05-12\n      werkvorm: worldcafe\n      deelnemers: 24\n";
const std::string k_inloopavond = "    - datum: 2026-03-24\n      werkvorm: inloopavond\n      deelnemers: 85\n";
const std::string k_enquete = "    - datum: 2026-04-01\n      werkvorm: online-enquete\n      deelnemers: 312\n";
const std::string k_afwijking = "    - wat: De online enquete bleef een week langer open\n";
const std::string k_afwijkingen_key = "  afwijkingen:\n";
// An uitgevoerd entry that the plan did not have, inserted as line 18.
std::string extra_werkvorm(const std::string& name)
{
    return "    - datum: 2026-05-20\n      werkvorm: " + name + "\n      deelnemers: 12\n  afwijkingen:\n";
}

}  // namespace

TEST_CASE("rules_report: the clean eindverslag gives no finding, named alone or with its plan")
{
    CHECK(places(check_project(report_run({}))) == "");
    auto all = report_run({});
    all.named = {"."};
    CHECK(places(check_project(all)) == "");
}

TEST_CASE("rules_report: MEE201 the plan is not in the project")
{
    check_rows({
        {"an id no document has",
         {{"plan: PVA-2026-014", "plan: PVA-2026-099"}},
         {},
         "eindverslag.yaml:3:7 error MEE201\n"},
        {"the id of an initiatief",
         {{"plan: PVA-2026-014", "plan: INI-2026-007"}},
         {},
         "eindverslag.yaml:3:7 error MEE201\n"},
        {"its own id", {{"plan: PVA-2026-014", "plan: EV-2026-014"}}, {}, "eindverslag.yaml:3:7 error MEE201\n"},
        // One finding per cause: without the plan, MEE203 (worldcafe not
        // done), MEE208 and MEE212 cannot be judged and stay quiet.
        {"the rules that need the plan stay quiet",
         {{"plan: PVA-2026-014", "plan: PVA-2026-099"},
          {k_worldcafe, ""},
          {"  - doel: zorgvuldige-besluiten\n", "  - doel: vertrouwen\n"}},
         {{"status: vastgesteld", "status: concept"}},
         "eindverslag.yaml:3:7 error MEE201\n"},
        {"quiet: the plan is in the project but not named", {}, {}, ""},
    });
}

TEST_CASE("rules_report: MEE201 resolves the plan against the whole project")
{
    SUBCASE("the plan in another folder of the project, only the report named")
    {
        const auto findings = check_project({{{"plannen/2026/centrum-lemelerveld.yaml", k_clean_plan},
                                              {"eindverslagen/centrum-lemelerveld.yaml", k_clean_report}},
                                             {"eindverslagen/centrum-lemelerveld.yaml"}});
        CHECK(places(findings) == "");
    }
    SUBCASE("the plan and the report both named")
    {
        const auto findings = check_project(
            {{{"plan.yaml", k_clean_plan}, {"eindverslag.yaml", k_clean_report}}, {"eindverslag.yaml", "plan.yaml"}});
        CHECK(places(findings) == "");
    }
    SUBCASE("a plan with schema errors stays in the reference set")
    {
        const auto findings = check_project(
            {{{"plan.yaml", edited(k_clean_plan, {{"adviseur:", "adviseurs:"}})}, {"eindverslag.yaml", k_clean_report}},
             {"eindverslag.yaml"}});
        CHECK(places(findings) == "");
    }
    SUBCASE("a plan that cannot be parsed is left out of it")
    {
        const auto findings =
            check_project({{{"plan.yaml", edited(k_clean_plan, {{"titel: Herinrichting", "titel: [Herinrichting"}})},
                            {"eindverslag.yaml", k_clean_report}},
                           {"eindverslag.yaml"}});
        CHECK(places(findings) == "eindverslag.yaml:3:7 error MEE201\n");
    }
    SUBCASE("without .mee.yaml or git, the named file's folder is the project: the plan beside it is found")
    {
        mee::test::Run run{{{"plan.yaml", k_clean_plan}, {"eindverslag.yaml", k_clean_report}}, {"eindverslag.yaml"}};
        run.project_file = mee::test::ProjectFile::no;
        CHECK(places(check_project(run)) == "");
    }
    SUBCASE("without .mee.yaml or git, a plan in another folder is not in the project")
    {
        mee::test::Run run{{{"plannen/plan.yaml", k_clean_plan}, {"verslagen/eindverslag.yaml", k_clean_report}},
                           {"verslagen/eindverslag.yaml"}};
        run.project_file = mee::test::ProjectFile::no;
        CHECK(places(check_project(run)) == "verslagen/eindverslag.yaml:3:7 error MEE201\n");
    }
}

TEST_CASE("rules_report: MEE201 messages")
{
    CHECK(
        only_message(check_project(report_run({{"plan: PVA-2026-014", "plan: PVA-2026-099"}}))) ==
        "plan 'PVA-2026-099' does not exist in the project (looked in '.' and the folders below): check the id, or add "
        "the plan to the other documents");
    CHECK(only_message(check_project(report_run({{"plan: PVA-2026-014", "plan: INI-2026-007"}}))) ==
          "'INI-2026-007' is not a plan but an initiatief (initiatief.yaml): give the plan's id");
    auto nl = report_run({{"plan: PVA-2026-014", "plan: PVA-2026-099"}});
    nl.lang = Lang::nl;
    CHECK(only_message(check_project(nl)) ==
          "plan 'PVA-2026-099' bestaat niet in het project (gezocht in '.' en de mappen daaronder): controleer het id, "
          "of zet het plan bij de andere documenten");
}

TEST_CASE("rules_report: MEE202 overzicht and aansluiting_plan filled")
{
    check_rows({
        {"a placeholder overzicht: the value",
         {{"  overzicht: Twee bijeenkomsten, een enquete met 312 reacties en een terugkoppelbrief.",
           "  overzicht: nog invullen"}},
         {},
         "eindverslag.yaml:6:14 error MEE202\n"},
        {"no aansluiting_plan: the key of proces",
         {{"  aansluiting_plan: Het proces volgde het plan; de enquete bleef een week langer open.\n", ""}},
         {},
         "eindverslag.yaml:5:1 error MEE202\n"},
        {"two words are not filled",
         {{"  aansluiting_plan: Het proces volgde het plan; de enquete bleef een week langer open.",
           "  aansluiting_plan: Volgens plan."}},
         {},
         "eindverslag.yaml:7:21 error MEE202\n"},
        {"quiet: three words are filled",
         {{"  overzicht: Twee bijeenkomsten, een enquete met 312 reacties en een terugkoppelbrief.",
           "  overzicht: Drie bijeenkomsten gehouden."}},
         {},
         ""},
    });
}

TEST_CASE("rules_report: MEE203 every werkvorm of the plan accounted for")
{
    check_rows({
        {"worldcafe neither done nor mentioned: the uitgevoerd key",
         {{k_worldcafe, ""}},
         {},
         "eindverslag.yaml:8:3 error MEE203\n"},
        {"two missing: one finding each",
         {{k_worldcafe, ""}, {k_inloopavond, ""}},
         {},
         "eindverslag.yaml:8:3 error MEE203\n"
         "eindverslag.yaml:8:3 error MEE203\n"},
        // online-enquete is mentioned in the afwijking: the other two.
        {"no uitgevoerd at all: the proces key, once per werkvorm",
         {{"  uitgevoerd:\n" + k_inloopavond + k_enquete + k_worldcafe, ""}},
         {},
         "eindverslag.yaml:5:1 error MEE203\n"
         "eindverslag.yaml:5:1 error MEE203\n"},
        // rules.md: "online-enquete is mentioned in 'De online enquête bleef
        // langer open'".
        {"quiet: not done but mentioned in an afwijking (rules.md's example)",
         {{k_enquete, ""}, {k_afwijking, "    - wat: De online enquête bleef langer open\n"}},
         {},
         ""},
        {"quiet: mentioned with its hyphen and in capitals",
         {{k_enquete, ""}, {k_afwijking, "    - wat: De ONLINE-ENQUÊTE is vervallen\n"}},
         {},
         ""},
        {"the words in another order are no mention",
         {{k_enquete, ""}, {k_afwijking, "    - wat: De enquête online bleef langer open\n"}},
         {},
         "eindverslag.yaml:8:3 error MEE203\n"},
        {"part of a longer word is no mention",
         {{k_enquete, ""}, {k_afwijking, "    - wat: De online-enquêtes bleven langer open\n"}},
         {},
         "eindverslag.yaml:8:3 error MEE203\n"},
        {"a mention in the reden does not count",
         {{k_enquete, ""},
          {k_afwijking, "    - wat: Een van de werkvormen is vervallen\n"},
          {"      reden: Ondernemers vroegen om meer tijd na de drukke paasdagen.",
           "      reden: De online enquete kreeg te weinig reacties."}},
         {},
         "eindverslag.yaml:8:3 error MEE203\n"},
    });
}

TEST_CASE("rules_report: MEE204 an uitgevoerd werkvorm the plan did not have")
{
    check_rows({
        {"buurtschouw added without an afwijking: the entry",
         {{k_afwijkingen_key, extra_werkvorm("buurtschouw")}},
         {},
         "eindverslag.yaml:19:17 warning MEE204\n"},
        {"quiet: an afwijking mentions it",
         {{k_afwijkingen_key, extra_werkvorm("buurtschouw")},
          {k_afwijking, k_afwijking + "      reden: Ondernemers vroegen om meer tijd na de drukke paasdagen.\n"
                                      "    - wat: Een extra buurtschouw op verzoek van de omwonenden\n"}},
         {},
         ""},
        // Whole words: `schouw` is not mentioned in "schouwburg".
        {"schouw is not mentioned in schouwburg",
         {{k_afwijkingen_key, extra_werkvorm("schouw")},
          {k_afwijking, k_afwijking + "      reden: Ondernemers vroegen om meer tijd na de drukke paasdagen.\n"
                                      "    - wat: Een extra avond in de schouwburg\n"}},
         {},
         "eindverslag.yaml:19:17 warning MEE204\n"},
        {"quiet: schouw mentioned as a word",
         {{k_afwijkingen_key, extra_werkvorm("schouw")},
          {k_afwijking, k_afwijking + "      reden: Ondernemers vroegen om meer tijd na de drukke paasdagen.\n"
                                      "    - wat: Een extra schouw met de omwonenden\n"}},
         {},
         ""},
        {"replaced werkvorm: the plan's is missing, the new one unexplained",
         {{"      werkvorm: worldcafe", "      werkvorm: ontwerpatelier"}},
         {},
         "eindverslag.yaml:8:3 error MEE203\n"
         "eindverslag.yaml:16:17 warning MEE204\n"},
        // One finding per cause: the typo, with the plan's werkvorm, at the value; no MEE203.
        {"a near miss of a plan werkvorm: did-you-mean at the value, no MEE203",
         {{"      werkvorm: worldcafe", "      werkvorm: wordlcafe"}},
         {},
         "eindverslag.yaml:16:17 warning MEE204\n"},
    });
    CHECK(only_message(check_project(report_run({{"      werkvorm: worldcafe", "      werkvorm: wordlcafe"}}))) ==
          "werkvorm 'wordlcafe' was not in PVA-2026-014; did you mean 'worldcafe'? Write the werkvorm as in the plan");
    auto nl = report_run({{"      werkvorm: inloopavond", "      werkvorm: inloopavnd"}});
    nl.lang = Lang::nl;
    CHECK(only_message(check_project(nl)) ==
          "werkvorm 'inloopavnd' stond niet in PVA-2026-014; bedoelde u 'inloopavond'? Schrijf de werkvorm "
          "zoals in het plan");
}

TEST_CASE("rules_report: MEE205 inbreng items")
{
    // The two inbreng items, lines 21–31.
    const std::string inbreng = k_clean_report.substr(
        k_clean_report.find("inbreng:\n"), k_clean_report.find("doelen:\n") - k_clean_report.find("inbreng:\n"));
    check_rows({
        {"an empty list: its key", {{inbreng, "inbreng: []\n"}}, {}, "eindverslag.yaml:21:1 error MEE205\n"},
        {"no inbreng: line 1, column 1", {{inbreng, ""}}, {}, "eindverslag.yaml:1:1 error MEE205\n"},
        {"quiet: one item", {{inbreng, inbreng.substr(0, inbreng.find("  - onderwerp: Waterpartij"))}}, {}, ""},
    });
}

TEST_CASE("rules_report: MEE206 an inbreng item without a filled reactie")
{
    check_rows({
        {"a placeholder: the item",
         {{"    reactie: Past niet binnen het krediet en vraagt veel onderhoud.", "    reactie: p.m."}},
         {},
         "eindverslag.yaml:27:5 error MEE206\n"},
        {"no reactie: the item",
         {{"    reactie: Het aantal plaatsen blijft gelijk; twee plekken worden laadplaatsen.\n", ""}},
         {},
         "eindverslag.yaml:22:5 error MEE206\n"},
        {"quiet: three words",
         {{"    reactie: Past niet binnen het krediet en vraagt veel onderhoud.",
           "    reactie: Wordt niet aangelegd."}},
         {},
         ""},
        {"reactie and samenvatting both empty: one finding of each rule",
         {{"    samenvatting: Veel zorgen over minder parkeerplaatsen.", "    samenvatting: '?'"},
          {"    reactie: Het aantal plaatsen blijft gelijk; twee plekken worden laadplaatsen.", "    reactie: '?'"}},
         {},
         "eindverslag.yaml:22:5 error MEE206\n"
         "eindverslag.yaml:22:5 warning MEE213\n"},
    });
}

TEST_CASE("rules_report: MEE207 niet or deels without a filled uitleg")
{
    check_rows({
        {"niet without uitleg: the item",
         {{"    uitleg: Onderhoudskosten passen niet in de beheerbegroting; wel extra bankjes.\n", ""}},
         {},
         "eindverslag.yaml:27:5 error MEE207\n"},
        {"deels with two words",
         {{"    uitleg: Laadplaatsen zijn nodig voor de bevoorrading; daarom niet alle plekken vrij.",
           "    uitleg: Zie boven."}},
         {},
         "eindverslag.yaml:22:5 error MEE207\n"},
        {"quiet: overgenomen needs no uitleg",
         {{"    verwerking: deels\n    uitleg: Laadplaatsen zijn nodig voor de bevoorrading; daarom niet alle plekken "
           "vrij.\n",
           "    verwerking: overgenomen\n"}},
         {},
         ""},
        {"quiet: no verwerking given",
         {{"    verwerking: niet\n    uitleg: Onderhoudskosten passen niet in de beheerbegroting; wel extra bankjes.\n",
           ""}},
         {},
         ""},
    });
}

TEST_CASE("rules_report: MEE208 and MEE209 the plan's goals evaluated")
{
    const std::string second_goal =
        "  - doel: zorgvuldige-besluiten\n    bereikt: ja\n"
        "    toelichting: Het raadsvoorstel beschrijft alle belangen en de afweging.\n";
    const std::string first_goal =
        "  - doel: ideeen-ophalen\n    bereikt: ja\n    toelichting: 40 concrete ideeen; 12 zitten in het ontwerp.\n";
    check_rows({
        {"MEE208 a goal not evaluated: the doelen key",
         {{second_goal, ""}},
         {},
         "eindverslag.yaml:32:1 error MEE208\n"},
        {"MEE208 no doelen: line 1, column 1, once per goal",
         {{"doelen:\n" + first_goal + second_goal, ""}},
         {},
         "eindverslag.yaml:1:1 error MEE208\n"
         "eindverslag.yaml:1:1 error MEE208\n"},
        {"quiet: the goals in another order", {{first_goal + second_goal, second_goal + first_goal}}, {}, ""},
        {"MEE209 a goal the plan did not have: the entry",
         {{second_goal, second_goal + "  - doel: eigenaarschap\n    bereikt: deels\n"
                                      "    toelichting: De buurt onderhoudt de nieuwe plantvakken zelf.\n"}},
         {},
         "eindverslag.yaml:39:5 warning MEE209\n"},
        {"a goal swapped for another: MEE208 and MEE209",
         {{"  - doel: zorgvuldige-besluiten", "  - doel: vertrouwen"}},
         {},
         "eindverslag.yaml:32:1 error MEE208\n"
         "eindverslag.yaml:36:5 warning MEE209\n"},
        {"quiet: the plan has the goal too",
         {{second_goal, second_goal + "  - doel: eigenaarschap\n    bereikt: deels\n"
                                      "    toelichting: De buurt onderhoudt de nieuwe plantvakken zelf.\n"}},
         {{"  - doel: zorgvuldige-besluiten\n",
           "  - doel: eigenaarschap\n    concreet: Omwonenden onderhouden samen de nieuwe plantvakken.\n"
           "  - doel: zorgvuldige-besluiten\n"}},
         ""},
    });
}

TEST_CASE("rules_report: MEE210 openbaar")
{
    check_rows({
        {"no openbaar: line 1, column 1",
         {{"openbaar:\n  datum: 2026-10-13\n  waar: https://www.dalfsen.nl/centrum-lemelerveld\n", ""}},
         {},
         "eindverslag.yaml:1:1 warning MEE210\n"},
        {"quiet: openbaar with only a place", {{"  datum: 2026-10-13\n  waar: https", "  waar: https"}}, {}, ""},
    });
}

TEST_CASE("rules_report: MEE211 the report dated before the last uitgevoerd date")
{
    check_rows({
        {"a day before the last activity: the datum value",
         {{"datum: 2026-10-06", "datum: 2026-05-11"}},
         {},
         "eindverslag.yaml:4:8 warning MEE211\n"},
        {"quiet: on the day of the last activity", {{"datum: 2026-10-06", "datum: 2026-05-12"}}, {}, ""},
        {"the last activity by date, not by list order",
         {{"datum: 2026-10-06", "datum: 2026-06-10"}, {"    - datum: 2026-03-24", "    - datum: 2026-06-20"}},
         {},
         "eindverslag.yaml:4:8 warning MEE211\n"},
    });
    CHECK(only_message(check_project(report_run(
              {{"datum: 2026-10-06", "datum: 2026-06-10"}, {"    - datum: 2026-03-24", "    - datum: 2026-06-20"}}))) ==
          "the report is dated 2026-06-10, before the last activity carried out on 2026-06-20");
}

TEST_CASE("rules_report: MEE212 the plan was never adopted")
{
    check_rows({
        {"a concept plan: the plan value",
         {},
         {{"status: vastgesteld", "status: concept"}},
         "eindverslag.yaml:3:7 warning MEE212\n"},
        {"quiet: an adopted plan", {}, {}, ""},
    });
    CHECK(only_message(check_project(report_run({}, {{"status: vastgesteld", "status: concept"}}))) ==
          "PVA-2026-014 was never adopted (status concept): a plan is adopted beforehand (§2.1.4); update the plan's "
          "status");
}

TEST_CASE("rules_report: MEE213 samenvatting and toelichting filled")
{
    check_rows({
        {"a placeholder samenvatting: the item",
         {{"    samenvatting: Veel zorgen over minder parkeerplaatsen.", "    samenvatting: nvt"}},
         {},
         "eindverslag.yaml:22:5 warning MEE213\n"},
        {"no samenvatting: the item",
         {{"    samenvatting: Enkele bewoners willen een fontein.\n", ""}},
         {},
         "eindverslag.yaml:27:5 warning MEE213\n"},
        {"a one-word toelichting: the goal's entry",
         {{"    toelichting: Het raadsvoorstel beschrijft alle belangen en de afweging.", "    toelichting: Gelukt."}},
         {},
         "eindverslag.yaml:36:5 warning MEE213\n"},
        {"quiet: three words",
         {{"    samenvatting: Veel zorgen over minder parkeerplaatsen.", "    samenvatting: Zorgen over parkeren."}},
         {},
         ""},
    });
}

TEST_CASE("rules_report: messages name the werkvorm, the goal and the plan")
{
    CHECK(only_message(check_project(report_run({{k_worldcafe, ""}}))) ==
          "werkvorm 'worldcafe' of PVA-2026-014 is not in proces.uitgevoerd and no afwijking mentions it: add it to "
          "uitgevoerd, or explain under afwijkingen why it did not take place");
    CHECK(only_message(check_project(report_run({{k_afwijkingen_key, extra_werkvorm("buurtschouw")}}))) ==
          "werkvorm 'buurtschouw' was not in PVA-2026-014 and no afwijking mentions it: explain under afwijkingen why "
          "it was added");
    CHECK(only_message(check_project(report_run({{"  - doel: zorgvuldige-besluiten\n    bereikt: ja\n"
                                                  "    toelichting: Het raadsvoorstel beschrijft alle belangen en de "
                                                  "afweging.\n",
                                                  ""}}))) ==
          "goal 'zorgvuldige-besluiten' of PVA-2026-014 is not evaluated: add it under doelen with bereikt and a "
          "toelichting (§1.2: tested afterwards)");
    CHECK(only_message(check_project(report_run(
              {{"    uitleg: Onderhoudskosten passen niet in de beheerbegroting; wel extra bankjes.\n", ""}}))) ==
          "inbreng 'Waterpartij op het plein' was niet taken over without a filled uitleg: explain why (§2.1.5; "
          "departing from advice must be motivated, §2.3.1)");
    auto nl = report_run({{k_worldcafe, ""}});
    nl.lang = Lang::nl;
    CHECK(only_message(check_project(nl)) ==
          "werkvorm 'worldcafe' uit PVA-2026-014 staat niet bij proces.uitgevoerd en geen afwijking noemt hem: zet "
          "hem bij uitgevoerd, of leg onder afwijkingen uit waarom hij niet doorging");
}
