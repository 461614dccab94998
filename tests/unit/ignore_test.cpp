#include "check/ignore.hpp"

#include <doctest/doctest.h>

#include <string>

using mee::glob_match;

TEST_CASE("ignore: glob matching as gitignore does")
{
    CHECK(glob_match("*.yaml", "plan.yaml"));
    CHECK_FALSE(glob_match("*.yaml", "dir/plan.yaml"));
    CHECK(glob_match("**/plan.yaml", "plan.yaml"));
    CHECK(glob_match("**/plan.yaml", "a/b/plan.yaml"));
    CHECK(glob_match("a/**/c", "a/c"));
    CHECK(glob_match("a/**/c", "a/x/y/c"));
    CHECK(glob_match("a/**", "a/x/y"));
    CHECK(glob_match("pva-202?-*.yaml", "pva-2026-014.yaml"));
    CHECK(glob_match("[a-c]x", "bx"));
    CHECK_FALSE(glob_match("[!a-c]x", "bx"));
    CHECK(glob_match("\\*", "*"));
    CHECK_FALSE(glob_match("?", "/"));
}

TEST_CASE("ignore: rules from .meeignore lines")
{
    mee::IgnoreRules rules;
    const std::filesystem::path base = "/p";
    for (const char* line :
         {"# comment", "", "concept/", "*.bak.yaml", "/oud.yaml", "docs/*.yaml", "!docs/keep.yaml"}) {
        rules.add_line(base, line);
    }
    CHECK(rules.ignored("/p/concept", true));
    CHECK(rules.ignored("/p/sub/concept", true));
    CHECK_FALSE(rules.ignored("/p/concept", false));  // a file named like the folder
    CHECK(rules.ignored("/p/a/b.bak.yaml", false));
    CHECK(rules.ignored("/p/oud.yaml", false));
    CHECK_FALSE(rules.ignored("/p/sub/oud.yaml", false));
    CHECK(rules.ignored("/p/docs/x.yaml", false));
    CHECK_FALSE(rules.ignored("/p/docs/keep.yaml", false));
    CHECK_FALSE(rules.ignored("/p/plan.yaml", false));
    CHECK_FALSE(rules.ignored("/elsewhere/oud.yaml", false));
}

TEST_CASE("glob: time pattern × name, never backtracking")
{
    // Exponential for a backtracking matcher: 13 stars over 60 letters.
    const std::string name(60, 'a');
    CHECK_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*a*a*a*b", name));
    CHECK(glob_match("*a*a*a*a*a*a*a*a*a*a*a*a*", name));
    CHECK_FALSE(glob_match("**a**a**a**a**a**a**a**a**a**a**b", std::string(200, 'a')));
    // The forms of .meeignore keep their meaning.
    CHECK(glob_match("**/x.yaml", "x.yaml"));
    CHECK(glob_match("**/x.yaml", "a/b/x.yaml"));
    CHECK(glob_match("a/**/b", "a/b"));
    CHECK(glob_match("a/**/b", "a/x/y/b"));
    CHECK_FALSE(glob_match("a/*/b", "a/x/y/b"));
    CHECK(glob_match("a**", "a/b/c"));
    CHECK(glob_match("[!a-c]?.yml", "dx.yml"));
    CHECK_FALSE(glob_match("[!a-c]?.yml", "bx.yml"));
    CHECK(glob_match("\\*.yaml", "*.yaml"));
    CHECK_FALSE(glob_match("\\*.yaml", "x.yaml"));
    CHECK(glob_match("[", "["));
    CHECK_FALSE(glob_match("?", "/"));
}
