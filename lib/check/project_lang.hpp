#pragma once
// Where a run's .mee.yaml is, and the language it asks for, found before
// the project is read in full: mee's messages about the project itself
// (and the help) are told in that language.

#include "base/text.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mee {

// The folder a named path is searched upwards from: the path itself when
// it is a folder, else its parent (both absolute).
std::filesystem::path search_start(const std::string& path);

// The nearest folder at or above `start` that holds .mee.yaml, not above
// the top of the git work tree `start` is in; nullopt when there is none.
std::optional<std::filesystem::path> config_folder(const std::filesystem::path& start);

// The `lang` of the .mee.yaml that find_project(paths) reads first (the
// one above the first path, or above the current folder when `paths` is
// empty), when that file can be read as YAML and its `lang` is nl or en,
// whatever else is wrong in it; nullopt otherwise.
std::optional<Lang> project_lang(const std::vector<std::string>& paths);

}  // namespace mee
