#pragma once
// Where a finding is, in forms that outlive one run: the file as a
// portable relative path, the node as a path in the document (not a line),
// and a fingerprint of the two with the rule code. Baselines, SARIF and
// GitLab Code Quality use them to recognise a finding after unrelated edits.

#include "base/hash.hpp"
#include "check/check.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

// `shown` as a relative path with forward slashes and no leading "./",
// relative to the current folder when it is absolute and inside it; an
// absolute path outside the current folder stays absolute.
std::string portable_path(std::string_view shown);

// For each finding of `result`, in order: the path of the node it points at
// in its document (Finding::node, yaml/path.hpp), or "" when the document
// has no tree (a file that could not be read as YAML).
std::vector<std::string> finding_node_paths(const CheckResult& result);

// A stable 16-digit hex fingerprint of the portable path, code, node path
// and `occurrence` (0 for the first finding with these three, 1 for the
// next …), so that findings that share them still differ.
std::string fingerprint(std::string_view path, std::string_view code, std::string_view node, std::size_t occurrence);

// The fingerprint of each finding of `result`, in order.
std::vector<std::string> finding_fingerprints(const CheckResult& result);

}  // namespace mee
