#include "stats/score.hpp"

#include "test_util.hpp"
#include "yaml/tree.hpp"

#include <doctest/doctest.h>

using mee::Fraction;

namespace {

mee::Score plan_score(const std::string& yaml)
{
    const auto parsed = mee::parse_yaml(mee::Source(yaml), mee::Lang::en);
    REQUIRE(parsed.root);
    return mee::score_plan(*parsed.root, mee::embedded_profile());
}

mee::Score eindverslag_score(const std::string& report, const std::string& plan)
{
    static std::vector<mee::ParsedYaml> keep;  // the trees outlive the call
    keep.push_back(mee::parse_yaml(mee::Source(report), mee::Lang::en));
    const mee::Node* plan_root = nullptr;
    if (!plan.empty()) {
        keep.push_back(mee::parse_yaml(mee::Source(plan), mee::Lang::en));
        plan_root = &*keep.back().root;
        return mee::score_eindverslag(*keep[keep.size() - 2].root, plan_root, mee::embedded_profile());
    }
    return mee::score_eindverslag(*keep.back().root, nullptr, mee::embedded_profile());
}

}  // namespace

TEST_CASE("score: rounding half up, computed exactly")
{
    CHECK(mee::percent_half_up(Fraction{149, 200}) == 75);    // 74.5
    CHECK(mee::percent_half_up(Fraction{1489, 2000}) == 74);  // 74.45
    CHECK(mee::percent_half_up(Fraction{2, 3}) == 67);
    CHECK(mee::percent_half_up(Fraction{1, 3}) == 33);
    CHECK(mee::percent_half_up(Fraction{5, 8}) == 63);  // 62.5
    CHECK(mee::percent_half_up(Fraction{1, 1}) == 100);
    CHECK(mee::percent_half_up(Fraction{0, 1}) == 0);
    CHECK(mee::add(Fraction{1, 3}, Fraction{1, 6}) == Fraction{1, 2});
    CHECK(mee::divide(Fraction{3, 2}, 3) == Fraction{1, 2});
}

TEST_CASE("score: a plan with only its identifying keys scores 0 over nine sections")
{
    const auto s = plan_score(mee::test::k_minimal_plan);
    CHECK_FALSE(s.inform_only);
    CHECK(s.sections.size() == 9);
    CHECK(s.value() == 0);
}

TEST_CASE("score: sections are means of items, the document the mean of sections (hand count)")
{
    // opgave 2/3 (no aanleiding); doelen (1 + 1/2)/2 = 3/4; betrokkenheidsniveau 1/2 (no motivering);
    // planning 1/3 (participatie only); communicatie 1/3 (middelen); the other four sections 0.
    // Sum = 2/3 + 3/4 + 1/2 + 1/3 + 1/3 = 31/12; / 9 = 31/108 = 28.70… → 29.
    const std::string plan = std::string(mee::test::k_minimal_plan) +
                             "opgave:\n  beschrijving: Het centrum is verouderd en rommelig.\n"
                             "  voorgeschiedenis: In 2019 is een schetsontwerp gemaakt.\n"
                             "doelen:\n  - doel: ideeen-ophalen\n    concreet: Knelpunten van bewoners ophalen.\n"
                             "  - doel: vertrouwen\n"
                             "betrokkenheidsniveau:\n  niveau: adviseren\n"
                             "planning:\n  - datum: 2026-03-24\n    soort: participatie\n"
                             "communicatie:\n  middelen: [website]\n";
    const auto s = plan_score(plan);
    CHECK(s.exact() == Fraction{31, 108});
    CHECK(s.value() == 29);
    CHECK(s.sections[1].mean() == Fraction{3, 4});
}

TEST_CASE("score: an inform-only plan is scored over sections 1, 5, 7 and 8")
{
    const std::string plan =
        std::string(mee::test::k_minimal_plan) +
        "afweging:\n  ruimte:\n    antwoord: nee\n    toelichting: Alles ligt wettelijk vast.\n"
        "opgave:\n  beschrijving: De riolering wordt vervangen.\n"
        "  voorgeschiedenis: Het riool is uit 1965.\n  aanleiding: [GRP 2024]\n"
        "betrokkenheidsniveau:\n  niveau: informeren\n  motivering: Er valt niets te kiezen hier.\n"
        "planning:\n  - datum: 2026-03-24\n    soort: informatie\n"
        "communicatie:\n  middelen: [bewonersbrief]\n  terugkoppeling: Per brief na afloop.\n"
        "  verslaglegging: Op de projectpagina van de gemeente.\n";
    const auto s = plan_score(plan);
    CHECK(s.inform_only);
    REQUIRE(s.sections.size() == 4);
    CHECK(s.sections[0].key == "opgave");
    CHECK(s.sections[1].key == "betrokkenheidsniveau");
    CHECK(s.sections[2].key == "planning");
    CHECK(s.sections[2].mean() == Fraction{1, 2});  // a moment, but no besluit
    CHECK(s.value() == 88);                         // (1 + 1 + 1/2 + 1) / 4 = 87.5 → 88
}

