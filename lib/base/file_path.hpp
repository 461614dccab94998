#pragma once
// Paths compared as written: made absolute and normal without asking the
// file system about links, and whether one path lies inside a folder.

#include <filesystem>

namespace mee {

// Absolute and normal, without touching the file system beyond the current folder.
std::filesystem::path absolute_normal(const std::filesystem::path& p);

// Whether `path` is `folder` or below it, compared as written (both
// absolute and normal, or both with their links resolved).
bool is_below(const std::filesystem::path& path, const std::filesystem::path& folder);

}  // namespace mee
