// Across documents: MEE401–MEE403. The project index makes each lookup
// constant time, so the pass is linear in the number of documents.

#include "document/project_index.hpp"
#include "policy/plan_view.hpp"
#include "rules/rule.hpp"
#include "rules/values.hpp"
#include "yaml/access.hpp"

namespace mee::rules {

namespace {

// Where another document is, for messages: path:line:column of its `key`.
std::string place(const ProjectDocument& d, std::string_view key)
{
    const Node* node = d.root->get(key);
    const Mark mark = node != nullptr ? node->mark : document_mark(*d.root);
    return fmt::format("{}:{}:{}", d.path, mark.line, mark.column);
}

}  // namespace

void mee401(const RuleInput& in, const Flag& flag)
{
    const Node* id = in.root.get("id");
    const auto value = scalar_text(id);
    if (!value || value->empty()) return;
    // At most three others by name: with n copies of one id, n findings of
    // n places each would make the output grow as n².
    constexpr std::size_t named = 3;
    std::vector<std::string> others;
    std::size_t more = 0;
    for (const ProjectDocument* d : in.project.with_id(*value)) {
        if (d->root == &in.root) continue;
        if (others.size() < named) {
            others.push_back(place(*d, "id"));
        } else {
            ++more;
        }
    }
    if (others.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < others.size(); ++i)
        list += (i ? ", " : "") + others[i];
    if (more > 0) {
        list += more == 1 ? say(in.lang, {" en nog 1 ander document", " and 1 more document"})
                          : say(in.lang, {" en nog {0} andere documenten", " and {0} more documents"}, more);
    }
    flag(id->mark, say(in.lang,
                       {"id '{0}' staat ook in {1}: elk document heeft een eigen id",
                        "id '{0}' is also used in {1}: every document has an id of its own"},
                       *value, list));
}

extern const Rule MEE401{
    .code = "MEE401",
    .scope = Scope::any,
    .severity = Severity::error,
    .section = "format",
    .title = {"twee documenten met hetzelfde id", "two documents share an id"},
    .why = {"Het beleid telt plannen, eindverslagen en initiatieven in een jaaroverzicht (§3.6), en een eindverslag "
            "verwijst met een id naar zijn plan (§2.1.5, stap 5). Hebben twee documenten hetzelfde id, dan raken ze "
            "door elkaar.",
            "The policy counts plans, eindverslagen and initiatives in an annual overview (§3.6), and an eindverslag "
            "refers to its plan by id (§2.1.5, step 5). If two documents share an id, they get mixed up."},
    .fix = {"Geef een van de twee documenten een nieuw id dat nog niet bestaat. Verwijst een eindverslag naar dat "
            "document, pas dan ook plan in het eindverslag aan.",
            "Give one of the two documents a new id that does not exist yet. If an eindverslag refers to that "
            "document, change plan in the eindverslag too."},
    .example = "id: PVA-2026-015\n",
    .check = mee401,
    .reach = Reach::project,
};

void mee402(const RuleInput& in, const Flag& flag)
{
    if (is_inform_only(in.root, in.profile)) return;
    const auto all = moments(in.root);
    if (all.empty()) return;
    const Moment& last = all.back();
    const long days = days_from_civil(in.today) - days_from_civil(last.date);
    if (days <= in.profile.eindverslag_days) return;
    const auto id = scalar_text(in.root.get("id"));
    if (id && !in.project.eindverslagen_for(*id).empty()) return;
    flag(last.node->mark,
         say(in.lang,
             {"het proces eindigde met het laatste planningsmoment ({0}), {1} dagen geleden, en er is geen "
              "eindverslag dat naar dit plan verwijst; het beleid verwacht het binnen {2} dagen: schrijf het "
              "(mee init eindverslag)",
              "the process ended with the last planning moment ({0}), {1} days ago, and no eindverslag refers to "
              "this plan; the policy expects one within {2} days: write it (mee init eindverslag)"},
             format_date(last.date), days, in.profile.eindverslag_days));
}

extern const Rule MEE402{
    .code = "MEE402",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.5 stap 5",
    .title = {"eindverslag ontbreekt 90 dagen na de laatste activiteit",
              "no eindverslag 90 days after the last moment"},
    .why = {"Het beleid vraagt na elk proces een eindverslag, als basis voor het besluit en om te bepalen of de "
            "inwonerbetrokkenheid geslaagd is (§2.1.5, stap 5). Het laatste moment in de planning van dit plan is al "
            "langer geleden dan de termijn hieronder, maar er is geen eindverslag dat naar dit plan verwijst.",
            "The policy asks for an eindverslag after every process, as a basis for the decision and to judge whether "
            "involving residents succeeded (§2.1.5, step 5). The last moment in this plan's planning is longer ago "
            "than the period below, but no eindverslag refers to this plan."},
    .fix = {"Schrijf het eindverslag (mee init eindverslag) en zet onder plan het id van dit plan. Is er al een "
            "eindverslag, controleer dan of plan daar het juiste id noemt.",
            "Write the eindverslag (mee init eindverslag) and put this plan's id under plan. If there already is an "
            "eindverslag, check that its plan names the right id."},
    .example =
        "soort: eindverslag\n"
        "id: EV-2026-014\n"
        "plan: PVA-2026-014\n"
        "datum: 2026-10-06\n",
    .check = mee402,
    .reach = Reach::project,
    .values = values::eindverslag_days,
};

void mee403(const RuleInput& in, const Flag& flag)
{
    const Node* plan = in.root.get("plan");
    const auto id = scalar_text(plan);
    if (!id) return;
    std::vector<std::string> others;
    for (const ProjectDocument* d : in.project.eindverslagen_for(*id)) {
        if (d->root != &in.root) others.push_back(place(*d, "plan"));
    }
    if (others.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < others.size(); ++i)
        list += (i ? ", " : "") + others[i];
    flag(plan->mark, say(in.lang,
                         {"er is meer dan een eindverslag voor {0}: ook {1}; voeg ze samen tot een verslag",
                          "there is more than one eindverslag for {0}: also {1}; merge them into one report"},
                         *id, list));
}

extern const Rule MEE403{
    .code = "MEE403",
    .scope = Scope::eindverslag,
    .severity = Severity::warning,
    .section = "§2.1.5 stap 5",
    .title = {"meer dan een eindverslag voor een plan", "more than one eindverslag for one plan"},
    .why = {"Het beleid vraagt na het proces één eindverslag dat het hele proces beschrijft (§2.1.5, stap 5). Met twee "
            "verslagen over hetzelfde plan is niet duidelijk welk verslag geldt, en het plan telt dubbel in het "
            "jaaroverzicht (§3.6).",
            "The policy asks for one eindverslag after the process, describing the whole process (§2.1.5, step 5). "
            "With two reports on the same plan, it is not clear which one counts, and the plan counts twice in the "
            "annual overview (§3.6)."},
    .fix =
        {"Voeg de verslagen samen tot één. Gaat een van de twee over een ander plan, verbeter dan het id onder plan.",
         "Merge the reports into one. If one of them is about another plan, correct the id under plan."},
    .example = "plan: PVA-2026-014\n",
    .check = mee403,
    .reach = Reach::project,
};

}  // namespace mee::rules
