// Goals (section 2, §1.2) and stakeholders (section 3, bouwsteen 2):
// MEE121–MEE138.

#include "node_access.hpp"
#include "plan_view.hpp"
#include "rules_plan.hpp"
#include "suggest.hpp"

#include <filesystem>
#include <set>

namespace mee::plan_rules {

namespace {

// Whether the rules of a section apply: the plan needs it (not inform-only)
// and it is there (a missing one is MEE110 alone).
const Node* applicable_section(const RuleInput& in, std::string_view name)
{
    if (is_inform_only(in.root, in.profile)) return nullptr;
    return section(in.root, name);
}

// Where a finding about the stakeholder list points: the list's key, else
// the omgevingsanalyse key.
Mark stakeholder_list_mark(const Node& root, const Node& analysis)
{
    if (const Entry* e = analysis.entry("belanghebbenden")) return e->key_mark;
    return top_key_mark(root, "omgevingsanalyse");
}

bool has_category(const Node& plan, std::string_view category)
{
    for (const Node* s : stakeholders(plan)) {
        if (text_at(s, "categorie") == category) return true;
    }
    return false;
}

std::string name_of(const Node* stakeholder)
{
    return std::string(scalar_text(stakeholder->get("naam")).value_or("?"));
}

}  // namespace

void mee121(const RuleInput& in, const Report& report)
{
    const Node* doelen = applicable_section(in, "doelen");
    for (const Node& goal : items_of(doelen)) {
        if (!goal.is_mapping() || filled_at(&goal, "concreet", static_cast<std::size_t>(in.profile.filled_min_words)))
            continue;
        if (goal.get("concreet") != nullptr && !text_value(goal.get("concreet")))
            continue;  // the schema reports the type
        report(goal.mark, say(in.lang,
                              {"doel '{0}' heeft geen ingevuld concreet doel: schrijf op wat u precies wilt bereiken, "
                               "zodat het achteraf te toetsen is (§1.2)",
                               "goal '{0}' has no filled concreet: write down exactly what you want to achieve, so "
                               "it can be tested afterwards (§1.2)"},
                              scalar_text(goal.get("doel")).value_or("?")));
    }
}

void mee122(const RuleInput& in, const Report& report)
{
    const Node* doelen = applicable_section(in, "doelen");
    std::set<std::string_view> seen;
    for (const Node& goal : items_of(doelen)) {
        const auto key = text_at(&goal, "doel");
        if (!key) continue;
        if (!seen.insert(*key).second) {
            report(goal.mark, say(in.lang,
                                  {"doel '{0}' staat twee keer in doelen: voeg de twee samen",
                                   "goal '{0}' is listed twice in doelen: merge the two"},
                                  *key));
        }
    }
}

void mee131(const RuleInput& in, const Report& report)
{
    const Node* analysis = applicable_section(in, "omgevingsanalyse");
    if (analysis == nullptr || !analysis->is_mapping() || has_category(in.root, "intern")) return;
    report(stakeholder_list_mark(in.root, *analysis),
           say(in.lang, {"geen belanghebbende van categorie intern: vergeet de collega's binnen de gemeente niet "
                         "(bouwsteen 2)",
                         "no stakeholder of categorie intern: do not forget the colleagues within the municipality "
                         "(bouwsteen 2)"}));
}

void mee132(const RuleInput& in, const Report& report)
{
    const Node* analysis = applicable_section(in, "omgevingsanalyse");
    if (analysis == nullptr || !analysis->is_mapping()) return;
    if (has_category(in.root, "ketenpartner") || has_category(in.root, "bestuursorgaan")) return;
    report(
        stakeholder_list_mark(in.root, *analysis),
        say(in.lang, {"geen ketenpartner en geen bestuursorgaan onder de belanghebbenden: neem ketenpartners en andere "
                      "besturen op (§2.1.3, onderdeel 3)",
                      "no ketenpartner and no bestuursorgaan among the stakeholders: include partner organisations and "
                      "other public bodies (§2.1.3, section 3)"}));
}

void mee133(const RuleInput& in, const Report& report)
{
    if (applicable_section(in, "omgevingsanalyse") == nullptr) return;
    const Node* werkvormen = section(in.root, "werkvormen");
    if (werkvormen == nullptr) return;  // MEE110 is the cause
    std::set<std::string, std::less<>> reached;
    for (const Node& w : items_of(werkvormen)) {
        for (GroupName& g : group_names(in.root, w.is_mapping() ? w.get("doelgroepen") : nullptr)) {
            reached.insert(std::move(g.name));
        }
    }
    for (const Node* s : stakeholders(in.root)) {
        if (text_at(s, "belang") != "groot" || text_at(s, "invloed") != "veel" || text_at(s, "categorie") == "intern")
            continue;
        const auto name = scalar_text(s->get("naam"));
        if (!name || reached.count(*name) != 0) continue;
        const std::vector<std::string> wanted{std::string(*name)};
        bool misspelt = false;
        for (std::string_view r : reached)
            misspelt = misspelt || (stakeholder_named(in.root, r) == nullptr && did_you_mean(r, wanted));
        if (misspelt) continue;  // MEE135 names the misspelt doelgroep: one finding per cause
        report(s->mark, say(in.lang,
                            {"'{0}' heeft groot belang en veel invloed, maar staat bij geen enkele werkvorm in "
                             "doelgroepen: deze groep betrekken we zoveel mogelijk (bouwsteen 2)",
                             "'{0}' has a large stake and much influence, but is in no werkvorm's doelgroepen: "
                             "this group is to be involved as much as possible (bouwsteen 2)"},
                            *name));
    }
}

void mee134(const RuleInput& in, const Report& report)
{
    const Node* analysis = applicable_section(in, "omgevingsanalyse");
    if (analysis == nullptr || !analysis->is_mapping()) return;
    if (filled_at(analysis, "inclusie", static_cast<std::size_t>(in.profile.filled_min_words))) return;
    const Node* inclusie = analysis->get("inclusie");
    if (inclusie != nullptr && !text_value(inclusie)) return;  // the schema reports the type
    report(
        inclusie != nullptr ? inclusie->mark : top_key_mark(in.root, "omgevingsanalyse"),
        say(in.lang, {"omgevingsanalyse.inclusie is niet ingevuld: schrijf op hoe mensen meedoen die minder makkelijk "
                      "meedoen (§1.3.2 punt 4)",
                      "omgevingsanalyse.inclusie is not filled: write down how people who find it harder to take part "
                      "are included (§1.3.2 point 4)"}));
}

void mee135(const RuleInput& in, const Report& report)
{
    const auto all = stakeholders(in.root);
    if (all.empty()) return;  // no list to compare with: MEE110, or an inform-only plan
    std::vector<std::string> names;
    for (const Node* s : all)
        names.push_back(name_of(s));
    auto check_list = [&](const Node* list, std::string_view where) {
        for (const GroupName& g : group_names(in.root, list)) {
            if (g.parts > 1) {
                report(g.node->mark,
                       say(in.lang,
                           {"in {2} splitst de komma in [ ] de belanghebbende '{0}' in {1} namen; zet de naam tussen "
                            "aanhalingstekens: \"{0}\"",
                            "in {2}, the comma in [ ] splits the stakeholder '{0}' into {1} names; put the name in "
                            "quotes: \"{0}\""},
                           g.name, g.parts, where));
                continue;
            }
            const std::string_view name = g.name;
            if (stakeholder_named(in.root, name) != nullptr) continue;
            std::string message = say(in.lang,
                                      {"doelgroep '{0}' in {1} is geen belanghebbende uit de omgevingsanalyse",
                                       "doelgroep '{0}' in {1} is not a stakeholder of the omgevingsanalyse"},
                                      name, where);
            if (auto guess = did_you_mean(name, names)) {
                message += say(in.lang, {"; bedoelde u '{0}'?", "; did you mean '{0}'?"}, *guess);
            } else {
                message += say(in.lang, {": voeg hem toe aan belanghebbenden of gebruik de naam die daar staat",
                                         ": add it to belanghebbenden or use the name written there"});
            }
            report(g.node->mark, message);
        }
    };
    for (const Node& w : items_of(in.root.get("werkvormen"))) {
        if (w.is_mapping()) check_list(w.get("doelgroepen"), "werkvormen");
    }
    for (const Node& m : items_of(in.root.get("planning"))) {
        if (m.is_mapping()) check_list(m.get("doelgroepen"), "planning");
    }
}

void mee136(const RuleInput& in, const Report& report)
{
    const Node* analysis = applicable_section(in, "omgevingsanalyse");
    if (analysis == nullptr || !analysis->is_mapping()) return;
    const Entry* entry = analysis->entry("opgesteld_met");
    if (entry != nullptr && !entry->value.is_null() && !entry->value.is_sequence()) return;
    const std::size_t count = entry != nullptr ? filled_in_count(&entry->value) : 0;
    if (count >= 2) return;
    report(entry != nullptr ? entry->key_mark : top_key_mark(in.root, "omgevingsanalyse"),
           say(in.lang,
               {"de omgevingsanalyse is met {0} {1} opgesteld: maak hem met een groep (opgesteld_met, minstens "
                "twee mensen)",
                "the omgevingsanalyse was made with {0} {1}: make it with a group (opgesteld_met, at least two "
                "people)"},
               count, count == 1 ? say(in.lang, {"persoon", "person"}) : say(in.lang, {"personen", "people"})));
}

void mee137(const RuleInput& in, const Report& report)
{
    std::set<std::string> seen;
    for (const Node* s : stakeholders(in.root)) {
        const auto name = scalar_text(s->get("naam"));
        if (!name) continue;
        if (!seen.insert(std::string(*name)).second) {
            report(s->mark, say(in.lang,
                                {"twee belanghebbenden heten '{0}': geef elk een eigen naam, doelgroepen verwijzen "
                                 "ernaar",
                                 "two stakeholders are called '{0}': give each its own name, doelgroepen refer to "
                                 "them"},
                                *name));
        }
    }
}

void mee138(const RuleInput& in, const Report& report)
{
    const Node* analysis = section(in.root, "omgevingsanalyse");
    const Node* kaart = analysis != nullptr ? analysis->get("kaart") : nullptr;
    const auto name = scalar_text(kaart);
    if (!name || name->empty() || name->find("://") != std::string_view::npos) return;
    // The path is written from the plan's folder; a plan that is not a file
    // on disk has no folder to look in. A path that leaves that folder is not
    // looked up at all (mee render does not embed it either).
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path document(in.path);
    if (!fs::is_regular_file(document, ec)) return;
    const fs::path relative = fs::path(std::string(*name)).lexically_normal();
    if (relative.is_absolute() || relative.has_root_name() || relative.empty() || *relative.begin() == "..") {
        report(kaart->mark, say(in.lang,
                                {"de kaart '{0}' ligt buiten de map van dit plan: zet het bestand in de map van het "
                                 "plan (of een map daaronder) en geef het pad vanaf die map",
                                 "the map '{0}' lies outside this plan's folder: put the file in the plan's folder "
                                 "(or a folder below it) and give the path from there"},
                                *name));
        return;
    }
    const fs::path target = document.parent_path() / relative;
    if (fs::exists(target, ec)) return;
    report(kaart->mark, say(in.lang,
                            {"de kaart '{0}' bestaat niet (gezocht als {1}; het pad gaat uit van de map van dit "
                             "plan): zet het bestand daar, of verbeter het pad",
                             "the map '{0}' does not exist (looked for {1}; the path starts from this plan's "
                             "folder): put the file there, or correct the path"},
                            *name, target.generic_string()));
}

}  // namespace mee::plan_rules
