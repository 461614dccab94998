// The initiatief rules MEE301–MEE313 and MEE317 (lib/rules/initiatief.cpp),
// table-driven: each row edits the clean initiatief of clean_documents.hpp
// (or a fresh one, just submitted) and lists exactly the findings `mee
// check` must give, with code, line and column, so a row also proves that
// no other rule fires for the same cause. Every code has a row that fires
// and a quiet row close to it.

#include "clean_documents.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using mee::Date;
using mee::Finding;
using mee::Lang;
using mee::test::check_project;
using mee::test::edited;
using mee::test::Edits;
using mee::test::k_clean_initiative;
using mee::test::only_message;
using mee::test::places;

namespace {

// An initiatief just submitted through the loket: no contact yet.
const std::string k_fresh = R"(soort: initiatief
id: INI-2026-012
titel: Picknickbank aan de Vecht
kern: Dalfsen
type: leefbaarheid
omvang: klein
initiatiefnemer:
  naam: P. de Vries
  contact: p.devries@example.nl
ingediend: 2026-05-04
status: ingediend
)";

struct Row {
    std::string name;
    Edits edits;
    std::string expected;  // places(): "path:line:column severity CODE" per line
    Date today = mee::test::k_today;
};

std::vector<mee::Finding> check_initiative(const std::string& text, Date today = mee::test::k_today,
                                           Lang lang = Lang::en)
{
    mee::test::Run run{{{"initiatief.yaml", text}}, {"initiatief.yaml"}, today, lang};
    return check_project(run);
}

void check_rows(const std::string& base, const std::vector<Row>& rows)
{
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(places(check_initiative(edited(base, row.edits), row.today)) == row.expected);
    }
}

const std::string k_gesprek =
    k_clean_initiative.substr(k_clean_initiative.find("  gesprek:\n"),
                              k_clean_initiative.find("beoordeling:\n") - k_clean_initiative.find("  gesprek:\n"));
const std::string k_beoordeling =
    k_clean_initiative.substr(k_clean_initiative.find("beoordeling:\n"),
                              k_clean_initiative.find("besluit:\n") - k_clean_initiative.find("beoordeling:\n"));
const std::string k_besluit = k_clean_initiative.substr(
    k_clean_initiative.find("besluit:\n"), k_clean_initiative.find("status:") - k_clean_initiative.find("besluit:\n"));
const std::string k_mededeling = "mededeling:\n  datum: 2026-03-17\n";
const std::string k_evaluatie = k_clean_initiative.substr(k_clean_initiative.find("evaluatie:\n"));

}  // namespace

TEST_CASE("rules_initiative: the clean initiatief and a fresh one give no finding")
{
    CHECK(places(check_initiative(k_clean_initiative)) == "");
    CHECK(places(check_initiative(k_fresh)) == "");
}

TEST_CASE("rules_initiative: MEE301 first contact within 28 days of ingediend")
{
    check_rows(
        k_clean_initiative,
        {
            {"quiet: contact exactly 28 days after ingediend",
             {{"ingediend: 2026-01-12", "ingediend: 2025-12-22"}},
             ""},
            {"29 days: the contact value",
             {{"ingediend: 2026-01-12", "ingediend: 2025-12-21"}},
             "initiatief.yaml:13:12 warning MEE301\n"},
            {"no contact date: intake.datum counts, 29 days",
             {{"ingediend: 2026-01-12", "ingediend: 2026-01-01"}, {"  contact: 2026-01-19\n", ""}},
             "initiatief.yaml:13:10 warning MEE301\n"},
            {"quiet: no contact date, intake.datum 28 days after",
             {{"ingediend: 2026-01-12", "ingediend: 2026-01-02"}, {"  contact: 2026-01-19\n", ""}},
             ""},
            {"quiet: contact in time, the intake itself later", {{"  datum: 2026-01-30", "  datum: 2026-02-20"}}, ""},
        });
    CHECK(only_message(
              check_initiative(edited(k_clean_initiative, {{"ingediend: 2026-01-12", "ingediend: 2025-12-21"}}))) ==
          "first contact was 29 days after submission (2025-12-21); the policy asks for contact within 28 days "
          "(§2.2.2 step 2a)");
}

