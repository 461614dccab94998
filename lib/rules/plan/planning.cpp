// Planning (section 7, bouwsteen 6): MEE171–MEE178.

#include "base/suggest.hpp"
#include "policy/calendar.hpp"
#include "policy/plan_view.hpp"
#include "rules/rule.hpp"
#include "rules/values.hpp"
#include "yaml/access.hpp"

#include <fmt/ranges.h>

#include <algorithm>
#include <set>

namespace mee::rules {

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

void require_moment(const RuleInput& in, const Flag& flag, std::string_view soort, Msg message)
{
    if (section(in.root, "planning") == nullptr || has_moment(in.root, soort)) return;
    flag(top_key_mark(in.root, "planning"), say(in.lang, message));
}

bool has_online_alternative(const Node& moment)
{
    return bool_value(moment.get("online_alternatief")) == true;
}

}  // namespace

void mee171(const RuleInput& in, const Flag& flag)
{
    if (is_inform_only(in.root, in.profile)) return;
    require_moment(in, flag, "participatie",
                   {"de planning heeft geen moment van soort participatie: zet erin wanneer inwoners meedoen "
                    "(bouwsteen 6)",
                    "the planning has no moment of soort participatie: put in when residents take part "
                    "(bouwsteen 6)"});
}

extern const Rule MEE171{
    .code = "MEE171",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3 bouwsteen 6",
    .title = {"geen participatiemoment", "no participatie moment"},
    .why =
        {"Het beleid vraagt dat we duidelijk aangeven op welke momenten in het proces we inwoners betrekken (§2.1.3, "
         "bouwsteen 6 en onderdeel 7). Zonder participatiemoment in de planning weet niemand wanneer hij mee kan doen.",
         "The policy asks us to state clearly at which moments in the process we involve residents (§2.1.3, bouwsteen "
         "6 and part 7). Without a participation moment in the planning, nobody knows when they can take part."},
    .fix = {"Voeg onder planning een moment toe met soort: participatie, een datum en wat er gebeurt. Noem onder "
            "doelgroepen wie er mee kan doen.",
            "Under planning, add a moment with soort: participatie, a datum and what happens (wat). Name under "
            "doelgroepen who can take part."},
    .example =
        "planning:\n"
        "  - datum: 2026-03-24\n"
        "    wat: Inloopavond knelpunten\n"
        "    soort: participatie\n"
        "    doelgroepen: [Omwonenden centrum]\n",
    .check = mee171,
};

void mee172(const RuleInput& in, const Flag& flag)
{
    if (is_inform_only(in.root, in.profile)) return;
    require_moment(in, flag, "terugkoppeling",
                   {"de planning heeft geen moment van soort terugkoppeling: zet erin wanneer deelnemers horen wat "
                    "er met hun inbreng is gedaan (bouwsteen 6)",
                    "the planning has no moment of soort terugkoppeling: put in when participants hear what was "
                    "done with their input (bouwsteen 6)"});
}

extern const Rule MEE172{
    .code = "MEE172",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3 bouwsteen 6",
    .title = {"geen terugkoppelmoment", "no terugkoppeling moment"},
    .why = {"Het beleid zegt dat we \"de momenten van terugkoppeling\" vastleggen in de planning (§2.1.3, bouwsteen 6 "
            "en onderdeel 7). Zo horen mensen wat er met hun inbreng is gedaan (§1.3.2, punt 3).",
            "The policy says we record the moments of feedback in the planning (§2.1.3, bouwsteen 6 and part 7). That "
            "way people hear what was done with their input (§1.3.2, point 3)."},
    .fix = {"Voeg onder planning een moment toe met soort: terugkoppeling, na de participatie. Schrijf bij wat hoe u "
            "terugkoppelt, bijvoorbeeld met een bewonersbrief of op de website.",
            "Under planning, add a moment with soort: terugkoppeling, after the participation. Write under wat how you "
            "report back, for example with a letter to residents or on the website."},
    .example =
        "planning:\n"
        "  - datum: 2026-06-16\n"
        "    wat: Terugkoppeling schetsontwerp per bewonersbrief en website\n"
        "    soort: terugkoppeling\n",
    .check = mee172,
};

