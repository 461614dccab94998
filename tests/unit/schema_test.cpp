#include "document/schema.hpp"

#include "test_util.hpp"
#include "yaml/tree.hpp"

#include <doctest/doctest.h>

#include <string>

using mee::DocKind;
using mee::Lang;
using mee::Mark;

namespace {

std::vector<mee::Finding> check(DocKind kind, const std::string& yaml, Lang lang = Lang::en)
{
    const mee::Source source(yaml);
    const auto parsed = mee::parse_yaml(source, lang);
    REQUIRE(parsed.root);
    return mee::SchemaSet::embedded().validate(kind, *parsed.root, lang);
}

}  // namespace

TEST_CASE("schema: the embedded schemas are valid JSON and embedded verbatim")
{
    for (const char* name : {"plan", "eindverslag", "initiatief", "profile"}) {
        CAPTURE(name);
        const auto text = mee::embedded_schema_text(name);
        REQUIRE_FALSE(text.empty());
        const auto json = nlohmann::json::parse(text);
        CHECK(json["$schema"] == "http://json-schema.org/draft-07/schema#");
        std::ifstream file(std::string(MEE_SOURCE_DIR) + "/schemas/" + name + ".schema.json");
        const std::string on_disk((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        CHECK(on_disk == text);
    }
    CHECK(mee::embedded_schema_text("nope").empty());
}

TEST_CASE("schema: a minimal plan passes")
{
    CHECK(check(DocKind::plan, mee::test::k_minimal_plan).empty());
}

TEST_CASE("schema: a missing top-level key points at soort, not at a comment above it")
{
    const auto f = check(DocKind::plan, "# yaml-language-server: $schema=plan.schema.json\n\nsoort: plan\nid: X\n");
    REQUIRE_FALSE(f.empty());
    CHECK(f[0].code == "MEE004");
    CHECK(f[0].mark == Mark{3, 1});
    CHECK(f[0].message.starts_with("required key '"));
    // Without soort: the first key.
    const auto g = check(DocKind::plan, "# a comment\nid: X\n");
    REQUIRE_FALSE(g.empty());
    CHECK(g[0].mark == Mark{2, 1});
}

TEST_CASE("schema: a misspelt required key is one finding, MEE005, not also a missing key")
{
    std::string plan = mee::test::k_minimal_plan;
    const auto at = plan.find("verantwoordelijke:");
    REQUIRE(at != std::string::npos);
    plan.replace(at, std::string("verantwoordelijke").size(), "verantwoordelike");
    const auto f = check(DocKind::plan, plan);
    REQUIRE(f.size() == 1);
    CHECK(f[0].code == "MEE005");
    CHECK(f[0].message == "unknown key 'verantwoordelike'; did you mean 'verantwoordelijke'?");
    // A misspelling that is not close stays two causes: an unknown key and a missing one.
    plan.replace(at, std::string("verantwoordelike").size(), "eigenaar");
    const auto g = check(DocKind::plan, plan);
    REQUIRE(g.size() == 2);
    CHECK(g[0].code == "MEE004");
    CHECK(g[1].code == "MEE005");
}

TEST_CASE("schema: unknown keys are MEE005 at the key, with did-you-mean")
{
    const auto f = check(DocKind::plan, std::string(mee::test::k_minimal_plan) + "opgav:\n  beschrijving: x\n");
    REQUIRE(f.size() == 1);
    CHECK(f[0].code == "MEE005");
    CHECK(f[0].mark == Mark{10, 1});
    CHECK(f[0].message == "unknown key 'opgav'; did you mean 'opgave'?");
}

TEST_CASE("schema: a closed-list value is MEE004 at the value, in Dutch too")
{
    const std::string plan = std::string(mee::test::k_minimal_plan) + "betrokkenheidsniveau:\n  niveau: advisren\n";
    const auto f = check(DocKind::plan, plan, Lang::nl);
    REQUIRE(f.size() == 1);
    CHECK(f[0].mark == Mark{11, 11});
    CHECK(f[0].message ==
          "'advisren' is geen geldige waarde voor 'niveau'; bedoelde u 'adviseren'? (kies uit: informeren, "
          "raadplegen, adviseren, coproduceren, meebeslissen)");
}

TEST_CASE("schema: impossible dates, leap years included")
{
    std::string plan = mee::test::k_minimal_plan;
    plan.replace(plan.find("2026-02-09"), 10, "2026-02-29");
    auto f = check(DocKind::plan, plan);
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "2026-02-29 does not exist: month 2 of 2026 has 28 days");
    plan.replace(plan.find("2026-02-29"), 10, "volgende week");
    f = check(DocKind::plan, plan);
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'volgende week' is not a date; write YYYY-MM-DD, for example 2026-03-24");
}

TEST_CASE("schema: a date written the Dutch way gets the date to write, at the value")
{
    for (const char* written : {"9-02-2026", "9-2-2026", "09/02/2026", "9.2.2026", "9 februari 2026", "9 feb 2026",
                                "9 Feb. 2026", "2026-2-9"}) {
        CAPTURE(written);
        std::string plan = mee::test::k_minimal_plan;
        plan.replace(plan.find("2026-02-09"), 10, written);
        auto f = check(DocKind::plan, plan);
        REQUIRE(f.size() == 1);
        CHECK(f[0].code == "MEE004");
        CHECK(f[0].mark == Mark{4, 8});
        CHECK(f[0].message ==
              std::string("'") + written + "' is not a date in the form YYYY-MM-DD; did you mean 2026-02-09?");
        f = check(DocKind::plan, plan, Lang::nl);
        REQUIRE(f.size() == 1);
        CHECK(f[0].message ==
              std::string("'") + written + "' is geen datum in de vorm JJJJ-MM-DD; bedoelt u 2026-02-09?");
    }
    std::string plan = mee::test::k_minimal_plan;
    plan.replace(plan.find("2026-02-09"), 10, "31-02-2026");
    auto f = check(DocKind::plan, plan, Lang::nl);
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "31-02-2026 bestaat niet: maand 2 van 2026 heeft 28 dagen");
    plan.replace(plan.find("31-02-2026"), 10, "29 feb 2028");
    CHECK(check(DocKind::plan, plan)[0].message ==
          "'29 feb 2028' is not a date in the form YYYY-MM-DD; did you mean 2028-02-29?");
}

