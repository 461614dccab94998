#pragma once
// The two drawings of a plan report, as inline SVG that mee inserts into
// the HTML page itself (never through Markdown): the belang-invloed matrix
// of bouwsteen 2 and the planning of bouwsteen 6. Every text from a
// document or profile goes through escape_html; nothing else is variable
// but numbers, so the SVG holds no links, scripts or event attributes.

#include "base/date.hpp"
#include "base/text.hpp"
#include "policy/calendar.hpp"
#include "policy/profile.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mee {

struct MatrixStakeholder {
    std::string name;
    bool big_interest = false;    // belang: groot
    bool much_influence = false;  // invloed: veel
};

// The 2×2 belang-invloed grid with each stakeholder in its quadrant and the
// profile's approach of that quadrant as its heading.
std::string svg_matrix(const std::vector<MatrixStakeholder>& stakeholders, const Profile& profile, Lang lang);

struct TimelineMoment {
    Date date;
    std::string soort;  // participatie, informatie, terugkoppeling, besluit, overig
    std::string wat;
};

// no_data: the part of the range the profile's school-holiday data does not cover.
enum class BandKind { school_holiday, busy_period, no_data };

struct TimelineBand {
    BandKind kind;
    std::string lane;   // the row it is drawn in: "Schoolvakanties", "Agrariërs" …
    std::string label;  // drawn inside the band when it fits
    Date from;          // inclusive
    Date to;            // inclusive
};

struct Timeline {
    Date from;                            // the first day of the first month shown
    Date to;                              // the last day of the last month shown
    std::vector<TimelineMoment> moments;  // by date, those drawn
    std::size_t left_out = 0;             // moments beyond k_timeline_months, in the table only
    std::vector<TimelineBand> bands;      // clipped to [from, to]
    std::vector<PublicHoliday> holidays;  // in [from, to]
    std::optional<Date> adopted;          // vastgesteld.datum, when in range
};

// A planning spans months, rarely a few years: the drawing covers at most
// this many months (a plan dated 0000 to 9999 must not give a page of
// megabytes).
inline constexpr int k_timeline_months = 48;

// The timeline of `moments` (at least one): whole months from the first
// moment (or `adopted`, when earlier) to the last, at most
// k_timeline_months (later moments are counted in `left_out`); the profile's school
// holidays, the busy periods of `busy_categories` (stakeholder categories;
// empty: every busy period of the profile) and the public holidays in
// that range.
Timeline make_timeline(std::vector<TimelineMoment> moments, std::optional<Date> adopted, const Profile& profile,
                       const std::set<std::string>& busy_categories, Lang lang);

// The timeline drawn: lanes for the shaded periods, a month axis with the
// public holidays, one row per moment with its marker and label, a legend.
std::string svg_timeline(const Timeline& timeline, Lang lang);

}  // namespace mee
