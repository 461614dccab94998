#pragma once
// A finding: one thing mee has to say about one place in one document.

#include "base/source.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

// Ordered from least to most severe, so thresholds compare with <.
enum class Severity { info, warning, error };

// "error", "warning", "info": never translated.
std::string_view severity_name(Severity severity);
std::optional<Severity> parse_severity(std::string_view s);

struct Finding {
    std::string path;  // as the user named or as it was walked
    Mark mark;
    Severity severity = Severity::error;
    std::string code;  // "MEE004"
    std::string message;
    // The path of the node it points at in its document (yaml/path.hpp),
    // set by run_check while the document's tree is still in memory; ""
    // when the document has no tree (a file that could not be read as YAML).
    std::string node{};

    friend bool operator==(const Finding&, const Finding&) = default;
};

// The order of every output: path, line, column, code, then message.
bool finding_less(const Finding& a, const Finding& b);
void sort_findings(std::vector<Finding>& findings);

}  // namespace mee
