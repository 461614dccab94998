// The eindverslag (§2.1.5 step 5): MEE201–MEE213. A report is compared with
// the plan it names, found in the project.

#include "mention.hpp"
#include "node_access.hpp"
#include "plan_view.hpp"
#include "project_index.hpp"
#include "rules_more.hpp"
#include "suggest.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

namespace mee::report_rules {

namespace {

// The plan this report names, or nullptr (MEE201 says so).
const Node* plan_of(const RuleInput& in)
{
    const auto id = scalar_text(in.root.get("plan"));
    if (!id) return nullptr;
    const ProjectDocument* plan = in.project.plan(*id);
    return plan != nullptr ? plan->root : nullptr;
}

std::string plan_id(const RuleInput& in)
{
    return std::string(scalar_text(in.root.get("plan")).value_or("?"));
}

std::size_t min_words(const RuleInput& in)
{
    return static_cast<std::size_t>(in.profile.filled_min_words);
}

const Node* proces(const RuleInput& in)
{
    const Node* p = in.root.get("proces");
    return p != nullptr && p->is_mapping() ? p : nullptr;
}

// Whether `werkvorm` is mentioned in one of the afwijkingen' `wat`.
bool in_deviations(const RuleInput& in, std::string_view werkvorm)
{
    for (const Node& a : items_of(proces(in) ? proces(in)->get("afwijkingen") : nullptr)) {
        if (auto wat = text_at(&a, "wat"); wat && is_mentioned(werkvorm, *wat)) return true;
    }
    return false;
}

std::set<std::string> executed(const RuleInput& in)
{
    std::set<std::string> out;
    for (const Node& u : items_of(proces(in) ? proces(in)->get("uitgevoerd") : nullptr)) {
        if (auto w = text_at(&u, "werkvorm")) out.insert(std::string(*w));
    }
    return out;
}

std::vector<std::string> planned_werkvormen(const Node& plan)
{
    std::vector<std::string> out;
    for (const Node& w : items_of(plan.get("werkvormen"))) {
        if (auto key = text_at(&w, "werkvorm")) out.emplace_back(*key);
    }
    return out;
}

// The plan's werkvorm that an executed `werkvorm` is a near miss of: one the
// plan does not have and the catalogue does not know, close to one the plan
// has. MEE204 names it; MEE203 counts the plan's werkvorm as accounted for.
std::optional<std::string> misspelt_werkvorm(const RuleInput& in, std::string_view werkvorm,
                                             const std::vector<std::string>& planned)
{
    if (std::find(planned.begin(), planned.end(), werkvorm) != planned.end()) return std::nullopt;
    if (in.profile.werkvorm(werkvorm) != nullptr) return std::nullopt;
    return did_you_mean(werkvorm, planned);
}

// Where findings about the process point: proces.uitgevoerd, proces, or the top.
Mark process_mark(const RuleInput& in)
{
    if (const Node* p = proces(in)) {
        if (const Entry* e = p->entry("uitgevoerd")) return e->key_mark;
    }
    return top_key_mark(in.root, "proces");
}

}  // namespace

void mee201(const RuleInput& in, const Report& report)
{
    const Node* node = in.root.get("plan");
    const auto id = scalar_text(node);
    if (!id || in.project.plan(*id) != nullptr) return;
    const auto same = in.project.with_id(*id);
    if (!same.empty()) {
        report(node->mark, say(in.lang,
                               {"'{0}' is geen plan maar een {1} ({2}): noem het id van het plan",
                                "'{0}' is not a plan but an {1} ({2}): give the plan's id"},
                               *id, kind_name(same.front()->kind), same.front()->path));
        return;
    }
    std::string folders;
    for (const std::string& folder : in.project.folders()) {
        folders += (folders.empty() ? "'" : "', '") + folder;
    }
    if (!folders.empty()) folders += "'";
    std::string message = say(in.lang,
                              {"plan '{0}' bestaat niet in het project (gezocht in {1} en de mappen daaronder): "
                               "controleer het id, of zet het plan bij de andere documenten",
                               "plan '{0}' does not exist in the project (looked in {1} and the folders below): "
                               "check the id, or add the plan to the other documents"},
                              *id, folders.empty() ? std::string("'.'") : folders);
    if (!in.project.marked()) {
        message +=
            say(in.lang, {"; staat het plan in een andere map, zet dan een .mee.yaml in de bovenste map van de "
                          "documenten, of noem die map: mee check MAP/",
                          "; if the plan is in another folder, put a .mee.yaml in the top folder of the documents, "
                          "or name that folder: mee check FOLDER/"});
    }
    report(node->mark, message);
}

void mee202(const RuleInput& in, const Report& report)
{
    for (const char* key : {"overzicht", "aansluiting_plan"}) {
        const Node* p = proces(in);
        if (filled_at(p, key, min_words(in))) continue;
        const Node* value = p != nullptr ? p->get(key) : nullptr;
        if (value != nullptr && !text_value(value)) continue;  // the schema reports the type
        report(value != nullptr ? value->mark : top_key_mark(in.root, "proces"),
               say(in.lang,
                   {"proces.{0} is niet ingevuld: beschrijf het proces en hoe het aansloot op het plan (§2.1.5)",
                    "proces.{0} is not filled: describe the process and how it followed the plan (§2.1.5)"},
                   key));
    }
}

void mee203(const RuleInput& in, const Report& report)
{
    const Node* plan = plan_of(in);
    if (plan == nullptr) return;
    auto done = executed(in);
    const std::vector<std::string> planned = planned_werkvormen(*plan);
    for (const std::string& w : executed(in)) {
        if (auto meant = misspelt_werkvorm(in, w, planned)) done.insert(*meant);  // MEE204 names the typo
    }
    std::set<std::string> reported;
    for (const Node& w : items_of(plan->get("werkvormen"))) {
        const auto key = text_at(&w, "werkvorm");
        if (!key || done.count(std::string(*key)) != 0 || in_deviations(in, *key)) continue;
        if (!reported.insert(std::string(*key)).second) continue;
        report(process_mark(in),
               say(in.lang,
                   {"werkvorm '{0}' uit {1} staat niet bij proces.uitgevoerd en geen afwijking noemt hem: zet hem "
                    "bij uitgevoerd, of leg onder afwijkingen uit waarom hij niet doorging",
                    "werkvorm '{0}' of {1} is not in proces.uitgevoerd and no afwijking mentions it: add it to "
                    "uitgevoerd, or explain under afwijkingen why it did not take place"},
                   *key, plan_id(in)));
    }
}

void mee204(const RuleInput& in, const Report& report)
{
    const Node* plan = plan_of(in);
    if (plan == nullptr || proces(in) == nullptr) return;
    const std::vector<std::string> planned = planned_werkvormen(*plan);
    for (const Node& u : items_of(proces(in)->get("uitgevoerd"))) {
        const auto key = text_at(&u, "werkvorm");
        if (!key || std::find(planned.begin(), planned.end(), *key) != planned.end() || in_deviations(in, *key))
            continue;
        if (auto meant = misspelt_werkvorm(in, *key, planned)) {
            report(u.get("werkvorm")->mark,
                   say(in.lang,
                       {"werkvorm '{0}' stond niet in {1}; bedoelde u '{2}'? Schrijf de werkvorm zoals in het plan",
                        "werkvorm '{0}' was not in {1}; did you mean '{2}'? Write the werkvorm as in the plan"},
                       *key, plan_id(in), *meant));
            continue;
        }
        report(u.get("werkvorm")->mark,
               say(in.lang,
                   {"werkvorm '{0}' stond niet in {1} en geen afwijking noemt hem: leg onder afwijkingen uit "
                    "waarom hij erbij kwam",
                    "werkvorm '{0}' was not in {1} and no afwijking mentions it: explain under afwijkingen "
                    "why it was added"},
                   *key, plan_id(in)));
    }
}

void mee205(const RuleInput& in, const Report& report)
{
    const Entry* e = in.root.entry("inbreng");
    if (e != nullptr && e->value.is_sequence() && !e->value.items.empty()) return;
    if (e != nullptr && !e->value.is_null() && !e->value.is_sequence()) return;  // the schema reports the type
    report(top_key_mark(in.root, "inbreng"),
           say(in.lang, {"geen inbreng: vat samen wat deelnemers hebben ingebracht en wat de gemeente ermee deed "
                         "(§2.1.5)",
                         "no inbreng: summarise what participants put forward and what the municipality did with it "
                         "(§2.1.5)"}));
}

void mee206(const RuleInput& in, const Report& report)
{
    for (const Node& item : items_of(in.root.get("inbreng"))) {
        if (!item.is_mapping() || filled_at(&item, "reactie", min_words(in))) continue;
        report(item.mark, say(in.lang,
                              {"inbreng '{0}' heeft geen ingevulde reactie: schrijf wat de gemeente ermee doet",
                               "inbreng '{0}' has no filled reactie: write what the municipality does with it"},
                              scalar_text(item.get("onderwerp")).value_or("?")));
    }
}

void mee207(const RuleInput& in, const Report& report)
{
    for (const Node& item : items_of(in.root.get("inbreng"))) {
        const auto verwerking = text_at(&item, "verwerking");
        if (!verwerking || (*verwerking != "niet" && *verwerking != "deels")) continue;
        if (filled_at(&item, "uitleg", min_words(in))) continue;
        report(item.mark,
               say(in.lang,
                   {"inbreng '{0}' is {1} overgenomen zonder ingevulde uitleg: leg uit waarom (§2.1.5; afwijken van "
                    "advies moet gemotiveerd, §2.3.1)",
                    "inbreng '{0}' was {1} taken over without a filled uitleg: explain why (§2.1.5; departing from "
                    "advice must be motivated, §2.3.1)"},
                   scalar_text(item.get("onderwerp")).value_or("?"), *verwerking));
    }
}

void mee208(const RuleInput& in, const Report& report)
{
    const Node* plan = plan_of(in);
    if (plan == nullptr) return;
    std::set<std::string> evaluated;
    for (const Node& d : items_of(in.root.get("doelen"))) {
        if (auto key = text_at(&d, "doel")) evaluated.insert(std::string(*key));
    }
    std::set<std::string> reported;
    for (const Node& goal : items_of(plan->get("doelen"))) {
        const auto key = text_at(&goal, "doel");
        if (!key || evaluated.count(std::string(*key)) != 0 || !reported.insert(std::string(*key)).second) continue;
        report(top_key_mark(in.root, "doelen"),
               say(in.lang,
                   {"doel '{0}' uit {1} is niet geevalueerd: zet het onder doelen met bereikt en een toelichting "
                    "(§1.2: achteraf toetsen)",
                    "goal '{0}' of {1} is not evaluated: add it under doelen with bereikt and a toelichting (§1.2: "
                    "tested afterwards)"},
                   *key, plan_id(in)));
    }
}

void mee209(const RuleInput& in, const Report& report)
{
    const Node* plan = plan_of(in);
    if (plan == nullptr) return;
    std::set<std::string> planned;
    for (const Node& goal : items_of(plan->get("doelen"))) {
        if (auto key = text_at(&goal, "doel")) planned.insert(std::string(*key));
    }
    for (const Node& d : items_of(in.root.get("doelen"))) {
        const auto key = text_at(&d, "doel");
        if (!key || planned.count(std::string(*key)) != 0) continue;
        report(d.mark, say(in.lang,
                           {"doel '{0}' stond niet in {1}: evalueer de doelen van het plan",
                            "goal '{0}' was not in {1}: evaluate the plan's goals"},
                           *key, plan_id(in)));
    }
}

void mee210(const RuleInput& in, const Report& report)
{
    if (in.root.get("openbaar") != nullptr) return;
    if (const Entry* written = in.root.entry("openbaar")) {
        // The key is there, with nothing under it (as in the template).
        report(written->key_mark,
               say(in.lang, {"openbaar is niet ingevuld: het eindverslag moet voor iedereen beschikbaar zijn; "
                             "zet erin wanneer en waar het is gepubliceerd (§2.1.5)",
                             "openbaar is not filled in: the report must be available to everyone; say when "
                             "and where it was published (§2.1.5)"}));
        return;
    }
    report(document_mark(in.root),
           say(in.lang, {"openbaar ontbreekt: het eindverslag moet voor iedereen beschikbaar zijn; zet erin wanneer "
                         "en waar het is gepubliceerd (§2.1.5)",
                         "openbaar is missing: the report must be available to everyone; say when and where it "
                         "was published (§2.1.5)"}));
}

void mee211(const RuleInput& in, const Report& report)
{
    const Node* datum = in.root.get("datum");
    const auto date = date_value(datum);
    if (!date) return;
    std::optional<Date> last;
    for (const Node& u : items_of(proces(in) ? proces(in)->get("uitgevoerd") : nullptr)) {
        if (auto d = date_value(u.get("datum")); d && (!last || *last < *d)) last = d;
    }
    if (!last || !(*date < *last)) return;
    report(datum->mark, say(in.lang,
                            {"het eindverslag is gedateerd {0}, voor de laatste uitgevoerde activiteit op {1}",
                             "the report is dated {0}, before the last activity carried out on {1}"},
                            format_date(*date), format_date(*last)));
}

void mee212(const RuleInput& in, const Report& report)
{
    const Node* plan = plan_of(in);
    if (plan == nullptr || text_at(plan, "status") != "concept") return;
    report(in.root.get("plan")->mark,
           say(in.lang,
               {"{0} is nooit vastgesteld (status concept): een plan wordt vooraf vastgesteld (§2.1.4); werk de "
                "status van het plan bij",
                "{0} was never adopted (status concept): a plan is adopted beforehand (§2.1.4); update the plan's "
                "status"},
               plan_id(in)));
}

void mee213(const RuleInput& in, const Report& report)
{
    for (const Node& item : items_of(in.root.get("inbreng"))) {
        if (!item.is_mapping() || filled_at(&item, "samenvatting", min_words(in))) continue;
        report(item.mark,
               say(in.lang,
                   {"inbreng '{0}' heeft geen ingevulde samenvatting", "inbreng '{0}' has no filled samenvatting"},
                   scalar_text(item.get("onderwerp")).value_or("?")));
    }
    for (const Node& d : items_of(in.root.get("doelen"))) {
        if (!d.is_mapping() || filled_at(&d, "toelichting", min_words(in))) continue;
        report(d.mark, say(in.lang,
                           {"doel '{0}' heeft geen ingevulde toelichting: leg uit waarom het (niet) bereikt is",
                            "goal '{0}' has no filled toelichting: explain why it was (not) achieved"},
                           scalar_text(d.get("doel")).value_or("?")));
    }
}

}  // namespace mee::report_rules
