#include "stats/score.hpp"

#include "base/filled.hpp"
#include "policy/mention.hpp"
#include "policy/plan_view.hpp"
#include "yaml/access.hpp"

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

// Which entries a coverage item counts, and what it does with none.
struct Count {
    std::int64_t satisfied = 0;
    std::int64_t total = 0;
    Noun entries;
    Fraction when_none = Fraction{0, 1};  // 1 for items that concern only some entries
};

struct Builder {
    Score& score;
    void section(std::string key, Msg title) { score.sections.push_back(ScoreSection{std::move(key), title, {}}); }
    // A presence item: 1 or 0.
    void item(Msg name, Msg missing, bool present)
    {
        score.sections.back().items.push_back(
            ScoreItem{name, missing, Fraction{present ? 1 : 0, 1}, present ? 1 : 0, 1, std::nullopt});
    }
    // A coverage item: the fraction of its entries that satisfy it.
    void item(Msg name, Msg missing, const Count& c)
    {
        const Fraction value = c.total == 0 ? c.when_none : normal(Fraction{c.satisfied, c.total});
        score.sections.back().items.push_back(ScoreItem{name, missing, value, c.satisfied, c.total, c.entries});
    }
    // An item that needs what is not there (an eindverslag's plan): 0, shown as not judged.
    void not_judged(Msg name, Msg missing)
    {
        score.sections.back().items.push_back(ScoreItem{name, missing, Fraction{0, 1}, 0, 1, std::nullopt, Judged::no});
    }
};

// An entry that still holds a placeholder (or an empty text) under `key`
// is unfinished: it does not count. A key that is absent does not make an
// entry unfinished.
bool unfinished(const Node& entry, std::string_view key)
{
    if (!entry.is_mapping()) return false;
    const Node* value = entry.get(key);
    if (value == nullptr) return false;
    const auto text = scalar_text(value);
    return text && !has_content(*text);
}

// The entries of a list that are filled in: texts with content, mappings
// that are not unfinished under `key`.
std::vector<const Node*> finished(const Node* list, std::string_view key = {})
{
    std::vector<const Node*> out;
    for (const Node& entry : items_of(list)) {
        if (entry.is_mapping() ? key.empty() || !unfinished(entry, key) : has_content(scalar_text(&entry).value_or("")))
            out.push_back(&entry);
    }
    return out;
}

std::size_t words(const Profile& p)
{
    return static_cast<std::size_t>(p.filled_min_words);
}

// The eindverslag's items that need its plan.
constexpr Msg k_werkvormen_accounted{"werkvormen van het plan verantwoord", "plan werkvormen accounted for"};
constexpr Msg k_werkvormen_missing{"uitgevoerd of afwijking", "uitgevoerd or afwijking"};
constexpr Msg k_goals_evaluated{"doelen van het plan geëvalueerd", "plan goals evaluated"};
constexpr Msg k_goals_missing{"toetsing in doelen", "evaluation in doelen"};

// The plan's stakeholders whose naam is filled in.
std::vector<const Node*> named_stakeholders(const Node& plan)
{
    std::vector<const Node*> out;
    for (const Node* s : stakeholders(plan)) {
        if (!unfinished(*s, "naam")) out.push_back(s);
    }
    return out;
}

bool has_stakeholder_category(const Node& plan, std::string_view category)
{
    for (const Node* s : named_stakeholders(plan)) {
        if (text_at(s, "categorie") == category) return true;
    }
    return false;
}

