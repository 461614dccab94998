#include "ignore.hpp"

#include "regular_file.hpp"

#include <fstream>
#include <sstream>

namespace mee {

namespace {

// Matches one bracket expression at the start of `p` against `c`; sets
// `length` to the expression's length (0 when it is not well formed).
bool match_class(std::string_view p, char c, std::size_t& length)
{
    std::size_t i = 1;
    bool negate = false;
    if (i < p.size() && (p[i] == '!' || p[i] == '^')) negate = true, ++i;
    bool matched = false;
    bool first = true;
    while (i < p.size() && (first || p[i] != ']')) {
        first = false;
        char lo = p[i];
        char hi = lo;
        if (i + 2 < p.size() && p[i + 1] == '-' && p[i + 2] != ']') {
            hi = p[i + 2];
            i += 3;
        } else {
            ++i;
        }
        if (c >= lo && c <= hi) matched = true;
    }
    if (i >= p.size()) {
        length = 0;
        return false;
    }
    length = i + 1;
    return matched != negate && c != '/';
}

}  // namespace

bool glob_match(std::string_view p, std::string_view t)
{
    std::size_t pi = 0;
    std::size_t ti = 0;
    while (pi < p.size()) {
        if (p[pi] == '*') {
            const bool doublestar = pi + 1 < p.size() && p[pi + 1] == '*';
            std::size_t rest = pi + (doublestar ? 2 : 1);
            if (doublestar && rest < p.size() && p[rest] == '/') {
                // "**/" also matches nothing at all.
                if (glob_match(p.substr(rest + 1), t.substr(ti))) return true;
            }
            for (std::size_t k = ti; k <= t.size(); ++k) {
                if (glob_match(p.substr(rest), t.substr(k))) return true;
                if (k < t.size() && t[k] == '/' && !doublestar) break;
            }
            return false;
        }
        if (ti >= t.size()) return false;
        if (p[pi] == '?') {
            if (t[ti] == '/') return false;
            ++pi, ++ti;
        } else if (p[pi] == '[') {
            std::size_t length = 0;
            const bool ok = match_class(p.substr(pi), t[ti], length);
            if (length == 0) {
                if (t[ti] != '[') return false;
                ++pi, ++ti;
            } else {
                if (!ok) return false;
                pi += length, ++ti;
            }
        } else if (p[pi] == '\\' && pi + 1 < p.size()) {
            if (p[pi + 1] != t[ti]) return false;
            pi += 2, ++ti;
        } else {
            if (p[pi] != t[ti]) return false;
            ++pi, ++ti;
        }
    }
    return ti == t.size();
}

void IgnoreRules::load_folder(const std::filesystem::path& dir)
{
    // Only a regular file: a FIFO or device named .meeignore must not block the walk.
    auto text = read_regular_file(dir / ".meeignore", 1024 * 1024, Lang::nl);  // the reason is not shown
    if (!text) return;
    std::istringstream in(*text);
    std::string line;
    while (std::getline(in, line))
        add_line(dir, line);
}

void IgnoreRules::add_line(const std::filesystem::path& dir, std::string_view line)
{
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\')) {
        line.remove_suffix(1);
    }
    if (line.empty() || line.front() == '#') return;
    Rule rule;
    rule.base = dir;
    if (line.front() == '!')
        rule.negate = true, line.remove_prefix(1);
    else if (line.starts_with("\\!") || line.starts_with("\\#"))
        line.remove_prefix(1);
    if (!line.empty() && line.back() == '/') rule.dir_only = true, line.remove_suffix(1);
    if (line.empty()) return;
    rule.anchored = line.find('/') != std::string_view::npos;
    if (line.front() == '/') line.remove_prefix(1);
    rule.pattern = std::string(line);
    rules_.push_back(std::move(rule));
}

bool IgnoreRules::ignored(const std::filesystem::path& path, bool is_dir) const
{
    bool result = false;
    for (const Rule& rule : rules_) {
        if (rule.dir_only && !is_dir) continue;
        const std::filesystem::path relative = path.lexically_relative(rule.base);
        const std::string rel = relative.generic_string();
        if (rel.empty() || rel == "." || rel.starts_with("..")) continue;
        bool matched = false;
        if (rule.anchored) {
            matched = glob_match(rule.pattern, rel);
        } else {
            matched = glob_match(rule.pattern, relative.filename().string());
        }
        if (matched) result = !rule.negate;
    }
    return result;
}

}  // namespace mee
