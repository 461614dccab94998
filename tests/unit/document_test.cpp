#include "document/document.hpp"

#include "test_util.hpp"

#include <doctest/doctest.h>

using namespace std::string_literals;

using mee::Document;
using mee::Lang;
using mee::LoadState;
using mee::Mark;
using mee::Origin;

namespace {

Document load(const mee::test::TempDir& dir, const std::string& name, const std::string& content,
              Origin origin = Origin::named)
{
    const auto file = dir.write(name, content);
    return mee::load_document(file, name, origin, mee::SchemaSet::embedded(), Lang::en);
}

}  // namespace

TEST_CASE("document: a clean plan")
{
    mee::test::TempDir dir;
    const auto doc = load(dir, "p.yaml", mee::test::k_minimal_plan);
    CHECK(doc.state == LoadState::checked);
    CHECK(doc.kind == mee::DocKind::plan);
    CHECK(doc.id == "PVA-2026-001");
    CHECK(doc.findings.empty());
}

TEST_CASE("document: BOM and CRLF are fine")
{
    mee::test::TempDir dir;
    std::string crlf;
    for (char c : std::string(mee::test::k_minimal_plan))
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const auto doc = load(dir, "p.yaml", "\xEF\xBB\xBF" + crlf);
    CHECK(doc.findings.empty());
    CHECK(doc.id == "PVA-2026-001");
}

TEST_CASE("document: MEE007 for a NUL byte, Latin-1 and UTF-16, at the place")
{
    mee::test::TempDir dir;
    auto doc = load(dir, "a.yaml", "soort: plan\ntitel: ab\0c\n"s);
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].code == "MEE007");
    CHECK(doc.findings[0].mark == Mark{2, 10});
    CHECK(doc.state == LoadState::unreadable);

    doc = load(dir, "b.yaml", "soort: plan\ntitel: caf\xE9\n");
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].mark == Mark{2, 11});
    CHECK(doc.findings[0].message == "this is not UTF-8 (byte 0xE9); save the file as UTF-8");

    doc = load(dir, "c.yaml", "\xFF\xFEs\0o\0"s);
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].message == "the file is saved as UTF-16; mee reads UTF-8: save it as UTF-8");
}

TEST_CASE("document: over 4 MiB is MEE007 without parsing")
{
    mee::test::TempDir dir;
    std::string big = mee::test::k_minimal_plan;
    big += std::string(mee::k_max_file_size, '#');
    const auto doc = load(dir, "big.yaml", big);
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].code == "MEE007");
    CHECK(doc.findings[0].mark == Mark{1, 1});
}

TEST_CASE("document: soort decides; a walked file without it is skipped")
{
    mee::test::TempDir dir;
    CHECK(load(dir, "x.yaml", "naam: iets anders\n", Origin::walked).state == LoadState::not_ours);
    CHECK(load(dir, "e.yaml", "", Origin::walked).state == LoadState::not_ours);
    CHECK(load(dir, "l.yaml", "- a\n- b\n", Origin::walked).state == LoadState::not_ours);

    auto doc = load(dir, "x.yaml", "naam: iets anders\n");
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].code == "MEE003");
    CHECK(doc.findings[0].mark == Mark{1, 1});

    doc = load(dir, "e.yaml", "");
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].code == "MEE003");
    CHECK(doc.findings[0].message.starts_with("the file is empty"));

    doc = load(dir, "u.yaml", "soort: plna\n", Origin::walked);
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].code == "MEE003");
    CHECK(doc.findings[0].mark == Mark{1, 8});
    CHECK(doc.findings[0].message ==
          "unknown soort 'plna'; did you mean 'plan'? (choose from: plan, eindverslag, initiatief)");
}

