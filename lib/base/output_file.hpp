#pragma once
// Writing mee's own output files: atomically (a temporary file in the same
// folder, then rename), so an interrupted run leaves no half file; never
// over a document or the project's configuration; never through a
// symbolic link in the project that points out of it; and into a device
// or FIFO (/dev/null, /dev/stdout, a pipe) in place, never by replacing it.

#include "base/status.hpp"
#include "base/text.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace mee {

enum class Overwrite { no, yes };

// What an output may not be, or go through.
struct OutputGuard {
    // Absolute folders (the project's roots and the current folder): a path
    // below one of them whose symbolic links lead out of it is refused.
    std::vector<std::filesystem::path> workspace;
    // The documents read, and the project's .mee.yaml and profile: never
    // written over.
    std::vector<std::filesystem::path> inputs;
    // Also refuse every existing .yaml or .yml file in the workspace (all but
    // `mee init`, whose output is a document).
    bool documents = true;
};

// Fails, naming `path`, when the guard refuses it (see above), when it is
// a folder, a block device or a socket, or a symbolic link to nothing or
// in a loop. Writes nothing.
Expected<bool> check_output(const std::filesystem::path& path, const OutputGuard& guard, Lang lang);

// Writes `content` to `path`: a regular file (new or existing, also at the
// end of a symbolic link) through a temporary file in its folder and a
// rename, keeping an existing file's mode; a character device or a FIFO in
// place. Fails, naming the path, when the folder does not exist or cannot
// be written, or when `path` exists and `overwrite` is Overwrite::no.
// Leaves no temporary file behind on failure, and removes the temporary
// files of earlier runs that were killed. Call check_output first.
Expected<bool> write_file_atomically(const std::filesystem::path& path, std::string_view content, Overwrite overwrite,
                                     Lang lang);

// check_output, then write_file_atomically.
Expected<bool> write_output(const std::filesystem::path& path, std::string_view content, Overwrite overwrite,
                            const OutputGuard& guard, Lang lang);

}  // namespace mee
