#pragma once
// The profile values a rule reads, as `mee explain` shows them below the
// rule's text: one line per value, indented two spaces. A rule names its
// printer in its definition (`Rule::values`).

#include "base/text.hpp"
#include "policy/profile.hpp"

#include <string>

namespace mee::values {

std::string lowest_level(const Profile& p, Lang lang);      // the level every plan may have
std::string domains(const Profile& p, Lang lang);           // the domains
std::string filled_words(const Profile& p, Lang lang);      // what "filled" asks of a text
std::string goals(const Profile& p, Lang lang);             // the goals and their labels
std::string categories(const Profile& p, Lang lang);        // stakeholder categories and quadrants
std::string levels_by_kind(const Profile& p, Lang lang);    // the levels allowed per kind of work
std::string werkvormen(const Profile& p, Lang lang);        // the methods per level, offline and online
std::string school_holidays(const Profile& p, Lang lang);   // the region's school holidays
std::string holidays(const Profile& p, Lang lang);          // school holidays and public holidays
std::string busy_periods(const Profile& p, Lang lang);      // the months some groups are busy
std::string readability(const Profile& p, Lang lang);       // the B1 thresholds
std::string intake_days(const Profile& p, Lang lang);       // the days until first contact
std::string places(const Profile& p, Lang lang);            // the kernen and buurtschappen
std::string eindverslag_days(const Profile& p, Lang lang);  // the days until an eindverslag is due

}  // namespace mee::values
