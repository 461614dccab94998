#pragma once
// Writing mee's own output files: atomically (a temporary file in the same
// folder, then rename), so an interrupted run leaves no half file, and
// never over a document mee read.

#include "status.hpp"
#include "text.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace mee {

enum class Overwrite { no, yes };

// Writes `content` to `path` through a temporary file and a rename. Fails,
// naming the path, when the folder does not exist or cannot be written, or
// when `path` exists and `overwrite` is Overwrite::no. Leaves no temporary
// file behind on failure.
Expected<bool> write_file_atomically(const std::filesystem::path& path, std::string_view content, Overwrite overwrite,
                                     Lang lang);

// Fails when `path` is one of `inputs` (the same file, by identity).
Expected<bool> refuse_input_as_output(const std::filesystem::path& path,
                                      const std::vector<std::filesystem::path>& inputs, Lang lang);

}  // namespace mee