TEST_CASE("rules_initiative: MEE302 no contact yet, 28 days after ingediend")
{
    check_rows(
        k_fresh,
        {
            {"quiet: 28 days before today", {}, ""},
            {"29 days before today: the ingediend value",
             {{"ingediend: 2026-05-04", "ingediend: 2026-05-03"}},
             "initiatief.yaml:10:12 warning MEE302\n"},
            {"relative to today: the same date is quiet a day earlier",
             {{"ingediend: 2026-05-04", "ingediend: 2026-05-03"}},
             "",
             Date{2026, 5, 31}},
            {"in behandeling, still no contact",
             {{"ingediend: 2026-05-04", "ingediend: 2026-04-01"}, {"status: ingediend", "status: in-behandeling"}},
             "initiatief.yaml:10:12 warning MEE302\n"},
            {"quiet: contact recorded",
             {{"ingediend: 2026-05-04", "ingediend: 2026-04-01"},
              {"status: ingediend", "intake:\n  contact: 2026-04-20\nstatus: in-behandeling"}},
             ""},
        });
    CHECK(only_message(check_initiative(edited(k_fresh, {{"ingediend: 2026-05-04", "ingediend: 2026-05-03"}}))) ==
          "29 days after submission there has been no contact with the initiator yet; make contact within 28 days and "
          "record the date in intake.contact");
}

// Regression: MEE302 told a team to make contact "within 28 days" about an
// initiative decided a year ago. A decided one had contact; its date is
// what is missing.
TEST_CASE("rules_initiative: MEE302 about a decided initiative asks for the contact date")
{
    const auto mee302 = [](const std::string& yaml) {
        std::vector<std::string> out;
        for (const Finding& f : check_initiative(yaml)) {
            if (f.code == "MEE302") out.push_back(f.message);
        }
        return out;
    };
    const std::string old_one = edited(k_fresh, {{"ingediend: 2026-05-04", "ingediend: 2025-03-01"}});
    CHECK(mee302(edited(old_one, {{"status: ingediend", "status: uitgevoerd"}})) ==
          std::vector<std::string>{"the initiative already has status uitgevoerd, but the date of first contact is not "
                                   "recorded: write it under intake.contact (the annual figures count contact within "
                                   "28 days, §3.6)"});
    CHECK(mee302(edited(old_one, {{"status: ingediend",
                                   "beoordeling:\n  past_in_beleid: true\n  draagt_bij: true\n  uitkomst: ja\n"
                                   "status: in-behandeling"}})) ==
          std::vector<std::string>{"the initiative already has a beoordeling (uitkomst ja), but the date of first "
                                   "contact is not recorded: write it under intake.contact (the annual figures count "
                                   "contact within 28 days, §3.6)"});
    CHECK(mee302(edited(old_one, {{"status: ingediend",
                                   "besluit:\n  datum: 2025-05-01\n  door: coordinator\n"
                                   "status: besloten"}})) ==
          std::vector<std::string>{"the initiative already has a besluit, but the date of first contact is not "
                                   "recorded: write it under intake.contact (the annual figures count contact within "
                                   "28 days, §3.6)"});
    // Still open: no contact yet, as before.
    CHECK(mee302(old_one).size() == 1);
    CHECK(mee302(old_one).front().starts_with("457 days after submission there has been no contact"));
}

