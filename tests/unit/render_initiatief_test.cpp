#include "render/render.hpp"

#include "yaml/tree.hpp"

#include <doctest/doctest.h>

using mee::Lang;

namespace {

const std::string k_initiative =
    "soort: initiatief\nid: INI-2026-007\ntitel: Jeu-de-boulesbaan bij De Schakel\nkern: Lemelerveld\n"
    "type: leefbaarheid\nomvang: klein\n"
    "initiatiefnemer:\n  naam: J. Jansen\n  organisatie: Buurtvereniging De Koele\n  contact: j.jansen@example.nl\n"
    "ingediend: 2026-01-12\n"
    "intake:\n  contact: 2026-01-19\n  datum: 2026-01-30\n  gesprek:\n"
    "    idee: Een jeu-de-boulesbaan naast De Schakel, een idee van J. Jansen.\n"
    "    doel: Ontmoeting voor ouderen.\n    buren: Twintig buren tekenden.\n"
    "    samenwerking: Met Buurtvereniging De Koele en SAAM.\n    wanneer: In het voorjaar.\n"
    "    kosten: 6500 euro.\n    hulp: Grond in bruikleen.\n"
    "beoordeling:\n  past_in_beleid: true\n  draagt_bij: true\n  uitkomst: ja-mits\n"
    "  voorwaarden: [De buurt onderhoudt de baan.]\n  route: direct\n"
    "besluit:\n  datum: 2026-03-10\n  door: coordinator\n  ondersteuning: [ruimte, financieel]\n"
    "mededeling:\n  datum: 2026-03-17\nstatus: uitgevoerd\nevaluatie:\n  tevredenheid: 4\n  toelichting: Snel "
    "geholpen.\n";

std::string render(mee::PersonalData personal, std::vector<mee::Finding> findings = {})
{
    auto parsed = mee::parse_yaml(mee::Source(k_initiative), Lang::en);
    REQUIRE(parsed.root);
    const mee::ProjectDocument doc{"ini.yaml", mee::DocKind::initiatief, "INI-2026-007", &*parsed.root, true};
    mee::ProjectIndex project;
    project.add(doc);
    project.build();
    const mee::RenderInput input{
        doc, project, std::move(findings), mee::embedded_profile(), Lang::nl, mee::Date{2026, 6, 1}, personal};
    return mee::to_markdown(mee::render_initiatief(input).page);
}

}  // namespace

TEST_CASE("render_initiatief: the idea, the intake, the assessment and the decision")
{
    const std::string md = render(mee::PersonalData::leave_out);
    const char* order[] = {"# Jeu-de-boulesbaan bij De Schakel",
                           "## Aandachtspunten",
                           "## Het idee",
                           "## Intake",
                           "## Beoordeling",
                           "## Besluit",
                           "## Evaluatie"};
    std::size_t at = 0;
    for (const char* heading : order) {
        const std::size_t found = md.find(heading, at);
        CHECK_MESSAGE(found != std::string::npos, heading);
        if (found != std::string::npos) at = found;
    }
    CHECK(md.find("- **Dagen tot eerste contact:** 7 (binnen vier weken is de afspraak, §2.2.2a)") !=
          std::string::npos);
    CHECK(md.find("**Hoeveel kost het idee (en hoe kan het betaald worden)?**\n\n6500 euro.") != std::string::npos);
    CHECK(md.find("- **Uitkomst:** **ja, mits**") != std::string::npos);
    CHECK(md.find("- De buurt onderhoudt de baan.") != std::string::npos);
    CHECK(md.find("- **Door:** de coördinator inwonerbetrokkenheid") != std::string::npos);
    CHECK(md.find("- **Tevredenheid:** 4 van 5") != std::string::npos);
}

TEST_CASE("render_initiatief: no personal data by default, not even repeated in other texts or findings")
{
    const std::string md = render(mee::PersonalData::leave_out,
                                  {{"ini.yaml", {8, 1}, mee::Severity::warning, "MEE999", "iets over J. Jansen"}});
    CHECK(md.find("Jansen") == std::string::npos);
    CHECK(md.find("j.jansen") == std::string::npos);
    CHECK(md.find("Koele") == std::string::npos);
    CHECK(md.find("## Initiatiefnemer") == std::string::npos);
    CHECK(md.find("een idee van \\[initiatiefnemer\\].") != std::string::npos);
    CHECK(md.find("- Iets over \\[initiatiefnemer\\].") != std::string::npos);
}

TEST_CASE("render_initiatief: with personal data the initiator is shown, marked not for publication")
{
    const std::string md = render(mee::PersonalData::include);
    CHECK(md.find("## Initiatiefnemer\n\n*Persoonsgegevens: niet openbaar maken.*\n\n- **Naam:** J. Jansen\n"
                  "- **Organisatie:** Buurtvereniging De Koele\n- **Contact:** j.jansen@example.nl\n") !=
          std::string::npos);
    CHECK(md.find("een idee van J. Jansen") != std::string::npos);
}
