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

struct Msg {
    const char* nl;
    const char* en;
};

// Returns the form of `msg` for `lang`, formatted with fmt syntax ({0}, {1} …).
template <class... Args>
std::string say(Lang lang, Msg msg, Args&&... args)
{
    return fmt::format(fmt::runtime(lang == Lang::nl ? msg.nl : msg.en), std::forward<Args>(args)...);
}

// `value` with `decimals` decimals, with a decimal comma in Dutch.
std::string decimal(double value, int decimals, Lang lang);

// `text` with every run of white space (line breaks included) made one
// space, and trimmed: a document's text on one line of a finding or report.
std::string one_line_text(std::string_view text);

// Parses "nl" or "en"; nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view s);

// The language from LC_ALL, LC_MESSAGES, LANG (the first that is set and
// not empty): Dutch when it starts with "nl" or names no language ("C",
// "C.UTF-8", "POSIX"), English for any other language; Dutch when none is
// set.
Lang lang_from_environment();

}  // namespace mee