TEST_CASE("rules_initiative: MEE303 the eight intake answers")
{
    std::vector<Row> rows = {
        {"question 1: no naam, the initiatiefnemer key",
         {{"  naam: J. Jansen\n", ""}},
         "initiatief.yaml:7:1 error MEE303\n"},
        {"question 1: no contact, the initiatiefnemer key",
         {{"  contact: j.jansen@example.nl\n", ""}},
         "initiatief.yaml:7:1 error MEE303\n"},
        {"question 1: no initiatiefnemer, line 1 column 1, naam and contact",
         {{"initiatiefnemer:\n  naam: J. Jansen\n  organisatie: Buurtvereniging De Koele\n  contact: "
           "j.jansen@example.nl\n",
           ""}},
         "initiatief.yaml:1:1 error MEE303\n"
         "initiatief.yaml:1:1 error MEE303\n"},
        {"quiet: a short name and an e-mail address are filled answers to question 1",
         {{"  naam: J. Jansen", "  naam: Jansen"}},
         ""},
        {"questions 2-8: no gesprek, the intake key, seven findings",
         {{k_gesprek, ""}},
         "initiatief.yaml:12:1 error MEE303\n"
         "initiatief.yaml:12:1 error MEE303\n"
         "initiatief.yaml:12:1 error MEE303\n"
         "initiatief.yaml:12:1 error MEE303\n"
         "initiatief.yaml:12:1 error MEE303\n"
         "initiatief.yaml:12:1 error MEE303\n"
         "initiatief.yaml:12:1 error MEE303\n"},
        {"quiet: no intake yet (contact only, no datum)", {{"  datum: 2026-01-30\n" + k_gesprek, ""}}, ""},
        {"quiet: three words each",
         {{"    idee: Een jeu-de-boulesbaan op het grasveld naast De Schakel.",
           "    idee: Een jeu-de-boulesbaan bouwen."}},
         ""},
    };
    // Questions 2–8, one at a time: a placeholder points at the value, a
    // missing answer at the gesprek key.
    struct Question {
        const char* key;
        int column;  // of its value
    };
    const Question questions[] = {{"idee", 11},    {"doel", 11},   {"buren", 12}, {"samenwerking", 19},
                                  {"wanneer", 14}, {"kosten", 13}, {"hulp", 11}};
    int line = 16;
    for (const Question& q : questions) {
        const std::string key = std::string("    ") + q.key + ": ";
        const auto begin = k_clean_initiative.find(key);
        const std::string answer = k_clean_initiative.substr(begin, k_clean_initiative.find('\n', begin) + 1 - begin);
        rows.push_back(
            {std::string(q.key) + ": a placeholder",
             {{answer, key + "n.t.b.\n"}},
             "initiatief.yaml:" + std::to_string(line) + ":" + std::to_string(q.column) + " error MEE303\n"});
        rows.push_back(
            {std::string(q.key) + ": two words",
             {{answer, key + "Nog bespreken.\n"}},
             "initiatief.yaml:" + std::to_string(line) + ":" + std::to_string(q.column) + " error MEE303\n"});
        rows.push_back({std::string(q.key) + ": missing", {{answer, ""}}, "initiatief.yaml:15:3 error MEE303\n"});
        ++line;
    }
    check_rows(k_clean_initiative, rows);
    CHECK(only_message(check_initiative(edited(k_clean_initiative, {{"  naam: J. Jansen\n", ""}}))) ==
          "intake question 1 (contact details): initiatiefnemer.naam is missing");
    CHECK(only_message(check_initiative(
              edited(k_clean_initiative, {{"    kosten: 6.500 euro; 2.000 euro eigen bijdrage, rest via "
                                           "Noaberschap-subsidie.\n",
                                           ""}}))) ==
          "intake question 7 is not answered: fill in intake.gesprek.kosten (§2.2.2 step 2a)");
}

// Regression: a placeholder is no answer (documents.md: "filled" is not a
// placeholder), also for question 1, whose answers are short by nature; the
// finding points at the value (rules.md: "a wrong value: the value node").
TEST_CASE("rules_initiative: MEE303 a placeholder name or contact is no answer to question 1")
{
    check_rows(k_clean_initiative,
               {
                   {"naam todo", {{"  naam: J. Jansen", "  naam: todo"}}, "initiatief.yaml:8:9 error MEE303\n"},
                   {"contact n.t.b.",
                    {{"  contact: j.jansen@example.nl", "  contact: n.t.b."}},
                    "initiatief.yaml:10:12 error MEE303\n"},
               });
}

