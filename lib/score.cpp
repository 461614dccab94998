#include "score.hpp"

#include "filled.hpp"
#include "mention.hpp"
#include "node_access.hpp"
#include "plan_view.hpp"

#include <algorithm>
#include <numeric>
#include <set>

namespace mee {

namespace {

Fraction normal(Fraction f)
{
    const std::int64_t g = std::gcd(f.num, f.den);
    if (g > 1) f.num /= g, f.den /= g;
    return f;
}

Fraction presence(bool present) { return Fraction{present ? 1 : 0, 1}; }

// `satisfied` of `total`; 0 when there are none, or `when_none` for items
// that concern only some entries.
Fraction coverage(std::int64_t satisfied, std::int64_t total, Fraction when_none = Fraction{0, 1})
{
    if (total == 0) return when_none;
    return normal(Fraction{satisfied, total});
}

struct Builder {
    Score& score;
    void section(std::string key, Msg title) { score.sections.push_back(ScoreSection{std::move(key), title, {}}); }
    void item(Msg name, Fraction value) { score.sections.back().items.push_back(ScoreItem{name, value}); }
    void not_judged(Msg name) { score.sections.back().items.push_back(ScoreItem{name, Fraction{0, 1}, Judged::no}); }
};

std::size_t words(const Profile& p) { return static_cast<std::size_t>(p.filled_min_words); }

// The eindverslag's items that need its plan.
constexpr Msg k_werkvormen_accounted{"werkvormen van het plan verantwoord", "plan werkvormen accounted for"};
constexpr Msg k_goals_evaluated{"doelen van het plan geevalueerd", "plan goals evaluated"};

bool has_stakeholder_category(const Node& plan, std::string_view category)
{
    for (const Node* s : stakeholders(plan)) {
        if (text_at(s, "categorie") == category) return true;
    }
    return false;
}

void plan_sections(const Node& plan, const Profile& p, bool inform_only, Builder& b)
{
    const Node* opgave = plan.get("opgave");
    b.section("opgave", {"1. Opgave", "1. Task"});
    b.item({"beschrijving ingevuld", "beschrijving filled"}, presence(filled_at(opgave, "beschrijving", words(p))));
    b.item({"voorgeschiedenis ingevuld", "voorgeschiedenis filled"}, presence(filled_at(opgave, "voorgeschiedenis", words(p))));
    b.item({"minstens een aanleiding", "at least one aanleiding"},
           presence(opgave != nullptr && opgave->is_mapping() && !items_of(opgave->get("aanleiding")).empty()));

    if (!inform_only) {
        const auto& goals = items_of(plan.get("doelen"));
        std::int64_t concrete = 0;
        for (const Node& g : goals) concrete += g.is_mapping() && filled_at(&g, "concreet", words(p)) ? 1 : 0;
        b.section("doelen", {"2. Doelen", "2. Goals"});
        b.item({"minstens een doel", "at least one goal"}, presence(!goals.empty()));
        b.item({"doelen met een ingevuld concreet doel", "goals with a filled concreet"},
               coverage(concrete, static_cast<std::int64_t>(goals.size())));

        const Node* analysis = plan.get("omgevingsanalyse");
        b.section("omgevingsanalyse", {"3. Omgevingsanalyse", "3. Stakeholder analysis"});
        b.item({"minstens een belanghebbende", "at least one stakeholder"}, presence(!stakeholders(plan).empty()));
        b.item({"een interne belanghebbende", "an intern stakeholder"}, presence(has_stakeholder_category(plan, "intern")));
        b.item({"een ketenpartner of bestuursorgaan", "a ketenpartner or bestuursorgaan"},
               presence(has_stakeholder_category(plan, "ketenpartner") || has_stakeholder_category(plan, "bestuursorgaan")));
        b.item({"inclusie ingevuld", "inclusie filled"}, presence(filled_at(analysis, "inclusie", words(p))));
        b.item({"opgesteld met twee of meer mensen", "opgesteld_met two or more"},
               presence(analysis != nullptr && analysis->is_mapping() && items_of(analysis->get("opgesteld_met")).size() >= 2));

        b.section("kaders", {"4. Kaders", "4. Frameworks"});
        for (const char* category : {"juridisch", "organisatorisch", "politiek-bestuurlijk", "inhoudelijk", "financieel"}) {
            bool present = false;
            for (const Node& k : items_of(plan.get("kaders"))) present = present || text_at(&k, "categorie") == category;
            b.item({category, category}, presence(present));
        }
    }

    const Node* level_section = plan.get("betrokkenheidsniveau");
    const auto level = plan_level(plan);
    b.section("betrokkenheidsniveau", {"5. Betrokkenheidsniveau", "5. Level of involvement"});
    b.item({"niveau gegeven", "niveau given"}, presence(level.has_value()));
    b.item({"motivering ingevuld", "motivering filled"}, presence(filled_at(level_section, "motivering", words(p))));

    if (!inform_only) {
        const auto& methods = items_of(plan.get("werkvormen"));
        bool at_level = false;
        bool online = false;
        bool offline = false;
        for (const Node& w : methods) {
            if (!w.is_mapping()) continue;
            if (level && text_at(&w, "niveau") == *level) at_level = true;
            std::optional<bool> o = bool_value(w.get("online"));
            if (!o) {
                if (auto key = text_at(&w, "werkvorm")) {
                    if (const ProfileWerkvorm* known = p.werkvorm(*key)) o = known->online;
                }
            }
            if (o) (*o ? online : offline) = true;
        }
        b.section("werkvormen", {"6. Werkvormen", "6. Methods"});
        b.item({"twee of meer werkvormen", "two or more werkvormen"}, presence(methods.size() >= 2));
        b.item({"een werkvorm op het niveau van het plan", "one at the plan's level"}, presence(at_level));
        b.item({"online en fysiek allebei", "online and offline both present"}, presence(online && offline));
    }

    bool participation = false;
    bool feedback = false;
    bool decision = false;
    const auto& moments_list = items_of(plan.get("planning"));
    for (const Node& m : moments_list) {
        const auto soort = text_at(&m, "soort");
        participation = participation || soort == "participatie";
        feedback = feedback || soort == "terugkoppeling";
        decision = decision || soort == "besluit";
    }
    b.section("planning", {"7. Planning", "7. Planning"});
    if (inform_only) {
        b.item({"minstens een moment", "at least one moment"}, presence(!moments_list.empty()));
    } else {
        b.item({"een participatiemoment", "a participatie moment"}, presence(participation));
        b.item({"een terugkoppelmoment", "a terugkoppeling moment"}, presence(feedback));
    }
    b.item({"een besluitmoment", "a besluit moment"}, presence(decision));

    const Node* c = plan.get("communicatie");
    b.section("communicatie", {"8. Communicatie", "8. Communication"});
    b.item({"middelen gegeven", "middelen given"},
           presence(c != nullptr && c->is_mapping() && !items_of(c->get("middelen")).empty()));
    b.item({"terugkoppeling ingevuld", "terugkoppeling filled"}, presence(filled_at(c, "terugkoppeling", words(p))));
    b.item({"verslaglegging ingevuld", "verslaglegging filled"}, presence(filled_at(c, "verslaglegging", words(p))));

    if (!inform_only) {
        const Node* cap = plan.get("capaciteit");
        const bool mapping = cap != nullptr && cap->is_mapping();
        b.section("capaciteit", {"9. Capaciteit", "9. Capacity"});
        b.item({"uren gegeven", "uren given"}, presence(mapping && number_value(cap->get("uren")).has_value()));
        b.item({"budget gegeven", "budget given"}, presence(mapping && number_value(cap->get("budget")).has_value()));
        b.item({"toelichting ingevuld", "toelichting filled"}, presence(filled_at(cap, "toelichting", words(p))));
    }
}

}  // namespace

Fraction add(Fraction a, Fraction b) { return normal(Fraction{a.num * b.den + b.num * a.den, a.den * b.den}); }

Fraction divide(Fraction a, std::int64_t n) { return n == 0 ? Fraction{0, 1} : normal(Fraction{a.num, a.den * n}); }

int percent_half_up(Fraction f)
{
    // floor(100 × num / den + 1/2) = floor((200 × num + den) / (2 × den)).
    return static_cast<int>((200 * f.num + f.den) / (2 * f.den));
}

Fraction ScoreSection::mean() const
{
    Fraction sum;
    for (const ScoreItem& item : items) sum = add(sum, item.value);
    return divide(sum, static_cast<std::int64_t>(items.size()));
}

Fraction Score::exact() const
{
    Fraction sum;
    for (const ScoreSection& s : sections) sum = add(sum, s.mean());
    return divide(sum, static_cast<std::int64_t>(sections.size()));
}

int Score::value() const { return percent_half_up(exact()); }

bool Score::complete() const
{
    for (const ScoreSection& s : sections) {
        for (const ScoreItem& item : s.items) {
            if (item.judged == Judged::no) return false;
        }
    }
    return true;
}

Score score_plan(const Node& plan, const Profile& profile)
{
    Score score;
    score.kind = ScoredKind::plan;
    score.inform_only = is_inform_only(plan, profile);
    Builder b{score};
    plan_sections(plan, profile, score.inform_only, b);
    return score;
}

Score score_report(const Node& report, const Node* plan, const Profile& profile)
{
    Score score;
    score.kind = ScoredKind::eindverslag;
    score.plan_found = plan != nullptr;
    Builder b{score};
    const std::size_t w = words(profile);

    const Node* proces = report.get("proces");
    b.section("proces", {"1. Proces", "1. Process"});
    b.item({"overzicht ingevuld", "overzicht filled"}, presence(filled_at(proces, "overzicht", w)));
    b.item({"aansluiting op het plan ingevuld", "aansluiting_plan filled"}, presence(filled_at(proces, "aansluiting_plan", w)));
    if (plan != nullptr) {
        std::set<std::string> done;
        const bool mapping = proces != nullptr && proces->is_mapping();
        for (const Node& u : items_of(mapping ? proces->get("uitgevoerd") : nullptr)) {
            if (auto key = text_at(&u, "werkvorm")) done.insert(std::string(*key));
        }
        std::int64_t planned = 0;
        std::int64_t accounted = 0;
        for (const Node& m : items_of(plan->get("werkvormen"))) {
            const auto key = text_at(&m, "werkvorm");
            if (!m.is_mapping()) continue;
            ++planned;
            bool ok = key && done.count(std::string(*key)) != 0;
            for (const Node& a : items_of(mapping ? proces->get("afwijkingen") : nullptr)) {
                if (auto wat = text_at(&a, "wat"); key && wat && is_mentioned(*key, *wat)) ok = true;
            }
            accounted += ok ? 1 : 0;
        }
        b.item(k_werkvormen_accounted, coverage(accounted, planned));
    } else {
        b.not_judged(k_werkvormen_accounted);
    }

    const auto& input = items_of(report.get("inbreng"));
    std::int64_t summarised = 0;
    std::int64_t answered = 0;
    std::int64_t concerned = 0;
    std::int64_t explained = 0;
    for (const Node& item : input) {
        if (!item.is_mapping()) continue;
        summarised += filled_at(&item, "samenvatting", w) ? 1 : 0;
        answered += filled_at(&item, "reactie", w) ? 1 : 0;
        const auto verwerking = text_at(&item, "verwerking");
        if (verwerking == "niet" || verwerking == "deels") {
            ++concerned;
            explained += filled_at(&item, "uitleg", w) ? 1 : 0;
        }
    }
    const auto n = static_cast<std::int64_t>(input.size());
    b.section("inbreng", {"2. Samenvatting van de inbreng", "2. Summary of input"});
    b.item({"minstens een inbreng", "at least one item"}, presence(n > 0));
    b.item({"inbreng met een ingevulde samenvatting", "items with a filled samenvatting"}, coverage(summarised, n));
    b.section("reactie", {"3. Reactie", "3. Response"});
    b.item({"inbreng met een ingevulde reactie", "items with a filled reactie"}, coverage(answered, n));
    b.section("uitleg", {"4. Niet gebruikte inbreng uitgelegd", "4. Unused input explained"});
    b.item({"niet en deels met een ingevulde uitleg", "niet and deels items with a filled uitleg"},
           coverage(explained, concerned, Fraction{1, 1}));

    b.section("doelen", {"5. Doelen getoetst", "5. Goals tested"});
    if (plan == nullptr) {
        b.not_judged(k_goals_evaluated);
        return score;
    }
    std::set<std::string> evaluated;
    for (const Node& d : items_of(report.get("doelen"))) {
        if (auto key = text_at(&d, "doel")) evaluated.insert(std::string(*key));
    }
    std::int64_t planned = 0;
    std::int64_t tested = 0;
    for (const Node& g : items_of(plan->get("doelen"))) {
        if (!g.is_mapping()) continue;
        ++planned;
        const auto key = text_at(&g, "doel");
        tested += key && evaluated.count(std::string(*key)) != 0 ? 1 : 0;
    }
    b.item(k_goals_evaluated, coverage(tested, planned));
    return score;
}

}  // namespace mee