void mee173(const RuleInput& in, const Flag& flag)
{
    require_moment(in, flag, "besluit",
                   {"de planning heeft geen moment van soort besluit: zet erin wanneer en door wie er besloten wordt "
                    "(bouwsteen 6)",
                    "the planning has no moment of soort besluit: put in when and by whom the decision is taken "
                    "(bouwsteen 6)"});
}

extern const Rule MEE173{
    .code = "MEE173",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3 bouwsteen 6",
    .title = {"geen besluitmoment", "no besluit moment"},
    .why = {"Het beleid zegt dat we ook \"het moment dat het besluit plaats vindt\" vastleggen (§2.1.3, bouwsteen 6). "
            "Onderdeel 7 van het plan noemt de besluitmomenten van ambtelijk opdrachtgever, college en raad. Zo weten "
            "betrokkenen tot wanneer hun inbreng kan meetellen.",
            "The policy says we also record the moment the decision is taken (§2.1.3, bouwsteen 6). Part 7 of the plan "
            "names the decision moments of the ambtelijk opdrachtgever (the official who commissions the work), the "
            "college and the raad. That way people know until when their input can count."},
    .fix = {"Voeg onder planning een moment toe met soort: besluit en zet onder door wie besluit: "
            "ambtelijk-opdrachtgever, college of raad.",
            "Under planning, add a moment with soort: besluit and write under door who decides: "
            "ambtelijk-opdrachtgever, college or raad."},
    .example =
        "planning:\n"
        "  - datum: 2026-07-07\n"
        "    wat: Raad stelt definitief ontwerp vast\n"
        "    soort: besluit\n"
        "    door: raad\n",
    .check = mee173,
};

void mee174(const RuleInput& in, const Flag& flag)
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
        flag(m.node->mark,
             say(in.lang,
                 {"participatiemoment op {0} valt {1}: kies een andere datum, of zet online_alternatief: true "
                  "met een online optie of een tweede moment (bouwsteen 6)",
                  "participation moment on {0} falls {1}: choose another date, or set online_alternatief: "
                  "true with an online option or a second moment (bouwsteen 6)"},
                 format_date(m.date), what));
    }
}

extern const Rule MEE174{
    .code = "MEE174",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 6",
    .title = {"participatie in een schoolvakantie of op een feestdag",
              "participation in a school holiday or on a public holiday"},
    .why = {"Het beleid vraagt om bij de planning rekening te houden met schoolvakanties en feestdagen (§2.1.3, "
            "bouwsteen 6). Dan zijn veel mensen weg of druk. Kiest u toch zo'n moment, dan combineert u het met een "
            "online mogelijkheid of een tweede moment op een andere tijd.",
            "The policy asks us to take school holidays and public holidays into account in the planning (§2.1.3, "
            "bouwsteen 6). Many people are away or busy then. If you still choose such a moment, combine it with an "
            "online option or a second moment at another time."},
    .fix = {"Kies een andere datum. Of zet online_alternatief: true bij dit moment, als er echt een online "
            "mogelijkheid of een tweede moment op een andere tijd is.",
            "Choose another date. Or write online_alternatief: true for this moment, if there really is an online "
            "option or a second moment at another time."},
    .example =
        "planning:\n"
        "  - datum: 2026-02-24\n"
        "    wat: Inloopavond knelpunten\n"
        "    soort: participatie\n"
        "    online_alternatief: true\n",
    .check = mee174,
    .values = values::holidays,
};

void mee175(const RuleInput& in, const Flag& flag)
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
        flag(m.node->mark,
             say(in.lang,
                 {"participatiemoment op {0} valt in een drukke periode voor {1} ({2}): kies een andere datum, of "
                  "zet online_alternatief: true met een online optie of meerdere momenten (bouwsteen 6)",
                  "participation moment on {0} falls in a busy period for {1} ({2}): choose another date, or set "
                  "online_alternatief: true with an online option or several moments (bouwsteen 6)"},
                 format_date(m.date), fmt::join(busy, ", "), reason));
    }
}