// Regression: "an intake took place" (rules.md) is an intake on or before
// today; an intake that is only planned has no answers yet.
TEST_CASE("rules_initiative: MEE303 a planned intake has not taken place")
{
    const std::string planned = edited(k_fresh, {{"status: ingediend",
                                                  "intake:\n  contact: 2026-05-20\n  datum: 2026-06-10\n"
                                                  "status: in-behandeling"}});
    CHECK(places(check_initiative(planned)) == "");
    CHECK(places(check_initiative(planned, Date{2026, 6, 10})) ==
          "initiatief.yaml:11:1 error MEE303\n"
          "initiatief.yaml:11:1 error MEE303\n"
          "initiatief.yaml:11:1 error MEE303\n"
          "initiatief.yaml:11:1 error MEE303\n"
          "initiatief.yaml:11:1 error MEE303\n"
          "initiatief.yaml:11:1 error MEE303\n"
          "initiatief.yaml:11:1 error MEE303\n");
}

TEST_CASE("rules_initiative: MEE304 the afwegingskader")
{
    const Edits afgewezen = {{"  ondersteuning: [ruimte, financieel]\n", ""},
                             {"status: uitgevoerd", "status: afgewezen"}};
    auto with = [](Edits edits, const Edits& more) {
        edits.insert(edits.end(), more.begin(), more.end());
        return edits;
    };
    check_rows(
        k_clean_initiative,
        {
            {"does not fit the policy, yet ja: the uitkomst value",
             {{"past_in_beleid: true", "past_in_beleid: false"}},
             "initiatief.yaml:26:13 error MEE304\n"},
            {"does not fit the policy, yet ja-mits",
             {{"past_in_beleid: true", "past_in_beleid: false"},
              {"uitkomst: ja", "uitkomst: ja-mits"},
              {"voorwaarden: []", "voorwaarden: [Onderhoud door de buurtvereniging]"}},
             "initiatief.yaml:26:13 error MEE304\n"},
            {"fits nor helps, yet ja: one finding",
             {{"past_in_beleid: true", "past_in_beleid: false"}, {"draagt_bij: true", "draagt_bij: false"}},
             "initiatief.yaml:26:13 error MEE304\n"},
            {"quiet: does not fit, afwijzen",
             with({{"past_in_beleid: true", "past_in_beleid: false"}, {"uitkomst: ja", "uitkomst: afwijzen"}},
                  afgewezen),
             ""},
            {"fits but does not help, yet ja",
             {{"draagt_bij: true", "draagt_bij: false"}},
             "initiatief.yaml:26:13 error MEE304\n"},
            {"quiet: fits but does not help, ja-mits",
             {{"draagt_bij: true", "draagt_bij: false"},
              {"uitkomst: ja", "uitkomst: ja-mits"},
              {"voorwaarden: []", "voorwaarden: [Onderhoud door de buurtvereniging]"}},
             ""},
            {"quiet: fits but does not help, afwijzen",
             with({{"draagt_bij: true", "draagt_bij: false"}, {"uitkomst: ja", "uitkomst: afwijzen"}}, afgewezen), ""},
        });
    CHECK(only_message(
              check_initiative(edited(k_clean_initiative, {{"past_in_beleid: true", "past_in_beleid: false"}}))) ==
          "the initiative does not fit the policy, so the outcome is afwijzen, not ja (afwegingskader, §2.2.1)");
    CHECK(only_message(check_initiative(edited(k_clean_initiative, {{"draagt_bij: true", "draagt_bij: false"}}))) ==
          "the initiative does not contribute to the goals, so the outcome can be ja-mits at most, not ja "
          "(afwegingskader, §2.2.1)");
}

TEST_CASE("rules_initiative: MEE305 ja-mits needs voorwaarden")
{
    check_rows(
        k_clean_initiative,
        {
            {"an empty list: its key", {{"uitkomst: ja", "uitkomst: ja-mits"}}, "initiatief.yaml:27:3 error MEE305\n"},
            {"quiet: one voorwaarde",
             {{"uitkomst: ja", "uitkomst: ja-mits"}, {"voorwaarden: []", "voorwaarden: [Geen versterkte muziek]"}},
             ""},
        });
}

