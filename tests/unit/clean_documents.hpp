#pragma once
// Clean documents and a small project harness for the tests of the rules
// that look at more than a plan: the eindverslag (MEE2xx), the initiatief
// (MEE3xx), across documents (MEE4xx) and privacy (MEE501).
//
// The three documents are the examples of documents.md without their
// comments (and, for the plan, without blank lines): `mee check --today
// 2026-06-01` gives no finding on any of them, together in one project.
// A test edits them with `edited` and runs what `mee check` runs, in a fresh
// temporary project folder with a `.mee.yaml`, so the real project index is
// built (cli.md, "Finding the documents").

#include "check/check.hpp"
#include "check/project.hpp"
#include "document/schema.hpp"
#include "test_util.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace mee::test {

// The plan of documents.md as written there, blank lines and all (the plan
// rules' tests point into it), and k_clean_plan, the same without blank lines.
inline const std::string k_clean_plan_spaced = R"(soort: plan
id: PVA-2026-014
titel: Herinrichting centrum Lemelerveld
datum: 2026-02-09
domein: ruimte
soort_werk: voorbereiding
dorpsvisie: false
onderdeel_van: projectplan
verantwoordelijke: Projectleider openbare ruimte
adviseur: Adviseur inwonerbetrokkenheid
status: vastgesteld
vastgesteld:
  door: college
  datum: 2026-03-03
  kenmerk: B&W 2026-0303-07

afweging:
  ruimte:
    antwoord: ja
    toelichting: Inrichting en materiaalkeuze liggen nog open binnen het krediet.
  geschikt:
    antwoord: ja
    toelichting: Iedereen kent het centrum en kan meepraten over gebruik en groen.
  capaciteit:
    antwoord: te-organiseren
    toelichting: Inhuur van een procesbegeleider voor de twee ontwerpavonden.
  besluitstuk:
    soort: bestuursopdracht
    kenmerk: BO-2026-004

opgave:
  beschrijving: Het centrum is verouderd, onoverzichtelijk voor fietsers en mist groen.
  voorgeschiedenis: In 2019 is een schetsontwerp gemaakt dat niet is uitgevoerd.
  aanleiding:
    - Motie M-2025-12 Levendig centrum Lemelerveld

doelen:
  - doel: ideeen-ophalen
    concreet: Kennis van bewoners en ondernemers over knelpunten en gebruik ophalen.
  - doel: zorgvuldige-besluiten
    concreet: De raad kent alle belangen voordat hij het ontwerp vaststelt.

omgevingsanalyse:
  opgesteld_met: [projectleider, beleidsadviseur verkeer, adviseur inwonerbetrokkenheid]
  inclusie: Extra inloopuur voor ouderen en mensen met een beperking in De Schakel.
  belanghebbenden:
    - naam: Omwonenden centrum
      categorie: inwoners
      belang: groot
      invloed: weinig
    - naam: Ondernemersvereniging Lemelerveld
      categorie: winkeliers
      belang: groot
      invloed: veel
    - naam: Team beheer openbare ruimte
      categorie: intern
      belang: groot
      invloed: veel
    - naam: Waterschap Drents Overijsselse Delta
      categorie: ketenpartner
      belang: klein
      invloed: veel
  kaart: kaarten/centrum-lemelerveld.png

kaders:
  - categorie: juridisch
    hard: true
    beschrijving: Wegenverkeerswet en de richtlijnen voor fietsvoorzieningen gelden.
  - categorie: financieel
    hard: true
    beschrijving: Krediet van 1,2 miljoen euro, inclusief participatie.
  - categorie: inhoudelijk
    hard: false
    beschrijving: Het Groenbeleidsplan vraagt meer bomen; soort en plek zijn vrij.
  - categorie: organisatorisch
    hard: true
    beschrijving: Afstemming met de vervanging van de riolering in 2027.
  - categorie: politiek-bestuurlijk
    hard: false
    beschrijving: Toezegging aan Plaatselijk Belang over een ontmoetingsplek.

betrokkenheidsniveau:
  niveau: adviseren
  motivering: Bewoners en ondernemers denken mee over inrichting binnen het krediet.

