#include "policy/readability.hpp"

#include <string_view>
#include <vector>

namespace mee {

namespace {

constexpr char32_t k_replacement = U'\uFFFD';

// One code point from UTF-8 at `pos`, advancing `pos`. A byte that does not
// start a well-formed sequence becomes U+FFFD (neither a letter nor
// whitespace) and is skipped on its own.
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
        return k_replacement;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) {
            ++pos;
            return k_replacement;
        }
        cp = (cp << 6) | (byte(pos + i) & 0x3F);
    }
    static constexpr char32_t k_smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < k_smallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;  // an overlong form, a surrogate or beyond Unicode
        return k_replacement;
    }
    pos += length;
    return cp;
}

std::vector<char32_t> decode(std::string_view s)
{
    std::vector<char32_t> out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();)
        out.push_back(next_code_point(s, pos));
    return out;
}

bool is_space(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == U'\u00A0';
}

// ASCII letters and the Latin letters U+00C0–U+024F except × and ÷.
bool is_letter(char32_t c)
{
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return true;
    return c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
}

enum class Sound { other, vowel, diaeresis_vowel, letter_i, letter_j };

// U+00C0–U+00FF, one character each: v a vowel with an accent (folded to the
// plain vowel), d a vowel with a diaeresis, - anything else.
constexpr std::string_view k_latin1_sounds =
    "vvvvdv--vvvdvvvd"   // C0–CF: À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
    "--vvvvd--vvvdv--"   // D0–DF: Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
    "vvvvdv--vvvdvvvd"   // E0–EF: à á â ã ä å æ ç è é ê ë ì í î ï
    "--vvvvd--vvvdv-d";  // F0–FF: ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ

// How `c` counts for syllables: the vowels a e i o u y in either case with
// accents folded (é → e), the vowels with a diaeresis apart, and i and j
// apart so that `ij` (and the ligature ĳ) can count as one vowel.
Sound sound_of(char32_t c)
{
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    if (c == U'i') return Sound::letter_i;
    if (c == U'j') return Sound::letter_j;
    if (c == U'a' || c == U'e' || c == U'o' || c == U'u' || c == U'y') return Sound::vowel;
    if (c >= 0xC0 && c <= 0xFF) {
        const char kind = k_latin1_sounds[c - 0xC0];
        return kind == 'v' ? Sound::vowel : kind == 'd' ? Sound::diaeresis_vowel : Sound::other;
    }
    if (c == 0x132 || c == 0x133) return Sound::vowel;  // Ĳ ĳ
    if (c == 0x178) return Sound::diaeresis_vowel;      // Ÿ
    return Sound::other;
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