// Regression: a missing key is reported at "the key of its parent mapping"
// (rules.md, "Where a finding points"): beoordeling, not the uitkomst.
TEST_CASE("rules_initiative: MEE305 without a voorwaarden key points at beoordeling")
{
    check_rows(k_clean_initiative, {
                                       {"no voorwaarden key",
                                        {{"uitkomst: ja", "uitkomst: ja-mits"}, {"  voorwaarden: []\n", ""}},
                                        "initiatief.yaml:23:1 error MEE305\n"},
                                   });
}

TEST_CASE("rules_initiative: MEE306 the route, once there is a besluit")
{
    check_rows(k_clean_initiative, {
                                       {"groot and direct: the route value",
                                        {{"omvang: klein", "omvang: groot"}},
                                        "initiatief.yaml:28:10 error MEE306\n"},
                                       {"intaketafel without a date: the route value",
                                        {{"route: direct", "route: intaketafel"}},
                                        "initiatief.yaml:28:10 error MEE306\n"},
                                       {"quiet: groot through the intaketafel, with its date",
                                        {{"omvang: klein", "omvang: groot"},
                                         {"route: direct", "route: intaketafel"},
                                         {"intaketafel: null", "intaketafel: 2026-02-24"}},
                                        ""},
                                       {"quiet: groot and direct, but no besluit yet",
                                        {{"omvang: klein", "omvang: groot"},
                                         {"  uitkomst: ja\n", ""},
                                         {k_besluit, ""},
                                         {k_evaluatie, ""},
                                         {"status: uitgevoerd", "status: in-behandeling"}},
                                        ""},
                                   });
}

TEST_CASE("rules_initiative: MEE307 the dates in order")
{
    const Edits intaketafel = {{"route: direct", "route: intaketafel"}};
    auto with = [](Edits edits, const Edits& more) {
        edits.insert(edits.end(), more.begin(), more.end());
        return edits;
    };
    check_rows(k_clean_initiative,
               {
                   {"contact before ingediend: the contact value",
                    {{"ingediend: 2026-01-12", "ingediend: 2026-01-20"}},
                    "initiatief.yaml:13:12 error MEE307\n"},
                   {"intake before contact: the intake value",
                    {{"  contact: 2026-01-19", "  contact: 2026-01-31"}},
                    "initiatief.yaml:14:10 error MEE307\n"},
                   {"intaketafel before intake", with(intaketafel, {{"intaketafel: null", "intaketafel: 2026-01-29"}}),
                    "initiatief.yaml:29:16 error MEE307\n"},
                   {"besluit before intaketafel", with(intaketafel, {{"intaketafel: null", "intaketafel: 2026-03-11"}}),
                    "initiatief.yaml:31:10 error MEE307\n"},
                   {"mededeling before besluit",
                    {{"  datum: 2026-03-17", "  datum: 2026-03-09"}},
                    "initiatief.yaml:36:10 error MEE307\n"},
                   {"besluit before intake, without an intaketafel",
                    {{"  datum: 2026-03-10", "  datum: 2026-01-29"}},
                    "initiatief.yaml:31:10 error MEE307\n"},
                   {"intake before ingediend, without a contact date",
                    {{"  contact: 2026-01-19\n", ""}, {"ingediend: 2026-01-12", "ingediend: 2026-02-01"}},
                    "initiatief.yaml:13:10 error MEE307\n"},
                   {"quiet: all on one day (≤)",
                    with(intaketafel, {{"  contact: 2026-01-19", "  contact: 2026-01-12"},
                                       {"  datum: 2026-01-30", "  datum: 2026-01-12"},
                                       {"intaketafel: null", "intaketafel: 2026-01-12"},
                                       {"  datum: 2026-03-10", "  datum: 2026-01-12"},
                                       {"  datum: 2026-03-17", "  datum: 2026-01-12"}}),
                    ""},
               });
    CHECK(
        only_message(check_initiative(edited(k_clean_initiative, {{"  datum: 2026-03-17", "  datum: 2026-03-09"}}))) ==
        "mededeling.datum (2026-03-09) is before besluit.datum (2026-03-10): the order is ingediend, contact, intake, "
        "intaketafel, besluit, mededeling");
}

