#include "text.hpp"

#include <cstdlib>

namespace mee {

std::optional<Lang> parse_lang(std::string_view s)
{
    if (s == "nl") return Lang::nl;
    if (s == "en") return Lang::en;
    return std::nullopt;
}

std::string decimal(double value, int decimals, Lang lang)
{
    std::string text = fmt::format("{:.{}f}", value, decimals);
    if (lang == Lang::nl) {
        for (char& c : text) {
            if (c == '.') c = ',';
        }
    }
    return text;
}

namespace {

// The language a locale asks for: Dutch for "nl…" and for a locale that
// names no language, English for any other language.
Lang lang_from_locale(std::string_view locale)
{
    // "C", "C.UTF-8" and "POSIX" name no language: a CI container's default,
    // not a user's choice.
    if (locale.empty() || locale == "C" || locale == "POSIX" || locale.starts_with("C.")) return Lang::nl;
    return locale.starts_with("nl") ? Lang::nl : Lang::en;
}

}  // namespace

Lang lang_from_environment()
{
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value != nullptr && *value != '\0') return lang_from_locale(value);
    }
    return Lang::nl;
}

std::string one_line_text(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace mee
