#pragma once
// Running `mee check` in a test: the findings, trees and sources of a real
// run over files in a temporary folder, for the output formats to print.

#include "check/check.hpp"
#include "test_util.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace mee::test {

// Checks `paths` (relative to the current folder) on 2026-06-01 in English.
inline CheckResult check_paths(const std::vector<std::string>& paths, Lang lang = Lang::en)
{
    auto project = find_project(paths, lang);
    REQUIRE(project.ok());
    CheckOptions options;
    options.paths = paths;
    options.lang = lang;
    options.today = Date{2026, 6, 1};
    auto result = run_check(options, *project, SchemaSet::embedded());
    REQUIRE(result.ok());
    return std::move(*result);
}

// A minimal plan with `above` in front, then two unknown keys (MEE005, lines
// 10 and 11 without `above`) and an impossible planning date (MEE004, line
// 13); the plan rules add their own findings.
inline std::string plan_with_unknown_keys(const std::string& above = "")
{
    return above + k_minimal_plan + "opgav: x\n" + "ergens: y\n" +
           "planning:\n  - datum: 2026-02-30\n    soort: besluit\n";
}

}  // namespace mee::test
