#include "mention.hpp"

#include <algorithm>
#include <cctype>

namespace mee {

namespace {

// The ASCII letter a Latin-1 or Latin Extended-A letter folds to, or 0.
char fold(char32_t cp)
{
    static const struct {
        char32_t from;
        char32_t to;
        char letter;
    } k_ranges[] = {
        {0xC0, 0xC5, 'a'}, {0xC7, 0xC7, 'c'}, {0xC8, 0xCB, 'e'}, {0xCC, 0xCF, 'i'}, {0xD1, 0xD1, 'n'},
        {0xD2, 0xD6, 'o'}, {0xD8, 0xD8, 'o'}, {0xD9, 0xDC, 'u'}, {0xDD, 0xDD, 'y'}, {0xE0, 0xE5, 'a'},
        {0xE7, 0xE7, 'c'}, {0xE8, 0xEB, 'e'}, {0xEC, 0xEF, 'i'}, {0xF1, 0xF1, 'n'}, {0xF2, 0xF6, 'o'},
        {0xF8, 0xF8, 'o'}, {0xF9, 0xFC, 'u'}, {0xFD, 0xFD, 'y'}, {0xFF, 0xFF, 'y'},
    };
    for (const auto& r : k_ranges) {
        if (cp >= r.from && cp <= r.to) return r.letter;
    }
    return 0;
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
            if (std::isalnum(c)) current += static_cast<char>(std::tolower(c));
            else flush();
            ++i;
            continue;
        }
        std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        char32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < len && i + k < text.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        if (const char letter = fold(cp)) {
            current += letter;
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
