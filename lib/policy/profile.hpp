#pragma once
// The policy profile (profile.md): the policy's tables as data. mee embeds
// Dalfsen's (profiles/dalfsen-2025.yaml); --profile or `profile:` in
// .mee.yaml replaces it with another one of the same shape.

#include "base/date.hpp"
#include "base/status.hpp"
#include "base/text.hpp"
#include "document/schema.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

struct Node;

struct Label {
    std::string nl;
    std::string en;
    const std::string& in(Lang lang) const { return lang == Lang::nl ? nl : en; }
};

struct ProfileGoal {
    std::string key;
    Label label;
};

struct ProfileLevel {
    std::string key;
    Label label;
    Label meaning;
};

struct ProfileWerkvorm {
    std::string key;
    std::vector<std::string> levels;
    bool online = false;
};

struct ProfileCategory {
    std::string key;
    Label label;
};

struct BusyPeriod {
    std::string category;
    std::vector<int> months;  // 1..12
    Label reason;
};

struct SchoolHoliday {
    std::string name;
    Date from;                 // inclusive
    Date to;                   // inclusive
    std::string source;        // the Rijksoverheid page of its school year; empty in the short form
    bool provisional = false;  // published as richtdata
    std::string key_path;      // where the profile has it: "schoolvakanties.schooljaren[1].vakanties[0].noord"
};

struct Profile {
    std::string id;  // "dalfsen-2025"
    std::string name;
    std::vector<ProfileGoal> goals;
    std::vector<ProfileLevel> levels;  // from low to high
    std::map<std::string, std::vector<std::string>> levels_by_kind_of_work;
    bool dorpsvisie_any_level = true;
    std::vector<ProfileWerkvorm> werkvormen;
    std::vector<ProfileCategory> categories;
    std::map<std::string, Label> quadrants;  // "groot-veel", "klein-veel", "groot-weinig", "klein-weinig"
    std::vector<BusyPeriod> busy_periods;
    std::string school_region;
    Date school_covered_from;
    Date school_covered_to;
    std::vector<SchoolHoliday> school_holidays;  // of school_region, sorted by their first day
    std::vector<std::string> kernen;
    std::vector<std::string> buurtschappen;
    std::vector<std::string> domains;
    int intake_days = 28;
    int eindverslag_days = 90;
    int filled_min_words = 3;
    double flesch_douma_min = 60;
    double sentence_length_max = 15;

    // The position of `level` from low (0) to high; -1 when it is not a level.
    int level_rank(std::string_view level) const;
    const ProfileLevel* level(std::string_view key) const;
    const ProfileGoal* goal(std::string_view key) const;
    const ProfileWerkvorm* werkvorm(std::string_view key) const;
    const ProfileCategory* category(std::string_view key) const;
    // Whether `level` is allowed for `kind_of_work` (informeren always is).
    bool level_allowed(std::string_view kind_of_work, std::string_view level, bool dorpsvisie) const;
    // The school holiday `date` falls in, or nullptr.
    const SchoolHoliday* school_holiday(const Date& date) const;
    bool school_data_covers(const Date& date) const;
    // The busy period of `category` in `month`, or nullptr.
    const BusyPeriod* busy_period(std::string_view category, int month) const;
    bool is_place(std::string_view kern) const;

    std::vector<std::string> goal_keys() const;
    std::vector<std::string> level_keys() const;
    std::vector<std::string> werkvorm_keys() const;
    std::vector<std::string> category_keys() const;
    std::vector<std::string> places() const;  // kernen, then buurtschappen
};

// The embedded profile, read once.
const Profile& embedded_profile();

// The profile in `file`, validated by schemas/profile.schema.json and for
// consistency (levels and categories it names exist, dates in order).
// Fails with "file:line:col: reason" lines when it is not a good profile.
Expected<Profile> load_profile(const std::filesystem::path& file, Lang lang);

// The profile in `text`, as load_profile reads it; `shown` names it in
// messages. Fails the same way.
Expected<Profile> profile_from_text(std::string text, const std::string& shown, Lang lang);

// `schema` (a document schema) with the profile's lists in its definitions:
// the enums of `doel`, `niveau`, `categorie`, and the examples of `domein`,
// `werkvorm`, `kern`, where the schema has them.
nlohmann::json schema_for_profile(const nlohmann::json& schema, const Profile& profile);

// The embedded document schemas with `profile`'s lists, compiled.
std::unique_ptr<SchemaSet> schemas_for_profile(const Profile& profile);

}  // namespace mee