werkvormen:
  - werkvorm: inloopavond
    niveau: raadplegen
    online: false
    doelgroepen: [Omwonenden centrum, Ondernemersvereniging Lemelerveld]
  - werkvorm: online-enquete
    niveau: raadplegen
    online: true
    doelgroepen: [Omwonenden centrum]
  - werkvorm: worldcafe
    niveau: adviseren
    online: false
    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]

planning:
  - datum: 2026-03-24
    wat: Inloopavond knelpunten
    soort: participatie
    doelgroepen: [Omwonenden centrum, Ondernemersvereniging Lemelerveld]
    online_alternatief: true
  - datum: 2026-05-12
    wat: Worldcafe over het schetsontwerp
    soort: participatie
    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]
  - datum: 2026-06-16
    wat: Terugkoppeling schetsontwerp per bewonersbrief en website
    soort: terugkoppeling
  - datum: 2026-07-07
    wat: Raad stelt definitief ontwerp vast
    soort: besluit
    door: raad

communicatie:
  middelen: [bewonersbrief, website, Dalfser Marskramer, social media]
  uitnodiging: |
    Wat vindt u van het centrum? Kom naar de inloopavond op 24 maart.
    U kunt ook online meedoen.
  terugkoppeling: Na elke bijeenkomst een verslag op de website en per mail aan deelnemers.
  verslaglegging: Verslagen met alle inbreng komen op de projectpagina.

capaciteit:
  uren: 160
  budget: 12500
  toelichting: Procesbegeleider, zaalhuur, drukwerk en een online enquete.
)";

inline std::string without_blank_lines(const std::string& text)
{
    std::string out;
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t end = text.find('\n', begin);
        end = end == std::string::npos ? text.size() : end + 1;
        if (text.find_first_not_of(" \n", begin) < end) out.append(text, begin, end - begin);
        begin = end;
    }
    return out;
}

// Lines of k_clean_plan worth knowing: 2 id, 11 status, 14
// vastgesteld.datum, 79 werkvormen, 92 planning, 105 the last moment
// (2026-07-07, besluit), 114 communicatie.terugkoppeling.
inline const std::string k_clean_plan = without_blank_lines(k_clean_plan_spaced);

// Lines: 3 plan, 4 datum, 5 proces, 8 uitgevoerd (entries at 9, 12, 15),
// 18 afwijkingen, 21 inbreng (items at 22 and 27), 32 doelen (entries at 33
// and 36), 39 openbaar.
inline const std::string k_clean_report = R"(soort: eindverslag
id: EV-2026-014
plan: PVA-2026-014
datum: 2026-10-06
proces:
  overzicht: Twee bijeenkomsten, een enquete met 312 reacties en een terugkoppelbrief.
  aansluiting_plan: Het proces volgde het plan; de enquete bleef een week langer open.
  uitgevoerd:
    - datum: 2026-03-24
      werkvorm: inloopavond
      deelnemers: 85
    - datum: 2026-04-01
      werkvorm: online-enquete
      deelnemers: 312
    - datum: 2026-05-12
      werkvorm: worldcafe
      deelnemers: 24
  afwijkingen:
    - wat: De online enquete bleef een week langer open
      reden: Ondernemers vroegen om meer tijd na de drukke paasdagen.
inbreng:
  - onderwerp: Parkeren bij de supermarkt
    samenvatting: Veel zorgen over minder parkeerplaatsen.
    reactie: Het aantal plaatsen blijft gelijk; twee plekken worden laadplaatsen.
    verwerking: deels
    uitleg: Laadplaatsen zijn nodig voor de bevoorrading; daarom niet alle plekken vrij.
  - onderwerp: Waterpartij op het plein
    samenvatting: Enkele bewoners willen een fontein.
    reactie: Past niet binnen het krediet en vraagt veel onderhoud.
    verwerking: niet
    uitleg: Onderhoudskosten passen niet in de beheerbegroting; wel extra bankjes.
doelen:
  - doel: ideeen-ophalen
    bereikt: ja
    toelichting: 40 concrete ideeen; 12 zitten in het ontwerp.
  - doel: zorgvuldige-besluiten
    bereikt: ja
    toelichting: Het raadsvoorstel beschrijft alle belangen en de afweging.
