#include "report/text.hpp"

#include <algorithm>

namespace mee {

namespace {

std::string plural(Lang lang, std::size_t n, Msg one, Msg many)
{
    return say(lang, n == 1 ? one : many, n);
}

const char* severity_color(Severity s)
{
    switch (s) {
        case Severity::error:
            return "\033[1;31m";
        case Severity::warning:
            return "\033[1;33m";
        case Severity::info:
            return "\033[1;36m";
    }
    return "";
}

constexpr const char* k_bold = "\033[1m";
constexpr const char* k_dim = "\033[2m";
constexpr const char* k_reset = "\033[0m";

// The caret line: the line's own tabs kept, so the caret lines up.
std::string caret_prefix(std::string_view line, int column)
{
    std::string prefix;
    int seen = 1;
    for (std::size_t i = 0; i < line.size() && seen < column; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) == 0x80) continue;
        prefix += c == '\t' ? '\t' : ' ';
        ++seen;
    }
    return prefix;
}

// A window of at most k_window code points of `line` around `column`, with
// "…" where it was cut; `column` is moved to the same character.
constexpr std::size_t k_window = 160;

std::string window(std::string_view line, int& column)
{
    std::vector<std::size_t> starts;  // byte offset of each code point
    for (std::size_t i = 0; i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) starts.push_back(i);
    }
    if (starts.size() <= k_window) return std::string(line);
    const std::size_t at = std::min<std::size_t>(static_cast<std::size_t>(std::max(column, 1)) - 1, starts.size());
    const std::size_t first = at > k_window / 2 ? std::min(at - k_window / 2, starts.size() - k_window) : 0;
    const std::size_t last = first + k_window;  // exclusive, in code points
    std::string out = first > 0 ? "\u2026" : "";
    const std::size_t end_byte = last < starts.size() ? starts[last] : line.size();
    out += std::string(line.substr(starts[first], end_byte - starts[first]));
    if (last < starts.size()) out += "\u2026";
    column = static_cast<int>(at - first) + (first > 0 ? 1 : 0) + 1;
    return out;
}

}  // namespace

SeverityCounts count_by_severity(const std::vector<Finding>& findings)
{
    SeverityCounts c;
    for (const Finding& f : findings) {
        switch (f.severity) {
            case Severity::error:
                ++c.errors;
                break;
            case Severity::warning:
                ++c.warnings;
                break;
            case Severity::info:
                ++c.infos;
                break;
        }
    }
    return c;
}

std::string summary_line(const CheckResult& result, Lang lang)
{
    const SeverityCounts c = count_by_severity(result.findings);
    const std::string docs =
        plural(lang, result.documents, {"{0} document", "{0} document"}, {"{0} documenten", "{0} documents"});
    std::string line;
    if (result.findings.empty()) {
        line = say(lang, {"geen bevindingen in {0}", "no findings in {0}"}, docs);
    } else {
        std::vector<std::string> parts;
        if (c.errors) parts.push_back(plural(lang, c.errors, {"{0} fout", "{0} error"}, {"{0} fouten", "{0} errors"}));
        if (c.warnings) {
            parts.push_back(
                plural(lang, c.warnings, {"{0} waarschuwing", "{0} warning"}, {"{0} waarschuwingen", "{0} warnings"}));
        }
        if (c.infos) parts.push_back(plural(lang, c.infos, {"{0} info", "{0} info"}, {"{0} info", "{0} infos"}));
        std::string list = parts[0];
        for (std::size_t i = 1; i < parts.size(); ++i) {
            list += (i + 1 == parts.size() ? say(lang, {" en ", " and "}) : ", ") + parts[i];
        }
        line = say(lang, {"{0} in {1}", "{0} in {1}"}, list, docs);
    }
    if (!result.skipped.empty()) {
        line += plural(lang, result.skipped.size(),
                       {"; {0} YAML-bestand zonder soort overgeslagen", "; {0} YAML file without soort skipped"},
                       {"; {0} YAML-bestanden zonder soort overgeslagen", "; {0} YAML files without soort skipped"});
    }
    if (result.baselined > 0) {
        line += plural(lang, result.baselined,
                       {"; {0} bevinding uit de baseline weggelaten", "; {0} finding suppressed by the baseline"},
                       {"; {0} bevindingen uit de baseline weggelaten", "; {0} findings suppressed by the baseline"});
    }
    if (!result.findings.empty()) {
        line += say(lang, {" (mee explain CODE legt een regel uit)", " (mee explain CODE explains a rule)"});
    }
    return line;
}

std::string format_text(const CheckResult& result, const TextStyle& style)
{
    const bool color = style.color == Color::yes;
    std::string out;
    for (const Finding& f : result.findings) {
        // File names and messages (which may quote a document) without control characters.
        const std::string path = terminal_safe(f.path);
        const std::string message = terminal_safe(f.message);
        if (color) {
            out += fmt::format("{}{}:{}:{}:{} {}{}{} {}{}{} {}\n", k_bold, path, f.mark.line, f.mark.column, k_reset,
                               severity_color(f.severity), severity_name(f.severity), k_reset, k_bold, f.code, k_reset,
                               message);
        } else {
            out += fmt::format("{}:{}:{}: {} {} {}\n", path, f.mark.line, f.mark.column, severity_name(f.severity),
                               f.code, message);
        }
        auto source = result.sources.find(f.path);
        if (source == result.sources.end()) continue;
        int column = f.mark.column;
        const std::string line = window(source->second.line(f.mark.line), column);
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        const std::string number = std::to_string(f.mark.line);
        const std::string gutter(number.size(), ' ');
        const std::string caret = caret_prefix(line, column);
        const std::string shown = terminal_safe(line);
        if (color) {
            out += fmt::format(" {}{} |{} {}\n", k_dim, number, k_reset, shown);
            out +=
                fmt::format(" {}{} |{} {}{}^{}\n", k_dim, gutter, k_reset, caret, severity_color(f.severity), k_reset);
        } else {
            out += fmt::format(" {} | {}\n", number, shown);
            out += fmt::format(" {} | {}^\n", gutter, caret);
        }
    }
    if (style.quiet == Quiet::no) {
        if (!result.findings.empty()) out += "\n";
        out += summary_line(result, style.lang) + "\n";
    }
    return out;
}

}  // namespace mee
