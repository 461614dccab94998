#include "check/project.hpp"
#include "base/file_path.hpp"

#include "base/regular_file.hpp"
#include "base/suggest.hpp"
#include "check/project_lang.hpp"
#include "check/walk.hpp"
#include "rules/catalog.hpp"
#include "yaml/tree.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace mee {

namespace fs = std::filesystem;

std::optional<FailOn> parse_fail_on(std::string_view s)
{
    if (s == "error") return FailOn::error;
    if (s == "warning") return FailOn::warning;
    if (s == "info") return FailOn::info;
    if (s == "never") return FailOn::never;
    return std::nullopt;
}

bool fails(Severity severity, FailOn threshold)
{
    switch (threshold) {
        case FailOn::never:
            return false;
        case FailOn::info:
            return true;
        case FailOn::warning:
            return severity != Severity::info;
        case FailOn::error:
            return severity == Severity::error;
    }
    return false;
}

namespace {

// The path as the user would type it: relative to the current folder when
// it is below it.
std::string shown_path(const fs::path& file)
{
    const fs::path relative = file.lexically_relative(absolute_normal("."));
    if (!relative.empty() && !relative.generic_string().starts_with("..")) return relative.generic_string();
    return file.generic_string();
}

Failure config_failure(const fs::path& file, Mark mark, const std::string& message)
{
    return Failure{fmt::format("{}:{}:{}: {}", shown_path(file), mark.line, mark.column, message)};
}

bool path_exists(const fs::path& p)
{
    std::error_code ec;
    return fs::exists(p, ec);
}

}  // namespace

Expected<Config> read_config(const fs::path& file, Lang lang)
{
    auto read = read_regular_file(file, 4 * 1024 * 1024, lang);
    if (!read)
        return Failure{say(lang, {"kan '{0}' niet lezen: {1}", "cannot read '{0}': {1}"}, file.string(), read.error())};
    std::string text = std::move(*read);
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    const Source source(std::move(text));
    ParsedYaml parsed = parse_yaml(source, lang);
    if (!parsed.problems.empty()) {
        return config_failure(file, parsed.problems.front().mark, parsed.problems.front().message);
    }
    Config config;
    config.file = file;
    if (!parsed.root || parsed.root->is_null()) return config;
    const Node& root = *parsed.root;
    if (!root.is_mapping()) {
        return config_failure(file, root.mark,
                              say(lang, {".mee.yaml moet een mapping zijn met profile, lang, fail_on en disable",
                                         ".mee.yaml must be a mapping with profile, lang, fail_on and disable"}));
    }
    static const std::vector<std::string> k_keys = {"profile", "lang", "fail_on", "disable"};
    for (const Entry& e : root.entries) {
        const Node& v = e.value;
        if (v.is_null()) continue;
        if (e.key == "profile" && v.is_scalar()) {
            // Inside the project, also after its symbolic links: a pull
            // request could otherwise point mee at any file of the machine.
            const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
            const fs::path named = (folder / v.value).lexically_normal();
            std::error_code ec;
            const fs::path real_folder = fs::weakly_canonical(folder, ec);
            const fs::path real = fs::weakly_canonical(named, ec);
            if (fs::path(v.value).is_absolute() || !is_below(named, folder) || ec || !is_below(real, real_folder)) {
                return config_failure(
                    file, v.mark,
                    say(lang, {"profile moet een bestand in het project zijn: een pad vanaf de map van "
                               ".mee.yaml, zonder ../ en zonder koppeling naar buiten; een profiel "
                               "elders geeft u met --profile",
                               "profile must be a file in the project: a path from the folder of "
                               ".mee.yaml, without ../ and without a link to outside; give a profile "
                               "elsewhere with --profile"}));
            }
            config.profile = named;
        } else if (e.key == "lang" && v.is_scalar() && parse_lang(v.value)) {
            config.lang = parse_lang(v.value);
        } else if (e.key == "fail_on" && v.is_scalar() && parse_fail_on(v.value)) {
            config.fail_on = parse_fail_on(v.value);
        } else if (e.key == "disable" && v.is_sequence()) {
            for (const Node& item : v.items) {
                if (!item.is_scalar() || find_rule(item.value) == nullptr) {
                    return config_failure(file, item.mark,
                                          say(lang,
                                              {"disable: '{0}' is geen regelcode van mee (zie mee rules)",
                                               "disable: '{0}' is not a rule code of mee (see mee rules)"},
                                              item.value));
                }
                config.disable.emplace_back(find_rule(item.value)->code);
            }
        } else if (std::find(k_keys.begin(), k_keys.end(), e.key) == k_keys.end()) {
            std::string message =
                say(lang, {"onbekende sleutel '{0}' in .mee.yaml", "unknown key '{0}' in .mee.yaml"}, e.key);
            if (auto guess = did_you_mean(e.key, k_keys)) {
                message += say(lang, {"; bedoelde u '{0}'?", "; did you mean '{0}'?"}, *guess);
            }
            return config_failure(file, e.key_mark, message);
        } else {
            static const Msg k_expected[] = {
                {"profile moet een pad zijn (tekst)", "profile must be a path (text)"},
                {"lang moet nl of en zijn", "lang must be nl or en"},
                {"fail_on moet error, warning, info of never zijn", "fail_on must be error, warning, info or never"},
                {"disable moet een lijst van regelcodes zijn, zoals [MEE184]",
                 "disable must be a list of rule codes, like [MEE184]"},
            };
            const auto index = std::find(k_keys.begin(), k_keys.end(), e.key) - k_keys.begin();
            return config_failure(file, v.mark, say(lang, k_expected[index]));
        }
    }
    return config;
}

Expected<Project> find_project(const std::vector<std::string>& paths, Lang lang)
{
    const std::vector<std::string> named = paths.empty() ? std::vector<std::string>{"."} : paths;
    Project project;
    for (const std::string& arg : named) {
        const fs::path abs = absolute_normal(arg);
        const fs::path start = search_start(arg);
        fs::path root;
        if (auto folder = config_folder(start)) {
            root = *folder;
            if (!project.config) {
                auto config = read_config(root / ".mee.yaml", lang);
                if (!config) return Failure{config.error()};
                project.config = std::move(*config);
            }
        }
        if (root.empty()) {
            for (fs::path p = start;; p = p.parent_path()) {
                if (path_exists(p / ".git")) {
                    root = p;
                    break;
                }
                if (p == p.parent_path()) break;
            }
        }
        if (!root.empty()) {
            project.marked = true;
        } else {
            // Neither .mee.yaml nor git: the named folder, or the named
            // file's own folder, is the project, so a plan that lies beside
            // its eindverslag is found.
            root = start;
        }
        if (std::find(project.roots.begin(), project.roots.end(), root) == project.roots.end()) {
            project.roots.push_back(root);
        }
    }
    project.top = project.roots.front();
    return project;
}

}  // namespace mee
