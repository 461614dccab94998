#include "report/github.hpp"

#include "check/finding_place.hpp"

#include <fmt/format.h>

namespace mee {

namespace {

const char* command(Severity s)
{
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "notice";
    }
    return "notice";
}

std::string escape(std::string_view raw, bool property)
{
    const std::string text = valid_utf8(raw);  // a file name need not be UTF-8; the log is
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            case ':':
                out += property ? "%3A" : ":";
                break;
            case ',':
                out += property ? "%2C" : ",";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace

std::string escape_github_data(std::string_view text)
{
    return escape(text, false);
}
std::string escape_github_property(std::string_view text)
{
    return escape(text, true);
}

std::string format_github(const CheckResult& result, Lang lang, Quiet quiet)
{
    std::string out;
    for (const Finding& f : result.findings) {
        out += fmt::format("::{} file={},line={},col={},title={}::{}\n", command(f.severity),
                           escape_github_property(portable_path(f.path)), f.mark.line, f.mark.column,
                           escape_github_property(f.code), escape_github_data(f.message));
    }
    if (quiet == Quiet::no) out += summary_line(result, lang) + "\n";
    return out;
}

}  // namespace mee
