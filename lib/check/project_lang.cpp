#include "check/project_lang.hpp"
#include "base/file_path.hpp"

#include "base/regular_file.hpp"
#include "check/walk.hpp"
#include "yaml/tree.hpp"

namespace mee {

namespace fs = std::filesystem;

fs::path search_start(const std::string& path)
{
    const fs::path abs = absolute_normal(path);
    std::error_code ec;
    return fs::is_directory(abs, ec) ? abs : abs.parent_path();
}

std::optional<fs::path> config_folder(const fs::path& start)
{
    for (fs::path p = start;; p = p.parent_path()) {
        std::error_code ec;
        if (fs::exists(p / ".mee.yaml", ec)) return p;
        // Not above the top of a git work tree: a .mee.yaml in a parent
        // folder (a CI runner's builds folder, a shared temporary folder)
        // is not the clone's to obey.
        if (fs::exists(p / ".git", ec)) return std::nullopt;
        if (p == p.parent_path()) return std::nullopt;
    }
}

std::optional<Lang> project_lang(const std::vector<std::string>& paths)
{
    const auto folder = config_folder(search_start(paths.empty() ? std::string(".") : paths.front()));
    if (!folder) return std::nullopt;
    auto read = read_regular_file(*folder / ".mee.yaml", 4 * 1024 * 1024, Lang::nl);  // the reason is not shown
    if (!read) return std::nullopt;
    std::string text = std::move(*read);
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    const Source source(std::move(text));
    const ParsedYaml parsed = parse_yaml(source, Lang::nl);
    if (!parsed.problems.empty() || !parsed.root || !parsed.root->is_mapping()) return std::nullopt;
    for (const Entry& e : parsed.root->entries) {
        if (e.key == "lang" && e.value.is_scalar()) return parse_lang(e.value.value);
    }
    return std::nullopt;
}

}  // namespace mee