extern const Rule MEE175{
    .code = "MEE175",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 6",
    .title = {"participatie in een drukke periode van een doelgroep", "participation in a target group's busy period"},
    .why = {"Het beleid vraagt om rekening te houden met drukke periodes van bepaalde groepen: \"de oogstmaand voor "
            "boeren en de decembermaand voor winkeliers\" (§2.1.3, bouwsteen 6). Dat zijn geen handige momenten voor "
            "een bijeenkomst met die groepen; doet u het toch, dan met een online mogelijkheid of meer momenten. Noemt "
            "een moment geen doelgroepen, dan kijkt mee naar alle belanghebbenden.",
            "The policy asks us to take busy periods of certain groups into account: the harvest months for farmers "
            "(agrariers) and December for shopkeepers (winkeliers) (§2.1.3, bouwsteen 6). Those are bad moments for a "
            "meeting with these groups; if you hold one anyway, add an online option or more moments. When a moment "
            "names no doelgroepen, mee looks at all stakeholders."},
    .fix = {"Kies een datum buiten de drukke periode van deze groep. Of zet online_alternatief: true bij dit moment, "
            "als er een online mogelijkheid of een tweede moment op een andere tijd is.",
            "Choose a date outside this group's busy period. Or write online_alternatief: true for this moment, if "
            "there is an online option or a second moment at another time."},
    .example =
        "planning:\n"
        "  - datum: 2026-10-06\n"
        "    wat: Avond over het buitengebied\n"
        "    soort: participatie\n"
        "    doelgroepen: [Agrariërs buitengebied]\n"
        "    online_alternatief: true\n",
    .check = mee175,
    .values = values::busy_periods,
};

void mee176(const RuleInput& in, const Flag& flag)
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
            flag(m.node->mark,
                 say(in.lang,
                     {"terugkoppeling op {0} ligt voor het eerste participatiemoment ({1}): er is dan nog niets "
                      "om terug te koppelen",
                      "terugkoppeling on {0} is before the first participation moment ({1}): there is nothing to "
                      "report back yet"},
                     format_date(m.date), format_date(*first)));
        } else if (m.soort == "besluit" && m.date < *last) {
            flag(m.node->mark,
                 say(in.lang,
                     {"besluit op {0} ligt voor het laatste participatiemoment ({1}): de inbreng moet er zijn "
                      "voordat er besloten wordt",
                      "besluit on {0} is before the last participation moment ({1}): the input must be in before "
                      "the decision is taken"},
                     format_date(m.date), format_date(*last)));
        }
    }
}

extern const Rule MEE176{
    .code = "MEE176",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 6",
    .title = {"volgorde van de planning klopt niet", "planning out of order"},
    .why =
        {"Het beleid wil dat inwoners op tijd meedoen, \"voordat er besluiten worden genomen\" (§1.1), en dat ze "
         "daarna horen wat er met hun inbreng is gedaan (§2.1.3, bouwsteen 6). Een terugkoppeling vóór de eerste "
         "participatie, of een besluit vóór de laatste, klopt dan niet. mee kijkt naar de datums, niet naar de "
         "volgorde in de lijst.",
         "The policy wants residents to take part in time, before decisions are taken (§1.1), and to hear afterwards "
         "what was done with their input (§2.1.3, bouwsteen 6). Feedback before the first participation moment, or a "
         "decision before the last one, does not fit that. mee looks at the dates, not at the order of the list."},
    .fix = {"Controleer de datums onder planning. Zet de terugkoppeling na de eerste participatie en het besluit na de "
            "laatste participatie.",
            "Check the dates under planning. Put the terugkoppeling after the first participation moment and the "
            "besluit after the last one."},
    .example =
        "planning:\n"
        "  - {datum: 2026-03-24, wat: Inloopavond, soort: participatie}\n"
        "  - {datum: 2026-06-16, wat: Bewonersbrief over de inbreng, soort: terugkoppeling}\n"
        "  - {datum: 2026-07-07, wat: Raad besluit, soort: besluit, door: raad}\n",
    .check = mee176,
};

