#include "agenda/agenda.hpp"

#include "test_util.hpp"
#include "yaml/tree.hpp"

#include <doctest/doctest.h>

#include <deque>
#include <string>

namespace {

using mee::Date;

const mee::Node& parsed(const std::string& yaml)
{
    static std::deque<mee::ParsedYaml> keep;  // the trees outlive the call
    keep.push_back(mee::parse_yaml(mee::Source(yaml), mee::Lang::en));
    REQUIRE(keep.back().root);
    return *keep.back().root;
}

const char* const k_plan = R"(soort: plan
id: PVA-2026-014
titel: Herinrichting centrum Lemelerveld
datum: 2026-02-09
status: vastgesteld
vastgesteld:
  door: college
  datum: 2026-03-03
verantwoordelijke: Projectleider openbare ruimte
planning:
  - datum: 2026-05-12
    wat: Worldcafe over het schetsontwerp
    soort: participatie
    doelgroepen: [Omwonenden centrum]
  - datum: 2026-03-24
    wat: Inloopavond   knelpunten
    soort: participatie
    doelgroepen: [Omwonenden centrum, Ondernemersvereniging Lemelerveld]
    online_alternatief: true
  - datum: 2026-04-01
    wat: Brief aan alle bewoners
    soort: informatie
  - datum: 2026-07-07
    wat: Raad stelt definitief ontwerp vast
    soort: besluit
    door: raad
)";