TEST_CASE("rules_initiative: MEE308 a besluit needs a mededeling")
{
    check_rows(k_clean_initiative, {
                                       {"quiet: no besluit, no mededeling",
                                        {{"  uitkomst: ja\n", ""},
                                         {k_besluit, ""},
                                         {k_evaluatie, ""},
                                         {"status: uitgevoerd", "status: in-behandeling"}},
                                        ""},
                                       {"quiet: a mededeling", {}, ""},
                                   });
}

// Regression: the missing mededeling is a missing top-level key, reported
// at line 1, column 1 (rules.md, "Where a finding points"), as MEE210 does.
TEST_CASE("rules_initiative: MEE308 without a mededeling points at the besluit it belongs to")
{
    check_rows(k_clean_initiative, {{"no mededeling", {{k_mededeling, ""}}, "initiatief.yaml:30:1 warning MEE308\n"}});
}

TEST_CASE("rules_initiative: MEE309 status and uitkomst, every combination")
{
    // rules.md: afwijzen goes with afgewezen or ingetrokken; ja/ja-mits with
    // besloten, uitgevoerd or ingetrokken; no beoordeling with ingediend,
    // in-behandeling or ingetrokken.
    struct Outcome {
        const char* name;
        Edits edits;
        int status_line;
        std::vector<std::string> allowed;
    };
    const std::vector<Outcome> outcomes = {
        {"no beoordeling", {{k_beoordeling, ""}}, 30, {"ingediend", "in-behandeling", "ingetrokken"}},
        {"ja", {}, 37, {"besloten", "uitgevoerd", "ingetrokken"}},
        {"ja-mits",
         {{"uitkomst: ja", "uitkomst: ja-mits"}, {"voorwaarden: []", "voorwaarden: [Geen versterkte muziek]"}},
         37,
         {"besloten", "uitgevoerd", "ingetrokken"}},
        {"afwijzen",
         {{"uitkomst: ja", "uitkomst: afwijzen"}, {"  ondersteuning: [ruimte, financieel]\n", ""}},
         36,
         {"afgewezen", "ingetrokken"}},
    };
    const char* statuses[] = {"ingediend", "in-behandeling", "besloten", "uitgevoerd", "afgewezen", "ingetrokken"};
    for (const Outcome& outcome : outcomes) {
        for (const char* status : statuses) {
            INFO(outcome.name, " with status ", status);
            Edits edits = outcome.edits;
            edits.push_back({"status: uitgevoerd", std::string("status: ") + status});
            const bool allowed =
                std::find(outcome.allowed.begin(), outcome.allowed.end(), status) != outcome.allowed.end();
            const std::string expected =
                allowed ? "" : "initiatief.yaml:" + std::to_string(outcome.status_line) + ":9 warning MEE309\n";
            CHECK(places(check_initiative(edited(k_clean_initiative, edits))) == expected);
        }
    }
    CHECK(only_message(check_initiative(edited(k_clean_initiative, {{"status: uitgevoerd", "status: afgewezen"}}))) ==
          "status afgewezen does not match uitkomst ja: that is besloten, uitgevoerd, ingetrokken");
    CHECK(only_message(check_initiative(
              edited(k_clean_initiative, {{k_beoordeling, ""}, {"status: uitgevoerd", "status: besloten"}}))) ==
          "status besloten without a beoordeling: without an uitkomst the status is ingediend, in-behandeling, "
          "ingetrokken");
}

TEST_CASE("rules_initiative: MEE309 afwijzen with ondersteuning")
{
    check_rows(k_clean_initiative,
               {
                   {"rejected but supported: the ondersteuning key",
                    {{"uitkomst: ja", "uitkomst: afwijzen"}, {"status: uitgevoerd", "status: afgewezen"}},
                    "initiatief.yaml:33:3 warning MEE309\n"},
                   {"rejected, supported and a wrong status: both",
                    {{"uitkomst: ja", "uitkomst: afwijzen"}},
                    "initiatief.yaml:33:3 warning MEE309\n"
                    "initiatief.yaml:37:9 warning MEE309\n"},
                   {"quiet: rejected with an empty ondersteuning",
                    {{"uitkomst: ja", "uitkomst: afwijzen"},
                     {"ondersteuning: [ruimte, financieel]", "ondersteuning: []"},
                     {"status: uitgevoerd", "status: afgewezen"}},
                    ""},
               });
}

