#pragma once
// `mee check --format junit`: a JUnit XML report for GitLab, Jenkins and
// Azure, valid against the Apache Ant JUnit schema.
//
// That schema allows one <failure> per <testcase>, so a document with
// several failing findings gets one <failure> that lists them all, one per
// line; findings below --fail-on go to the suite's <system-out>.

#include "base/text.hpp"
#include "check/check.hpp"
#include "check/project.hpp"

#include <string>
#include <string_view>

namespace mee {

struct JunitOptions {
    Lang lang = Lang::en;
    FailOn fail_on = FailOn::error;  // findings at or above it are failures
    std::string timestamp;           // YYYY-MM-DDTHH:MM:SS (no zone), when the run was
};

// One <testsuite name="mee"> with a <testcase> per document judged (name:
// its path; classname: its kind, or "mee" when it could not be read as a
// document); a failing document's <failure> has message "CODE message" (of
// its first failing finding, with how many more), type its most severe
// severity, and as text "path:line:col: severity CODE message" per failing
// finding. Ends in a newline.
std::string format_junit(const CheckResult& result, const JunitOptions& options);

// `text` for XML 1.0 element content and double-quoted attributes: & < > "
// ' escaped, tab, line feed and carriage return kept as character
// references in attributes, other characters XML cannot hold (C0 controls,
// U+FFFE, U+FFFF) replaced by U+FFFD.
std::string escape_xml(std::string_view text, bool attribute);

}  // namespace mee
