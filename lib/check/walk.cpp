#include "check/walk.hpp"

#include "base/system_error.hpp"
#include "check/ignore.hpp"

#include <algorithm>
#include <cerrno>
#include <set>

namespace mee {

namespace fs = std::filesystem;

namespace {

// Where `file` leads, `real`, when that is outside `real_top`; empty when
// it is inside, or when `file` is no link.
fs::path outside(const fs::path& file, const fs::path& real, const fs::path& real_top)
{
    return real != file && !is_below(real, real_top) ? real : fs::path();
}

bool is_yaml_name(const fs::path& p)
{
    const std::string ext = p.extension().string();
    return ext == ".yaml" || ext == ".yml";
}

bool is_hidden(const fs::path& p)
{
    const std::string name = p.filename().string();
    return name.size() > 1 && name[0] == '.' && name != "..";
}

std::string join_shown(const std::string& prefix, const fs::path& relative)
{
    const std::string rel = relative.generic_string();
    if (prefix.empty() || prefix == ".") return rel;
    return prefix.back() == '/' ? prefix + rel : prefix + "/" + rel;
}

struct Walker {
    Lang lang;
    std::vector<FoundFile>& out;
    std::string failure;

    void walk(const fs::path& dir, const fs::path& root, const std::string& prefix, IgnoreRules rules)
    {
        rules.load_folder(dir);
        std::error_code ec;
        std::vector<fs::directory_entry> entries;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            entries.push_back(*it);
        }
        if (ec) {
            failure = say(lang, {"kan map '{0}' niet lezen: {1}", "cannot read folder '{0}': {1}"},
                          join_shown(prefix, dir.lexically_relative(root)), system_error_text(ec.value(), lang));
            return;
        }
        std::sort(entries.begin(), entries.end(),
                  [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
        for (const fs::directory_entry& entry : entries) {
            if (!failure.empty()) return;
            const fs::path& p = entry.path();
            if (is_hidden(p)) continue;
            std::error_code type_ec;
            const bool is_symlink = entry.is_symlink(type_ec);
            const bool is_dir = entry.is_directory(type_ec);
            const bool is_file = entry.is_regular_file(type_ec);
            if (rules.ignored(p, is_dir)) continue;
            if (is_dir && !is_symlink) {
                walk(p, root, prefix, rules);
            } else if (is_file && is_yaml_name(p)) {
                out.push_back(FoundFile{p, join_shown(prefix, p.lexically_relative(root)), Origin::walked, {}, {}});
            }
        }
    }
};

void load_ancestor_rules(IgnoreRules& rules, const fs::path& dir, const fs::path& stop)
{
    std::vector<fs::path> chain;
    const fs::path rel = dir.lexically_relative(stop);
    if (rel.empty() || rel.generic_string().starts_with("..")) return;
    for (fs::path p = dir.parent_path(); p.string().size() >= stop.string().size(); p = p.parent_path()) {
        chain.push_back(p);
        if (p == stop || p == p.parent_path()) break;
    }
    std::reverse(chain.begin(), chain.end());
    for (const fs::path& p : chain)
        rules.load_folder(p);
}

}  // namespace

Expected<std::vector<FoundFile>> find_files(const std::vector<std::string>& paths, const fs::path& stop, Lang lang)
{
    std::vector<FoundFile> found;
    for (const std::string& arg : paths) {
        const fs::path abs = absolute_normal(arg);
        std::error_code ec;
        const fs::file_status status = fs::status(abs, ec);
        if (ec && ec.value() == ELOOP) {
            return Failure{say(lang,
                               {"'{0}' is een symbolische koppeling in een kring (die naar zichzelf terug leidt)",
                                "'{0}' is a symbolic link in a loop (it leads back to itself)"},
                               arg)};
        }
        if (ec && ec.value() != ENOENT && ec.value() != ENOTDIR) {
            return Failure{say(lang, {"kan '{0}' niet lezen: {1}", "cannot read '{0}': {1}"}, arg,
                               system_error_text(ec.value(), lang))};
        }
        if (ec || !fs::exists(status)) {
            return Failure{say(lang, {"'{0}' bestaat niet", "'{0}' does not exist"}, arg)};
        }
        if (fs::is_directory(status)) {
            IgnoreRules rules;
            load_ancestor_rules(rules, abs, stop);
            Walker walker{lang, found, {}};
            std::string prefix = arg;
            while (prefix.size() > 1 && prefix.back() == '/')
                prefix.pop_back();
            if (prefix.starts_with("./") && prefix.size() > 2) prefix = prefix.substr(2);
            walker.walk(abs, abs, prefix, rules);
            if (!walker.failure.empty()) return Failure{walker.failure};
        } else {
            std::string shown = arg;
            if (shown.starts_with("./") && shown.size() > 2) shown = shown.substr(2);
            found.push_back(FoundFile{abs, shown, Origin::named, {}, {}});
        }
    }
    // Each file once (named wins over walked), in the order of their shown paths.
    std::stable_sort(found.begin(), found.end(), [](const FoundFile& a, const FoundFile& b) {
        return a.file == b.file ? a.origin == Origin::named && b.origin != Origin::named : a.file < b.file;
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const FoundFile& a, const FoundFile& b) { return a.file == b.file; }),
                found.end());
    std::sort(found.begin(), found.end(), [](const FoundFile& a, const FoundFile& b) { return a.shown < b.shown; });
    // Where symbolic links lead: inside the project (as a kaart must be);
    // and each real file once, the named form first, else the one that is
    // no link (a link to a document is not a second document with its id).
    std::error_code ec;
    fs::path real_top = fs::weakly_canonical(stop, ec);
    if (ec) real_top = stop;
    for (FoundFile& f : found) {
        f.real = fs::weakly_canonical(f.file, ec);
        if (ec) {
            f.real = f.file;
        } else {
            f.outside = outside(f.file, f.real, real_top);
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const FoundFile& a, const FoundFile& b) {
        if (a.real != b.real) return a.real < b.real;
        if (a.origin != b.origin) return a.origin == Origin::named;
        return (a.file == a.real) > (b.file == b.real);
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const FoundFile& a, const FoundFile& b) { return a.real == b.real; }),
                found.end());
    std::sort(found.begin(), found.end(), [](const FoundFile& a, const FoundFile& b) { return a.shown < b.shown; });
    return found;
}

