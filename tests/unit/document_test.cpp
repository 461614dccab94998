#include "document.hpp"

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
    for (char c : std::string(mee::test::k_minimal_plan)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
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
    const auto doc = mee::load_document("/nonexistent/x.yaml", "x.yaml", Origin::named, mee::SchemaSet::embedded(),
                                        Lang::en);
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