TEST_CASE("schema: an amount written the Dutch way gets the number to write")
{
    const std::string plan = std::string(mee::test::k_minimal_plan) + "capaciteit:\n  budget: ";
    const std::pair<const char*, const char*> cases[] = {
        {"1.250.000", "the text '1.250.000'; write 1250000"}, {"12.500,00", "the text '12.500,00'; write 12500"},
        {"€ 12.500", "the text '€ 12.500'; write 12500"},     {"€12.500,-", "the text '€12.500,-'; write 12500"},
        {"12500 euro", "the text '12500 euro'; write 12500"}, {"12.500 EUR", "the text '12.500 EUR'; write 12500"},
    };
    for (const auto& [written, tail] : cases) {
        CAPTURE(written);
        const auto f = check(DocKind::plan, plan + written + "\n");
        REQUIRE(f.size() == 1);
        CHECK(f[0].mark == Mark{11, 11});
        CHECK(f[0].message == std::string("'budget' must be a number, but is ") + tail);
    }
    auto f = check(DocKind::plan, std::string(mee::test::k_minimal_plan) + "capaciteit:\n  uren: 12,5\n", Lang::nl);
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'uren' moet een getal zijn, maar is de tekst '12,5'; schrijf 12.5");
    // Quiet: no number to suggest.
    f = check(DocKind::plan, plan + "nog onbekend\n");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'budget' must be a number, but is the text 'nog onbekend'");
    f = check(DocKind::plan, plan + "12,500\n");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'budget' must be a number, but is the text '12,500'");
    // 12.500 is a number to YAML: MEE192's case, not the schema's.
    CHECK(check(DocKind::plan, plan + "12.500\n").empty());
}

TEST_CASE("schema: a whole number written with a thousands dot")
{
    const std::string report =
        "soort: eindverslag\nid: EV-1\nplan: PVA-1\ndatum: 2026-10-06\nproces:\n  uitgevoerd:\n"
        "    - werkvorm: inloopavond\n      deelnemers: ";
    auto f = check(DocKind::eindverslag, report + "1.250\n", Lang::nl);
    REQUIRE(f.size() == 1);
    CHECK(f[0].mark == Mark{8, 19});
    CHECK(f[0].message ==
          "'deelnemers' moet een geheel getal zijn, maar is het getal 1.250; YAML leest 1.250 als 1,25: bedoelt u "
          "1250, schrijf dan 1250 zonder punt");
    f = check(DocKind::eindverslag, report + "1.250 mensen\n");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'deelnemers' must be a whole number, but is the text '1.250 mensen'");
    f = check(DocKind::eindverslag, report + "12,5\n");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'deelnemers' must be a whole number, but is the text '12,5'");
    CHECK(check(DocKind::eindverslag, report + "1250\n").empty());
}

TEST_CASE("schema: ja and nee where true or false belongs")
{
    const std::string plan = std::string(mee::test::k_minimal_plan) + "dorpsvisie: ";
    for (const char* written : {"ja", "Nee", "JA", "yes", "off"}) {
        CAPTURE(written);
        auto f = check(DocKind::plan, plan + written + "\n", Lang::nl);
        REQUIRE(f.size() == 1);
        CHECK(f[0].mark == Mark{10, 13});
        CHECK(f[0].message == std::string("'dorpsvisie' moet true of false zijn, maar is de tekst '") + written +
                                  "'; schrijf true (ja) of false (nee)");
    }
    auto f = check(DocKind::plan, plan + "ja\n");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'dorpsvisie' must be true or false, but is the text 'ja'; write true (yes) or false (no)");
    f = check(DocKind::plan, plan + "misschien\n");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'dorpsvisie' must be true or false, but is the text 'misschien'");
    f = check(DocKind::plan, plan + "\"ja\"\n");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'dorpsvisie' must be true or false, but is the text 'ja'; write true (yes) or false (no)");
    CHECK(check(DocKind::plan, plan + "true\n").empty());
}

