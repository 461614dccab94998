#include "rules/catalog.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

TEST_CASE("rule_catalog: every code once, in order, with both titles")
{
    std::string previous;
    for (const mee::Rule& rule : mee::rule_catalog()) {
        CAPTURE(rule.code);
        CHECK(std::string(rule.code) > previous);
        previous = rule.code;
        CHECK(std::string(rule.title.nl).size() > 0);
        CHECK(std::string(rule.title.en).size() > 0);
        if (rule.scope == mee::Scope::file) {
            CHECK(std::string(rule.why.nl).size() > 40);
            CHECK(std::string(rule.why.en).size() > 40);
        }
    }
    // That the codes and severities are those of rules.md is unit.spec-rules
    // (spec_rules_test.cpp), which needs the spec.
}

TEST_CASE("rule_catalog: the severities of rules.md")
{
    CHECK(mee::find_rule("MEE009")->severity == mee::Severity::warning);
    CHECK(mee::find_rule("MEE104")->severity == mee::Severity::info);
    CHECK(mee::find_rule("MEE401")->severity == mee::Severity::error);
    CHECK(mee::find_rule("mee005") == mee::find_rule("MEE005"));
    CHECK(mee::find_rule("MEE999") == nullptr);
    CHECK(mee::find_rule("MEE0050") == nullptr);
}

TEST_CASE("rule_catalog: deviation is for the policy's rules only")
{
    CHECK(mee::deviation_allowed("MEE151"));
    CHECK(mee::deviation_allowed("MEE213"));
    CHECK(mee::deviation_allowed("MEE313"));
    CHECK_FALSE(mee::deviation_allowed("MEE004"));
    CHECK_FALSE(mee::deviation_allowed("MEE401"));
    CHECK_FALSE(mee::deviation_allowed("MEE501"));
}
