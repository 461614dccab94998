#include "base/html.hpp"

namespace mee {

std::string escape_html(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_ascii_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_ascii_punctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Whether `s` starts with an entity or numeric character reference
// ("&amp;", "&#38;", "&#x26;"), which CommonMark would decode.
bool starts_reference(std::string_view s)
{
    std::size_t i = 1;
    const auto run = [&](auto accept, std::size_t max) {
        const std::size_t from = i;
        while (i < s.size() && i - from < max && accept(s[i]))
            ++i;
        return i > from;
    };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    bool ok = false;
    if (i < s.size() && s[i] == '#') {
        ++i;
        if (i < s.size() && (s[i] == 'x' || s[i] == 'X')) {
            ++i;
            ok = run(hex, 6);
        } else {
            ok = run(digit, 7);
        }
    } else {
        ok = run(is_ascii_alnum, 32);
    }
    return ok && i < s.size() && s[i] == ';';
}

}  // namespace

std::string escape_markdown(std::string_view text)
{
    // One line, without the leading and trailing white space CommonMark
    // would drop anyway (and which could make an indented code block or a
    // hard line break).
    std::string line;
    line.reserve(text.size());
    for (char c : text) {
        if (c == '\r') continue;
        line += c == '\n' ? ' ' : c;
    }
    std::size_t first = 0;
    while (first < line.size() && is_space(line[first]))
        ++first;
    std::size_t last = line.size();
    while (last > first && is_space(line[last - 1]))
        --last;
    const std::string_view s = std::string_view(line).substr(first, last - first);

    // The text may start a block (after "- ", or as a paragraph), so what
    // would open a block at the start of a line is escaped there: a
    // heading, quote, list item, thematic break or setext underline.
    std::size_t marker = std::string_view::npos;  // the '.' or ')' of "1. " at the start
    {
        std::size_t i = 0;
        while (i < s.size() && i < 9 && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')') && (i + 1 == s.size() || s[i + 1] == ' ')) {
            marker = i;
        }
    }
    const auto space_or_end = [&](std::size_t i) { return i >= s.size() || s[i] == ' ' || s[i] == '\t'; };
    const auto at_start = [&](std::size_t i) {
        const char c = s[i];
        switch (c) {
            case '>':
                return true;
            case '-':
            case '+':
            case '=':
                return space_or_end(i + 1) || s[i + 1] == c;
            case '#': {
                std::size_t j = i;
                while (j < s.size() && s[j] == '#')
                    ++j;
                return j - i <= 6 && space_or_end(j);
            }
            default:
                return false;
        }
    };

    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const char prev = i > 0 ? s[i - 1] : '\0';
        const char next = i + 1 < s.size() ? s[i + 1] : '\0';
        bool escape = false;
        switch (c) {
            // Always markup, or too often to be worth telling apart: code
            // spans, links and images, raw HTML and autolinks, table cells.
            case '`':
            case '[':
            case ']':
            case '<':
            case '|':
                escape = true;
                break;
            // A backslash escapes the punctuation after it, and ends a line in a hard break.
            case '\\':
                escape = next == '\0' || is_ascii_punctuation(next);
                break;
            // Emphasis and strikethrough: only a delimiter with white space on
            // both sides can neither open nor close.
            case '*':
            case '~':
                escape = !(prev == ' ' && next == ' ');
                break;
            // '_' also cannot open or close between two letters or digits (snake_case).
            case '_':
                escape = !((prev == ' ' && next == ' ') || (is_ascii_alnum(prev) && is_ascii_alnum(next)));
                break;
            case '&':
                escape = starts_reference(s.substr(i));
                break;
            // The closing sequence of a heading: " #" at the end.
            case '#':
                if (i > 0 && prev == ' ') {
                    std::size_t j = i;
                    while (j < s.size() && s[j] == '#')
                        ++j;
                    escape = j == s.size();
                }
                break;
            default:
                break;
        }
        if (i == 0 && at_start(i)) escape = true;
        if (i == marker) escape = true;
        if (escape) out += '\\';
        out += c;
    }
    return out;
}

}  // namespace mee
