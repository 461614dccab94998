#include "base/filled.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace mee {

namespace {

// documents.md's placeholders, and `invullen`, as is_placeholder compares
// them: lower case, without dots or trailing punctuation. Those without a
// letter or digit ("...", "\u2026", "-", "?") need no entry.
constexpr std::string_view k_placeholders[] = {
    "todo", "tbd", "pm", "nvt", "ntb", "nog invullen", "invullen", "volgt", "xxx",
};

bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_letter_or_digit(char32_t cp)
{
    if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
    // Outside ASCII, everything but the punctuation, symbol and emoji blocks.
    if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;
    if (cp >= 0x3000 && cp <= 0x303F) return false;
    if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
    if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;
    return true;
}

// The code point starting at s[i]; advances i past it. Assumes valid UTF-8.
char32_t next_code_point(std::string_view s, std::size_t& i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    i += len;
    return cp;
}

}  // namespace

std::size_t count_words(std::string_view text)
{
    std::size_t words = 0;
    bool in_token = false;
    bool has_alnum = false;
    for (std::size_t i = 0; i < text.size();) {
        if (is_space(text[i])) {
            if (in_token && has_alnum) ++words;
            in_token = false;
            has_alnum = false;
            ++i;
            continue;
        }
        in_token = true;
        if (is_letter_or_digit(next_code_point(text, i))) has_alnum = true;
    }
    if (in_token && has_alnum) ++words;
    return words;
}

bool is_placeholder(std::string_view text)
{
    if (count_words(text) == 0) return true;
    // Lower case, trailing whitespace and punctuation (ASCII, and the
    // ellipsis U+2026) dropped, dots dropped, inner whitespace as one space.
    std::string key;
    for (char c : text) {
        if (c == '.') continue;
        if (is_space(c)) {
            if (!key.empty() && key.back() != ' ') key += ' ';
            continue;
        }
        key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (;;) {
        if (!key.empty() &&
            (key.back() == ' ' || std::string_view("!?,;:").find(key.back()) != std::string_view::npos)) {
            key.pop_back();
        } else if (key.ends_with("\u2026")) {
            key.resize(key.size() - std::string_view("\u2026").size());
        } else {
            break;
        }
    }
    for (std::string_view p : k_placeholders) {
        if (key == p) return true;
    }
    return false;
}

bool is_filled(std::string_view text, std::size_t min_words)
{
    return count_words(text) >= std::max<std::size_t>(min_words, 1) && !is_placeholder(text);
}

}  // namespace mee