mee::Agenda agenda_for(const std::vector<const mee::Node*>& plans,
                       mee::DateRange range = {{2026, 1, 1}, {2026, 12, 31}},
                       mee::IncludeConcept include = mee::IncludeConcept::no, std::vector<std::string> kinds = {})
{
    mee::Agenda agenda;
    agenda.options.range = range;
    agenda.options.kinds =
        kinds.empty() ? std::vector<std::string>{"participatie", "terugkoppeling", "besluit"} : kinds;
    agenda.options.include_concept = include;
    agenda.options.lang = mee::Lang::en;
    for (std::size_t i = 0; i < plans.size(); ++i)
        mee::add_plan_moments(agenda, *plans[i], "plan" + std::to_string(i) + ".yaml");
    mee::sort_agenda(agenda);
    return agenda;
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("year_from: a year less one day, also from 29 February")
{
    CHECK(mee::year_from(Date{2026, 6, 1}).to == Date{2027, 5, 31});
    CHECK(mee::year_from(Date{2026, 1, 1}).to == Date{2026, 12, 31});
    CHECK(mee::year_from(Date{2028, 2, 29}).to == Date{2029, 2, 28});
    CHECK(mee::year_from(Date{2027, 3, 1}).to == Date{2028, 2, 29});
}

TEST_CASE("the default kinds: participation, feedback and decision, in date order")
{
    const auto agenda = agenda_for({&parsed(k_plan)});
    REQUIRE(agenda.items.size() == 3);
    CHECK(agenda.items[0].date == Date{2026, 3, 24});
    CHECK(agenda.items[0].wat == "Inloopavond knelpunten");  // white space collapsed
    CHECK(agenda.items[0].online_alternatief);
    CHECK(agenda.items[0].order == 1);
    CHECK(agenda.items[0].doelgroepen ==
          std::vector<std::string>{"Omwonenden centrum", "Ondernemersvereniging Lemelerveld"});
    CHECK(agenda.items[0].places == std::vector<std::string>{"Lemelerveld"});
    CHECK(agenda.items[0].plan_title == "Herinrichting centrum Lemelerveld");
    CHECK(agenda.items[0].stamp == Date{2026, 3, 3});
    CHECK(agenda.items[1].date == Date{2026, 5, 12});
    CHECK_FALSE(agenda.items[1].online_alternatief);
    CHECK(agenda.items[2].soort == "besluit");
    CHECK(agenda.items[2].door == "raad");
    CHECK(agenda.notes.empty());
    CHECK(agenda.plans_read == 1);
}

TEST_CASE("--soort chooses the kinds; the range is inclusive at both ends")
{
    const auto info =
        agenda_for({&parsed(k_plan)}, {{2026, 1, 1}, {2026, 12, 31}}, mee::IncludeConcept::no, {"informatie"});
    REQUIRE(info.items.size() == 1);
    CHECK(info.items[0].wat == "Brief aan alle bewoners");
    const auto edges = agenda_for({&parsed(k_plan)}, {{2026, 3, 24}, {2026, 5, 12}});
    REQUIRE(edges.items.size() == 2);
    CHECK(edges.items[0].date == Date{2026, 3, 24});
    CHECK(edges.items[1].date == Date{2026, 5, 12});
    CHECK(agenda_for({&parsed(k_plan)}, {{2026, 3, 25}, {2026, 5, 11}}).items.empty());
}

TEST_CASE("concept plans only with IncludeConcept::yes")
{
    const auto& draft = parsed(replaced(k_plan, "status: vastgesteld", "status: concept"));
    CHECK(agenda_for({&draft}).items.empty());
    const auto with = agenda_for({&draft}, {{2026, 1, 1}, {2026, 12, 31}}, mee::IncludeConcept::yes);
    REQUIRE(with.items.size() == 3);
    CHECK_FALSE(with.items[0].adopted);
}

TEST_CASE("sorted by date, then plan id, then order in the plan")
{
    const auto& b = parsed(R"(soort: plan
id: PVA-B
titel: B
status: vastgesteld
planning:
  - {datum: 2026-03-24, wat: second, soort: besluit}
  - {datum: 2026-03-24, wat: first, soort: participatie}
)");
    const auto& a = parsed(R"(soort: plan
id: PVA-A
titel: A
status: vastgesteld
planning:
  - {datum: 2026-03-24, wat: only, soort: participatie}
  - {datum: 2026-03-01, wat: earliest, soort: participatie}
)");
    const auto agenda = agenda_for({&b, &a});
    REQUIRE(agenda.items.size() == 4);
    CHECK(agenda.items[0].wat == "earliest");
    CHECK(agenda.items[1].plan_id == "PVA-A");
    CHECK(agenda.items[2].wat == "second");  // order in the plan, not soort or text
    CHECK(agenda.items[3].wat == "first");
}

TEST_CASE("UIDs survive an unrelated edit of the plan")
{
    const auto before = agenda_for({&parsed(k_plan)});
    // Another moment added at the front, the title and another moment's text changed.
    std::string edited = replaced(k_plan, "titel: Herinrichting centrum Lemelerveld", "titel: Nieuwe titel");
    edited = replaced(edited, "wat: Brief aan alle bewoners", "wat: Een andere brief");
    edited = replaced(edited, "planning:\n",
                      "planning:\n  - datum: 2026-03-01\n    wat: Extra avond\n    soort: participatie\n");
    edited = replaced(edited, "datum: 2026-02-09", "datum: 2026-04-20");
    const auto after = agenda_for({&parsed(edited)});
    REQUIRE(after.items.size() == 4);
    CHECK(after.items[0].wat == "Extra avond");
    CHECK(after.items[1].uid == before.items[0].uid);
    CHECK(after.items[2].uid == before.items[1].uid);
    CHECK(after.items[3].uid == before.items[2].uid);
    CHECK(after.items[1].stamp == Date{2026, 4, 20});  // a new version of the plan: a new DTSTAMP
}

TEST_CASE("a moved moment keeps its UID; a new wat, soort or plan id is a new event")
{
    const auto base = mee::moment_uid("PVA-2026-014", "participatie", "Inloopavond knelpunten", 0);
    CHECK(base.starts_with("PVA-2026-014-"));
    CHECK(base.ends_with("@mee"));
    CHECK(base.size() == std::string("PVA-2026-014-").size() + 16 + 4);
    CHECK(mee::moment_uid("PVA-2026-014", "participatie", "  Inloopavond\n knelpunten ", 0) == base);
    CHECK(mee::moment_uid("PVA-2026-014", "participatie", "Inloopavond", 0) != base);
    CHECK(mee::moment_uid("PVA-2026-014", "informatie", "Inloopavond knelpunten", 0) != base);
    CHECK(mee::moment_uid("PVA-2026-015", "participatie", "Inloopavond knelpunten", 0) != base);
    CHECK(mee::moment_uid("PVA-2026-014", "participatie", "Inloopavond knelpunten", 1) != base);
    CHECK(mee::moment_uid("PVA 2026/014", "x", "y", 0).starts_with("PVA-2026-014-"));

    const auto before = agenda_for({&parsed(k_plan)});
    const auto moved = agenda_for({&parsed(replaced(k_plan, "datum: 2026-03-24", "datum: 2026-03-31"))});
    CHECK(moved.items[0].date == Date{2026, 3, 31});
    CHECK(moved.items[0].uid == before.items[0].uid);
}

TEST_CASE("two moments with the same soort and wat get different UIDs")
{
    const auto& plan = parsed(R"(soort: plan
id: PVA-1
titel: Spreekuur
status: vastgesteld
planning:
  - {datum: 2026-05-01, wat: Spreekuur, soort: participatie}
  - {datum: 2026-04-01, wat: Spreekuur, soort: participatie}
)");
    const auto agenda = agenda_for({&plan});
    REQUIRE(agenda.items.size() == 2);
    CHECK(agenda.items[0].uid == mee::moment_uid("PVA-1", "participatie", "Spreekuur", 0));
    CHECK(agenda.items[1].uid == mee::moment_uid("PVA-1", "participatie", "Spreekuur", 1));
}

TEST_CASE("places come from the title: whole words with their capital, not the municipality")
{
    const auto& profile = mee::embedded_profile();
    CHECK(mee::places_in("Herinrichting centrum Lemelerveld", profile) == std::vector<std::string>{"Lemelerveld"});
    CHECK(mee::places_in("Fietspad Nieuwleusen-Dalfsen", profile) ==
          std::vector<std::string>{"Nieuwleusen", "Dalfsen"});
    CHECK(mee::places_in("Omgevingsvisie gemeente Dalfsen", profile).empty());
    CHECK(mee::places_in("Dalfsener markt", profile).empty());
    CHECK(mee::places_in("Wandelroute Ooster-Dalfsen", profile) == std::vector<std::string>{"Ooster-Dalfsen"});
    CHECK(mee::places_in("Ooster-Dalfsen en Dalfsen", profile) ==
          std::vector<std::string>{"Ooster-Dalfsen", "Dalfsen"});
    CHECK(mee::places_in("Bermbeheer in het buitengebied", profile).empty());
    CHECK(mee::places_in("Speelplek De Hoeve in Hoonhorst", profile) == std::vector<std::string>{"Hoonhorst"});
}

TEST_CASE("a text with personal contact data is left out, with a note")
{
    const auto& plan =
        parsed(replaced(k_plan, "wat: Inloopavond   knelpunten", "wat: Aanmelden bij j.jansen@example.nl"));
    const auto agenda = agenda_for({&plan});
    REQUIRE(agenda.items.size() == 3);
    CHECK(agenda.items[0].wat.empty());
    REQUIRE(agenda.notes.size() == 1);
    CHECK(agenda.notes[0] ==
          "plan0.yaml:16:10: this text holds personal data (e-mail address, MEE501); the agenda leaves it out");
}

TEST_CASE("a plan without an id, and moments without a date or soort, are left out with a note")
{
    const auto& no_id =
        parsed("soort: plan\ntitel: X\nstatus: vastgesteld\nplanning:\n  - {datum: 2026-05-01, soort: besluit}\n");
    const auto a = agenda_for({&no_id});
    CHECK(a.items.empty());
    CHECK(a.read_errors == 1);
    REQUIRE(a.notes.size() == 1);
    CHECK(a.notes[0] ==
          "plan0.yaml: the plan has no id; it is left out of the agenda (each moment needs the id for its UID)");

    const auto& bad = parsed(R"(soort: plan
id: PVA-1
status: vastgesteld
planning:
  - {datum: 2026-02-30, soort: besluit}
  - {datum: 2026-05-01, soort: vergadering}
  - {datum: 2026-05-02, soort: besluit}
)");
    const auto b = agenda_for({&bad});
    REQUIRE(b.items.size() == 1);
    CHECK(b.items[0].date == Date{2026, 5, 2});
    CHECK(b.items[0].plan_title.empty());
    REQUIRE(b.notes.size() == 2);
    CHECK(b.notes[0] ==
          "plan0.yaml:5:5: a planning moment without a valid datum and soort is left out of the agenda; mee check "
          "says what is wrong");
    CHECK(b.notes[1].starts_with("plan0.yaml:6:5: "));
}

TEST_CASE("build_agenda reads the folder and notes files it cannot read")
{
    mee::test::TempDir dir;
    dir.write("plannen/a.yaml", k_plan);
    dir.write("plannen/kapot.yaml", "soort: plan\nid: [unclosed\n");
    dir.write("plannen/verslag.yaml", "soort: eindverslag\nid: EV-1\nplan: PVA-2026-014\ndatum: 2026-10-01\n");
    dir.write("plannen/other.yaml", "name: not a mee document\n");
    mee::test::InDir in(dir.path());
    mee::AgendaOptions options;
    options.range = {{2026, 1, 1}, {2026, 12, 31}};
    auto agenda = mee::build_agenda({"plannen"}, dir.path(), options, 2);
    REQUIRE(agenda);
    CHECK(agenda->items.size() == 3);
    CHECK(agenda->options.kinds == std::vector<std::string>{"participatie", "terugkoppeling", "besluit"});
    CHECK(agenda->plans_read == 1);
    CHECK(agenda->read_errors == 1);
    REQUIRE(agenda->notes.size() == 1);
    CHECK(agenda->notes[0].starts_with("plannen/kapot.yaml:"));
    CHECK(agenda->notes[0].ends_with("(MEE001); this file is left out of the agenda"));
    CHECK(agenda->inputs.size() == 4);

    auto missing = mee::build_agenda({"nergens"}, dir.path(), options, 1);
    CHECK_FALSE(missing);
}
