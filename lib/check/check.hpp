#pragma once
// `mee check`: read every document under the paths, in parallel, and
// gather the findings in a stable order.

#include "base/date.hpp"
#include "base/finding.hpp"
#include "base/status.hpp"
#include "base/text.hpp"
#include "check/project.hpp"
#include "document/document.hpp"
#include "document/project_index.hpp"
#include "document/schema.hpp"
#include "policy/profile.hpp"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mee {

// What run_check keeps of each document's tree in CheckResult::project:
// only what the rules that read other documents need (document/reference_tree.hpp),
// or the whole tree, for commands that read documents after the check
// (score, indicators, render). The findings are the same either way.
enum class Trees { reference, full };

struct CheckOptions {
    std::vector<std::string> paths;  // empty: the current folder
    Lang lang = Lang::en;
    unsigned jobs = 1;
    Date today;
    std::vector<std::string> disable;  // rule codes switched off
    const Profile* profile = nullptr;  // nullptr: the embedded profile
    Trees trees = Trees::reference;
};

struct CheckResult {
    // Every readable mee document of the project (cli.md: "the project"),
    // checked ones first in path order, then the rest in path order.
    // Their trees are in `trees`: whole or reference trees (CheckOptions::trees).
    ProjectIndex project;
    std::vector<std::unique_ptr<Node>> trees;
    std::vector<Finding> findings;     // sorted
    std::vector<std::string> skipped;  // walked files that are not mee documents
    std::size_t documents = 0;         // files judged (mee documents and unreadable ones)
    std::size_t baselined = 0;         // findings left out because a baseline accepts them (check/baseline.hpp)
    // By shown path, for showing the lines of findings: every other line is
    // empty (line numbers stay), and a document without findings is empty.
    std::map<std::string, Source> sources;
};

// Checks the documents. Fails (exit status 2) when a path does not exist or
// a file or folder cannot be read; never for what is inside a document.
Expected<CheckResult> run_check(const CheckOptions& options, const Project& project, const SchemaSet& schemas);

}  // namespace mee
