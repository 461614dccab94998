#include "check/ignore.hpp"

#include "base/regular_file.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

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

// One step of a glob pattern.
struct GlobToken {
    enum Kind { literal, any, bracket, star, double_star, double_star_slash } kind = literal;
    char c = 0;             // literal
    std::string_view spec;  // bracket: the expression, with its brackets
};

std::vector<GlobToken> glob_tokens(std::string_view p)
{
    std::vector<GlobToken> tokens;
    for (std::size_t i = 0; i < p.size();) {
        if (p[i] == '*') {
            if (i + 1 < p.size() && p[i + 1] == '*') {
                if (i + 2 < p.size() && p[i + 2] == '/') {
                    tokens.push_back({GlobToken::double_star_slash, 0, {}});
                    i += 3;
                } else {
                    tokens.push_back({GlobToken::double_star, 0, {}});
                    i += 2;
                }
            } else {
                tokens.push_back({GlobToken::star, 0, {}});
                ++i;
            }
        } else if (p[i] == '?') {
            tokens.push_back({GlobToken::any, 0, {}});
            ++i;
        } else if (p[i] == '[') {
            std::size_t length = 0;
            match_class(p.substr(i), 'a', length);
            if (length == 0) {
                tokens.push_back({GlobToken::literal, '[', {}});
                ++i;
            } else {
                tokens.push_back({GlobToken::bracket, 0, p.substr(i, length)});
                i += length;
            }
        } else if (p[i] == '\\' && i + 1 < p.size()) {
            tokens.push_back({GlobToken::literal, p[i + 1], {}});
            i += 2;
        } else {
            tokens.push_back({GlobToken::literal, p[i], {}});
            ++i;
        }
    }
    return tokens;
}

}  // namespace

// Runs the pattern as a set of places in it, one step per character of the
// text: O(pattern × text), where matching by backtracking takes time
// exponential in the number of stars ("*a*a*a*a*a*a*a*a*b").
bool glob_match(std::string_view p, std::string_view t)
{
    const std::vector<GlobToken> tokens = glob_tokens(p);
    const std::size_t n = tokens.size();
    std::vector<char> now(n + 1, 0);
    std::vector<char> next(n + 1, 0);
    // Adds place i and every place reachable from it without a character
    // (a star and "**/" also match nothing).
    const auto reach = [&](std::vector<char>& set, std::size_t i) {
        for (; i <= n && !set[i]; ++i) {
            set[i] = 1;
            if (i == n) break;
            const auto kind = tokens[i].kind;
            if (kind != GlobToken::star && kind != GlobToken::double_star && kind != GlobToken::double_star_slash)
                break;
        }
    };
    reach(now, 0);
    for (char c : t) {
        std::fill(next.begin(), next.end(), 0);
        bool any = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (!now[i]) continue;
            const GlobToken& token = tokens[i];
            std::size_t length = 0;
            switch (token.kind) {
                case GlobToken::literal:
                    if (c == token.c) reach(next, i + 1), any = true;
                    break;
                case GlobToken::any:
                    if (c != '/') reach(next, i + 1), any = true;
                    break;
                case GlobToken::bracket:
                    if (match_class(token.spec, c, length)) reach(next, i + 1), any = true;
                    break;
                case GlobToken::star:
                    if (c != '/') reach(next, i), any = true;
                    break;
                case GlobToken::double_star:
                    reach(next, i), any = true;
                    break;
                case GlobToken::double_star_slash:
                    reach(next, i), any = true;
                    if (c == '/') reach(next, i + 1);
                    break;
            }
        }
        if (!any) return false;
        now.swap(next);
    }
    return now[n] != 0;
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