void mee177(const RuleInput& in, const Flag& flag)
{
    // One finding per document (2nd reading), at the first such moment,
    // naming them all.
    const Node* first = nullptr;
    std::vector<std::string> dates;
    for (const Moment& m : moments(in.root)) {
        if (m.soort != "participatie" || in.profile.school_data_covers(m.date)) continue;
        if (first == nullptr) first = m.node;
        dates.push_back(format_date(m.date));
    }
    if (first == nullptr) return;
    const std::string from = format_date(in.profile.school_covered_from);
    const std::string to = format_date(in.profile.school_covered_to);
    if (dates.size() == 1) {
        flag(first->mark,
             say(in.lang,
                 {"voor {0} heeft het profiel geen schoolvakanties (het dekt {1} tot en met {2}), dus mee kon niet "
                  "nagaan of het moment in een schoolvakantie valt; feestdagen zijn wel gecontroleerd",
                  "the profile has no school holidays for {0} (it covers {1} to {2}), so mee could not check "
                  "whether the moment falls in a school holiday; public holidays were checked"},
                 dates.front(), from, to));
        return;
    }
    const std::string last = dates.back();
    dates.pop_back();
    flag(first->mark,
         say(in.lang,
             {"voor {0} en {1} heeft het profiel geen schoolvakanties (het dekt {2} tot en met {3}), dus mee kon niet "
              "nagaan of deze {4} momenten in een schoolvakantie vallen; feestdagen zijn wel gecontroleerd",
              "the profile has no school holidays for {0} and {1} (it covers {2} to {3}), so mee could not check "
              "whether these {4} moments fall in a school holiday; public holidays were checked"},
             fmt::format("{}", fmt::join(dates, ", ")), last, from, to, dates.size() + 1));
}

extern const Rule MEE177{
    .code = "MEE177",
    .scope = Scope::plan,
    .severity = Severity::info,
    .section = "§2.1.3 bouwsteen 6",
    .title = {"schoolvakanties voor deze data onbekend", "school holidays unknown for these dates"},
    .why =
        {"Het beleid vraagt om rekening te houden met schoolvakanties (§2.1.3, bouwsteen 6). mee kent de "
         "schoolvakanties alleen voor de periode die in het profiel staat. Voor deze momenten kon mee dus niet "
         "kijken of ze in een schoolvakantie vallen; de feestdagen zijn wel gecontroleerd. mee meldt dit één keer "
         "per document, met alle momenten erbij.",
         "The policy asks us to take school holidays into account (§2.1.3, bouwsteen 6). mee knows the school "
         "holidays only for the period in the profile. So for these moments mee could not check whether they fall in "
         "a school holiday; public holidays were checked. mee says so once per document, naming every moment."},
    .fix = {"Kijk zelf of de datum in een schoolvakantie valt (de Rijksoverheid publiceert de data per schooljaar). "
            "Valt hij erin, kies dan een andere datum of zet online_alternatief: true. Een nieuwere mee of een nieuwer "
            "profiel kent ook de latere jaren.",
            "Check yourself whether the date falls in a school holiday (the national government publishes the dates "
            "per school year). If it does, choose another date or write online_alternatief: true. A newer mee or a "
            "newer profile knows the later years too."},
    .check = mee177,
    .values = values::school_holidays,
};

void mee178(const RuleInput& in, const Flag& flag)
{
    for (const Node& m : items_of(in.root.get("planning"))) {
        if (text_at(&m, "soort") != "besluit" || m.get("door") != nullptr) continue;
        flag(m.mark,
             say(in.lang, {"besluitmoment zonder door: zet erbij wie uiteindelijk beslist (ambtelijk-opdrachtgever, "
                           "college of raad), zodat dat vanaf het begin duidelijk is (§1.3.2 punt 3)",
                           "besluit moment without door: say who finally decides (ambtelijk-opdrachtgever, college "
                           "or raad), so it is clear from the start (§1.3.2 point 3)"}));
    }
}

extern const Rule MEE178{
    .code = "MEE178",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§1.3.2, §2.1.3",
    .title = {"besluitmoment zonder door", "besluit moment without door"},
    .why =
        {"Het beleid zegt dat we vanaf de start vertellen \"wie er uiteindelijk beslist\" (§1.3.2, punt 3). Onderdeel "
         "7 van het plan noemt daarom de besluitmomenten van ambtelijk opdrachtgever, college en/of raad (§2.1.3).",
         "The policy says that from the start we tell who finally decides (§1.3.2, point 3). So part 7 of the plan "
         "names the decision moments of the ambtelijk opdrachtgever, the college and/or the raad (§2.1.3)."},
    .fix = {"Zet bij elk moment met soort: besluit onder door wie besluit: ambtelijk-opdrachtgever, college of raad.",
            "For every moment with soort: besluit, write under door who decides: ambtelijk-opdrachtgever, college or "
            "raad."},
    .example =
        "planning:\n"
        "  - datum: 2026-04-14\n"
        "    wat: College kiest het voorkeursontwerp\n"
        "    soort: besluit\n"
        "    door: college\n",
    .check = mee178,
};

}  // namespace mee::rules
