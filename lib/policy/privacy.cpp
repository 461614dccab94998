#include "policy/privacy.hpp"

#include "yaml/tree.hpp"

#include <algorithm>
#include <cctype>

namespace mee {

namespace {

// A text as the detectors read it (see find_personal_spans), with for every
// byte the bytes of the original text it stands for.
struct Folded {
    std::string text;
    std::vector<std::size_t> from;  // the original offset where each byte's source begins
    std::vector<std::size_t> to;    // … and ends

    void add(char c, std::size_t begin, std::size_t end)
    {
        text += c;
        from.push_back(begin);
        to.push_back(end);
    }
};

bool is_format_character(char32_t c)
{
    return c == 0xAD || c == 0x180E || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

bool is_space_character(char32_t c)
{
    return c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_dash_character(char32_t c)
{
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63;
}

// "[at]", "(at)", "[dot]", "(dot)" with the spaces around them, at `i` of
// `t`: the character they stand for, and their length.
char spelled_out(std::string_view t, std::size_t i, std::size_t& length)
{
    std::size_t j = i;
    while (j < t.size() && t[j] == ' ')
        ++j;
    if (j >= t.size() || (t[j] != '[' && t[j] != '(')) return 0;
    const char close = t[j] == '[' ? ']' : ')';
    for (const auto& [word, stands_for] : {std::pair<std::string_view, char>{"at", '@'}, {"dot", '.'}}) {
        std::size_t k = j + 1;
        while (k < t.size() && t[k] == ' ')
            ++k;
        if (t.size() - k < word.size()) continue;
        bool same = true;
        for (std::size_t n = 0; n < word.size(); ++n)
            same = same && std::tolower(static_cast<unsigned char>(t[k + n])) == word[n];
        if (!same) continue;
        k += word.size();
        while (k < t.size() && t[k] == ' ')
            ++k;
        if (k >= t.size() || t[k] != close) continue;
        ++k;
        while (k < t.size() && t[k] == ' ')
            ++k;
        length = k - i;
        return stands_for;
    }
    return 0;
}

Folded fold(std::string_view s)
{
    Folded first;
    for (std::size_t i = 0; i < s.size();) {
        // A byte that is not UTF-8 (a document is checked for that, MEE007) stands for itself.
        char32_t c = 0;
        std::size_t length = decode_utf8(s, i, c);
        if (length == 0) {
            length = 1;
            c = static_cast<unsigned char>(s[i]);
        }
        if (is_format_character(c)) {
            // dropped
        } else if (c >= 0xFF01 && c <= 0xFF5E) {
            first.add(static_cast<char>(c - 0xFEE0), i, i + length);
        } else if (is_space_character(c)) {
            first.add(' ', i, i + length);
        } else if (is_dash_character(c)) {
            first.add('-', i, i + length);
        } else {
            for (std::size_t k = 0; k < length; ++k)
                first.add(s[i + k], i, i + length);
        }
        i += length;
    }
    Folded out;
    const std::string& t = first.text;
    for (std::size_t i = 0; i < t.size();) {
        std::size_t length = 0;
        if (t[i] == ' ' || t[i] == '[' || t[i] == '(') {
            if (const char c = spelled_out(t, i, length); c != 0) {
                out.add(c, first.from[i], first.to[i + length - 1]);
                i += length;
                continue;
            }
        }
        out.add(t[i], first.from[i], first.to[i]);
        ++i;
    }
    return out;
}

bool is_alnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
}
bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}
bool is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool is_local(char c)
{
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain(char c)
{
    return is_alnum(c) || c == '.' || c == '-';
}

void find_emails(std::string_view t, std::vector<PersonalSpan>& out)
{
    for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
        std::size_t begin = at;
        while (begin > 0 && is_local(t[begin - 1]))
            --begin;
        std::size_t end = at + 1;
        while (end < t.size() && is_domain(t[end]))
            ++end;
        while (end > at + 1 && (t[end - 1] == '.' || t[end - 1] == '-'))
            --end;
        while (begin < at && t[begin] == '.')
            ++begin;
        if (begin == at) continue;
        const std::string_view domain = t.substr(at + 1, end - at - 1);
        const auto dot = domain.rfind('.');
        if (dot == std::string_view::npos || dot == 0) continue;
        const std::string_view tld = domain.substr(dot + 1);
        // Letters, an internationalised top-level domain, or its xn-- form.
        const bool letters =
            tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), [](char c) {
                return std::isalpha(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
            });
        const bool punycode = tld.size() > 4 && tld.starts_with("xn--");
        if (letters || punycode) out.push_back({begin, end, PersonalKind::email});
    }
}

// The end of an IBAN starting at `i` (two capitals, two check digits, then
// letters or digits, 15 to 34 in all, in groups of four separated by single
// spaces or written as one word), or `i` when there is none.
std::size_t iban_end(std::string_view t, std::size_t i, std::string& compact)
{
    compact.clear();
    if (i + 4 > t.size() || !is_upper(t[i]) || !is_upper(t[i + 1]) || !is_digit(t[i + 2]) || !is_digit(t[i + 3])) {
        return i;
    }
    std::size_t j = i;
    std::size_t end = j;
    while (j < t.size()) {
        if (t[j] == ' ' && (j - i) % 5 == 4 && j + 1 < t.size() && std::isalnum(static_cast<unsigned char>(t[j + 1]))) {
            ++j;  // the space between two groups of four
            continue;
        }
        if (!std::isalnum(static_cast<unsigned char>(t[j]))) break;
        compact += t[j];
        end = ++j;
    }
    if (end < t.size() && is_alnum(t[end])) return i;
    return compact.size() >= 15 && compact.size() <= 34 ? end : i;
}

// Whether an IBAN's check digits hold: the country and check digits moved
// to the end, letters as 10 to 35, the number modulo 97 is 1.
bool iban_valid(std::string_view compact)
{
    const std::string moved = std::string(compact.substr(4)) + std::string(compact.substr(0, 4));
    unsigned remainder = 0;
    for (char c : moved) {
        const unsigned value = is_digit(c)
                                   ? static_cast<unsigned>(c - '0')
                                   : static_cast<unsigned>(std::toupper(static_cast<unsigned char>(c)) - 'A' + 10);
        remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

// A Dutch phone number starting at `i`, to its end; npos when there is none.
std::size_t phone_end(std::string_view t, std::size_t i)
{
    std::size_t j = i;
    bool paren = false;  // "(0529) …": the area code in parentheses
    if (t.substr(i).starts_with("+31")) {
        j += 3;
    } else if (t.substr(i).starts_with("0031")) {
        j += 4;
    } else if (t.substr(i).starts_with("(0")) {
        paren = true;
        j += 2;
    } else if (t[i] == '0') {
        j += 1;
    } else {
        return std::string_view::npos;
    }
    const bool international = j - i >= 3 && !paren;
    if (international) {
        // "+31 6 …", "+31-6…", "+31 (0)6 …"
        while (j < t.size() && t[j] == ' ')
            ++j;
        if (j < t.size() && t[j] == '-') ++j;
        while (j < t.size() && t[j] == ' ')
            ++j;
        if (t.substr(j).starts_with("(0)")) {
            j += 3;
            while (j < t.size() && t[j] == ' ')
                ++j;
        }
    }
    int digits = 0;
    char separator = 0;  // the kind of separator between groups
    while (j < t.size() && digits < 9) {
        if (is_digit(t[j])) {
            ++digits;
            ++j;
            continue;
        }
        if (paren && t[j] == ')' && digits >= 1 && digits <= 4) {
            paren = false;
            ++j;
            while (j < t.size() && t[j] == ' ')
                ++j;
            if (j >= t.size() || !is_digit(t[j])) return std::string_view::npos;
            continue;
        }
        if (digits == 0 || paren) return std::string_view::npos;
        // A separator: spaces, or one of - . / with spaces around it or not.
        std::size_t k = j;
        while (k < t.size() && t[k] == ' ')
            ++k;
        char kind = ' ';
        if (k < t.size() && (t[k] == '-' || t[k] == '.' || t[k] == '/')) {
            kind = t[k++];
            while (k < t.size() && t[k] == ' ')
                ++k;
        }
        if (k == j || k >= t.size() || !is_digit(t[k]) || k - j > 3) return std::string_view::npos;
        // Spaces and hyphens mix ("06-1234 5678"); dots and slashes do not
        // mix with anything, so that "01.02.2024 10.30" is no number.
        if (separator == 0 || separator == ' ' || separator == '-') {
            if (separator != 0 && kind != separator && (kind == '.' || kind == '/')) return std::string_view::npos;
            if (separator == 0 || kind == '.' || kind == '/') separator = kind;
        } else if (separator != kind) {
            return std::string_view::npos;
        }
        j = k;
    }
    if (digits < 9 || paren) return std::string_view::npos;
    if (j < t.size() && (is_alnum(t[j]) || (j + 1 < t.size() && (t[j] == '.' || t[j] == ',') && is_digit(t[j + 1])))) {
        return std::string_view::npos;
    }
    return j;
}

// A BSN at `i` ("123456782", "1234.56.782" or "1234 56 782"): its end when
// it passes the 11-check, else npos.
std::size_t bsn_end(std::string_view t, std::size_t i)
{
    std::string digits;
    std::size_t j = i;
    char separator = 0;
    while (j < t.size() && digits.size() < 9) {
        if (is_digit(t[j])) {
            digits += t[j++];
            continue;
        }
        // Only between the 4th and 5th and the 6th and 7th digit.
        if ((digits.size() != 4 && digits.size() != 6) || (t[j] != '.' && t[j] != ' ')) break;
        if (separator != 0 && separator != t[j]) break;
        if (separator == 0 && digits.size() == 6) break;
        separator = t[j++];
        if (j >= t.size() || !is_digit(t[j])) break;
    }
    if (digits.size() != 9 || (separator != 0 && j - i != 11)) return std::string_view::npos;
    if (j < t.size() && (is_alnum(t[j]) || (j + 1 < t.size() && (t[j] == '.' || t[j] == ',') && is_digit(t[j + 1])))) {
        return std::string_view::npos;
    }
    int sum = 0;
    for (std::size_t n = 0; n < 8; ++n)
        sum += (9 - static_cast<int>(n)) * (digits[n] - '0');
    sum -= digits[8] - '0';
    if (sum % 11 != 0 || digits == "000000000") return std::string_view::npos;
    return j;
}

void find_numbers(std::string_view t, std::vector<PersonalSpan>& out)
{
    std::string compact;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '+')) continue;
        if (i > 1 && (t[i - 1] == '.' || t[i - 1] == ',' || t[i - 1] == '-') && is_digit(t[i - 2])) continue;
        if (const std::size_t end = iban_end(t, i, compact); end != i) {
            if (iban_valid(compact)) out.push_back({i, end, PersonalKind::iban});
            i = end - 1;
            continue;
        }
        if (const std::size_t end = phone_end(t, i); end != std::string_view::npos) {
            out.push_back({i, end, PersonalKind::phone});
            i = end - 1;
            continue;
        }
        if (const std::size_t end = bsn_end(t, i); end != std::string_view::npos) {
            out.push_back({i, end, PersonalKind::bsn});
            i = end - 1;
        }
    }
}

}  // namespace

