// Frameworks (section 4, bouwsteen 3), level (section 5, bouwsteen 4) and
// methods (section 6, bouwsteen 5): MEE141–MEE165.

#include "node_access.hpp"
#include "plan_view.hpp"
#include "rules_plan.hpp"
#include "suggest.hpp"

#include <fmt/ranges.h>

#include <algorithm>

namespace mee::plan_rules {

namespace {

constexpr std::string_view k_kader_categories[] = {"juridisch", "organisatorisch", "politiek-bestuurlijk",
                                                   "inhoudelijk", "financieel"};

const Node* applicable_section(const RuleInput& in, std::string_view name)
{
    if (is_inform_only(in.root, in.profile)) return nullptr;
    return section(in.root, name);
}

// How the plan runs werkvorm entry `w`: its `online`, else the catalogue's.
std::optional<bool> runs_online(const Node& w, const Profile& profile)
{
    if (auto online = bool_value(w.get("online"))) return online;
    if (auto key = text_at(&w, "werkvorm")) {
        if (const ProfileWerkvorm* known = profile.werkvorm(*key)) return known->online;
    }
    return std::nullopt;
}

// "a, b of c" / "a, b or c".
std::string level_list(const std::vector<std::string>& levels, Lang lang)
{
    std::string out;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (i > 0) out += i + 1 == levels.size() ? say(lang, {" of ", " or "}) : ", ";
        out += levels[i];
    }
    return out;
}

}  // namespace

void mee141(const RuleInput& in, const Report& report)
{
    const Node* kaders = applicable_section(in, "kaders");
    if (kaders == nullptr || !kaders->is_sequence()) return;
    for (std::string_view category : k_kader_categories) {
        static const std::vector<std::string> k_categories(std::begin(k_kader_categories),
                                                           std::end(k_kader_categories));
        // A misspelt category counts as the one meant: the schema names the typo.
        const bool present = std::any_of(kaders->items.begin(), kaders->items.end(), [&](const Node& k) {
            const auto value = text_at(&k, "categorie");
            if (!value) return false;
            if (*value == category) return true;
            return std::find(k_categories.begin(), k_categories.end(), *value) == k_categories.end() &&
                   did_you_mean(*value, k_categories) == category;
        });
        if (present) continue;
        report(top_key_mark(in.root, "kaders"),
               say(in.lang,
                   {"kader '{0}' ontbreekt: voeg een kader met categorie {0} toe en beschrijf wat er vastligt, ook "
                    "als dat weinig is (§2.1.3, onderdeel 4)",
                    "kader '{0}' is missing: add a kader with categorie {0} and describe what is fixed, even if it "
                    "is little (§2.1.3, section 4)"},
                   category));
    }
}

void mee142(const RuleInput& in, const Report& report)
{
    const Node* kaders = applicable_section(in, "kaders");
    if (kaders == nullptr || !kaders->is_sequence()) return;
    const auto level = plan_level(in.root);
    if (!level || in.profile.level_rank(*level) <= 0) return;
    for (const Node& k : kaders->items) {
        if (bool_value(k.is_mapping() ? k.get("hard") : nullptr) != true) return;
    }
    report(top_key_mark(in.root, "kaders"),
           say(in.lang,
               {"alle kaders zijn hard terwijl het niveau {0} is: dan valt er niets te beïnvloeden; noem de zachte "
                "kaders waar ruimte is (bouwsteen 3)",
                "every kader is hard while the level is {0}: then there is nothing to influence; name the soft "
                "frameworks where there is room (bouwsteen 3)"},
               *level));
}

void mee151(const RuleInput& in, const Report& report)
{
    const auto kind = text_at(&in.root, "soort_werk");
    if (!kind) return;
    const bool dorpsvisie = bool_value(in.root.get("dorpsvisie")).value_or(false);
    auto allowed_text = [&] {
        auto it = in.profile.levels_by_kind_of_work.find(std::string(*kind));
        std::vector<std::string> allowed;
        if (!in.profile.levels.empty()) allowed.push_back(in.profile.levels.front().key);
        if (it != in.profile.levels_by_kind_of_work.end())
            allowed.insert(allowed.end(), it->second.begin(), it->second.end());
        return level_list(allowed, in.lang);
    };
    auto check = [&](const Node* niveau, const std::string& whose) {
        const auto level = text_value(niveau);
        if (!level || in.profile.level_rank(*level) < 0) return;
        if (in.profile.level_allowed(*kind, *level, dorpsvisie)) return;
        report(niveau->mark,
               say(in.lang,
                   {"{0} {1} past niet bij soort_werk {2}: het beleid staat daar {3} toe (bouwsteen 4); kies een "
                    "van die niveaus of motiveer de afwijking in regelafwijkingen",
                    "{0} {1} does not fit soort_werk {2}: the policy allows {3} there (bouwsteen 4); choose one of "
                    "those levels or explain the deviation in regelafwijkingen"},
                   whose, *level, *kind, allowed_text()));
    };
    if (const Node* b = in.root.get("betrokkenheidsniveau"); b != nullptr && b->is_mapping()) {
        check(b->get("niveau"), say(in.lang, {"niveau", "level"}));
    }
    for (const Node* s : stakeholders(in.root)) {
        check(s->get("niveau"), say(in.lang, {"het niveau van '{0}',", "the level of '{0}',"},
                                    scalar_text(s->get("naam")).value_or("?")));
    }
}

