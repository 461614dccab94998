// Planning (section 7, bouwsteen 6): MEE171–MEE178.

#include "calendar.hpp"
#include "node_access.hpp"
#include "plan_view.hpp"
#include "rules_plan.hpp"
#include "suggest.hpp"

#include <fmt/ranges.h>

#include <algorithm>
#include <set>

namespace mee::plan_rules {

namespace {

constexpr std::string_view k_moment_kinds[] = {"participatie", "informatie", "terugkoppeling", "besluit", "overig"};

// Whether the planning has a moment of `soort`, counting a misspelt soort
// as what it was meant to be (the schema reports the spelling: one finding
// per cause).
bool has_moment(const Node& plan, std::string_view soort)
{
    static const std::vector<std::string> kinds(std::begin(k_moment_kinds), std::end(k_moment_kinds));
    for (const Node& m : items_of(plan.get("planning"))) {
        const auto value = text_at(&m, "soort");
        if (!value) continue;
        if (*value == soort) return true;
        if (std::find(kinds.begin(), kinds.end(), *value) == kinds.end() && did_you_mean(*value, kinds) == soort) {
            return true;
        }
    }
    return false;
}

void require_moment(const RuleInput& in, const Report& report, std::string_view soort, Msg message)
{
    if (section(in.root, "planning") == nullptr || has_moment(in.root, soort)) return;
    report(top_key_mark(in.root, "planning"), say(in.lang, message));
}

bool has_online_alternative(const Node& moment)
{
    return bool_value(moment.get("online_alternatief")) == true;
}

}  // namespace

void mee171(const RuleInput& in, const Report& report)
{
    if (is_inform_only(in.root, in.profile)) return;
    require_moment(in, report, "participatie",
                   {"de planning heeft geen moment van soort participatie: zet erin wanneer inwoners meedoen "
                    "(bouwsteen 6)",
                    "the planning has no moment of soort participatie: put in when residents take part "
                    "(bouwsteen 6)"});
}

void mee172(const RuleInput& in, const Report& report)
{
    if (is_inform_only(in.root, in.profile)) return;
    require_moment(in, report, "terugkoppeling",
                   {"de planning heeft geen moment van soort terugkoppeling: zet erin wanneer deelnemers horen wat "
                    "er met hun inbreng is gedaan (bouwsteen 6)",
                    "the planning has no moment of soort terugkoppeling: put in when participants hear what was "
                    "done with their input (bouwsteen 6)"});
}

void mee173(const RuleInput& in, const Report& report)
{
    require_moment(in, report, "besluit",
                   {"de planning heeft geen moment van soort besluit: zet erin wanneer en door wie er besloten wordt "
                    "(bouwsteen 6)",
                    "the planning has no moment of soort besluit: put in when and by whom the decision is taken "
                    "(bouwsteen 6)"});
}

void mee174(const RuleInput& in, const Report& report)
{
    for (const Moment& m : moments(in.root)) {
        if (m.soort != "participatie" || has_online_alternative(*m.node)) continue;
        std::string what;
        if (auto holiday = public_holiday(m.date)) {
            what = say(in.lang, {"op {0}", "on {0}"}, holiday->name.in(in.lang));
        } else if (in.profile.school_data_covers(m.date)) {
            if (const SchoolHoliday* h = in.profile.school_holiday(m.date)) {
                what = say(in.lang, {"in de {0} (regio {1})", "in the {0} (region {1})"}, h->name,
                           in.profile.school_region);
            }
        }
        if (what.empty()) continue;
        report(m.node->mark,
               say(in.lang,
                   {"participatiemoment op {0} valt {1}: kies een andere datum, of zet online_alternatief: true "
                    "met een online optie of een tweede moment (bouwsteen 6)",
                    "participation moment on {0} falls {1}: choose another date, or set online_alternatief: "
                    "true with an online option or a second moment (bouwsteen 6)"},
                   format_date(m.date), what));
    }
}

void mee175(const RuleInput& in, const Report& report)
{
    const auto all = stakeholders(in.root);
    for (const Moment& m : moments(in.root)) {
        if (m.soort != "participatie" || has_online_alternative(*m.node)) continue;
        std::vector<const Node*> groups;
        const Node* named = m.node->get("doelgroepen");
        if (items_of(named).empty()) {
            groups = all;
        } else {
            for (const GroupName& g : group_names(in.root, named)) {
                if (const Node* s = stakeholder_named(in.root, g.name)) groups.push_back(s);
            }
        }
        std::set<std::string> busy;
        std::string reason;
        for (const Node* s : groups) {
            const auto category = text_at(s, "categorie");
            if (!category) continue;
            if (const BusyPeriod* p = in.profile.busy_period(*category, m.date.month)) {
                if (busy.insert(std::string(*category)).second && reason.empty()) reason = p->reason.in(in.lang);
            }
        }
        if (busy.empty()) continue;
        report(m.node->mark,
               say(in.lang,
                   {"participatiemoment op {0} valt in een drukke periode voor {1} ({2}): kies een andere datum, of "
                    "zet online_alternatief: true met een online optie of meerdere momenten (bouwsteen 6)",
                    "participation moment on {0} falls in a busy period for {1} ({2}): choose another date, or set "
                    "online_alternatief: true with an online option or several moments (bouwsteen 6)"},
                   format_date(m.date), fmt::join(busy, ", "), reason));
    }
}

void mee176(const RuleInput& in, const Report& report)
{
    const auto all = moments(in.root);
    std::optional<Date> first;
    std::optional<Date> last;
    for (const Moment& m : all) {
        if (m.soort != "participatie") continue;
        if (!first) first = m.date;
        last = m.date;
    }
    if (!first) return;
    for (const Moment& m : all) {
        if (m.soort == "terugkoppeling" && m.date < *first) {
            report(m.node->mark,
                   say(in.lang,
                       {"terugkoppeling op {0} ligt voor het eerste participatiemoment ({1}): er is dan nog niets "
                        "om terug te koppelen",
                        "terugkoppeling on {0} is before the first participation moment ({1}): there is nothing to "
                        "report back yet"},
                       format_date(m.date), format_date(*first)));
        } else if (m.soort == "besluit" && m.date < *last) {
            report(m.node->mark,
                   say(in.lang,
                       {"besluit op {0} ligt voor het laatste participatiemoment ({1}): de inbreng moet er zijn "
                        "voordat er besloten wordt",
                        "besluit on {0} is before the last participation moment ({1}): the input must be in before "
                        "the decision is taken"},
                       format_date(m.date), format_date(*last)));
        }
    }
}

void mee177(const RuleInput& in, const Report& report)
{
    for (const Moment& m : moments(in.root)) {
        if (m.soort != "participatie" || in.profile.school_data_covers(m.date)) continue;
        report(m.node->mark,
               say(in.lang,
                   {"voor {0} heeft het profiel geen schoolvakanties (het dekt {1} tot en met {2}), dus mee kon niet "
                    "nagaan of het moment in een schoolvakantie valt; feestdagen zijn wel gecontroleerd",
                    "the profile has no school holidays for {0} (it covers {1} to {2}), so mee could not check "
                    "whether the moment falls in a school holiday; public holidays were checked"},
                   format_date(m.date), format_date(in.profile.school_covered_from),
                   format_date(in.profile.school_covered_to)));
    }
}

void mee178(const RuleInput& in, const Report& report)
{
    for (const Node& m : items_of(in.root.get("planning"))) {
        if (text_at(&m, "soort") != "besluit" || m.get("door") != nullptr) continue;
        report(m.mark,
               say(in.lang, {"besluitmoment zonder door: zet erbij wie uiteindelijk beslist (ambtelijk-opdrachtgever, "
                             "college of raad), zodat dat vanaf het begin duidelijk is (§1.3.2 punt 3)",
                             "besluit moment without door: say who finally decides (ambtelijk-opdrachtgever, college "
                             "or raad), so it is clear from the start (§1.3.2 point 3)"}));
    }
}

}  // namespace mee::plan_rules
