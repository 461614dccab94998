#include "render/render.hpp"

#include "yaml/tree.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using mee::Finding;
using mee::Lang;
using mee::Severity;

TEST_CASE("render: document text is escaped for Markdown, on one line")
{
    CHECK(mee::md_text("  <b>vet</b>\n[link](javascript:x)  ") == "\\<b>vet\\</b> \\[link\\](javascript:x)");
    CHECK(mee::md_text("| a | b |") == "\\| a \\| b \\|");
    CHECK(mee::md_text("").empty());
}

TEST_CASE("render: web links only for plain http(s) addresses")
{
    CHECK(mee::md_web_link("https://www.dalfsen.nl/kerkstraat") ==
          "[https://www.dalfsen.nl/kerkstraat](<https://www.dalfsen.nl/kerkstraat>)");
    CHECK(mee::md_web_link("javascript:alert(1)") == "javascript:alert(1)");
    CHECK(mee::md_web_link("https://x.nl/a>b") == "https://x.nl/a>b");
    CHECK(mee::md_web_link("https://x.nl/<b>") == "https://x.nl/\\<b>");
    CHECK(mee::md_web_link("https:///pad") == "https:///pad");
    CHECK(mee::md_web_link("data:text/html,x") == "data:text/html,x");
}

TEST_CASE("render: tables show a dash for an empty cell")
{
    CHECK(mee::md_table({"A", "B"}, {{"1", ""}, {"2"}}) == "| A | B |\n|---|---|\n| 1 | — |\n| 2 | — |\n");
}

TEST_CASE("render: closed-list values in words, unknown ones as written")
{
    CHECK(mee::value_label("antwoord", "te-maken", Lang::nl) == "te maken");
    CHECK(mee::value_label("kader", "juridisch", Lang::en) == "legal");
    CHECK(mee::value_label("verwerking", "deels", Lang::nl) == "deels overgenomen");
    CHECK(mee::value_label("kader", "onbekend", Lang::en) == "onbekend");
}

TEST_CASE("render: redaction replaces whole words only, whatever the case")
{
    const std::vector<std::string> secrets{"Jan Geheim", "jan@example.nl", "Al"};
    CHECK(mee::redact("Bedacht door jan geheim, mail jan@example.nl.", secrets, "[x]") ==
          "Bedacht door [x], mail [x].");
    CHECK(mee::redact("Jan Geheimzinnig", secrets, "[x]") == "Jan Geheimzinnig");
    CHECK(mee::redact("Al het groen", secrets, "[x]") == "Al het groen");  // too short to redact
    CHECK(mee::redact("niets", {}, "[x]") == "niets");
}

TEST_CASE("render: report file names are mee's own, safe in a folder and in a link")
{
    CHECK(mee::page_file_name("PVA-2026-014", "plan", "html") == "PVA-2026-014.html");
    CHECK(mee::page_file_name("../../etc/passwd", "plan", "md") == "_.._etc_passwd.md");
    CHECK(mee::page_file_name("<script>", "plan", "md") == "_script_.md");
    CHECK(mee::page_file_name("", "pva-014", "md") == "pva-014.md");
    CHECK(mee::page_file_name("...", "", "md") == "document.md");
}

TEST_CASE("render: the findings box lists sentences by weight, without codes unless asked, deviations apart")
{
    const std::vector<Finding> findings{
        {"p.yaml", {3, 1}, Severity::warning, "MEE134", "inclusie is niet ingevuld"},
        {"p.yaml",
         {9, 5},
         Severity::info,
         "MEE174",
         "gemotiveerd afgeweken: in de meivakantie (motivering: zo is het.)"},
        {"p.yaml", {12, 1}, Severity::error, "MEE110", "<b>kaders</b> ontbreekt."},
        {"p.yaml", {14, 1}, Severity::info, "MEE185", "geen uitnodiging om op B1 te toetsen"},
    };
    const mee::PageSection s = mee::findings_section(findings, Lang::nl);
    REQUIRE(s.blocks.size() == 1);
    CHECK(s.blocks[0].markdown ==
          "## Aandachtspunten\n\nDe controle van mee vindt nog 3 aandachtspunten in dit document.\n\n"
          "**Moet nog:**\n\n- \\<b>kaders\\</b> ontbreekt.\n\n"
          "**Let op:**\n\n- Inclusie is niet ingevuld.\n\n"
          "**Ter informatie:**\n\n- Geen uitnodiging om op B1 te toetsen.\n"
          "\n**Gemotiveerd afgeweken** (§2.3.1): hier wijkt het document bewust af van een regel, met deze "
          "motivering.\n\n"
          "- In de meivakantie (motivering: zo is het.)\n");
    // The index counts what the box lists.
    CHECK(mee::attention_points(findings) == 3);

    const std::string staff = mee::findings_section(findings, Lang::en, mee::FindingCodes::show).blocks[0].markdown;
    CHECK(
        staff.starts_with("## Points of attention\n\nmee's check still finds 3 points of attention in this "
                          "document.\n\n**Still to do:**\n\n- **MEE110** (line 12): \\<b>kaders\\</b> ontbreekt.\n"));
    CHECK(staff.find("- **MEE174** (line 9): In de meivakantie") != std::string::npos);

    CHECK(mee::findings_section({findings[0]}, Lang::nl).blocks[0].markdown ==
          "## Aandachtspunten\n\nDe controle van mee vindt nog 1 aandachtspunt in dit document.\n\n"
          "**Let op:**\n\n- Inclusie is niet ingevuld.\n");
    CHECK(mee::findings_section({}, Lang::en).blocks[0].markdown ==
          "## Points of attention\n\nmee's check finds nothing in this document.\n");
    CHECK(mee::attention_points({}) == 0);
}

