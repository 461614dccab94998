#pragma once
// Messages in the user's language. Every user-facing sentence is written
// as a Msg with a Dutch and an English form, side by side, so the two
// never drift apart.

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

namespace mee {

enum class Lang { nl, en };

namespace detail {

// The n-th replacement field of `text` ("{0}", "{1:g}", "{}"), its braces
// included, skipping escaped braces ("{{", "}}"); empty when there is none.
constexpr std::string_view placeholder(const char* text, int n)
{
    const std::string_view s(text);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '{') continue;
        if (i + 1 < s.size() && s[i + 1] == '{') {
            ++i;
            continue;
        }
        const std::size_t end = s.find('}', i);
        if (end == std::string_view::npos) return s.substr(i);
        if (n-- == 0) return s.substr(i, end - i + 1);
        i = end;
    }
    return {};
}

// Whether every replacement field of `a` is one of `b`.
constexpr bool placeholders_within(const char* a, const char* b)
{
    for (int i = 0; !placeholder(a, i).empty(); ++i) {
        bool found = false;
        for (int j = 0; !found && !placeholder(b, j).empty(); ++j)
            found = placeholder(a, i) == placeholder(b, j);
        if (!found) return false;
    }
    return true;
}

}  // namespace detail

// A sentence in both languages. Written as a literal pair, {"Dutch",
// "English"}, and checked when it is compiled: the two forms must use the
// same replacement fields ({0}, {1:g} …), so a translation can neither lose
// nor invent a value.
struct Msg {
    const char* nl;
    const char* en;

    consteval Msg(const char* dutch, const char* english) : nl(dutch), en(english)
    {
        if (!detail::placeholders_within(nl, en) || !detail::placeholders_within(en, nl)) {
            throw "Msg: the Dutch and the English form use different replacement fields";
        }
    }

    // The form for `lang`, as written (no formatting).
    constexpr const char* in(Lang lang) const { return lang == Lang::nl ? nl : en; }
};

// Returns the form of `msg` for `lang`, formatted with fmt syntax ({0}, {1} …).
template <class... Args>
std::string say(Lang lang, Msg msg, Args&&... args)
{
    return fmt::format(fmt::runtime(msg.in(lang)), std::forward<Args>(args)...);
}

// `value` with `decimals` decimals, with a decimal comma in Dutch.
std::string decimal(double value, int decimals, Lang lang);

// `text` with every run of white space (line breaks included) made one
// space, and trimmed: a document's text on one line of a finding or report.
std::string one_line_text(std::string_view text);

// `text` with every byte that is not part of valid UTF-8 replaced by U+FFFD
// (a file name need not be UTF-8; JSON and XML must be).
std::string valid_utf8(std::string_view text);

// `text` made safe to show on a terminal or in a CI log: valid UTF-8, and
// every control character (ESC, BEL, CR, backspace, C1 controls …, and the
// line end too unless `newlines` keeps it) shown as its picture (␛, ␇, ␍,
// ␊), so that a document or file name can neither move the cursor, change
// colours or the window title, nor start a new line that a CI runner reads
// as a command ("::add-mask::", "##[", "##vso[": such a line end is shown as ␊
// even when `newlines` keeps the others).
std::string terminal_safe(std::string_view text, bool newlines = false);

// Whether a CI runner reads a line that begins with `line` as a command:
// GitHub's "::add-mask::…" (and its older "##[…"), Azure's "##vso[…", also
// after spaces.
bool starts_ci_command(std::string_view line);

// One CSV field (RFC 4180): always in double quotes, a quote doubled, line
// ends kept inside the quotes. A text that a spreadsheet program would take
// for a formula (it begins with =, +, -, @, a tab or a carriage return)
// gets a ' before it; a number mee wrote itself (`text` = false) does not.
std::string csv_field(std::string_view value, bool text = true);

// Parses "nl" or "en"; nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view s);

// The language from LC_ALL, LC_MESSAGES, LANG (the first that is set and
// not empty): Dutch when it starts with "nl" or names no language ("C",
// "C.UTF-8", "POSIX"), English for any other language; Dutch when none is
// set.
Lang lang_from_environment();

}  // namespace mee