TEST_CASE("document: likely_document tells a near-miss mee document from other YAML")
{
    const auto likely = [](const std::string& yaml) {
        const mee::Source source(yaml);
        auto parsed = mee::parse_yaml(source, Lang::en);
        REQUIRE(parsed.root);
        return mee::likely_document(*parsed.root);
    };
    // A near miss of the key, with a kind (or a near miss of one) for its value.
    auto l = likely("titel: Speelplek\nSoort: plan\n");
    REQUIRE(l);
    CHECK(l->key == "Soort");
    CHECK(l->kind == mee::DocKind::plan);
    CHECK(l->mark == Mark{2, 1});
    l = likely("sort: Eindverslag\n");
    REQUIRE(l);
    CHECK(l->kind == mee::DocKind::eindverslag);
    l = likely("\"soort \": initiatef\n");
    REQUIRE(l);
    CHECK(l->key == "soort ");
    CHECK(l->kind == mee::DocKind::initiatief);
    // An id of the form of documents.md's ids.
    l = likely("id: INI-2026-014\ntitel: Bankjes\n");
    REQUIRE(l);
    CHECK(l->key.empty());
    CHECK(l->id == "INI-2026-014");
    CHECK(l->kind == mee::DocKind::initiatief);
    CHECK(l->mark == Mark{1, 5});  // at the id, which the message quotes
    CHECK(likely("id: PVA-2026-7\n")->kind == mee::DocKind::plan);
    CHECK(likely("id: EV-2025-018\n")->kind == mee::DocKind::eindverslag);
    // Other YAML stays out: a sort key of a tool, ids of another form, CI files, compose files.
    CHECK_FALSE(likely("sort: naam\norder: asc\n"));
    CHECK_FALSE(likely("id: PVA\n"));
    CHECK_FALSE(likely("id: PVA-26-1\n"));
    CHECK_FALSE(likely("id: EV-2026-\n"));
    CHECK_FALSE(likely("id: build-2026-001\n"));
    CHECK_FALSE(likely("stages: [build, test]\nbuild:\n  script: [make]\n"));
    CHECK_FALSE(likely("services:\n  web:\n    image: nginx\n"));
    CHECK_FALSE(likely("- soort: plan\n"));
    // A file with a soort key is judged by its value, not guessed at.
    CHECK_FALSE(likely("soort: plna\nSoort: plan\n"));
}

TEST_CASE("document: libyaml reads 'soort : plan' as the key soort")
{
    mee::test::TempDir dir;
    const auto doc =
        load(dir, "s.yaml", std::string("soort : plan\n") + (mee::test::k_minimal_plan + 12), Origin::walked);
    CHECK(doc.kind == mee::DocKind::plan);
}

TEST_CASE("document: a walked file that looks like a mee document is MEE003 with the soort it meant")
{
    mee::test::TempDir dir;
    auto doc = load(dir, "h.yaml", "Soort: plan\nid: PVA-2026-021\n", Origin::walked);
    CHECK(doc.state == LoadState::checked);
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].code == "MEE003");
    CHECK(doc.findings[0].mark == Mark{1, 1});
    CHECK(doc.findings[0].message ==
          "'Soort' is not a key of mee, so this file has no 'soort'; did you mean 'soort: "
          "plan'? (if it is no mee document, list it in .meeignore)");
    doc = load(dir, "i.yaml", "# een initiatief\nid: INI-2026-014\n", Origin::walked);
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].message ==
          "this looks like a mee document (id 'INI-2026-014'), but 'soort' is missing; did "
          "you mean 'soort: initiatief'? (if it is no mee document, list it in .meeignore)");
    doc = load(dir, "n.yaml", "soort:\nid: X\n", Origin::walked);
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].message == "'soort' has no value; choose plan, eindverslag or initiatief");
    CHECK(load(dir, "c.yaml", "sort: naam\nid: lijst-1\n", Origin::walked).state == LoadState::not_ours);
}

TEST_CASE("document: a newer formaat is MEE006 and stops the check")
{
    mee::test::TempDir dir;
    auto doc = load(dir, "p.yaml", std::string(mee::test::k_minimal_plan) + "formaat: 2\nonbekend: x\n");
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].code == "MEE006");
    CHECK(doc.findings[0].mark == Mark{10, 10});
    doc = load(dir, "p.yaml", std::string(mee::test::k_minimal_plan) + "formaat: 1\n");
    CHECK(doc.findings.empty());
}

TEST_CASE("document: a parse error is MEE001 and nothing else; walked files too")
{
    mee::test::TempDir dir;
    for (Origin origin : {Origin::named, Origin::walked}) {
        const auto doc = load(dir, "p.yaml", "soort: plan\ntitel: [kapot\n", origin);
        REQUIRE(doc.findings.size() == 1);
        CHECK(doc.findings[0].code == "MEE001");
        CHECK(doc.state == LoadState::unreadable);
    }
}

TEST_CASE("document: a second YAML document is MEE001 at its start; the first is still checked")
{
    mee::test::TempDir dir;
    const auto doc = load(dir, "p.yaml", std::string(mee::test::k_minimal_plan) + "---\nsoort: plan\n");
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].code == "MEE001");
    CHECK(doc.findings[0].mark.line == 10);
    CHECK(doc.kind == mee::DocKind::plan);
}

TEST_CASE("document: a file that does not exist is an io_error, not a finding")
{
    const auto doc =
        mee::load_document("/nonexistent/x.yaml", "x.yaml", Origin::named, mee::SchemaSet::embedded(), Lang::en);
    CHECK(doc.state == LoadState::io_error);
    CHECK(doc.findings.empty());
}

TEST_CASE("document: what the parser saw before a parse error is not reported (yaml-test-suite 4MUZ)")
{
    mee::test::TempDir dir;
    const auto doc = load(dir, "p.yaml", "{\"foo\"\n: \"bar\"}\n");
    REQUIRE(doc.findings.size() == 1);
    CHECK(doc.findings[0].code == "MEE001");
}
