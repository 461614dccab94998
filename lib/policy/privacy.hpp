#pragma once
// Finding personal data in text (MEE501), and masking it in public output.

#include "base/text.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

struct Node;

enum class PersonalKind { none, email, phone, bsn, iban };

// One piece of personal data: bytes [begin, end) of the text.
struct PersonalSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    PersonalKind kind = PersonalKind::none;
};

// Every e-mail address, Dutch phone number, BSN and IBAN in `text`, in
// order (rules.md, MEE501). Matched after normalisation: fullwidth forms
// as ASCII, format characters (zero-width spaces, soft hyphens) dropped,
// no-break and other spaces as spaces, dashes as '-', and "[at]", "(at)",
// "[dot]", "(dot)" as '@' and '.'. A phone number: +31, 0031 or 0, then
// nine digits, with "(0)", parentheses around the area code, and spaces,
// '.', '/' or '-' between groups (one kind in one number), not part of a
// longer run of digits or letters. A BSN: nine digits passing the
// 11-check. An IBAN: passing mod 97.
std::vector<PersonalSpan> find_personal_spans(std::string_view text);

// The first kind found, by how telling it is: e-mail, phone, BSN, IBAN.
PersonalKind find_personal_data(std::string_view text);

bool has_email(std::string_view text);
bool has_phone_number(std::string_view text);

// `text` with each piece of personal data replaced by what it is
// ("[telefoonnummer]").
std::string mask_personal_data(std::string_view text, Lang lang);

// Masks every text of a document's tree but those under `initiatiefnemer`
// (which public output leaves out whole): for render without
// --with-personal-data.
void mask_personal_data(Node& root, Lang lang);

// What a kind of personal data is called in a message ("een e-mailadres").
std::string personal_data_name(PersonalKind kind, Lang lang);

}  // namespace mee