openbaar:
  datum: 2026-10-13
  waar: https://www.dalfsen.nl/centrum-lemelerveld
)";

// Lines: 4 kern, 6 omvang, 7 initiatiefnemer, 11 ingediend, 12 intake
// (13 contact, 14 datum, 15 gesprek, 16–22 the seven answers), 23
// beoordeling (26 uitkomst, 27 voorwaarden, 28 route, 29 intaketafel), 30
// besluit (31 datum, 32 door, 33 ondersteuning), 35 mededeling, 37 status,
// 38 evaluatie.
inline const std::string k_clean_initiative = R"(soort: initiatief
id: INI-2026-007
titel: Jeu-de-boulesbaan bij De Schakel
kern: Lemelerveld
type: leefbaarheid
omvang: klein
initiatiefnemer:
  naam: J. Jansen
  organisatie: Buurtvereniging De Koele
  contact: j.jansen@example.nl
ingediend: 2026-01-12
intake:
  contact: 2026-01-19
  datum: 2026-01-30
  gesprek:
    idee: Een jeu-de-boulesbaan op het grasveld naast De Schakel.
    doel: Ontmoeting voor ouderen in de wijk, die nu weinig buiten komen.
    buren: Twintig buren tekenden een steunlijst; twee hebben zorgen over geluid.
    samenwerking: Samen met de ouderenbond en SAAM Welzijn.
    wanneer: Aanleg in het voorjaar, opening in mei.
    kosten: 6.500 euro; 2.000 euro eigen bijdrage, rest via Noaberschap-subsidie.
    hulp: Grond in bruikleen en advies over de ondergrond.
beoordeling:
  past_in_beleid: true
  draagt_bij: true
  uitkomst: ja
  voorwaarden: []
  route: direct
  intaketafel: null
besluit:
  datum: 2026-03-10
  door: college
  ondersteuning: [ruimte, financieel]
  projectleider: null
mededeling:
  datum: 2026-03-17
status: uitgevoerd
evaluatie:
  tevredenheid: 4
  toelichting: Snel geholpen; de subsidieaanvraag was ingewikkeld.
)";

inline constexpr Date k_today{2026, 6, 1};

// Text replacements, applied in order; each `from` must occur exactly once.
using Edits = std::vector<std::pair<std::string, std::string>>;

inline std::string edited(std::string text, const Edits& edits)
{
    for (const auto& [from, to] : edits) {
        const auto at = text.find(from);
        REQUIRE_MESSAGE(at != std::string::npos, "edit not found: " << from);
        REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "edit not unique: " << from);
        text.replace(at, from.size(), to);
    }
    return text;
}

// A project folder: files by path relative to it.
using Files = std::map<std::string, std::string>;

enum class ProjectFile { yes, no };

struct Run {
    Files files;
    std::vector<std::string> named;  // what the command line names
    Date today = k_today;
    Lang lang = Lang::en;
    ProjectFile project_file = ProjectFile::yes;  // write an empty .mee.yaml
};

// The sorted findings of `mee check NAMED...` run in a fresh project folder.
inline std::vector<Finding> check_project(const Run& run)
{
    TempDir dir;
    if (run.project_file == ProjectFile::yes) dir.write(".mee.yaml", "");
    for (const auto& [path, content] : run.files)
        dir.write(path, content);
    InDir in(dir.path());
    auto project = find_project(run.named, run.lang);
    REQUIRE(project.ok());
    CheckOptions options;
    options.paths = run.named;
    options.lang = run.lang;
    options.today = run.today;
    auto result = run_check(options, *project, SchemaSet::embedded());
    REQUIRE(result.ok());
    return std::move(result->findings);
}

// One line per finding: "path:line:column severity CODE".
inline std::string places(const std::vector<Finding>& findings)
{
    std::string out;
    for (const Finding& f : findings) {
        out += f.path + ":" + std::to_string(f.mark.line) + ":" + std::to_string(f.mark.column) + " " +
               std::string(severity_name(f.severity)) + " " + f.code + "\n";
    }
    return out;
}

// The message of the only finding; fails the test when there is not exactly one.
inline std::string only_message(const std::vector<Finding>& findings)
{
    REQUIRE(findings.size() == 1);
    return findings.front().message;
}

}  // namespace mee::test
