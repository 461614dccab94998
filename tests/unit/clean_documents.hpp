#pragma once
// Clean documents and a small project harness for tests that run `mee
// check` on a project (the rules themselves are tested by the fixtures of
// tests/rules/, which start from the same documents).
//
// The three documents are the examples of documents.md without their
// comments (and, for the plan, without blank lines): `mee check --today
// 2026-06-01` gives no finding on any of them, together in one project.
// A test edits them with `edited` and runs what `mee check` runs, in a fresh
// temporary project folder with a `.mee.yaml`, so the real project index is
// built (cli.md, "Finding the documents").

#include "check/check.hpp"
#include "check/project.hpp"
#include "document/schema.hpp"
#include "test_util.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace mee::test {

// The clean documents of tests/rules/base/, where they live once (the rule
// fixtures start from them): the plan of documents.md as written there,
// blank lines and all, and k_clean_plan, the same without blank lines.
inline std::string base_document(const char* name)
{
    std::ifstream in(std::string(MEE_SOURCE_DIR) + "/tests/rules/base/" + name + ".yaml", std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline const std::string k_clean_plan_spaced = base_document("plan");

// Lines of k_clean_plan worth knowing: 2 id, 11 status, 14
// vastgesteld.datum, 79 werkvormen, 92 planning, 105 the last moment
// (2026-07-07, besluit), 114 communicatie.terugkoppeling.
inline const std::string k_clean_plan = base_document("plan-compact");

// Lines: 3 plan, 4 datum, 5 proces, 8 uitgevoerd (entries at 9, 12, 15),
// 18 afwijkingen, 21 inbreng (items at 22 and 27), 32 doelen (entries at 33
// and 36), 39 openbaar.
inline const std::string k_clean_report = base_document("eindverslag");

// Lines: 4 kern, 6 omvang, 7 initiatiefnemer, 11 ingediend, 12 intake
// (13 contact, 14 datum, 15 gesprek, 16–22 the seven answers), 23
// beoordeling (26 uitkomst, 27 voorwaarden, 28 route, 29 intaketafel), 30
// besluit (31 datum, 32 door, 33 ondersteuning), 35 mededeling, 37 status,
// 38 evaluatie.
inline const std::string k_clean_initiative = base_document("initiatief");

inline constexpr Date k_today{2026, 6, 1};

// Text replacements, applied in order; each `from` must occur exactly once.
using Edits = std::vector<std::pair<std::string, std::string>>;

inline std::string edited(std::string text, const Edits& edits)
{
    for (const auto& [from, to] : edits) {
        const auto at = text.find(from);
        REQUIRE_MESSAGE(at != std::string::npos, "edit not found: " << from);
        REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "edit not unique: " << from);
        text.replace(at, from.size(), to);
    }
    return text;
}

// A project folder: files by path relative to it.
using Files = std::map<std::string, std::string>;

enum class ProjectFile { yes, no };

struct Run {
    Files files;
    std::vector<std::string> named;  // what the command line names
    Date today = k_today;
    Lang lang = Lang::en;
    ProjectFile project_file = ProjectFile::yes;  // write an empty .mee.yaml
};

// The sorted findings of `mee check NAMED...` run in a fresh project folder.
inline std::vector<Finding> check_project(const Run& run)
{
    TempDir dir;
    if (run.project_file == ProjectFile::yes) dir.write(".mee.yaml", "");
    for (const auto& [path, content] : run.files)
        dir.write(path, content);
    InDir in(dir.path());
    auto project = find_project(run.named, run.lang);
    REQUIRE(project.ok());
    CheckOptions options;
    options.paths = run.named;
    options.lang = run.lang;
    options.today = run.today;
    auto result = run_check(options, *project, SchemaSet::embedded());
    REQUIRE(result.ok());
    return std::move(result->findings);
}

// One line per finding: "path:line:column severity CODE".
inline std::string places(const std::vector<Finding>& findings)
{
    std::string out;
    for (const Finding& f : findings) {
        out += f.path + ":" + std::to_string(f.mark.line) + ":" + std::to_string(f.mark.column) + " " +
               std::string(severity_name(f.severity)) + " " + f.code + "\n";
    }
    return out;
}

// The message of the only finding; fails the test when there is not exactly one.
inline std::string only_message(const std::vector<Finding>& findings)
{
    REQUIRE(findings.size() == 1);
    return findings.front().message;
}

}  // namespace mee::test