TEST_CASE("rules_initiative: MEE310 kern of the profile")
{
    check_rows(k_clean_initiative, {
                                       {"a near miss: the kern value",
                                        {{"kern: Lemelerveld", "kern: Lemelerveldt"}},
                                        "initiatief.yaml:4:7 warning MEE310\n"},
                                       {"a town outside the municipality",
                                        {{"kern: Lemelerveld", "kern: Zwolle"}},
                                        "initiatief.yaml:4:7 warning MEE310\n"},
                                       {"quiet: a buurtschap", {{"kern: Lemelerveld", "kern: Ooster-Dalfsen"}}, ""},
                                       {"quiet: another kern", {{"kern: Lemelerveld", "kern: Nieuwleusen"}}, ""},
                                   });
    CHECK(only_message(check_initiative(edited(k_clean_initiative, {{"kern: Lemelerveld", "kern: Lemelerveldt"}}))) ==
          "'Lemelerveldt' is not a kern or buurtschap of the profile; did you mean 'Lemelerveld'?");
    CHECK(only_message(check_initiative(edited(k_clean_initiative, {{"kern: Lemelerveld", "kern: Ooster Dalfsen"}}))) ==
          "'Ooster Dalfsen' is not a kern or buurtschap of the profile; did you mean 'Ooster-Dalfsen'?");
    CHECK(only_message(check_initiative(edited(k_clean_initiative, {{"kern: Lemelerveld", "kern: Zwolle"}}))) ==
          "'Zwolle' is not a kern or buurtschap of the profile (mee explain MEE310 shows the list)");
    CHECK(only_message(check_initiative(edited(k_clean_initiative, {{"kern: Lemelerveld", "kern: Lemelerveldt"}}),
                                        mee::test::k_today, Lang::nl)) ==
          "'Lemelerveldt' is geen kern of buurtschap van het profiel; bedoelde u 'Lemelerveld'?");
}

TEST_CASE("rules_initiative: MEE311 uitgevoerd needs an evaluatie")
{
    check_rows(k_clean_initiative, {
                                       {"quiet: besloten, not yet uitgevoerd",
                                        {{k_evaluatie, ""}, {"status: uitgevoerd", "status: besloten"}},
                                        ""},
                                       {"quiet: with evaluatie", {}, ""},
                                   });
}

// evaluatie is a missing top-level key: reported at the status value that
// asks for it, as MEE105 does for a missing `vastgesteld` of a plan with
// status vastgesteld (one finding at the node it is about).
TEST_CASE("rules_initiative: MEE311 without evaluatie points at the status that asks for it")
{
    check_rows(k_clean_initiative, {{"no evaluatie", {{k_evaluatie, ""}}, "initiatief.yaml:37:9 info MEE311\n"}});
}

TEST_CASE("rules_initiative: MEE312 samenwerking needs a projectleider")
{
    check_rows(k_clean_initiative,
               {
                   {"samenwerking, projectleider null: the samenwerking item",
                    {{"ondersteuning: [ruimte, financieel]", "ondersteuning: [ruimte, samenwerking]"}},
                    "initiatief.yaml:33:27 warning MEE312\n"},
                   {"samenwerking, no projectleider key",
                    {{"ondersteuning: [ruimte, financieel]", "ondersteuning: [samenwerking]"},
                     {"  projectleider: null\n", ""}},
                    "initiatief.yaml:33:19 warning MEE312\n"},
                   {"quiet: a projectleider named",
                    {{"ondersteuning: [ruimte, financieel]", "ondersteuning: [ruimte, samenwerking]"},
                     {"projectleider: null", "projectleider: M. Bosch, beleidsmedewerker sport"}},
                    ""},
               });
}