void mee161(const RuleInput& in, const Report& report)
{
    const Node* werkvormen = applicable_section(in, "werkvormen");
    for (const Node& w : items_of(werkvormen)) {
        const auto key = text_at(&w, "werkvorm");
        const Node* niveau = w.is_mapping() ? w.get("niveau") : nullptr;
        const auto level = text_value(niveau);
        if (!key || !level || in.profile.level_rank(*level) < 0) continue;
        const ProfileWerkvorm* known = in.profile.werkvorm(*key);
        if (known == nullptr) continue;  // MEE162
        if (std::find(known->levels.begin(), known->levels.end(), *level) != known->levels.end()) continue;
        report(niveau->mark, say(in.lang,
                                 {"werkvorm '{0}' staat in de catalogus onder {1}, niet onder {2} (bouwsteen 5)",
                                  "werkvorm '{0}' is listed in the catalogue under {1}, not under {2} (bouwsteen 5)"},
                                 *key, level_list(known->levels, in.lang), *level));
    }
}

void mee162(const RuleInput& in, const Report& report)
{
    const Node* werkvormen = applicable_section(in, "werkvormen");
    for (const Node& w : items_of(werkvormen)) {
        const Node* node = w.is_mapping() ? w.get("werkvorm") : nullptr;
        const auto key = text_value(node);
        if (!key || in.profile.werkvorm(*key) != nullptr) continue;
        std::string message =
            say(in.lang, {"werkvorm '{0}' staat niet in de catalogus", "werkvorm '{0}' is not in the catalogue"}, *key);
        if (auto guess = did_you_mean(*key, in.profile.werkvorm_keys())) {
            message += say(in.lang, {"; bedoelde u '{0}'?", "; did you mean '{0}'?"}, *guess);
        } else {
            message += say(in.lang, {" (dat mag; mee explain MEE162 toont de catalogus)",
                                     " (that is allowed; mee explain MEE162 shows the catalogue)"});
        }
        report(node->mark, message);
    }
}

void mee163(const RuleInput& in, const Report& report)
{
    const Node* werkvormen = applicable_section(in, "werkvormen");
    const auto level = plan_level(in.root);
    if (werkvormen == nullptr || !level || in.profile.level_rank(*level) < 0) return;
    const std::vector<std::string> levels = in.profile.level_keys();
    static const std::vector<std::string> k_niveau = {"niveau"};
    for (const Node& w : items_of(werkvormen)) {
        auto declared = text_at(&w, "niveau");
        // A misspelt key (nivau:) counts as the one meant: MEE005 names the typo.
        if (!declared && w.is_mapping()) {
            for (const Entry& e : w.entries) {
                if (did_you_mean(e.key, k_niveau)) declared = text_value(&e.value);
            }
        }
        if (!declared) continue;
        if (*declared == *level) return;
        // A misspelt level counts as the one meant: the schema names the typo.
        if (in.profile.level_rank(*declared) < 0 && did_you_mean(*declared, levels) == *level) return;
    }
    report(top_key_mark(in.root, "werkvormen"),
           say(in.lang,
               {"geen enkele werkvorm is op het niveau van het plan ({0}): kies minstens een werkvorm die bij {0} "
                "past (bouwsteen 5)",
                "no werkvorm is at the plan's level ({0}): choose at least one werkvorm that fits {0} "
                "(bouwsteen 5)"},
               *level));
}

void mee164(const RuleInput& in, const Report& report)
{
    const Node* werkvormen = applicable_section(in, "werkvormen");
    if (items_of(werkvormen).size() < 2) return;  // MEE165 is the cause
    std::size_t online = 0;
    std::size_t offline = 0;
    for (const Node& w : items_of(werkvormen)) {
        if (!w.is_mapping()) continue;
        if (auto o = runs_online(w, in.profile)) ++(*o ? online : offline);
    }
    if (online + offline == 0 || (online > 0 && offline > 0)) return;
    report(top_key_mark(in.root, "werkvormen"),
           online > 0 ? say(in.lang, {"alle werkvormen zijn online: voeg een fysieke werkvorm toe, zodat iedereen mee "
                                      "kan doen (toegankelijk en laagdrempelig, bouwsteen 5)",
                                      "every werkvorm is online: add one that meets in person, so everyone can take "
                                      "part (accessible and low-threshold, bouwsteen 5)"})
                      : say(in.lang, {"geen enkele werkvorm is online: voeg een online werkvorm toe, zodat iedereen "
                                      "mee kan doen (toegankelijk en laagdrempelig, bouwsteen 5)",
                                      "no werkvorm is online: add an online one, so everyone can take part (accessible "
                                      "and low-threshold, bouwsteen 5)"}));
}

void mee165(const RuleInput& in, const Report& report)
{
    const Node* werkvormen = applicable_section(in, "werkvormen");
    if (werkvormen == nullptr || !werkvormen->is_sequence() || werkvormen->items.size() >= 2) return;
    report(
        top_key_mark(in.root, "werkvormen"),
        say(in.lang, {"maar één werkvorm: gebruik verschillende methoden om zoveel mogelijk mensen te bereiken "
                      "(bouwsteen 5)",
                      "only one werkvorm: use different methods to reach as many people as possible (bouwsteen 5)"}));
}

}  // namespace mee::plan_rules