void plan_sections(const Node& plan, const Profile& p, bool inform_only, Builder& b)
{
    const Node* opgave = plan.get("opgave");
    const bool opgave_mapping = opgave != nullptr && opgave->is_mapping();
    b.section("opgave", {"1. Opgave", "1. Task"});
    b.item({"beschrijving ingevuld", "beschrijving filled"}, {"beschrijving", "beschrijving"},
           filled_at(opgave, "beschrijving", words(p)));
    b.item({"voorgeschiedenis ingevuld", "voorgeschiedenis filled"}, {"voorgeschiedenis", "voorgeschiedenis"},
           filled_at(opgave, "voorgeschiedenis", words(p)));
    b.item({"minstens een aanleiding", "at least one aanleiding"}, {"aanleiding", "aanleiding"},
           opgave_mapping && !finished(opgave->get("aanleiding")).empty());

    if (!inform_only) {
        const auto& goals = items_of(plan.get("doelen"));
        std::int64_t concrete = 0;
        for (const Node& g : goals)
            concrete += g.is_mapping() && filled_at(&g, "concreet", words(p)) ? 1 : 0;
        b.section("doelen", {"2. Doelen", "2. Goals"});
        b.item({"minstens een doel", "at least one goal"}, {"een doel", "a goal"}, !goals.empty());
        b.item({"doelen met een ingevuld concreet doel", "goals with a filled concreet"}, {"concreet", "concreet"},
               Count{concrete, static_cast<std::int64_t>(goals.size()), {{"doel", "goal"}, {"doelen", "goals"}}});

        const Node* analysis = plan.get("omgevingsanalyse");
        const bool analysis_mapping = analysis != nullptr && analysis->is_mapping();
        b.section("omgevingsanalyse", {"3. Omgevingsanalyse", "3. Stakeholder analysis"});
        b.item({"minstens een belanghebbende", "at least one stakeholder"}, {"belanghebbenden", "stakeholders"},
               !named_stakeholders(plan).empty());
        b.item({"een interne belanghebbende", "an intern stakeholder"},
               {"een interne belanghebbende", "an intern stakeholder"}, has_stakeholder_category(plan, "intern"));
        b.item({"een ketenpartner of bestuursorgaan", "a ketenpartner or bestuursorgaan"},
               {"een ketenpartner of bestuursorgaan", "a ketenpartner or bestuursorgaan"},
               has_stakeholder_category(plan, "ketenpartner") || has_stakeholder_category(plan, "bestuursorgaan"));
        b.item({"inclusie ingevuld", "inclusie filled"}, {"inclusie", "inclusie"},
               filled_at(analysis, "inclusie", words(p)));
        b.item({"opgesteld met twee of meer mensen", "opgesteld_met two or more"},
               {"opgesteld_met met minstens twee mensen", "opgesteld_met with two or more people"},
               analysis_mapping && finished(analysis->get("opgesteld_met")).size() >= 2);

        b.section("kaders", {"4. Kaders", "4. Frameworks"});
        const auto kaders = finished(plan.get("kaders"), "beschrijving");
        // The category keys of documents.md, the same words in both languages.
        static constexpr Msg k_categories[] = {{"juridisch", "juridisch"},
                                               {"organisatorisch", "organisatorisch"},
                                               {"politiek-bestuurlijk", "politiek-bestuurlijk"},
                                               {"inhoudelijk", "inhoudelijk"},
                                               {"financieel", "financieel"}};
        for (const Msg& category : k_categories) {
            bool present = false;
            for (const Node* k : kaders)
                present = present || text_at(k, "categorie") == category.nl;
            b.item(category, category, present);
        }
    }

    const Node* level_section = plan.get("betrokkenheidsniveau");
    const auto level = plan_level(plan);
    b.section("betrokkenheidsniveau", {"5. Betrokkenheidsniveau", "5. Level of involvement"});
    b.item({"niveau gegeven", "niveau given"}, {"niveau", "niveau"}, level.has_value());
    b.item({"motivering ingevuld", "motivering filled"}, {"motivering", "motivering"},
           filled_at(level_section, "motivering", words(p)));

    if (!inform_only) {
        const auto methods = finished(plan.get("werkvormen"), "werkvorm");
        bool at_level = false;
        bool online = false;
        bool offline = false;
        for (const Node* w : methods) {
            if (!w->is_mapping()) continue;
            if (level && text_at(w, "niveau") == *level) at_level = true;
            std::optional<bool> o = bool_value(w->get("online"));
            if (!o) {
                if (auto key = text_at(w, "werkvorm")) {
                    if (const ProfileWerkvorm* known = p.werkvorm(*key)) o = known->online;
                }
            }
            if (o) (*o ? online : offline) = true;
        }
        b.section("werkvormen", {"6. Werkvormen", "6. Methods"});
        b.item({"twee of meer werkvormen", "two or more werkvormen"},
               {"minstens twee werkvormen", "two or more werkvormen"}, methods.size() >= 2);
        b.item({"een werkvorm op het niveau van het plan", "one at the plan's level"},
               {"een werkvorm op het niveau van het plan", "a werkvorm at the plan's level"}, at_level);
        b.item({"online en fysiek allebei", "online and offline both present"},
               {"een online en een fysieke werkvorm", "an online and an offline werkvorm"}, online && offline);
    }

    bool participation = false;
    bool feedback = false;
    bool decision = false;
    const auto moments_list = finished(plan.get("planning"), "wat");
    for (const Node* m : moments_list) {
        const auto soort = text_at(m, "soort");
        participation = participation || soort == "participatie";
        feedback = feedback || soort == "terugkoppeling";
        decision = decision || soort == "besluit";
    }
    b.section("planning", {"7. Planning", "7. Planning"});
    if (inform_only) {
        b.item({"minstens een moment", "at least one moment"}, {"een moment", "a moment"}, !moments_list.empty());
    } else {
        b.item({"een participatiemoment", "a participatie moment"}, {"een participatiemoment", "a participatie moment"},
               participation);
        b.item({"een terugkoppelmoment", "a terugkoppeling moment"},
               {"een terugkoppelmoment", "a terugkoppeling moment"}, feedback);
    }
    b.item({"een besluitmoment", "a besluit moment"}, {"een besluitmoment", "a besluit moment"}, decision);

    const Node* c = plan.get("communicatie");
    b.section("communicatie", {"8. Communicatie", "8. Communication"});
    b.item({"middelen gegeven", "middelen given"}, {"middelen", "middelen"},
           c != nullptr && c->is_mapping() && !finished(c->get("middelen")).empty());
    b.item({"terugkoppeling ingevuld", "terugkoppeling filled"}, {"terugkoppeling", "terugkoppeling"},
           filled_at(c, "terugkoppeling", words(p)));
    b.item({"verslaglegging ingevuld", "verslaglegging filled"}, {"verslaglegging", "verslaglegging"},
           filled_at(c, "verslaglegging", words(p)));

    if (!inform_only) {
        const Node* cap = plan.get("capaciteit");
        const bool mapping = cap != nullptr && cap->is_mapping();
        b.section("capaciteit", {"9. Capaciteit", "9. Capacity"});
        b.item({"uren gegeven", "uren given"}, {"uren", "uren"}, mapping && number_value(cap->get("uren")).has_value());
        b.item({"budget gegeven", "budget given"}, {"budget", "budget"},
               mapping && number_value(cap->get("budget")).has_value());
        b.item({"toelichting ingevuld", "toelichting filled"}, {"toelichting", "toelichting"},
               filled_at(cap, "toelichting", words(p)));
    }
}

}  // namespace

