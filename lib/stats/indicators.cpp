#include "stats/indicators.hpp"

#include "policy/plan_view.hpp"
#include "yaml/access.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace mee {

Summary summarise(std::vector<double> values)
{
    Summary s;
    s.n = static_cast<int>(values.size());
    if (values.empty()) return s;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / static_cast<double>(values.size());
    const std::size_t n = values.size();
    s.median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    const double rank = 0.9 * static_cast<double>(n - 1);
    const auto lower = static_cast<std::size_t>(std::floor(rank));
    const std::size_t upper = std::min(lower + 1, n - 1);
    s.p90 = values[lower] + (rank - static_cast<double>(lower)) * (values[upper] - values[lower]);
    s.min = values.front();
    return s;
}

namespace {

// A tally in the order of `known`, then the other values alphabetically.
class Counter {
public:
    explicit Counter(std::vector<std::string> known = {}) : known_(std::move(known))
    {
        for (const std::string& k : known_)
            counts_[k] = 0;
    }
    void add(const std::string& value, int n = 1) { counts_[value] += n; }
    Tally tally() const
    {
        Tally out;
        for (const std::string& k : known_)
            out.emplace_back(k, counts_.at(k));
        for (const auto& [k, n] : counts_) {
            if (std::find(known_.begin(), known_.end(), k) == known_.end()) out.emplace_back(k, n);
        }
        return out;
    }

private:
    std::vector<std::string> known_;
    std::map<std::string, int> counts_;
};

std::string value_or(std::optional<std::string_view> v, std::string_view otherwise)
{
    return std::string(v ? *v : otherwise);
}

std::optional<Date> counting_date(const ProjectDocument& d)
{
    const Node& root = *d.root;
    switch (d.kind) {
        case DocKind::plan:
            if (text_at(&root, "status") == "vastgesteld") {
                const Node* v = root.get("vastgesteld");
                return date_value(child(v, "datum"));
            }
            return date_value(root.get("datum"));
        case DocKind::eindverslag:
            return date_value(root.get("datum"));
        case DocKind::initiatief:
            return date_value(root.get("ingediend"));
    }
    return std::nullopt;
}

const char* band(int score)
{
    if (score == 100) return "100";
    if (score >= 90) return "90-99";
    if (score >= 75) return "75-89";
    if (score >= 50) return "50-74";
    return "0-49";
}

const std::vector<std::string> k_bands = {"0-49", "50-74", "75-89", "90-99", "100"};

}  // namespace

bool has_documents_for_year(const CheckResult& result, int year)
{
    for (const ProjectDocument& d : result.project.documents()) {
        if (!d.checked) continue;
        if (auto date = counting_date(d); date && date->year == year) return true;
    }
    return false;
}

