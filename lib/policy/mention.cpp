#include "policy/mention.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace mee {

namespace {

// The ASCII letters a Latin-1 or Latin Extended-A letter folds to (Č → c,
// ß → ss, Ĳ → ij), or "" for any other code point.
std::string_view fold(char32_t cp)
{
    static const struct {
        char32_t from;
        char32_t to;
        std::string_view letters;
    } k_ranges[] = {
        // Latin-1 Supplement.
        {0xC0, 0xC5, "a"},
        {0xC6, 0xC6, "ae"},
        {0xC7, 0xC7, "c"},
        {0xC8, 0xCB, "e"},
        {0xCC, 0xCF, "i"},
        {0xD0, 0xD0, "d"},
        {0xD1, 0xD1, "n"},
        {0xD2, 0xD6, "o"},
        {0xD8, 0xD8, "o"},
        {0xD9, 0xDC, "u"},
        {0xDD, 0xDD, "y"},
        {0xDE, 0xDE, "th"},
        {0xDF, 0xDF, "ss"},
        {0xE0, 0xE5, "a"},
        {0xE6, 0xE6, "ae"},
        {0xE7, 0xE7, "c"},
        {0xE8, 0xEB, "e"},
        {0xEC, 0xEF, "i"},
        {0xF0, 0xF0, "d"},
        {0xF1, 0xF1, "n"},
        {0xF2, 0xF6, "o"},
        {0xF8, 0xF8, "o"},
        {0xF9, 0xFC, "u"},
        {0xFD, 0xFD, "y"},
        {0xFE, 0xFE, "th"},
        {0xFF, 0xFF, "y"},
        // Latin Extended-A, in the block's order.
        {0x100, 0x105, "a"},
        {0x106, 0x10D, "c"},
        {0x10E, 0x111, "d"},
        {0x112, 0x11B, "e"},
        {0x11C, 0x123, "g"},
        {0x124, 0x127, "h"},
        {0x128, 0x131, "i"},
        {0x132, 0x133, "ij"},
        {0x134, 0x135, "j"},
        {0x136, 0x138, "k"},
        {0x139, 0x142, "l"},
        {0x143, 0x14B, "n"},
        {0x14C, 0x151, "o"},
        {0x152, 0x153, "oe"},
        {0x154, 0x159, "r"},
        {0x15A, 0x161, "s"},
        {0x162, 0x167, "t"},
        {0x168, 0x173, "u"},
        {0x174, 0x175, "w"},
        {0x176, 0x178, "y"},
        {0x179, 0x17E, "z"},
        {0x17F, 0x17F, "s"},
    };
    for (const auto& r : k_ranges) {
        if (cp >= r.from && cp <= r.to) return r.letters;
    }
    return {};
}

}  // namespace

std::vector<std::string> folded_words(std::string_view text)
{
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) words.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (std::isalnum(c))
                current += static_cast<char>(std::tolower(c));
            else
                flush();
            ++i;
            continue;
        }
        std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        char32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < len && i + k < text.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        if (const std::string_view letters = fold(cp); !letters.empty()) {
            current += letters;
        } else if (cp >= 0x100 && cp < 0x2000) {
            current += text.substr(i, len);  // another letter: kept as it is
        } else {
            flush();
        }
        i += len;
    }
    flush();
    return words;
}

bool is_mentioned(std::string_view name, std::string_view text)
{
    const auto needle = folded_words(name);
    const auto haystack = folded_words(text);
    if (needle.empty()) return false;
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

}  // namespace mee
