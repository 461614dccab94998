#pragma once
// Reading a whole input file safely: only a regular file is read, so a FIFO,
// a device or a socket named as input (or swapped in after a check) never
// blocks or streams forever, and a read error is an error, not an empty file.

#include "base/status.hpp"
#include "base/text.hpp"

#include <cstdint>
#include <filesystem>
#include <string>

namespace mee {

// The bytes of `file`, at most `max_size` + 1 of them (so a caller can tell
// "too big" from "exactly the limit"). Fails with the reason alone, in
// `lang` (e.g. "geen gewoon bestand", "geen toegang (rechten)"), for the
// caller to put in its own message naming the file.
Expected<std::string> read_regular_file(const std::filesystem::path& file, std::uintmax_t max_size, Lang lang);

}  // namespace mee
