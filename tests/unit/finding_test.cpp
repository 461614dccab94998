#include "base/finding.hpp"

#include <doctest/doctest.h>

using mee::Finding;
using mee::Severity;

TEST_CASE("finding: sorted by path, line, column, code")
{
    std::vector<Finding> f = {
        {"b.yaml", {1, 1}, Severity::error, "MEE004", "x"},   {"a.yaml", {3, 1}, Severity::error, "MEE005", "x"},
        {"a.yaml", {2, 7}, Severity::warning, "MEE009", "x"}, {"a.yaml", {2, 7}, Severity::error, "MEE004", "x"},
        {"a.yaml", {2, 3}, Severity::info, "MEE109", "x"},
    };
    mee::sort_findings(f);
    CHECK(f[0].code == "MEE109");
    CHECK(f[1].code == "MEE004");
    CHECK(f[2].code == "MEE009");
    CHECK(f[3].code == "MEE005");
    CHECK(f[4].path == "b.yaml");
}

TEST_CASE("finding: severity names round-trip and are never translated")
{
    for (Severity s : {Severity::info, Severity::warning, Severity::error}) {
        CHECK(mee::parse_severity(mee::severity_name(s)) == s);
    }
    CHECK_FALSE(mee::parse_severity("fout"));
    CHECK(Severity::info < Severity::warning);
    CHECK(Severity::warning < Severity::error);
}
