#include "base/text.hpp"

#include "base/source.hpp"

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

std::string valid_utf8(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t ignored = 0;
        const std::size_t n = decode_utf8(text, i, ignored);
        if (n == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

bool starts_ci_command(std::string_view line)
{
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos) return false;
    const std::string_view rest = line.substr(start);
    return rest.starts_with("::") || rest.starts_with("##[") || rest.starts_with("##vso[");
}

std::string terminal_safe(std::string_view text, bool newlines)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t code_point = 0;
        const std::size_t n = decode_utf8(text, i, code_point);
        const auto b = static_cast<unsigned char>(text[i]);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else if (n == 1 && (b < 0x20 || b == 0x7F) &&
                   !(b == '\t' || (newlines && b == '\n' && !starts_ci_command(text.substr(i + 1))))) {
            // The Control Pictures block: U+2400 + the code, U+2421 for DEL.
            const char32_t picture = b == 0x7F ? 0x2421 : 0x2400 + b;
            out += static_cast<char>(0xE0 | (picture >> 12));
            out += static_cast<char>(0x80 | ((picture >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (picture & 0x3F));
            ++i;
        } else if (code_point >= 0x80 && code_point < 0xA0) {
            out += "\xEF\xBF\xBD";  // a C1 control (U+0080–U+009F): CSI, OSC … on some terminals
            i += 2;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string csv_field(std::string_view value, bool text)
{
    std::string out = "\"";
    if (text && !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
        out += '\'';
    }
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace mee
