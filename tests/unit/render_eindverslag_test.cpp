#include "render/render.hpp"

#include "test_util.hpp"
#include "yaml/tree.hpp"

#include <doctest/doctest.h>

using mee::Lang;

namespace {

const std::string k_plan = std::string(mee::test::k_minimal_plan) +
                           "doelen:\n  - {doel: ideeen-ophalen, concreet: Ideeën voor de speelplek ophalen.}\n"
                           "  - {doel: eigenaarschap, concreet: De buurt beheert mee.}\n"
                           "werkvormen:\n  - {werkvorm: schouw, niveau: raadplegen}\n"
                           "  - {werkvorm: ontwerpatelier, niveau: coproduceren}\n"
                           "planning:\n  - {datum: 2026-03-10, wat: Schouw met de buurt, soort: participatie}\n"
                           "  - {datum: 2026-04-14, wat: Ontwerpatelier, soort: participatie}\n";

const std::string k_report =
    "soort: eindverslag\nid: EV-2026-001\nplan: PVA-2026-001\ndatum: 2026-06-01\n"
    "proces:\n  overzicht: Een schouw en een enquête.\n  aansluiting_plan: Het atelier ging niet door.\n"
    "  uitgevoerd:\n    - {datum: 2026-03-10, werkvorm: schouw, deelnemers: 14}\n"
    "    - {datum: 2026-04-20, werkvorm: online-enquete, deelnemers: 120}\n"
    "  afwijkingen:\n    - {wat: Een online enquete in plaats van het ontwerpatelier, reden: Te weinig aanmeldingen.}\n"
    "inbreng:\n  - {onderwerp: Schommels, samenvatting: Meer schommels., reactie: Er komen er twee bij., "
    "verwerking: deels, uitleg: Meer past niet.}\n"
    "doelen:\n  - {doel: ideeen-ophalen, bereikt: ja, toelichting: Veertig ideeën.}\n"
    "openbaar:\n  datum: 2026-06-08\n  waar: https://www.dalfsen.nl/speelplek\n";

std::string render(bool with_plan, Lang lang = Lang::nl)
{
    auto plan = mee::parse_yaml(mee::Source(k_plan), Lang::en);
    auto report = mee::parse_yaml(mee::Source(k_report), Lang::en);
    REQUIRE(plan.root);
    REQUIRE(report.root);
    mee::ProjectIndex project;
    const mee::ProjectDocument doc{"ev.yaml", mee::DocKind::eindverslag, "EV-2026-001", &*report.root, true};
    project.add(doc);
    if (with_plan) project.add({"plan.yaml", mee::DocKind::plan, "PVA-2026-001", &*plan.root, false});
    project.build();
    const mee::RenderInput input{doc, project, {}, mee::embedded_profile(), lang, mee::Date{2026, 6, 1}};
    return mee::to_markdown(mee::render_eindverslag(input).page);
}

}  // namespace

TEST_CASE("render_eindverslag: planned beside done, by werkvorm and by date")
{
    const std::string md = render(true);
    CHECK(md.starts_with("# Speelplek Hoonhorst\n\nEindverslag inwonerbetrokkenheid · EV-2026-001\n"));
    CHECK(md.find("| schouw | gepland | 10 mrt 2026 | 14 |\n"
                  "| ontwerpatelier | gepland | niet uitgevoerd | — |\n"
                  "| online enquete | niet in het plan | 20 apr 2026 | 120 |\n") != std::string::npos);
    CHECK(md.find("In totaal 134 deelnames.") != std::string::npos);
    CHECK(md.find("| 14 apr 2026 | Ontwerpatelier | — |\n| 20 apr 2026 | — | online enquete (120 deelnemers) |") !=
          std::string::npos);
    CHECK(md.find("- Een online enquete in plaats van het ontwerpatelier. *Reden:* Te weinig aanmeldingen.") !=
          std::string::npos);
}

TEST_CASE("render_eindverslag: input with the response and what was done with it")
{
    const std::string md = render(true);
    CHECK(md.find("Overgenomen: 0, deels: 1, niet: 0.") != std::string::npos);
    CHECK(md.find("### Schommels\n\n**Samenvatting:** Meer schommels.\n\n**Reactie:** Er komen er twee bij.\n\n"
                  "**Verwerking:** deels overgenomen\n\n**Uitleg:** Meer past niet.") != std::string::npos);
}

TEST_CASE("render_eindverslag: the plan's goals, reached or not evaluated")
{
    const std::string md = render(true);
    CHECK(md.find("| Ideeën ophalen uit de gemeenschap | Ideeën voor de speelplek ophalen. | **bereikt** | Veertig "
                  "ideeën. |") != std::string::npos);
    CHECK(md.find("| Eigenaarschap vergroten | De buurt beheert mee. | niet geëvalueerd | — |") != std::string::npos);
    CHECK(md.find("- **Openbaar:** sinds 8 juni 2026, op [https://www.dalfsen.nl/speelplek]"
                  "(<https://www.dalfsen.nl/speelplek>)") != std::string::npos);
}

TEST_CASE("render_eindverslag: without its plan in the project it says so and shows what it has")
{
    const std::string md = render(false, Lang::en);
    CHECK(md.starts_with("# EV-2026-001\n"));
    CHECK(md.find("PVA-2026-001 — not found in the project") != std::string::npos);
    CHECK(md.find("| schouw | — | 10 Mar 2026 | 14 |") != std::string::npos);
    CHECK(md.find("| Gather ideas from the community | — | **reached** | Veertig ideeën. |") != std::string::npos);
}