TEST_CASE("rules_initiative: MEE313 the college decides large and intaketafel initiatives")
{
    const Edits intaketafel = {{"route: direct", "route: intaketafel"},
                               {"intaketafel: null", "intaketafel: 2026-02-24"}};
    auto with = [](Edits edits, const Edits& more) {
        edits.insert(edits.end(), more.begin(), more.end());
        return edits;
    };
    check_rows(
        k_clean_initiative,
        {
            {"groot, decided by the coordinator: the door value",
             with(intaketafel, {{"omvang: klein", "omvang: groot"}, {"door: college", "door: coordinator"}}),
             "initiatief.yaml:32:9 error MEE313\n"},
            {"klein through the intaketafel, decided by the coordinator",
             with(intaketafel, {{"door: college", "door: coordinator"}}), "initiatief.yaml:32:9 error MEE313\n"},
            {"groot and direct, decided by the coordinator: the route too",
             {{"omvang: klein", "omvang: groot"}, {"door: college", "door: coordinator"}},
             "initiatief.yaml:28:10 error MEE306\n"
             "initiatief.yaml:32:9 error MEE313\n"},
            {"quiet: klein and direct, decided by the coordinator", {{"door: college", "door: coordinator"}}, ""},
            {"quiet: groot through the intaketafel, decided by the college",
             with(intaketafel, {{"omvang: klein", "omvang: groot"}}), ""},
        });
    CHECK(only_message(check_initiative(edited(
              k_clean_initiative,
              with(intaketafel, {{"omvang: klein", "omvang: groot"}, {"door: college", "door: coordinator"}})))) ==
          "a large initiative is decided by the college, not the coordinator (§2.2.3)");
    CHECK(only_message(check_initiative(
              edited(k_clean_initiative, with(intaketafel, {{"door: college", "door: coordinator"}})))) ==
          "an initiative through the intaketafel is decided by the college, not the coordinator (§2.2.3)");
}

TEST_CASE("rules_initiative: MEE317 titel and contact details from submission on")
{
    check_rows(
        k_fresh,
        {
            {"a placeholder titel: the value",
             {{"titel: Picknickbank aan de Vecht", "titel: nog invullen"}},
             "initiatief.yaml:3:8 error MEE317\n"},
            {"a titel without a word: the value",
             {{"titel: Picknickbank aan de Vecht", "titel: '?'"}},
             "initiatief.yaml:3:8 error MEE317\n"},
            {"quiet: an empty titel is the schema's (MEE004)",
             {{"titel: Picknickbank aan de Vecht", "titel: ''"}},
             "initiatief.yaml:3:8 error MEE004\n"},
            {"a placeholder naam: the value",
             {{"  naam: P. de Vries", "  naam: N.t.b."}},
             "initiatief.yaml:8:9 error MEE317\n"},
            {"no contact: the initiatiefnemer key",
             {{"  contact: p.devries@example.nl\n", ""}},
             "initiatief.yaml:7:1 error MEE317\n"},
            {"no initiatiefnemer: line 1, naam and contact",
             {{"initiatiefnemer:\n  naam: P. de Vries\n  contact: p.devries@example.nl\n", ""}},
             "initiatief.yaml:1:1 error MEE317\n"
             "initiatief.yaml:1:1 error MEE317\n"},
            {"quiet: a one-word titel and short contact details are filled in",
             {{"titel: Picknickbank aan de Vecht", "titel: Picknickbank"}, {"  naam: P. de Vries", "  naam: Piet"}},
             ""},
        });
    // Once the intake took place, MEE303 asks for the contact details, not MEE317.
    CHECK(places(check_initiative(edited(k_clean_initiative, {{"  naam: J. Jansen\n", ""}}))) ==
          "initiatief.yaml:7:1 error MEE303\n");
    CHECK(only_message(check_initiative(edited(k_fresh, {{"  naam: P. de Vries", "  naam: nog invullen"}}))) ==
          "initiatiefnemer.naam is not filled in: the coordinator contacts the submitter within four weeks; add the "
          "name and an e-mail address or phone number (§2.2.2 step 2a)");
    CHECK(only_message(check_initiative(edited(k_fresh, {{"titel: Picknickbank aan de Vecht", "titel: TODO"}}))) ==
          "titel is not filled in yet ('TODO'): give the initiative a short name");
}