TEST_CASE("score: an eindverslag against its plan, and without it")
{
    const std::string plan = std::string(mee::test::k_minimal_plan) +
                             "doelen:\n  - doel: ideeen-ophalen\n  - doel: vertrouwen\n"
                             "werkvormen:\n  - werkvorm: inloopavond\n    niveau: raadplegen\n"
                             "  - werkvorm: online-enquete\n    niveau: raadplegen\n";
    const std::string report =
        "soort: eindverslag\nid: EV-1\nplan: PVA-2026-001\ndatum: 2026-10-06\n"
        "proces:\n  overzicht: Twee avonden en een enquete.\n  aansluiting_plan: Het proces volgde het plan.\n"
        "  uitgevoerd:\n    - werkvorm: inloopavond\n"
        "  afwijkingen:\n    - wat: De online enquête ging niet door\n"
        "inbreng:\n  - onderwerp: Parkeren\n    samenvatting: Zorgen over minder plekken.\n"
        "    reactie: Het aantal plekken blijft gelijk.\n    verwerking: niet\n"
        "doelen:\n  - doel: ideeen-ophalen\n    bereikt: ja\n";
    // proces 1; inbreng 1; reactie 1; uitleg 0 (the niet item has no uitleg); doelen 1/2 → 7/2 / 5 = 70.
    const auto with_plan = eindverslag_score(report, plan);
    CHECK(with_plan.plan_found);
    CHECK(with_plan.exact() == Fraction{7, 10});
    CHECK(with_plan.value() == 70);
    CHECK(with_plan.complete());
    // Without the plan, what needs it is not judged and counts 0: proces 2/3, doelen 0
    // → (2/3 + 1 + 1 + 0 + 0) / 5 = 8/15 → 53.
    const auto without = eindverslag_score(report, "");
    CHECK_FALSE(without.plan_found);
    CHECK_FALSE(without.complete());
    REQUIRE(without.sections[0].items.size() == 3);
    CHECK(without.sections[0].items[2].judged == mee::Judged::no);
    CHECK(without.sections[0].items[2].value == Fraction{0, 1});
    REQUIRE(without.sections[4].items.size() == 1);
    CHECK(without.sections[4].items[0].judged == mee::Judged::no);
    CHECK(without.exact() == Fraction{8, 15});
    CHECK(without.value() == 53);
}

TEST_CASE("score: an eindverslag without its plan never scores 100")
{
    // Everything the report itself can give is there; the plan is not found.
    const std::string report =
        "soort: eindverslag\nid: EV-1\nplan: PVA-2026-001\ndatum: 2026-10-06\n"
        "proces:\n  overzicht: Twee avonden en een enquete.\n  aansluiting_plan: Het proces volgde het plan.\n"
        "inbreng:\n  - onderwerp: Parkeren\n    samenvatting: Zorgen over minder plekken.\n"
        "    reactie: Het aantal plekken blijft gelijk.\n    verwerking: overgenomen\n"
        "doelen:\n  - doel: ideeen-ophalen\n    bereikt: ja\n    toelichting: Veel ideeen kwamen binnen.\n";
    const auto s = eindverslag_score(report, "");
    CHECK_FALSE(s.complete());
    // (2/3 + 1 + 1 + 1 + 0) / 5 = 11/15 → 73.
    CHECK(s.exact() == Fraction{11, 15});
    CHECK(s.value() == 73);
}

TEST_CASE("score: unused input explained counts 1 when nothing is niet or deels")
{
    const std::string report =
        "soort: eindverslag\nid: EV-1\nplan: X\ndatum: 2026-10-06\n"
        "inbreng:\n  - onderwerp: Groen\n    verwerking: overgenomen\n";
    const auto s = eindverslag_score(report, "");
    CHECK(s.sections[3].key == "uitleg");
    CHECK(s.sections[3].mean() == Fraction{1, 1});
}

