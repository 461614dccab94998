#pragma once
// Finding personal contact data in text (MEE501).

#include <string_view>

namespace mee {

enum class PersonalData { none, email, phone };

// The first kind of personal data in `text`: an e-mail address, or a Dutch
// phone number: `+31`, `0031` or `0` followed by nine digits, with optional
// spaces or one hyphen between groups, not part of a longer run of digits
// or letters (rules.md).
PersonalData find_personal_data(std::string_view text);

bool has_email(std::string_view text);
bool has_phone_number(std::string_view text);

}  // namespace mee
