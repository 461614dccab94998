// The school holidays of the embedded profile against the official lists of
// the Rijksoverheid (https://www.rijksoverheid.nl/onderwerpen/schoolvakanties,
// per school year; the dates written out here from those lists, not from the
// profile): for every school year, region and holiday, its first and last day
// fall in it and the day before and the day after do not.

#include "base/date.hpp"
#include "policy/profile.hpp"
#include "test_util.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

struct Official {
    const char* region;
    const char* name;
    const char* first;  // inclusive
    const char* last;   // inclusive
};

// Rijksoverheid, "Overzicht schoolvakanties 2025-2026" … "2029-2030".
constexpr Official k_official[] = {
    {"noord", "herfstvakantie", "2025-10-18", "2025-10-26"},      // 2025-2026
    {"midden", "herfstvakantie", "2025-10-18", "2025-10-26"},     // 2025-2026
    {"zuid", "herfstvakantie", "2025-10-11", "2025-10-19"},       // 2025-2026
    {"noord", "kerstvakantie", "2025-12-20", "2026-01-04"},       // 2025-2026
    {"midden", "kerstvakantie", "2025-12-20", "2026-01-04"},      // 2025-2026
    {"zuid", "kerstvakantie", "2025-12-20", "2026-01-04"},        // 2025-2026
    {"noord", "voorjaarsvakantie", "2026-02-21", "2026-03-01"},   // 2025-2026
    {"midden", "voorjaarsvakantie", "2026-02-14", "2026-02-22"},  // 2025-2026
    {"zuid", "voorjaarsvakantie", "2026-02-14", "2026-02-22"},    // 2025-2026
    {"noord", "meivakantie", "2026-04-25", "2026-05-03"},         // 2025-2026
    {"midden", "meivakantie", "2026-04-25", "2026-05-03"},        // 2025-2026
    {"zuid", "meivakantie", "2026-04-25", "2026-05-03"},          // 2025-2026
    {"noord", "zomervakantie", "2026-07-04", "2026-08-16"},       // 2025-2026
    {"midden", "zomervakantie", "2026-07-18", "2026-08-30"},      // 2025-2026
    {"zuid", "zomervakantie", "2026-07-11", "2026-08-23"},        // 2025-2026
    {"noord", "herfstvakantie", "2026-10-10", "2026-10-18"},      // 2026-2027
    {"midden", "herfstvakantie", "2026-10-17", "2026-10-25"},     // 2026-2027
    {"zuid", "herfstvakantie", "2026-10-17", "2026-10-25"},       // 2026-2027
    {"noord", "kerstvakantie", "2026-12-19", "2027-01-03"},       // 2026-2027
    {"midden", "kerstvakantie", "2026-12-19", "2027-01-03"},      // 2026-2027
    {"zuid", "kerstvakantie", "2026-12-19", "2027-01-03"},        // 2026-2027
    {"noord", "voorjaarsvakantie", "2027-02-20", "2027-02-28"},   // 2026-2027
    {"midden", "voorjaarsvakantie", "2027-02-20", "2027-02-28"},  // 2026-2027
    {"zuid", "voorjaarsvakantie", "2027-02-13", "2027-02-21"},    // 2026-2027
    {"noord", "meivakantie", "2027-04-24", "2027-05-02"},         // 2026-2027
    {"midden", "meivakantie", "2027-04-24", "2027-05-02"},        // 2026-2027
    {"zuid", "meivakantie", "2027-04-24", "2027-05-02"},          // 2026-2027
    {"noord", "zomervakantie", "2027-07-10", "2027-08-22"},       // 2026-2027
    {"midden", "zomervakantie", "2027-07-17", "2027-08-29"},      // 2026-2027
    {"zuid", "zomervakantie", "2027-07-24", "2027-09-05"},        // 2026-2027
    {"noord", "herfstvakantie", "2027-10-16", "2027-10-24"},      // 2027-2028
    {"midden", "herfstvakantie", "2027-10-16", "2027-10-24"},     // 2027-2028
    {"zuid", "herfstvakantie", "2027-10-23", "2027-10-31"},       // 2027-2028
    {"noord", "kerstvakantie", "2027-12-25", "2028-01-09"},       // 2027-2028
    {"midden", "kerstvakantie", "2027-12-25", "2028-01-09"},      // 2027-2028
    {"zuid", "kerstvakantie", "2027-12-25", "2028-01-09"},        // 2027-2028
    {"noord", "voorjaarsvakantie", "2028-02-19", "2028-02-27"},   // 2027-2028
    {"midden", "voorjaarsvakantie", "2028-02-26", "2028-03-05"},  // 2027-2028
    {"zuid", "voorjaarsvakantie", "2028-02-26", "2028-03-05"},    // 2027-2028
    {"noord", "meivakantie", "2028-04-29", "2028-05-07"},         // 2027-2028
    {"midden", "meivakantie", "2028-04-29", "2028-05-07"},        // 2027-2028
    {"zuid", "meivakantie", "2028-04-29", "2028-05-07"},          // 2027-2028
    {"noord", "zomervakantie", "2028-07-15", "2028-08-27"},       // 2027-2028
    {"midden", "zomervakantie", "2028-07-08", "2028-08-20"},      // 2027-2028
    {"zuid", "zomervakantie", "2028-07-22", "2028-09-03"},        // 2027-2028
    {"noord", "herfstvakantie", "2028-10-14", "2028-10-22"},      // 2028-2029
    {"midden", "herfstvakantie", "2028-10-21", "2028-10-29"},     // 2028-2029
    {"zuid", "herfstvakantie", "2028-10-21", "2028-10-29"},       // 2028-2029
    {"noord", "kerstvakantie", "2028-12-23", "2029-01-07"},       // 2028-2029
    {"midden", "kerstvakantie", "2028-12-23", "2029-01-07"},      // 2028-2029
    {"zuid", "kerstvakantie", "2028-12-23", "2029-01-07"},        // 2028-2029
    {"noord", "voorjaarsvakantie", "2029-02-17", "2029-02-25"},   // 2028-2029
    {"midden", "voorjaarsvakantie", "2029-02-17", "2029-02-25"},  // 2028-2029
    {"zuid", "voorjaarsvakantie", "2029-02-10", "2029-02-18"},    // 2028-2029
    {"noord", "meivakantie", "2029-04-28", "2029-05-06"},         // 2028-2029
    {"midden", "meivakantie", "2029-04-28", "2029-05-06"},        // 2028-2029
    {"zuid", "meivakantie", "2029-04-28", "2029-05-06"},          // 2028-2029
    {"noord", "zomervakantie", "2029-07-21", "2029-09-02"},       // 2028-2029
    {"midden", "zomervakantie", "2029-07-07", "2029-08-19"},      // 2028-2029
    {"zuid", "zomervakantie", "2029-07-14", "2029-08-26"},        // 2028-2029
    {"noord", "herfstvakantie", "2029-10-20", "2029-10-28"},      // 2029-2030
    {"midden", "herfstvakantie", "2029-10-20", "2029-10-28"},     // 2029-2030
    {"zuid", "herfstvakantie", "2029-10-13", "2029-10-21"},       // 2029-2030
    {"noord", "kerstvakantie", "2029-12-22", "2030-01-06"},       // 2029-2030
    {"midden", "kerstvakantie", "2029-12-22", "2030-01-06"},      // 2029-2030
    {"zuid", "kerstvakantie", "2029-12-22", "2030-01-06"},        // 2029-2030
    {"noord", "voorjaarsvakantie", "2030-02-16", "2030-02-24"},   // 2029-2030
    {"midden", "voorjaarsvakantie", "2030-02-23", "2030-03-03"},  // 2029-2030
    {"zuid", "voorjaarsvakantie", "2030-02-23", "2030-03-03"},    // 2029-2030
    {"noord", "meivakantie", "2030-04-27", "2030-05-05"},         // 2029-2030
    {"midden", "meivakantie", "2030-04-27", "2030-05-05"},        // 2029-2030
    {"zuid", "meivakantie", "2030-04-27", "2030-05-05"},          // 2029-2030
    {"noord", "zomervakantie", "2030-07-20", "2030-09-01"},       // 2029-2030
    {"midden", "zomervakantie", "2030-07-13", "2030-08-25"},      // 2029-2030
    {"zuid", "zomervakantie", "2030-07-06", "2030-08-18"},        // 2029-2030
};

