#pragma once
// Finding the documents: named files as they are, folders walked for
// *.yaml and *.yml, skipping hidden entries and .meeignore patterns.

#include "document.hpp"
#include "status.hpp"
#include "text.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace mee {

struct FoundFile {
    std::filesystem::path file;  // absolute and normal
    std::string shown;           // as findings name it
    Origin origin = Origin::walked;
};

// The files under `paths`, sorted by shown path, each once. `stop` is the
// folder above which .meeignore files are not read (the project root).
// Fails when a path does not exist or a folder cannot be read.
Expected<std::vector<FoundFile>> find_files(const std::vector<std::string>& paths, const std::filesystem::path& stop,
                                            Lang lang);

// The files of one folder as walking finds them (for the project's
// reference set), with paths shown relative to the current folder.
Expected<std::vector<FoundFile>> walk_folder(const std::filesystem::path& dir, Lang lang);

// Absolute and normal, without touching the file system beyond the current folder.
std::filesystem::path absolute_normal(const std::filesystem::path& p);

}  // namespace mee
