#include "report/junit.hpp"

#include <fmt/format.h>

#include <map>

namespace mee {

namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

std::string attr(std::string_view text)
{
    return escape_xml(text, true);
}

std::string line_of(const Finding& f)
{
    return fmt::format("{}:{}:{}: {} {} {}", f.path, f.mark.line, f.mark.column, severity_name(f.severity), f.code,
                       f.message);
}

}  // namespace

std::string escape_xml(std::string_view raw, bool attribute)
{
    const std::string valid = valid_utf8(raw);  // a file name need not be UTF-8
    const std::string_view text = valid;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        switch (c) {
            case '&':
                out += "&amp;";
                continue;
            case '<':
                out += "&lt;";
                continue;
            case '>':
                out += "&gt;";
                continue;
            case '"':
                out += "&quot;";
                continue;
            case '\'':
                out += "&apos;";
                continue;
            case '\t':
                out += attribute ? "&#9;" : "\t";
                continue;
            case '\n':
                out += attribute ? "&#10;" : "\n";
                continue;
            case '\r':
                out += "&#13;";
                continue;
            default:
                break;
        }
        if (c < 0x20 || c == 0x7F) {
            out += k_replacement;
            continue;
        }
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
        if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
            out += k_replacement;
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
    return out;
}

std::string format_junit(const CheckResult& result, const JunitOptions& options)
{
    std::map<std::string, std::string_view> kinds;
    for (const ProjectDocument& doc : result.project.documents()) {
        if (doc.checked) kinds.emplace(doc.path, kind_name(doc.kind));
    }
    std::map<std::string, std::vector<const Finding*>> failing;
    std::string below;
    for (const Finding& f : result.findings) {
        if (fails(f.severity, options.fail_on)) {
            failing[f.path].push_back(&f);
        } else {
            below += line_of(f) + "\n";
        }
    }
    std::string cases;
    for (const auto& [path, source] : result.sources) {
        auto kind = kinds.find(path);
        const std::string_view classname = kind != kinds.end() ? kind->second : std::string_view("mee");
        auto it = failing.find(path);
        if (it == failing.end()) {
            cases +=
                fmt::format("  <testcase name=\"{}\" classname=\"{}\" time=\"0\"/>\n", attr(path), attr(classname));
            continue;
        }
        const std::vector<const Finding*>& list = it->second;
        Severity worst = Severity::info;
        std::string text;
        for (const Finding* f : list) {
            worst = std::max(worst, f->severity);
            text += line_of(*f) + "\n";
        }
        std::string message = list.front()->code + " " + list.front()->message;
        if (list.size() > 1) {
            message += say(options.lang, {" (en nog {0})", " (and {0} more)"}, list.size() - 1);
        }
        cases += fmt::format("  <testcase name=\"{}\" classname=\"{}\" time=\"0\">\n", attr(path), attr(classname));
        cases += fmt::format("    <failure message=\"{}\" type=\"{}\">{}</failure>\n", attr(message),
                             severity_name(worst), escape_xml(text, false));
        cases += "  </testcase>\n";
    }
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += fmt::format(
        "<testsuite name=\"mee\" timestamp=\"{}\" hostname=\"localhost\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
        "skipped=\"0\" time=\"0\">\n",
        attr(options.timestamp), result.sources.size(), failing.size());
    out += "  <properties>\n";
    const char* fail_on = options.fail_on == FailOn::error     ? "error"
                          : options.fail_on == FailOn::warning ? "warning"
                          : options.fail_on == FailOn::info    ? "info"
                                                               : "never";
    out += fmt::format("    <property name=\"fail-on\" value=\"{}\"/>\n", fail_on);
    out += fmt::format("    <property name=\"baselined\" value=\"{}\"/>\n", result.baselined);
    out += "  </properties>\n";
    out += cases;
    out += fmt::format("  <system-out>{}</system-out>\n", escape_xml(below, false));
    out += "  <system-err></system-err>\n";
    out += "</testsuite>\n";
    return out;
}

}  // namespace mee