Indicators compute_indicators(const CheckResult& result, int year, const Date& today, const Profile& profile, Lang lang)
{
    Indicators ind;
    ind.year = year;
    Counter soort_werk({"beleid", "voorbereiding", "uitvoering"});
    Counter domein(profile.domains);
    Counter onderdeel({"startnotitie", "projectplan", "bestuursopdracht", "los"});
    Counter level(profile.level_keys());
    Counter status({"vastgesteld", "concept"});
    Counter plan_bands(k_bands);
    Counter eindverslag_bands(k_bands);
    Counter verwerking({"overgenomen", "deels", "niet"});
    Counter kern(profile.places());
    Counter type({"leefbaarheid", "cultuur", "ruimtelijke-kwaliteit", "anders"});
    Counter omvang({"klein", "groot"});
    const std::string undecided_outcome = say(lang, {"nog geen", "none yet"});
    Counter uitkomst({"ja", "ja-mits", "afwijzen", undecided_outcome});
    Counter support({"ruimte", "financieel", "expertise", "materiaal", "communicatie", "samenwerking"});
    std::vector<double> plan_scores;
    std::vector<double> eindverslag_scores;
    std::vector<double> lead_times;
    std::vector<double> satisfaction;

    // Files that could not be read are not in the project: say so.
    std::set<std::string> unreadable;
    for (const Finding& f : result.findings) {
        if ((f.code == "MEE001" || f.code == "MEE007" || f.code == "MEE008" || f.code == "MEE003" ||
             f.code == "MEE006") &&
            unreadable.insert(f.path).second) {
            ind.left_out.push_back(LeftOut{f.path, say(lang, {"niet te lezen ({0})", "cannot be read ({0})"}, f.code)});
        }
    }

    const auto scores = score_documents(result, profile);
    std::map<std::string, int> score_by_path;
    for (const ScoredDocument& s : scores)
        score_by_path[s.path] = s.score.value();

    for (const ProjectDocument& d : result.project.documents()) {
        if (!d.checked) continue;
        const Node& root = *d.root;
        // Plans whose last moment lies in the year count for the eindverslag share, whatever their own year.
        if (d.kind == DocKind::plan) {
            const auto all = moments(root);
            if (!all.empty() && all.back().date.year == year) {
                ++ind.plans_ending;
                if (!d.id.empty() && !result.project.eindverslagen_for(d.id).empty())
                    ++ind.plans_ending_with_eindverslag;
            }
        }
        const auto date = counting_date(d);
        if (!date) {
            ind.left_out.push_back(LeftOut{d.path, d.kind == DocKind::plan
                                                       ? say(lang, {"geen geldige datum (vastgesteld.datum of datum)",
                                                                    "no valid date (vastgesteld.datum or datum)"})
                                                   : d.kind == DocKind::eindverslag
                                                       ? say(lang, {"geen geldige datum", "no valid datum"})
                                                       : say(lang, {"geen geldige ingediend", "no valid ingediend"})});
            continue;
        }
        if (date->year != year) continue;
        switch (d.kind) {
            case DocKind::plan: {
                ++ind.plans;
                soort_werk.add(value_or(text_at(&root, "soort_werk"), "?"));
                domein.add(value_or(text_at(&root, "domein"), "?"));
                onderdeel.add(value_or(text_at(&root, "onderdeel_van"), "?"));
                level.add(value_or(plan_level(root), "?"));
                status.add(value_or(text_at(&root, "status"), "?"));
                const int score = score_by_path.at(d.path);
                plan_scores.push_back(score);
                ind.plans_scoring_100 += score == 100 ? 1 : 0;
                plan_bands.add(band(score));
                break;
            }
            case DocKind::eindverslag: {
                ++ind.reports;
                const int score = score_by_path.at(d.path);
                eindverslag_scores.push_back(score);
                ind.reports_scoring_100 += score == 100 ? 1 : 0;
                eindverslag_bands.add(band(score));
                for (const Node& item : items_of(root.get("inbreng"))) {
                    if (auto v = text_at(&item, "verwerking")) verwerking.add(std::string(*v));
                }
                break;
            }
            case DocKind::initiatief: {
                ++ind.initiatives;
                kern.add(value_or(text_at(&root, "kern"), "?"));
                type.add(value_or(text_at(&root, "type"), "?"));
                omvang.add(value_or(text_at(&root, "omvang"), "?"));
                const Node* b = root.get("beoordeling");
                uitkomst.add(value_or(text_at(b, "uitkomst"), undecided_outcome));
                const Node* besluit = root.get("besluit");
                const bool decision_map = besluit != nullptr && besluit->is_mapping();
                if (const auto decided = date_value(decision_map ? besluit->get("datum") : nullptr)) {
                    lead_times.push_back(static_cast<double>(days_from_civil(*decided) - days_from_civil(*date)));
                } else {
                    ++ind.undecided;
                }
                const Node* intake = root.get("intake");
                const bool intake_map = intake != nullptr && intake->is_mapping();
                auto contact = date_value(intake_map ? intake->get("contact") : nullptr);
                if (!contact) contact = date_value(intake_map ? intake->get("datum") : nullptr);
                if (contact) {
                    ++ind.contact_considered;
                    ind.contact_in_time +=
                        days_from_civil(*contact) - days_from_civil(*date) <= profile.intake_days ? 1 : 0;
                } else if (days_from_civil(today) - days_from_civil(*date) > profile.intake_days) {
                    ++ind.contact_considered;
                }
                for (const Node& kind : items_of(decision_map ? besluit->get("ondersteuning") : nullptr)) {
                    if (auto v = text_value(&kind)) support.add(std::string(*v));
                }
                const Node* evaluatie = root.get("evaluatie");
                if (auto t = integer_value(child(evaluatie, "tevredenheid"))) {
                    satisfaction.push_back(static_cast<double>(*t));
                }
                break;
            }
        }
    }
    ind.plans_by_soort_werk = soort_werk.tally();
    ind.plans_by_domein = domein.tally();
    ind.plans_by_onderdeel_van = onderdeel.tally();
    ind.plans_by_level = level.tally();
    ind.plans_by_status = status.tally();
    ind.plan_scores = summarise(plan_scores);
    ind.plan_score_bands = plan_bands.tally();
    ind.eindverslag_scores = summarise(eindverslag_scores);
    ind.report_score_bands = eindverslag_bands.tally();
    ind.inbreng_by_verwerking = verwerking.tally();
    // Only the places that occur: the profile lists 28.
    for (const auto& [k, n] : kern.tally()) {
        if (n > 0) ind.initiatives_by_kern.emplace_back(k, n);
    }
    ind.initiatives_by_type = type.tally();
    ind.initiatives_by_omvang = omvang.tally();
    ind.initiatives_by_uitkomst = uitkomst.tally();
    ind.lead_time_days = summarise(lead_times);
    ind.ondersteuning = support.tally();
    ind.tevredenheid = summarise(satisfaction);
    std::sort(ind.left_out.begin(), ind.left_out.end(),
              [](const LeftOut& a, const LeftOut& b) { return a.path < b.path; });
    return ind;
}

}  // namespace mee
