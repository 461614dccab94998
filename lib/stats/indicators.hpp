#pragma once
// The annual indicator summary of §3.6 (cli.md "Annual indicator summary"):
// for one year, the figures the adviser reports to the council.

#include "check/check.hpp"
#include "policy/profile.hpp"
#include "stats/score_output.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mee {

// Counts by value, in a fixed order (the vocabulary's order, then others
// alphabetically).
using Tally = std::vector<std::pair<std::string, int>>;

struct Summary {
    int n = 0;
    std::optional<double> mean;
    std::optional<double> median;  // the mean of the two middle values for an even count
    std::optional<double> p90;     // PERCENTILE.INC: linear between closest ranks
    std::optional<double> min;
};

// The statistics of `values` (empty: n = 0 and no figures).
Summary summarise(std::vector<double> values);

struct LeftOut {
    std::string path;
    std::string reason;
};

struct Indicators {
    int year = 0;
    // Government initiatives.
    int plans = 0;
    Tally plans_by_soort_werk;
    Tally plans_by_domein;
    Tally plans_by_onderdeel_van;
    Tally plans_by_level;
    Tally plans_by_status;  // vastgesteld, concept
    Summary plan_scores;
    int plans_scoring_100 = 0;
    Tally plan_score_bands;  // 0-49, 50-74, 75-89, 90-99, 100
    int reports = 0;
    Summary eindverslag_scores;
    int reports_scoring_100 = 0;
    Tally report_score_bands;
    int plans_ending = 0;                   // plans whose last planning moment lies in the year
    int plans_ending_with_eindverslag = 0;  // … that have an eindverslag
    Tally inbreng_by_verwerking;
    // Citizens' initiatives.
    int initiatives = 0;
    Tally initiatives_by_kern;
    Tally initiatives_by_type;
    Tally initiatives_by_omvang;
    Tally initiatives_by_uitkomst;
    Summary lead_time_days;  // ingediend to besluit.datum, over the decided ones
    int undecided = 0;
    int contact_considered = 0;  // had contact, or their days have passed by today
    int contact_in_time = 0;
    Tally ondersteuning;
    Summary tevredenheid;
    std::vector<LeftOut> left_out;  // documents of the project not counted, and why
};

// The indicators of `year` over the checked documents of `result`.
Indicators compute_indicators(const CheckResult& result, int year, const Date& today, const Profile& profile,
                              Lang lang);

// Whether any checked document counts for `year`.
bool has_documents_for_year(const CheckResult& result, int year);

}  // namespace mee