Fraction add(Fraction a, Fraction b)
{
    return normal(Fraction{a.num * b.den + b.num * a.den, a.den * b.den});
}

Fraction divide(Fraction a, std::int64_t n)
{
    return n == 0 ? Fraction{0, 1} : normal(Fraction{a.num, a.den * n});
}

int percent_half_up(Fraction f)
{
    // floor(100 × num / den + 1/2) = floor((200 × num + den) / (2 × den)).
    return static_cast<int>((200 * f.num + f.den) / (2 * f.den));
}

Fraction ScoreSection::mean() const
{
    Fraction sum;
    for (const ScoreItem& item : items)
        sum = add(sum, item.value);
    return divide(sum, static_cast<std::int64_t>(items.size()));
}

Fraction Score::exact() const
{
    Fraction sum;
    for (const ScoreSection& s : sections)
        sum = add(sum, s.mean());
    return divide(sum, static_cast<std::int64_t>(sections.size()));
}

int Score::value() const
{
    return percent_half_up(exact());
}

bool Score::complete() const
{
    for (const ScoreSection& s : sections) {
        for (const ScoreItem& item : s.items) {
            if (item.judged == Judged::no) return false;
        }
    }
    return true;
}

std::string counted(std::int64_t n, const Noun& noun, Lang lang)
{
    return say(lang, {"{0} {1}", "{0} {1}"}, n, say(lang, n == 1 ? noun.one : noun.many));
}

