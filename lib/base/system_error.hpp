#pragma once
// What the operating system said, in the user's language: "Permission
// denied" reads "geen toegang" in a Dutch message.

#include "base/text.hpp"

#include <string>

namespace mee {

// The reason for the errno value `error` in `lang`: Dutch for the reasons a
// user meets when reading and writing files (no such file, no access, disk
// full, …); the C library's English text for the rare others.
std::string system_error_text(int error, Lang lang);

}  // namespace mee
