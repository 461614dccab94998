#include "rules/deviation.hpp"

#include "yaml/tree.hpp"

#include <doctest/doctest.h>

using mee::Finding;
using mee::Lang;
using mee::Mark;
using mee::Severity;

namespace {

std::vector<Finding> apply(const std::string& yaml, std::vector<Finding> findings)
{
    const mee::Source source(yaml);
    const auto parsed = mee::parse_yaml(source, Lang::en);
    REQUIRE(parsed.root);
    mee::apply_deviations(*parsed.root, "p.yaml", findings, Lang::en);
    return findings;
}

const Finding k_151{"p.yaml", {5, 3}, Severity::warning, "MEE151", "level not allowed"};

}  // namespace

TEST_CASE("deviation: a motivated deviation turns the finding into info")
{
    const auto f = apply(
        "regelafwijkingen:\n  - regel: MEE151\n    motivering: |\n      Het college wil hier\n"
        "      bewust meebeslissen.\n",
        {k_151});
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::info);
    CHECK(f[0].code == "MEE151");
    CHECK(f[0].message ==
          "deviated with motivation: level not allowed (motivation: Het college wil hier bewust meebeslissen.)");
}

TEST_CASE("deviation: without a filled motivering nothing changes")
{
    const auto f = apply("regelafwijkingen:\n  - regel: MEE151\n    motivering: nvt\n", {k_151});
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(apply("regelafwijkingen:\n  - regel: MEE151\n", {k_151})[0].severity == Severity::warning);
}

TEST_CASE("deviation: a stale deviation is MEE009 at its regel")
{
    const auto f = apply("regelafwijkingen:\n  - regel: MEE142\n    motivering: Dit is bewust zo gekozen.\n", {k_151});
    REQUIRE(f.size() == 2);
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[1].code == "MEE009");
    CHECK(f[1].severity == Severity::warning);
    CHECK(f[1].mark == Mark{2, 12});
    CHECK(f[1].message == "deviation from MEE142, but MEE142 finds nothing in this document; remove this deviation");
}

TEST_CASE("deviation: MEE0xx, MEE4xx, MEE5xx and unknown codes are MEE004")
{
    for (const char* code : {"MEE004", "MEE401", "MEE501", "MEE999", "MEE100"}) {
        CAPTURE(code);
        const auto f = apply(
            std::string("regelafwijkingen:\n  - regel: ") + code + "\n    motivering: Een goede reden hier.\n", {});
        REQUIRE(f.size() == 1);
        CHECK(f[0].code == "MEE004");
        CHECK(f[0].mark == Mark{2, 12});
    }
}

TEST_CASE("deviation: a document without regelafwijkingen is left alone")
{
    const auto f = apply("soort: plan\n", {k_151});
    REQUIRE(f.size() == 1);
    CHECK(f[0] == k_151);
}