std::string missing_text(const ScoreItem& item, Lang lang)
{
    if (item.judged == Judged::no)
        return say(lang, {"{0} (niet beoordeeld)", "{0} (not judged)"}, say(lang, item.name));
    const std::string what = say(lang, item.missing);
    if (!item.entries) return what;
    if (item.total == 0) return say(lang, {"{0} (geen {1})", "{0} (no {1})"}, what, say(lang, item.entries->many));
    return say(lang, {"{0} bij {1} van {2}", "{0} for {1} of {2}"}, what, item.total - item.satisfied,
               counted(item.total, *item.entries, lang));
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

Score score_eindverslag(const Node& verslag, const Node* plan, const Profile& profile)
{
    Score score;
    score.kind = ScoredKind::eindverslag;
    score.plan_found = plan != nullptr;
    Builder b{score};
    const std::size_t w = words(profile);

    const Node* proces = verslag.get("proces");
    b.section("proces", {"1. Proces", "1. Process"});
    b.item({"overzicht ingevuld", "overzicht filled"}, {"overzicht", "overzicht"}, filled_at(proces, "overzicht", w));
    b.item({"aansluiting op het plan ingevuld", "aansluiting_plan filled"}, {"aansluiting_plan", "aansluiting_plan"},
           filled_at(proces, "aansluiting_plan", w));
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
        b.item(k_werkvormen_accounted, k_werkvormen_missing,
               Count{accounted,
                     planned,
                     {{"werkvorm van het plan", "plan werkvorm"}, {"werkvormen van het plan", "plan werkvormen"}}});
    } else {
        b.not_judged(k_werkvormen_accounted, k_werkvormen_missing);
    }

    const auto& input = items_of(verslag.get("inbreng"));
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
    const Noun items{{"onderwerp", "item"}, {"onderwerpen", "items"}};
    b.item({"minstens een inbreng", "at least one item"}, {"inbreng", "inbreng"}, n > 0);
    b.item({"inbreng met een ingevulde samenvatting", "items with a filled samenvatting"},
           {"samenvatting", "samenvatting"}, Count{summarised, n, items});
    b.section("reactie", {"3. Reactie", "3. Response"});
    b.item({"inbreng met een ingevulde reactie", "items with a filled reactie"}, {"reactie", "reactie"},
           Count{answered, n, items});
    b.section("uitleg", {"4. Niet gebruikte inbreng uitgelegd", "4. Unused input explained"});
    b.item({"niet en deels met een ingevulde uitleg", "niet and deels items with a filled uitleg"},
           {"uitleg", "uitleg"},
           Count{explained,
                 concerned,
                 {{"onderwerp dat niet of deels is overgenomen", "item taken over partly or not"},
                  {"onderwerpen die niet of deels zijn overgenomen", "items taken over partly or not"}},
                 Fraction{1, 1}});

    b.section("doelen", {"5. Doelen getoetst", "5. Goals tested"});
    if (plan == nullptr) {
        b.not_judged(k_goals_evaluated, k_goals_missing);
        return score;
    }
    std::set<std::string> evaluated;
    for (const Node& d : items_of(verslag.get("doelen"))) {
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
    b.item(k_goals_evaluated, k_goals_missing,
           Count{tested, planned, {{"doel van het plan", "plan goal"}, {"doelen van het plan", "plan goals"}}});
    return score;
}

}  // namespace mee
