#include "render/render.hpp"

#include "render/html_page.hpp"
#include "test_util.hpp"
#include "yaml/tree.hpp"

#include <doctest/doctest.h>

using mee::Lang;

namespace {

struct Rendered {
    std::string md;
    std::string html;
    mee::IndexEntry entry;
};

Rendered render(const std::string& yaml, Lang lang = Lang::nl, const std::string& path = "plan.yaml")
{
    auto parsed = mee::parse_yaml(mee::Source(yaml), Lang::en);
    REQUIRE(parsed.root);
    const mee::ProjectDocument doc{path, mee::DocKind::plan, "PVA-2026-001", &*parsed.root, true};
    mee::ProjectIndex project;
    project.add(doc);
    project.build();
    const mee::RenderInput input{doc, project, {}, mee::embedded_profile(), lang, mee::Date{2026, 6, 1}};
    const mee::Rendered r = mee::render_plan(input);
    return {mee::to_markdown(r.page), mee::html_page(r.page), r.entry};
}

const std::string k_full =
    std::string(mee::test::k_minimal_plan) +
    "afweging:\n"
    "  ruimte: {antwoord: ja, toelichting: Er is ruimte genoeg voor inbreng.}\n"
    "  geschikt: {antwoord: ja, toelichting: Iedereen kent de plek goed.}\n"
    "  capaciteit: {antwoord: nee, toelichting: Er is dit jaar geen tijd.}\n"
    "opgave:\n  beschrijving: De speelplek is versleten en onveilig.\n"
    "betrokkenheidsniveau:\n  niveau: informeren\n  motivering: Alleen informeren want geen tijd.\n"
    "planning:\n"
    "  - {datum: 2026-04-28, wat: Informatieavond, soort: participatie}\n"
    "  - {datum: 2026-06-30, wat: Besluit, soort: besluit, door: college}\n";

}  // namespace

TEST_CASE("render_plan: the nine parts in order, after the outcome, the score and the findings box")
{
    const Rendered r = render(k_full);
    const char* order[] = {"# Speelplek Hoonhorst",
                           "## Stap 1: betrekken of alleen informeren",
                           "## Compleetheid",
                           "## Aandachtspunten",
                           "## 1. De opgave",
                           "## 2. Doelen van participatie",
                           "## 3. Omgevingsanalyse",
                           "## 4. Kaders en uitgangspunten",
                           "## 5. Betrokkenheidsniveau",
                           "## 6. Wijze van betrekken",
                           "## 7. Planning",
                           "## 8. Communicatie, verslaglegging en terugkoppeling",
                           "## 9. Capaciteit en middelen"};
    std::size_t at = 0;
    for (const char* heading : order) {
        const std::size_t found = r.md.find(heading, at);
        CHECK_MESSAGE(found != std::string::npos, heading);
        if (found != std::string::npos) at = found;
    }
    CHECK(r.entry.score.has_value());
    CHECK(r.entry.status == "concept");
}

TEST_CASE("render_plan: an inform-only plan says which parts it does not need, and which are missing")
{
    const Rendered r = render(k_full);
    CHECK(r.md.find("**Uitkomst: alleen informeren.**") != std::string::npos);
    CHECK(r.md.find("| Is er genoeg tijd en menskracht, of hoe kunnen we het anders organiseren? | **nee** | Er is "
                    "dit jaar geen tijd. |") != std::string::npos);
    CHECK(r.md.find("## 2. Doelen van participatie\n\n*Niet nodig: dit plan informeert alleen (§2.1.2).*") !=
          std::string::npos);
    CHECK(r.md.find("## 8. Communicatie, verslaglegging en terugkoppeling\n\n*Dit onderdeel ontbreekt nog.*") !=
          std::string::npos);
    CHECK(r.md.find("Dit plan informeert alleen; het telt over de onderdelen 1, 5, 7 en 8") != std::string::npos);
}

TEST_CASE("render_plan: the planning notes holidays; the HTML draws the timeline, the Markdown does not")
{
    const Rendered r = render(k_full);
    CHECK(r.md.find("| 28 apr 2026 | Informatieavond | participatie | — | in de meivakantie |") != std::string::npos);
    CHECK(r.md.find("| 30 jun 2026 | Besluit | besluit door het college | — | — |") != std::string::npos);
    CHECK(r.md.find("<svg") == std::string::npos);
    CHECK(r.html.find("class=\"chart timeline\"") != std::string::npos);
    CHECK(r.html.find("class=\"chart matrix\"") == std::string::npos);  // no stakeholders, no matrix
}

TEST_CASE("render_plan: stakeholders in the matrix and the table with their quadrant's approach")
{
    const std::string yaml =
        k_full +
        "omgevingsanalyse:\n  belanghebbenden:\n"
        "    - {naam: Omwonenden, categorie: inwoners, belang: groot, invloed: weinig}\n"
        "    - {naam: Waterschap, categorie: ketenpartner, belang: klein, invloed: veel, niveau: raadplegen}\n";
    const Rendered r = render(yaml);
    CHECK(r.md.find("| Omwonenden | Inwoners | groot | weinig | goed op de hoogte houden | Informeren |") !=
          std::string::npos);
    CHECK(r.md.find("| Waterschap | Ketenpartners | klein | veel | tevreden en op de hoogte houden | Raadplegen |") !=
          std::string::npos);
    CHECK(r.html.find("class=\"chart matrix\"") != std::string::npos);
}

TEST_CASE("render_plan: a kaart outside the plan's folder is named, not embedded")
{
    const Rendered r = render(k_full + "omgevingsanalyse:\n  kaart: ../geheim.png\n");
    CHECK(r.md.find("**Kaart:** de kaart '../geheim.png' is niet opgenomen: die ligt buiten de map van het "
                    "plan.") != std::string::npos);
    CHECK(r.html.find("<img") == std::string::npos);
}

TEST_CASE("render_plan: a kaart inside the plan's folder is embedded in the HTML only")
{
    mee::test::TempDir dir;
    const auto plan = dir.write("plan.yaml", "");
    dir.write("kaart.png", std::string("\x89PNG\r\n\x1a\n", 8));
    const Rendered r = render(k_full + "omgevingsanalyse:\n  kaart: kaart.png\n", Lang::en, plan.string());
    CHECK(r.md.find("**Map:** kaart.png (included in the HTML version of this report)") != std::string::npos);
    CHECK(r.html.find("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Map: kaart.png\">") != std::string::npos);
}

TEST_CASE("render_plan: English on request")
{
    const Rendered r = render(k_full, Lang::en);
    CHECK(r.md.find("## Step 1: involve or only inform") != std::string::npos);
    CHECK(r.md.find("**Outcome: only inform.**") != std::string::npos);
    CHECK(r.md.find("## 9. Capacity and means") != std::string::npos);
    CHECK(r.entry.status == "draft");
}
