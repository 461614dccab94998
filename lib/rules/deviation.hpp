#pragma once
// Motivated deviation, "gemotiveerd afwijken" (rules.md, §2.3.1): a
// document's `regelafwijkingen` turn its findings of the named rules into
// info, and a deviation that matches nothing is MEE009.

#include "base/finding.hpp"
#include "base/text.hpp"

#include <vector>

namespace mee {

struct Node;

// Applies the `regelafwijkingen` of `root` to `findings` (all of one
// document, whose path is `path`), in place: a finding of a listed MEE1xx–
// MEE3xx code with a filled motivering becomes info, "gemotiveerd
// afgeweken"; a listed code without findings adds MEE009 at its `regel`;
// a code that does not exist or may not be deviated from adds MEE004.
void apply_deviations(const Node& root, const std::string& path, std::vector<Finding>& findings, Lang lang);

}  // namespace mee
