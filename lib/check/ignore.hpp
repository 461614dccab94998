#pragma once
// `.meeignore`: patterns in gitignore syntax for files and folders that
// walking a folder skips.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

// Whether `text` matches gitignore-style `pattern`: `*` and `?` do not match
// '/', `**` matches anything, `[abc]`, `[a-z]` and `[!a]` match one character.
bool glob_match(std::string_view pattern, std::string_view text);

class IgnoreRules {
public:
    // Adds the patterns of the .meeignore in `dir` (nothing when there is none).
    // Assumes `dir` is absolute and normal.
    void load_folder(const std::filesystem::path& dir);

    // Adds one pattern line as if written in a .meeignore in `dir`.
    void add_line(const std::filesystem::path& dir, std::string_view line);

    // Whether absolute normal `path` is ignored: the last pattern that matches
    // it decides ('!' patterns un-ignore).
    bool ignored(const std::filesystem::path& path, bool is_dir) const;

private:
    struct Rule {
        std::filesystem::path base;
        std::string pattern;  // without '!', leading and trailing '/'
        bool negate = false;
        bool dir_only = false;
        bool anchored = false;  // relative to base, not matched at any depth
    };
    std::vector<Rule> rules_;
};

}  // namespace mee
