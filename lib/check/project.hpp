#pragma once
// The project a run belongs to (cli.md "Finding the documents"): the
// nearest folder with .mee.yaml above each named path (not above the top
// of its git work tree), else the top of
// the git work tree, else the named folder or the named file's own folder;
// and its .mee.yaml.

#include "base/finding.hpp"
#include "base/status.hpp"
#include "base/text.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mee {

enum class FailOn { info, warning, error, never };

std::optional<FailOn> parse_fail_on(std::string_view s);

// Whether a finding of `severity` reaches the threshold.
bool fails(Severity severity, FailOn threshold);

// The defaults of .mee.yaml; each absent when not given.
struct Config {
    std::filesystem::path file;
    std::optional<std::filesystem::path> profile;  // absolute
    std::optional<Lang> lang;
    std::optional<FailOn> fail_on;
    std::vector<std::string> disable;
};

struct Project {
    // Folders whose documents are the reference set.
    std::vector<std::filesystem::path> roots;
    // Whether a root was marked by .mee.yaml or a git work tree (rather
    // than being just the folder of a named path).
    bool marked = false;
    // The folder above which .meeignore files are not read.
    std::filesystem::path top;
    std::optional<Config> config;
};

// Finds the project of `paths` (the current folder when empty). Fails when
// a .mee.yaml cannot be read or holds something it should not.
Expected<Project> find_project(const std::vector<std::string>& paths, Lang lang);

// Reads a .mee.yaml file.
Expected<Config> read_config(const std::filesystem::path& file, Lang lang);

}  // namespace mee