fs::path outside_of(const fs::path& file, const fs::path& top)
{
    std::error_code ec;
    const fs::path real = fs::weakly_canonical(file, ec);
    if (ec) return {};
    const fs::path real_top = fs::weakly_canonical(top, ec);
    return outside(file, real, ec ? top : real_top);
}

Document load_found(const FoundFile& found, const SchemaSet& schemas, Lang lang, Validate validate)
{
    if (found.outside.empty()) return load_document(found.file, found.shown, found.origin, schemas, lang, validate);
    Document doc;
    doc.file = found.file;
    doc.path = found.shown;
    doc.state = LoadState::unreadable;
    doc.findings.push_back(Finding{doc.path, Mark{1, 1}, Severity::error, "MEE007",
                                   say(lang,
                                       {"dit is een symbolische koppeling naar '{0}', buiten het project; mee leest "
                                        "het niet: zet het document zelf in het project",
                                        "this is a symbolic link to '{0}', outside the project; mee does not read it: "
                                        "put the document itself in the project"},
                                       found.outside.string())});
    return doc;
}

Expected<std::vector<FoundFile>> walk_folder(const fs::path& dir, Lang lang)
{
    const fs::path cwd = absolute_normal(".");
    fs::path rel = dir.lexically_relative(cwd);
    std::string shown =
        rel.empty() || rel.generic_string().starts_with("..") ? dir.generic_string() : rel.generic_string();
    return find_files({shown == "" ? "." : shown}, dir, lang);
}

}  // namespace mee
