#include "readability.hpp"

#include <vector>

namespace mee {

namespace {

// One code point from UTF-8 at `pos`, advancing `pos`. A byte that does not
// start a well-formed sequence is returned as itself (0x80–0xFF), which is
// neither a letter nor whitespace.
char32_t next_code_point(std::string_view s, std::size_t& pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(pos);
    std::size_t length = 0;
    char32_t cp = 0;
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07;
    }
    if (length == 0 || pos + length > s.size()) {
        ++pos;
        return lead;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) {
            ++pos;
            return lead;
        }
        cp = (cp << 6) | (byte(pos + i) & 0x3F);
    }
    pos += length;
    return cp;
}

std::vector<char32_t> decode(std::string_view s)
{
    std::vector<char32_t> out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) out.push_back(next_code_point(s, pos));
    return out;
}

bool is_space(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
           c == U'\u00A0';
}

// ASCII letters and the Latin letters U+00C0–U+024F except × and ÷.
bool is_letter(char32_t c)
{
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return true;
    return c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
}

enum class Sound { other, vowel, diaeresis_vowel, letter_i, letter_j };

// How `c` counts for syllables: the vowels a e i o u y in either case with
// accents folded (é → e), the vowels with a diaeresis apart, and i and j
// apart so that `ij` (and the ligature ĳ) can count as one vowel.
Sound sound_of(char32_t c)
{
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    switch (c) {
    case U'i':
        return Sound::letter_i;
    case U'j':
        return Sound::letter_j;
    case U'a':
    case U'e':
    case U'o':
    case U'u':
    case U'y':
    // À Á Â Ã Å, È É Ê, Ì Í Î, Ò Ó Ô Õ, Ù Ú Û, Ý and their lowercase forms.
    case U'\u00C0': case U'\u00C1': case U'\u00C2': case U'\u00C3': case U'\u00C5':
    case U'\u00C8': case U'\u00C9': case U'\u00CA':
    case U'\u00CC': case U'\u00CD': case U'\u00CE':
    case U'\u00D2': case U'\u00D3': case U'\u00D4': case U'\u00D5':
    case U'\u00D9': case U'\u00DA': case U'\u00DB':
    case U'\u00DD':
    case U'\u00E0': case U'\u00E1': case U'\u00E2': case U'\u00E3': case U'\u00E5':
    case U'\u00E8': case U'\u00E9': case U'\u00EA':
    case U'\u00EC': case U'\u00ED': case U'\u00EE':
    case U'\u00F2': case U'\u00F3': case U'\u00F4': case U'\u00F5':
    case U'\u00F9': case U'\u00FA': case U'\u00FB':
    case U'\u00FD':
    case U'\u0132': case U'\u0133':  // Ĳ ĳ
        return Sound::vowel;
    // Ä Ë Ï Ö Ü, ä ë ï ö ü ÿ, Ÿ.
    case U'\u00C4': case U'\u00CB': case U'\u00CF': case U'\u00D6': case U'\u00DC':
    case U'\u00E4': case U'\u00EB': case U'\u00EF': case U'\u00F6': case U'\u00FC': case U'\u00FF':
    case U'\u0178':
        return Sound::diaeresis_vowel;
    default:
        return Sound::other;
    }
}

std::size_t syllables_in(const std::vector<char32_t>& text, std::size_t begin, std::size_t end)
{
    std::size_t groups = 0;
    bool in_group = false;
    for (std::size_t k = begin; k < end; ++k) {
        const Sound sound = sound_of(text[k]);
        if (sound == Sound::letter_i && k + 1 < end && sound_of(text[k + 1]) == Sound::letter_j) {
            ++k;  // `ij` is one vowel
            if (!in_group) ++groups;
            in_group = true;
        } else if (sound == Sound::vowel || sound == Sound::letter_i) {
            if (!in_group) ++groups;
            in_group = true;
        } else if (sound == Sound::diaeresis_vowel) {
            ++groups;
            in_group = true;
        } else {
            in_group = false;
        }
    }
    return groups;
}

bool ends_sentence(const std::vector<char32_t>& text, std::size_t k)
{
    const char32_t c = text[k];
    if (c != U'.' && c != U'!' && c != U'?') return false;
    return k + 1 == text.size() || is_space(text[k + 1]);
}

}  // namespace

std::size_t count_syllables(std::string_view word)
{
    const std::vector<char32_t> text = decode(word);
    return syllables_in(text, 0, text.size());
}

Readability measure_readability(std::string_view utf8)
{
    const std::vector<char32_t> text = decode(utf8);
    Readability r;
    // The text is cut into sentences at each sentence end; a stretch that
    // holds at least one word is a sentence (so a text without an end is
    // one sentence, and a text without words has none).
    bool sentence_has_word = false;
    std::size_t k = 0;
    while (k < text.size()) {
        if (is_space(text[k])) {
            ++k;
            continue;
        }
        const std::size_t begin = k;
        bool has_letter = false;
        bool token_ends_sentence = false;
        for (; k < text.size() && !is_space(text[k]); ++k) {
            has_letter = has_letter || is_letter(text[k]);
            // A sentence end inside a token is only possible as its last
            // code point, since an end is followed by whitespace or the end.
            token_ends_sentence = ends_sentence(text, k);
        }
        if (has_letter) {
            ++r.words;
            r.syllables += syllables_in(text, begin, k);
            sentence_has_word = true;
        }
        if (token_ends_sentence) {
            if (sentence_has_word) ++r.sentences;
            sentence_has_word = false;
        }
    }
    if (sentence_has_word) ++r.sentences;
    if (r.words == 0) return Readability{};
    r.words_per_sentence = static_cast<double>(r.words) / static_cast<double>(r.sentences);
    r.syllables_per_word = static_cast<double>(r.syllables) / static_cast<double>(r.words);
    r.flesch_douma = 206.835 - 0.93 * r.words_per_sentence - 77.0 * r.syllables_per_word;
    return r;
}

}  // namespace mee
