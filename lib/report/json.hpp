#pragma once
// `mee check --format json`: the findings as one JSON object.

#include "base/text.hpp"
#include "check/check.hpp"

#include <string>

namespace mee {

// One JSON object with `findings` (each with the `node` path of its place,
// yaml/path.hpp) and `summary`, ending in a newline.
std::string format_json(const CheckResult& result, Lang lang);

}  // namespace mee
