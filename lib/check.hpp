#pragma once
// `mee check`: read every document under the paths, in parallel, and
// gather the findings in a stable order.

#include "date.hpp"
#include "document.hpp"
#include "finding.hpp"
#include "profile.hpp"
#include "project.hpp"
#include "project_index.hpp"
#include "schema.hpp"
#include "status.hpp"
#include "text.hpp"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mee {

// What run_check keeps of each document's tree in CheckResult::project:
// only what the rules that read other documents need (reference_tree.hpp),
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
    std::size_t baselined = 0;         // findings left out because a baseline accepts them (baseline.hpp)
    // By shown path, for showing the lines of findings: every other line is
    // empty (line numbers stay), and a document without findings is empty.
    std::map<std::string, Source> sources;
};

// Checks the documents. Fails (exit status 2) when a path does not exist or
// a file or folder cannot be read; never for what is inside a document.
Expected<CheckResult> run_check(const CheckOptions& options, const Project& project, const SchemaSet& schemas);

// Runs `work(i)` for i in [0, count) on `jobs` threads.
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

}  // namespace mee