mee::Date date(const char* text)
{
    const auto d = mee::parse_date(text);
    REQUIRE(d);
    return *d;
}

mee::Date day_before(mee::Date d)
{
    if (--d.day >= 1) return d;
    if (--d.month >= 1) return mee::Date{d.year, d.month, mee::days_in_month(d.year, d.month)};
    return mee::Date{d.year - 1, 12, 31};
}

mee::Date day_after(mee::Date d)
{
    if (++d.day <= mee::days_in_month(d.year, d.month)) return d;
    if (++d.month <= 12) return mee::Date{d.year, d.month, 1};
    return mee::Date{d.year + 1, 1, 1};
}

// The embedded profile with its region set to `region`.
mee::Profile profile_of(const std::string& region)
{
    std::ifstream in(std::string(MEE_SOURCE_DIR) + "/profiles/dalfsen-2025.yaml");
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string yaml = buffer.str();
    const auto at = yaml.find("  regio: noord\n");
    REQUIRE(at != std::string::npos);
    yaml.replace(at, 15, "  regio: " + region + "\n");
    auto profile = mee::profile_from_text(yaml, "dalfsen-2025.yaml", mee::Lang::en);
    REQUIRE_MESSAGE(profile.ok(), profile.error());
    return *profile;
}

}  // namespace

TEST_CASE("school holidays: every official period of every region and year, inside and outside")
{
    CHECK(std::size(k_official) == 5 * 5 * 3);  // five school years, five holidays, three regions
    for (const char* region : {"noord", "midden", "zuid"}) {
        const mee::Profile p = profile_of(region);
        for (const Official& o : k_official) {
            if (std::string(o.region) != region) continue;
            CAPTURE(o.region);
            CAPTURE(o.name);
            CAPTURE(o.first);
            const mee::Date first = date(o.first);
            const mee::Date last = date(o.last);
            for (const mee::Date& inside : {first, last}) {
                const mee::SchoolHoliday* h = p.school_holiday(inside);
                REQUIRE(h != nullptr);
                CHECK(h->name == o.name);
                CHECK_FALSE(h->source.empty());
            }
            for (const mee::Date& outside : {day_before(first), day_after(last)}) {
                const mee::SchoolHoliday* h = p.school_holiday(outside);
                CHECK((h == nullptr || h->name != std::string(o.name)));
            }
        }
    }
}

TEST_CASE("school holidays: the data covers 2025-08-25 to 2030-09-01, each year with its source")
{
    const mee::Profile& p = mee::embedded_profile();
    CHECK(p.school_region == "noord");
    CHECK(p.school_data_covers(date("2025-08-25")));
    CHECK(p.school_data_covers(date("2030-09-01")));
    CHECK_FALSE(p.school_data_covers(date("2030-09-02")));
    CHECK(p.school_holidays.size() == 25);
    CHECK(p.school_holiday(date("2027-12-25"))->source.ends_with("overzicht-schoolvakanties-2027-2028"));
    CHECK(p.school_holiday(date("2026-10-10"))->source.starts_with("https://opendata.rijksoverheid.nl/"));
}
