#include "check/finding_place.hpp"

#include "check_util.hpp"

#include <doctest/doctest.h>

#include <set>

TEST_CASE("finding_place: portable paths are relative with forward slashes")
{
    CHECK(mee::portable_path("./plannen/a.yaml") == "plannen/a.yaml");
    CHECK(mee::portable_path("plannen//b/../a.yaml") == "plannen/a.yaml");
    CHECK(mee::portable_path("a.yaml") == "a.yaml");
    CHECK(mee::portable_path("/nowhere-mee-test/a.yaml") == "/nowhere-mee-test/a.yaml");
    const std::string inside = (std::filesystem::current_path() / "x" / "a.yaml").string();
    CHECK(mee::portable_path(inside) == "x/a.yaml");
}

TEST_CASE("finding_place: fingerprints are stable, differ by each part and by occurrence")
{
    CHECK(mee::fnv1a64("") == 0xcbf29ce484222325ULL);
    CHECK(mee::fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
    const std::string f = mee::fingerprint("a.yaml", "MEE141", "kaders", 0);
    CHECK(f.size() == 16);
    CHECK(f == mee::fingerprint("a.yaml", "MEE141", "kaders", 0));
    const std::set<std::string> all = {f,
                                       mee::fingerprint("b.yaml", "MEE141", "kaders", 0),
                                       mee::fingerprint("a.yaml", "MEE142", "kaders", 0),
                                       mee::fingerprint("a.yaml", "MEE141", "kaders[0]", 0),
                                       mee::fingerprint("a.yaml", "MEE141", "kaders", 1),
                                       mee::fingerprint("a.yaml", "MEE141kaders", "", 0)};
    CHECK(all.size() == 6);
}

TEST_CASE("finding_place: node paths and fingerprints of a real run survive lines inserted above")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    dir.write("a.yaml", mee::test::plan_with_unknown_keys());
    const auto before = mee::test::check_paths({"a.yaml"});
    const auto nodes = mee::finding_node_paths(before);
    REQUIRE(nodes.size() == before.findings.size());
    std::set<std::string> mee005;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (before.findings[i].code == "MEE005") mee005.insert(nodes[i]);
        if (before.findings[i].code == "MEE004") CHECK(nodes[i] == "planning[0].datum");
    }
    CHECK(mee005 == std::set<std::string>{"opgav", "ergens"});
    const auto prints = mee::finding_fingerprints(before);

    dir.write("a.yaml", mee::test::plan_with_unknown_keys("# een regel\n# en nog een\n"));
    const auto after = mee::test::check_paths({"a.yaml"});
    REQUIRE(after.findings.size() == before.findings.size());
    for (std::size_t i = 0; i < after.findings.size(); ++i) {
        // Every finding moves down two lines: one about the document as a
        // whole stands at soort, not at a comment above it.
        CHECK(after.findings[i].mark.line == before.findings[i].mark.line + 2);
    }
    CHECK(mee::finding_fingerprints(after) == prints);
}

TEST_CASE("finding_place: a file that is not YAML has the root as its node")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    dir.write("kapot.yaml", "soort: plan\n  titel: [\n");
    const auto result = mee::test::check_paths({"kapot.yaml"});
    REQUIRE_FALSE(result.findings.empty());
    CHECK(mee::finding_node_paths(result) == std::vector<std::string>(result.findings.size(), ""));
}
