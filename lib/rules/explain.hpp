#pragma once
// `mee explain CODE`: everything mee knows about one rule, in one text.

#include "base/text.hpp"
#include "policy/profile.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace mee {

struct Rule;
struct Node;

// The profile values `code` uses, one per line, each indented two spaces;
// empty when it uses none.
std::string profile_values(std::string_view code, const Profile& profile, Lang lang);

// Where `rule` comes from, as a user can look it up: the section of the
// policy, mee's document format (`mee schema`), or the profile key it reads.
std::string rule_source(const Rule& rule, Lang lang);

// The full explanation of `rule`: title, severity, source, why, how to fix,
// an example and the profile values. With `uitnodiging` (MEE184), also the
// text's own readability figures.
std::string explain_rule(const Rule& rule, const Profile& profile, Lang lang,
                         std::optional<std::string_view> uitnodiging = std::nullopt);

}  // namespace mee
