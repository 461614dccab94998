#pragma once
// `mee check --format sarif`: SARIF 2.1.0, for GitHub code scanning and
// other SARIF consumers. Validates against the OASIS SARIF 2.1.0 schema.

#include "base/text.hpp"
#include "check/check.hpp"

#include <string>

namespace mee {

struct SarifOptions {
    Lang lang = Lang::en;  // of the rule descriptions (messages are already in it)
    std::string version;   // the tool's version, "0.1.0"
};

// One run of tool "mee" with a rule for every code among the findings (title,
// why, how to fix, an example; default level from its severity), in code
// order, and a result per finding: its rule, level, message, the file as a relative URI and the
// line and column (Unicode code points), and a partial fingerprint that does
// not depend on the line (check/finding_place.hpp). Ends in a newline.
std::string format_sarif(const CheckResult& result, const SarifOptions& options);

// `path` (portable_path) as a URI reference: each byte outside RFC 3986's
// unreserved characters and "/" percent-encoded; an absolute path becomes a
// file:// URI.
std::string path_to_uri(std::string_view path);

// The English title as a PascalCase identifier: "unknown key" → "UnknownKey".
std::string rule_name(std::string_view title);

}  // namespace mee