TEST_CASE("render: a sentence gets one full stop, never two")
{
    CHECK(mee::sentence("CV-2025-112") == "CV-2025-112.");
    CHECK(mee::sentence("kenmerk 12.") == "kenmerk 12.");
    CHECK(mee::sentence("Waarom?") == "Waarom?");
    CHECK(mee::sentence("(zie bijlage.)") == "(zie bijlage.)");
    CHECK(mee::sentence("(zie bijlage)") == "(zie bijlage).");
    CHECK(mee::sentence("").empty());
    CHECK(mee::as_sentence("inclusie ontbreekt") == "Inclusie ontbreekt.");
    CHECK(mee::as_sentence("Één punt…") == "Één punt…");
}

TEST_CASE("render: to_markdown joins blocks with one blank line and ends with the footer")
{
    mee::RenderedPage page;
    page.sections.push_back({"a", "part", {{"# Titel\n\n\n", ""}, {"", "<svg></svg>"}, {"tekst\n", ""}}});
    page.footer = "voet\n";
    CHECK(mee::to_markdown(page) == "# Titel\n\ntekst\n\n---\n\nvoet\n");
}

TEST_CASE("render: the index links each report by its file name")
{
    mee::IndexEntry e;
    e.file = "PVA-1.md";
    e.id = "PVA-1";
    e.title = "Plein <b>";
    e.status = "concept";
    e.score = 80;
    e.open = 2;
    const mee::RenderedPage page = mee::render_index({e}, Lang::nl, mee::Date{2026, 12, 1});
    const std::string md = mee::to_markdown(page);
    CHECK(md.find("| plan van aanpak | [PVA-1](<PVA-1.md>) | Plein \\<b> | concept | 80 | 2 |") != std::string::npos);
    CHECK(md.find("Gemaakt met mee op 1 december 2026.") != std::string::npos);
}

TEST_CASE("render: redaction sees a name through any white space")
{
    const std::vector<std::string> secrets = {"Jan de Vries"};
    CHECK(mee::redact("Idee van Jan  de Vries.", secrets, "[x]") == "Idee van [x].");
    CHECK(mee::redact("Idee van Jan\n  de Vries.", secrets, "[x]") == "Idee van [x].");
    CHECK(mee::redact("Idee van Jan\xC2\xA0"
                      "de\tVries.",
                      secrets, "[x]") == "Idee van [x].");
    CHECK(mee::redact("Idee van Jan de Vriesland.", secrets, "[x]") == "Idee van Jan de Vriesland.");
    CHECK(mee::normalised_secret("  Jan \n de\xC2\xA0Vries ") == "Jan de Vries");
}

TEST_CASE("render: the initiator's secrets are everything under initiatiefnemer, and the name's parts")
{
    const auto secrets_of = [](const std::string& yaml) {
        const mee::Source source(yaml);
        const auto parsed = mee::parse_yaml(source, Lang::en);
        REQUIRE(parsed.root);
        return mee::initiator_secrets(parsed.root->get("initiatiefnemer"));
    };
    const auto has = [](const std::vector<std::string>& v, const std::string& s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    // A mapping with an extra key; the name over two lines.
    auto s = secrets_of(
        "initiatiefnemer:\n  naam: |\n    Jan van der\n    Vries-Bakker\n  adres: Dorpsstraat 12\n"
        "  contact: jan@example.nl\n");
    CHECK(has(s, "Jan van der Vries-Bakker"));
    CHECK(has(s, "Vries"));  // a double surname, part by part
    CHECK(has(s, "Bakker"));
    CHECK(has(s, "Jan"));
    CHECK_FALSE(has(s, "van"));
    CHECK_FALSE(has(s, "der"));
    CHECK(has(s, "Dorpsstraat 12"));
    CHECK(has(s, "jan@example.nl"));
    CHECK_FALSE(has(s, "Dorpsstraat"));  // only a name is split into parts
    // One text instead of a mapping: the whole and its parts.
    s = secrets_of("initiatiefnemer: Piet Jansen, 06-12345678\n");
    CHECK(has(s, "Piet Jansen, 06-12345678"));
    CHECK(has(s, "Jansen"));
    CHECK(has(s, "Piet"));
    // Longest first, so a whole name goes before its parts.
    REQUIRE_FALSE(s.empty());
    CHECK(s.front() == "Piet Jansen, 06-12345678");
    CHECK(secrets_of("titel: x\n").empty());
}