std::vector<PersonalSpan> find_personal_spans(std::string_view text)
{
    std::vector<PersonalSpan> found;
    // Most texts are plain ASCII without anything to normalise: read as they
    // are (every text of every document passes here).
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u < 0x80 && c != '[' && c != '(';
    });
    if (plain) {
        find_emails(text, found);
        find_numbers(text, found);
    } else {
        const Folded folded = fold(text);
        find_emails(folded.text, found);
        find_numbers(folded.text, found);
        // Back to the original text's bytes.
        for (PersonalSpan& span : found) {
            span.end = folded.to[span.end - 1];
            span.begin = folded.from[span.begin];
        }
    }
    // In order, without overlaps (a number inside an e-mail address is part
    // of the address).
    std::sort(found.begin(), found.end(), [](const PersonalSpan& a, const PersonalSpan& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<PersonalSpan> out;
    for (const PersonalSpan& span : found) {
        if (!out.empty() && span.begin < out.back().end) continue;
        out.push_back(span);
    }
    return out;
}

PersonalKind find_personal_data(std::string_view text)
{
    PersonalKind best = PersonalKind::none;
    for (const PersonalSpan& span : find_personal_spans(text)) {
        if (best == PersonalKind::none || span.kind < best) best = span.kind;
    }
    return best;
}

bool has_email(std::string_view text)
{
    const auto spans = find_personal_spans(text);
    return std::any_of(spans.begin(), spans.end(), [](const PersonalSpan& s) { return s.kind == PersonalKind::email; });
}

bool has_phone_number(std::string_view text)
{
    const auto spans = find_personal_spans(text);
    return std::any_of(spans.begin(), spans.end(), [](const PersonalSpan& s) { return s.kind == PersonalKind::phone; });
}

std::string personal_data_name(PersonalKind kind, Lang lang)
{
    switch (kind) {
        case PersonalKind::email:
            return say(lang, {"e-mailadres", "e-mail address"});
        case PersonalKind::phone:
            return say(lang, {"telefoonnummer", "phone number"});
        case PersonalKind::bsn:
            return say(lang, {"burgerservicenummer (BSN)", "citizen service number (BSN)"});
        case PersonalKind::iban:
            return say(lang, {"rekeningnummer (IBAN)", "bank account number (IBAN)"});
        case PersonalKind::none:
            break;
    }
    return {};
}

namespace {

// `text` with each of `spans` replaced by what it is.
std::string masked(std::string_view text, const std::vector<PersonalSpan>& spans, Lang lang)
{
    std::string out;
    std::size_t at = 0;
    for (const PersonalSpan& span : spans) {
        out.append(text.substr(at, span.begin - at));
        out += "[" + personal_data_name(span.kind, lang) + "]";
        at = span.end;
    }
    out.append(text.substr(at));
    return out;
}

void mask_tree(Node& node, Lang lang)
{
    if (node.is_scalar()) {
        const std::vector<PersonalSpan> spans = find_personal_spans(node.value);
        if (!spans.empty()) node.value = masked(node.value, spans, lang);
    } else if (node.is_sequence()) {
        for (Node& item : node.items)
            mask_tree(item, lang);
    } else if (node.is_mapping()) {
        for (Entry& e : node.entries)
            mask_tree(e.value, lang);
    }
}

}  // namespace

std::string mask_personal_data(std::string_view text, Lang lang)
{
    return masked(text, find_personal_spans(text), lang);
}

void mask_personal_data(Node& root, Lang lang)
{
    if (!root.is_mapping()) return mask_tree(root, lang);
    for (Entry& e : root.entries) {
        if (e.key != "initiatiefnemer") mask_tree(e.value, lang);
    }
}

}  // namespace mee
