#pragma once
// `mee check --format codequality`: the GitLab Code Quality report (a JSON
// array of issues, the Code Climate subset GitLab reads), shown in merge
// requests.

#include "check/check.hpp"

#include <string>

namespace mee {

// One issue per finding: `description` "CODE message", `check_name` the code,
// `fingerprint` from the path, code and node path (check/finding_place.hpp, so it
// survives edits elsewhere in the file), `severity` major (error), minor
// (warning) or info, `location.path` relative with forward slashes and
// `location.lines.begin`. Ends in a newline.
std::string format_codequality(const CheckResult& result);

}  // namespace mee
