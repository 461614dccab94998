#pragma once
// A baseline: the findings a project has accepted for now, so that CI fails
// only on new ones (`--baseline FILE`, `--write-baseline FILE`).
//
// The file is JSON:
//   {"tool": "mee", "baseline": 1,
//    "findings": [{"path": "plannen/a.yaml", "code": "MEE141", "node": "kaders",
//                  "message": "…"}, …]}
// `path` is relative to the folder of the baseline file, `node` is the path
// of the finding's node in its document (yaml/path.hpp). An entry accepts a
// finding with the same path, code and node, whatever its line, so entries
// survive edits elsewhere in the file. `message` is for people; where several
// entries share path, code and node, one with the same message is matched
// first. Each entry accepts one finding.

#include "base/status.hpp"
#include "base/text.hpp"
#include "check/check.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace mee {

struct BaselineEntry {
    std::string path;
    std::string code;
    std::string node;
    std::string message;
    friend bool operator==(const BaselineEntry&, const BaselineEntry&) = default;
};

struct Baseline {
    std::vector<BaselineEntry> entries;  // sorted by path, code, node, message
};

// The entries for every finding of `result`, with paths relative to `folder`
// (the folder the baseline file is in).
Baseline make_baseline(const CheckResult& result, const std::filesystem::path& folder);

// The baseline as JSON text, ending in a newline.
std::string baseline_json(const Baseline& baseline);

// Reads a baseline file. Fails, naming the file, when it cannot be read or
// is not a mee baseline.
Expected<Baseline> read_baseline(const std::filesystem::path& file, Lang lang);

// Parses baseline JSON text; `name` is the file, for messages.
Expected<Baseline> parse_baseline(std::string_view text, const std::string& name, Lang lang);

struct BaselineUse {
    std::size_t suppressed = 0;  // findings the baseline accepted
    std::size_t stale = 0;       // entries of checked files that matched no finding (fixed)
};

// Removes from `result.findings` the findings the baseline accepts, adds
// their number to `result.baselined`, and says how many were suppressed and
// how many entries of the checked files are stale. `folder` as for
// make_baseline.
BaselineUse apply_baseline(CheckResult& result, const Baseline& baseline, const std::filesystem::path& folder);

}  // namespace mee