TEST_CASE("schema: one finding per node, the type first")
{
    const auto f = check(DocKind::plan, std::string(mee::test::k_minimal_plan) + "capaciteit:\n  uren: [1, 2]\n");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'uren' must be a number, but is a list");
}

TEST_CASE("schema: a missing key in a list entry points at the entry")
{
    const std::string plan = std::string(mee::test::k_minimal_plan) +
                             "omgevingsanalyse:\n  belanghebbenden:\n    - categorie: intern\n      belang: groot\n"
                             "      invloed: veel\n";
    const auto f = check(DocKind::plan, plan);
    REQUIRE(f.size() == 1);
    CHECK(f[0].mark == Mark{12, 7});
    CHECK(f[0].message == "required key 'naam' is missing in an item of 'belanghebbenden'");
}

TEST_CASE("schema: an empty required key points at itself")
{
    std::string plan = mee::test::k_minimal_plan;
    plan.replace(plan.find("titel: Speelplek Hoonhorst"), 26, "titel:");
    const auto f = check(DocKind::plan, plan);
    REQUIRE(f.size() == 1);
    CHECK(f[0].mark == Mark{3, 1});
    CHECK(f[0].message == "'titel' is empty; this key is required: fill it in");
}

TEST_CASE("schema: numbers where text belongs get a hint about quotes")
{
    const std::string init =
        "soort: initiatief\nid: INI-1\ntitel: 2026\nkern: Dalfsen\ntype: cultuur\nomvang: klein\n"
        "ingediend: 2026-01-12\nstatus: ingediend\n";
    const auto f = check(DocKind::initiatief, init);
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "'titel' must be a text, but is the number 2026; put the value in quotes if it is text");
}

TEST_CASE("schema: the examples of documents.md pass")
{
    // The three full examples, as documents.md gives them.
    const char* eindverslag =
        "soort: eindverslag\nid: EV-2026-014\nplan: PVA-2026-014\ndatum: 2026-10-06\nproces:\n"
        "  overzicht: Twee bijeenkomsten.\n  uitgevoerd:\n    - datum: 2026-03-24\n      werkvorm: inloopavond\n"
        "      deelnemers: 85\n  afwijkingen:\n    - wat: De enquete bleef langer open\n      reden: Meer tijd.\n"
        "inbreng:\n  - onderwerp: Parkeren\n    samenvatting: Zorgen.\n    reactie: Blijft gelijk.\n"
        "    verwerking: deels\n    uitleg: Laadplaatsen.\ndoelen:\n  - doel: ideeen-ophalen\n    bereikt: ja\n"
        "openbaar:\n  datum: 2026-10-13\n  waar: https://www.dalfsen.nl/x\n";
    CHECK(check(DocKind::eindverslag, eindverslag).empty());
}

TEST_CASE("schema: the patterns of mee's schemas, matched by hand")
{
    using mee::matches;
    using mee::TextPattern;
    CHECK(mee::text_pattern("^MEE[0-9]{3}$") == TextPattern::rule_code);
    CHECK(mee::text_pattern("^[a-z0-9-]+$") == TextPattern::name);
    CHECK(mee::text_pattern("^[a-z0-9]+(-[a-z0-9]+)*$") == TextPattern::slug);
    CHECK_FALSE(mee::text_pattern("^.*$"));

    CHECK(matches(TextPattern::rule_code, "MEE151"));
    CHECK_FALSE(matches(TextPattern::rule_code, "MEE15"));
    CHECK_FALSE(matches(TextPattern::rule_code, "MEE1511"));
    CHECK_FALSE(matches(TextPattern::rule_code, "mee151"));
    CHECK(matches(TextPattern::name, "dalfsen-2025"));
    CHECK(matches(TextPattern::name, "-a--b-"));
    CHECK_FALSE(matches(TextPattern::name, ""));
    CHECK_FALSE(matches(TextPattern::name, "Dalfsen"));
    CHECK(matches(TextPattern::slug, "ideeen-ophalen"));
    CHECK(matches(TextPattern::slug, "a1"));
    CHECK_FALSE(matches(TextPattern::slug, "a--b"));
    CHECK_FALSE(matches(TextPattern::slug, "-a"));
    CHECK_FALSE(matches(TextPattern::slug, "a-"));
    CHECK_FALSE(matches(TextPattern::slug, "ideeën"));
    // A value of a megabyte: std::regex recursed once per character here.
    const std::string long_slug = std::string(1024 * 1024, 'a') + "-b";
    CHECK(matches(TextPattern::slug, long_slug));
    CHECK_FALSE(matches(TextPattern::slug, long_slug + "_"));
}