TEST_CASE("score: entries that still hold a placeholder do not count")
{
    // opgave: the aanleiding is a placeholder; omgevingsanalyse: the stakeholder's naam is one,
    // opgesteld_met has one real name; kaders: a placeholder beschrijving; werkvormen: a
    // placeholder werkvorm; planning: a placeholder wat; middelen: only "PM".
    const std::string plan = std::string(mee::test::k_minimal_plan) +
                             "opgave:\n  aanleiding: [nog invullen]\n"
                             "omgevingsanalyse:\n  opgesteld_met: [projectleider, n.t.b.]\n"
                             "  belanghebbenden:\n    - naam: TODO\n      categorie: intern\n"
                             "      belang: groot\n      invloed: veel\n"
                             "kaders:\n  - categorie: juridisch\n    hard: true\n    beschrijving: nog invullen\n"
                             "werkvormen:\n  - werkvorm: xxx\n    niveau: raadplegen\n"
                             "  - werkvorm: '...'\n    niveau: raadplegen\n"
                             "planning:\n  - datum: 2026-03-24\n    wat: volgt\n    soort: participatie\n"
                             "communicatie:\n  middelen: [PM.]\n";
    const auto s = plan_score(plan);
    CHECK(s.value() == 0);
    // The same entries, filled in, count.
    const std::string filled = std::string(mee::test::k_minimal_plan) +
                               "opgave:\n  aanleiding: [Motie M-12]\n"
                               "kaders:\n  - categorie: juridisch\n    hard: true\n    beschrijving: Wet\n"
                               "planning:\n  - datum: 2026-03-24\n    soort: participatie\n";
    const auto f = plan_score(filled);
    CHECK(f.sections[0].mean() == Fraction{1, 3});
    CHECK(f.sections[3].mean() == Fraction{1, 5});
    CHECK(f.sections[6].mean() == Fraction{1, 3});  // a moment without wat is a moment
}

TEST_CASE("score: what is missing is named, as counted, singular and plural")
{
    const std::string plan = std::string(mee::test::k_minimal_plan) +
                             "doelen:\n  - doel: ideeen-ophalen\n    concreet: Knelpunten van bewoners ophalen.\n"
                             "  - doel: vertrouwen\n  - doel: draagvlak\n  - doel: zorgvuldige-besluiten\n"
                             "    concreet: De raad kent alle belangen vooraf.\n";
    const auto s = plan_score(plan);
    const mee::ScoreSection& goals = s.sections[1];
    REQUIRE(goals.items.size() == 2);
    CHECK(goals.items[1].satisfied == 2);
    CHECK(goals.items[1].total == 4);  // as counted, not 1/2
    CHECK(mee::missing_text(goals.items[1], mee::Lang::nl) == "concreet bij 2 van 4 doelen");
    CHECK(mee::missing_text(goals.items[1], mee::Lang::en) == "concreet for 2 of 4 goals");
    CHECK(mee::missing_text(s.sections[0].items[1], mee::Lang::nl) == "voorgeschiedenis");
    CHECK(mee::missing_text(s.sections[8].items[1], mee::Lang::en) == "budget");

    const auto one = plan_score(std::string(mee::test::k_minimal_plan) + "doelen:\n  - doel: vertrouwen\n");
    CHECK(mee::missing_text(one.sections[1].items[1], mee::Lang::nl) == "concreet bij 1 van 1 doel");
    CHECK(mee::missing_text(one.sections[1].items[1], mee::Lang::en) == "concreet for 1 of 1 goal");
    const auto none = plan_score(mee::test::k_minimal_plan);
    CHECK(mee::missing_text(none.sections[1].items[0], mee::Lang::nl) == "een doel");
    CHECK(mee::missing_text(none.sections[1].items[1], mee::Lang::nl) == "concreet (geen doelen)");
    CHECK(mee::missing_text(none.sections[1].items[1], mee::Lang::en) == "concreet (no goals)");

    const mee::Noun documents{{"document", "document"}, {"documenten", "documents"}};
    CHECK(mee::counted(1, documents, mee::Lang::nl) == "1 document");
    CHECK(mee::counted(2, documents, mee::Lang::nl) == "2 documenten");
    CHECK(mee::counted(2, documents, mee::Lang::en) == "2 documents");
}
