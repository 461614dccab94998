// Goals (section 2, §1.2) and stakeholders (section 3, bouwsteen 2):
// MEE121–MEE138.

#include "base/suggest.hpp"
#include "policy/plan_view.hpp"
#include "rules/rule.hpp"
#include "rules/values.hpp"
#include "yaml/access.hpp"

#include <filesystem>
#include <set>

namespace mee::rules {

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

void mee121(const RuleInput& in, const Flag& flag)
{
    const Node* doelen = applicable_section(in, "doelen");
    for (const Node& goal : items_of(doelen)) {
        if (!goal.is_mapping() || filled_at(&goal, "concreet", static_cast<std::size_t>(in.profile.filled_min_words)))
            continue;
        if (goal.get("concreet") != nullptr && !text_value(goal.get("concreet")))
            continue;  // the schema reports the type
        flag(goal.mark, say(in.lang,
                            {"doel '{0}' heeft geen ingevuld concreet doel: schrijf op wat u precies wilt bereiken, "
                             "zodat het achteraf te toetsen is (§1.2)",
                             "goal '{0}' has no filled concreet: write down exactly what you want to achieve, so "
                             "it can be tested afterwards (§1.2)"},
                            scalar_text(goal.get("doel")).value_or("?")));
    }
}

extern const Rule MEE121{
    .code = "MEE121",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§1.2",
    .title = {"doel zonder concreet doel", "goal without a concrete aim"},
    .why = {"Het beleid zegt: \"Voorafgaand aan elk proces bepalen we het concrete doel en achteraf toetsen we of we "
            "dit doel hebben bereikt\" (§1.2). Alleen de naam van een doel, zoals ideeen-ophalen, kunt u achteraf niet "
            "toetsen.",
            "The policy says that before every process we set the concrete aim, and afterwards we test whether we "
            "reached it (§1.2). The name of a goal alone, such as ideeen-ophalen, cannot be tested afterwards."},
    .fix = {"Schrijf bij elk doel onder concreet wat u in dit project precies wilt bereiken, en bij wie. Schrijf het "
            "zo dat u achteraf kunt zeggen: gehaald, deels of niet.",
            "For each goal, write under concreet exactly what you want to achieve in this project, and with whom. "
            "Write it so that afterwards you can say: reached, partly or not."},
    .example =
        "doelen:\n"
        "  - doel: ideeen-ophalen\n"
        "    concreet: Kennis van bewoners en ondernemers over knelpunten en gebruik ophalen.\n",
    .check = mee121,
    .values = values::filled_words,
};

void mee122(const RuleInput& in, const Flag& flag)
{
    const Node* doelen = applicable_section(in, "doelen");
    std::set<std::string_view> seen;
    for (const Node& goal : items_of(doelen)) {
        const auto key = text_at(&goal, "doel");
        if (!key) continue;
        if (!seen.insert(*key).second) {
            flag(goal.mark, say(in.lang,
                                {"doel '{0}' staat twee keer in doelen: voeg de twee samen",
                                 "goal '{0}' is listed twice in doelen: merge the two"},
                                *key));
        }
    }
}

extern const Rule MEE122{
    .code = "MEE122",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§1.2",
    .title = {"hetzelfde doel twee keer", "the same goal listed twice"},
    .why = {"Het beleid heeft vijf doelen; per proces kiest u er een of meer en maakt u ze concreet (§1.2). Een doel "
            "dat twee keer in de lijst staat, wordt in het eindverslag ook twee keer getoetst. Dat is verwarrend.",
            "The policy has five goals; for each process you choose one or more and make them concrete (§1.2). A goal "
            "listed twice is also tested twice in the eindverslag. That is confusing."},
    .fix = {"Laat het doel maar één keer in de lijst staan. Zet alles wat u ermee wilt bereiken samen in één tekst "
            "onder concreet.",
            "Keep the goal in the list only once. Put everything you want to achieve with it together in one text "
            "under concreet."},
    .example =
        "doelen:\n"
        "  - doel: zorgvuldige-besluiten\n"
        "    concreet: De raad kent alle belangen voordat hij het ontwerp vaststelt.\n",
    .check = mee122,
    .values = values::goals,
};

void mee131(const RuleInput& in, const Flag& flag)
{
    const Node* analysis = applicable_section(in, "omgevingsanalyse");
    if (analysis == nullptr || !analysis->is_mapping() || has_category(in.root, "intern")) return;
    flag(stakeholder_list_mark(in.root, *analysis),
         say(in.lang, {"geen belanghebbende van categorie intern: vergeet de collega's binnen de gemeente niet "
                       "(bouwsteen 2)",
                       "no stakeholder of categorie intern: do not forget the colleagues within the municipality "
                       "(bouwsteen 2)"}));
}

extern const Rule MEE131{
    .code = "MEE131",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 2",
    .title = {"geen interne belanghebbende", "no internal stakeholder"},
    .why = {"Bij de omgevingsanalyse zegt het beleid: \"vergeet de collega's binnen de gemeente niet\" (§2.1.3, "
            "bouwsteen 2). Ook onderdeel 3 van het plan vraagt de interne stakeholders op te nemen. Collega's van "
            "andere teams hebben vaak belang bij het project, of kennis die u nodig hebt.",
            "For the stakeholder analysis the policy says: do not forget the colleagues within the municipality "
            "(§2.1.3, bouwsteen 2). Part 3 of the plan also asks to include internal stakeholders. Colleagues in other "
            "teams often have a stake in the project, or knowledge you need."},
    .fix = {"Zet onder omgevingsanalyse.belanghebbenden minstens één team of collega met categorie: intern.",
            "Under omgevingsanalyse.belanghebbenden, add at least one team or colleague with categorie: intern."},
    .example =
        "omgevingsanalyse:\n"
        "  belanghebbenden:\n"
        "    - naam: Team beheer openbare ruimte\n"
        "      categorie: intern\n"
        "      belang: groot\n"
        "      invloed: veel\n",
    .check = mee131,
    .values = values::categories,
};

void mee132(const RuleInput& in, const Flag& flag)
{
    const Node* analysis = applicable_section(in, "omgevingsanalyse");
    if (analysis == nullptr || !analysis->is_mapping()) return;
    if (has_category(in.root, "ketenpartner") || has_category(in.root, "bestuursorgaan")) return;
    flag(
        stakeholder_list_mark(in.root, *analysis),
        say(in.lang, {"geen ketenpartner en geen bestuursorgaan onder de belanghebbenden: neem ketenpartners en andere "
                      "besturen op (§2.1.3, onderdeel 3)",
                      "no ketenpartner and no bestuursorgaan among the stakeholders: include partner organisations and "
                      "other public bodies (§2.1.3, section 3)"}));
}

extern const Rule MEE132{
    .code = "MEE132",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 2",
    .title = {"geen ketenpartner of bestuursorgaan", "no ketenpartner and no bestuursorgaan"},
    .why =
        {"Onderdeel 3 van het plan zegt: \"We vergeten niet de interne stakeholders, ketenpartners en andere besturen "
         "op te nemen\" (§2.1.3, bouwsteen 2). Ketenpartners, zoals het waterschap of de GGD, geven advies vanuit hun "
         "vak (§2.3.5). Andere besturen, zoals een buurgemeente, kunnen veel invloed hebben op het project.",
         "Part 3 of the plan says: we do not forget to include internal stakeholders, ketenpartners (partner "
         "organisations) and other public bodies (§2.1.3, bouwsteen 2). Ketenpartners, such as the water board or the "
         "GGD, give advice from their expertise (§2.3.5). Other public bodies, such as a neighbouring municipality, "
         "can have a lot of influence on the project."},
    .fix = {"Zet onder omgevingsanalyse.belanghebbenden minstens één ketenpartner (categorie: ketenpartner) of een "
            "ander bestuur (categorie: bestuursorgaan).",
            "Under omgevingsanalyse.belanghebbenden, add at least one partner organisation (categorie: ketenpartner) "
            "or another public body (categorie: bestuursorgaan)."},
    .example =
        "omgevingsanalyse:\n"
        "  belanghebbenden:\n"
        "    - naam: Waterschap Drents Overijsselse Delta\n"
        "      categorie: ketenpartner\n"
        "      belang: klein\n"
        "      invloed: veel\n",
    .check = mee132,
    .values = values::categories,
};

void mee133(const RuleInput& in, const Flag& flag)
{
    if (applicable_section(in, "omgevingsanalyse") == nullptr) return;
    const Node* werkvormen = section(in.root, "werkvormen");
    if (werkvormen == nullptr) return;  // MEE110 is the cause
    std::set<std::string, std::less<>> reached;
    for (const Node& w : items_of(werkvormen)) {
        for (GroupName& g : group_names(in.root, w.get("doelgroepen"))) {
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
        flag(s->mark, say(in.lang,
                          {"'{0}' heeft groot belang en veel invloed, maar staat bij geen enkele werkvorm in "
                           "doelgroepen: deze groep betrekken we zoveel mogelijk (bouwsteen 2)",
                           "'{0}' has a large stake and much influence, but is in no werkvorm's doelgroepen: "
                           "this group is to be involved as much as possible (bouwsteen 2)"},
                          *name));
    }
}

extern const Rule MEE133{
    .code = "MEE133",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 2",
    .title = {"sleutelspeler in geen enkele werkvorm", "key player in no werkvorm"},
    .why = {"De belang-invloed-matrix van het beleid zegt over mensen met veel invloed en groot belang: \"Dit zijn de "
            "belangrijkste mensen voor het proces. Deze betrekken we zoveel mogelijk\" (§2.1.3, bouwsteen 2). Deze "
            "belanghebbende staat bij geen enkele werkvorm als doelgroep. Collega's (intern) tellen hier niet mee: zij "
            "doen mee via het projectteam.",
            "The policy's interest-influence matrix says about people with a lot of influence and a large interest: "
            "these are the most important people for the process, and we involve them as much as possible (§2.1.3, "
            "bouwsteen 2). This stakeholder is a target group of no werkvorm. Colleagues (intern) do not count here: "
            "they take part through the project team."},
    .fix = {"Zet de naam van deze belanghebbende onder doelgroepen bij minstens één werkvorm. Schrijf de naam precies "
            "zoals onder belanghebbenden.",
            "Add this stakeholder's name to the doelgroepen of at least one werkvorm. Write the name exactly as under "
            "belanghebbenden."},
    .example =
        "werkvormen:\n"
        "  - werkvorm: worldcafe\n"
        "    niveau: adviseren\n"
        "    online: false\n"
        "    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]\n",
    .check = mee133,
    .values = values::categories,
};

void mee134(const RuleInput& in, const Flag& flag)
{
    const Node* analysis = applicable_section(in, "omgevingsanalyse");
    if (analysis == nullptr || !analysis->is_mapping()) return;
    if (filled_at(analysis, "inclusie", static_cast<std::size_t>(in.profile.filled_min_words))) return;
    const Node* inclusie = analysis->get("inclusie");
    if (inclusie != nullptr && !text_value(inclusie)) return;  // the schema reports the type
    flag(inclusie != nullptr ? inclusie->mark : top_key_mark(in.root, "omgevingsanalyse"),
         say(in.lang, {"omgevingsanalyse.inclusie is niet ingevuld: schrijf op hoe mensen meedoen die minder makkelijk "
                       "meedoen (§1.3.2 punt 4)",
                       "omgevingsanalyse.inclusie is not filled: write down how people who find it harder to take part "
                       "are included (§1.3.2 point 4)"}));
}

extern const Rule MEE134{
    .code = "MEE134",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§1.3.2, bouwsteen 2",
    .title = {"inclusie niet ingevuld", "inclusie not filled"},
    .why = {"Het beleid wil dat iedereen mee kan doen en dat we extra letten op mensen voor wie meedoen moeilijk is "
            "(§1.3.2, punt 4; §2.1.3, bouwsteen 2). Onder inclusie schrijft u hoe u dat in dit project doet.",
            "The policy wants everyone to be able to take part, and asks us to pay extra attention to people who find "
            "taking part hard (§1.3.2, point 4; §2.1.3, bouwsteen 2). Under inclusie you write how you do that in this "
            "project."},
    .fix = {"Schrijf onder omgevingsanalyse.inclusie welke groepen moeilijk mee kunnen doen en wat u voor hen doet. "
            "Denk aan ouderen, jongeren, mensen met een beperking of mensen die moeilijk lezen.",
            "Under omgevingsanalyse.inclusie, write which groups find it hard to take part and what you do for them. "
            "Think of older people, young people, people with a disability or people who find reading hard."},
    .example =
        "omgevingsanalyse:\n"
        "  inclusie: Extra inloopuur voor ouderen en mensen met een beperking in De Schakel.\n",
    .check = mee134,
    .values = values::filled_words,
};

void mee135(const RuleInput& in, const Flag& flag)
{
    const auto all = stakeholders(in.root);
    if (all.empty()) return;  // no list to compare with: MEE110, or an inform-only plan
    std::vector<std::string> names;
    for (const Node* s : all)
        names.push_back(name_of(s));
    auto check_list = [&](const Node* list, std::string_view where) {
        for (const GroupName& g : group_names(in.root, list)) {
            if (g.parts > 1) {
                flag(g.node->mark,
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
            flag(g.node->mark, message);
        }
    };
    for (const Node& w : items_of(in.root.get("werkvormen"))) {
        if (w.is_mapping()) check_list(w.get("doelgroepen"), "werkvormen");
    }
    for (const Node& m : items_of(in.root.get("planning"))) {
        if (m.is_mapping()) check_list(m.get("doelgroepen"), "planning");
    }
}

extern const Rule MEE135{
    .code = "MEE135",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3 bouwsteen 2",
    .title = {"doelgroep is geen belanghebbende", "doelgroep names no stakeholder"},
    .why =
        {"Het beleid vraagt per groep belanghebbenden vast te leggen welke werkvormen u inzet en wanneer u ze betrekt "
         "(§2.1.3, onderdelen 6 en 7). Een doelgroep is daarom altijd een belanghebbende uit de omgevingsanalyse. Een "
         "naam die daar niet staat, is meestal een tikfout. Of de naam heeft een komma: in een lijst tussen [ ] "
         "scheidt een komma twee namen, zodat [Ondernemers, winkeliers Prinsenstraat] twee doelgroepen zijn.",
         "The policy asks you to record, per group of stakeholders, which werkvormen you use and when you involve them "
         "(§2.1.3, parts 6 and 7). So a doelgroep is always a stakeholder from the omgevingsanalyse. A name that is "
         "not there is usually a typo. Or the name has a comma: in a list between [ ] a comma separates two names, so "
         "[Ondernemers, winkeliers Prinsenstraat] is two doelgroepen."},
    .fix = {"Schrijf onder doelgroepen precies de naam zoals die onder omgevingsanalyse.belanghebbenden staat. Is het "
            "een nieuwe groep, zet die dan eerst bij belanghebbenden. Zet een naam met een komma tussen "
            "aanhalingstekens: [\"Ondernemers, winkeliers Prinsenstraat\"].",
            "Under doelgroepen, write the name exactly as it is under omgevingsanalyse.belanghebbenden. If it is a new "
            "group, add it to belanghebbenden first. Put a name with a comma in quotes: [\"Ondernemers, winkeliers "
            "Prinsenstraat\"]."},
    .example =
        "werkvormen:\n"
        "  - werkvorm: inloopavond\n"
        "    niveau: raadplegen\n"
        "    online: false\n"
        "    doelgroepen: [Omwonenden centrum]\n",
    .check = mee135,
};

void mee136(const RuleInput& in, const Flag& flag)
{
    const Node* analysis = applicable_section(in, "omgevingsanalyse");
    if (analysis == nullptr || !analysis->is_mapping()) return;
    const Entry* entry = analysis->entry("opgesteld_met");
    if (entry != nullptr && !entry->value.is_null() && !entry->value.is_sequence()) return;
    const std::size_t count = entry != nullptr ? filled_in_count(&entry->value) : 0;
    if (count >= 2) return;
    flag(entry != nullptr ? entry->key_mark : top_key_mark(in.root, "omgevingsanalyse"),
         say(in.lang,
             {"de omgevingsanalyse is met {0} {1} opgesteld: maak hem met een groep (opgesteld_met, minstens "
              "twee mensen)",
              "the omgevingsanalyse was made with {0} {1}: make it with a group (opgesteld_met, at least two "
              "people)"},
             count, count == 1 ? say(in.lang, {"persoon", "person"}) : say(in.lang, {"personen", "people"})));
}

extern const Rule MEE136{
    .code = "MEE136",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 2",
    .title = {"omgevingsanalyse met minder dan twee mensen opgesteld", "analysis made by fewer than two people"},
    .why = {"Het beleid zegt: \"We doen de omgevingsanalyse samen met een groep collega's, onder leiding van de "
            "projectleider, de beleidsadviseur en/of een participatie adviseur\" (§2.1.3, bouwsteen 2). Met meer "
            "mensen ziet u meer belanghebbenden.",
            "The policy says we make the stakeholder analysis together with a group of colleagues, led by the project "
            "leader, the policy adviser and/or a participation adviser (§2.1.3, bouwsteen 2). More people see more "
            "stakeholders."},
    .fix = {"Schrijf onder omgevingsanalyse.opgesteld_met wie de analyse hebben gemaakt: minstens twee mensen of "
            "functies.",
            "Under omgevingsanalyse.opgesteld_met, write who made the analysis: at least two people or roles."},
    .example =
        "omgevingsanalyse:\n"
        "  opgesteld_met: [projectleider, beleidsadviseur verkeer, adviseur inwonerbetrokkenheid]\n",
    .check = mee136,
};

void mee137(const RuleInput& in, const Flag& flag)
{
    std::set<std::string> seen;
    for (const Node* s : stakeholders(in.root)) {
        const auto name = scalar_text(s->get("naam"));
        if (!name) continue;
        if (!seen.insert(std::string(*name)).second) {
            flag(s->mark, say(in.lang,
                              {"twee belanghebbenden heten '{0}': geef elk een eigen naam, doelgroepen verwijzen "
                               "ernaar",
                               "two stakeholders are called '{0}': give each its own name, doelgroepen refer to "
                               "them"},
                              *name));
        }
    }
}

extern const Rule MEE137{
    .code = "MEE137",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3 bouwsteen 2",
    .title = {"twee belanghebbenden met dezelfde naam", "two stakeholders share a naam"},
    .why = {"Bij de omgevingsanalyse maakt u een overzicht van alle belanghebbenden (§2.1.3, bouwsteen 2). Werkvormen "
            "en planning noemen belanghebbenden bij hun naam. Hebben twee belanghebbenden dezelfde naam, dan is niet "
            "duidelijk wie er bedoeld wordt.",
            "In the stakeholder analysis you make an overview of all stakeholders (§2.1.3, bouwsteen 2). Werkvormen "
            "and planning refer to stakeholders by their name. If two stakeholders share a name, it is not clear which "
            "one is meant."},
    .fix = {"Geef elke belanghebbende een eigen naam, bijvoorbeeld met de straat of de kern erbij. Gaat het om "
            "dezelfde groep, voeg de twee dan samen.",
            "Give each stakeholder its own name, for example by adding the street or the village. If it is the same "
            "group, merge the two."},
    .example =
        "omgevingsanalyse:\n"
        "  belanghebbenden:\n"
        "    - {naam: Omwonenden Kerkstraat, categorie: inwoners, belang: groot, invloed: weinig}\n"
        "    - {naam: Omwonenden Molenweg, categorie: inwoners, belang: klein, invloed: weinig}\n",
    .check = mee137,
};

void mee138(const RuleInput& in, const Flag& flag)
{
    const Node* analysis = section(in.root, "omgevingsanalyse");
    const Node* kaart = child(analysis, "kaart");
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
        flag(kaart->mark, say(in.lang,
                              {"de kaart '{0}' ligt buiten de map van dit plan: zet het bestand in de map van het "
                               "plan (of een map daaronder) en geef het pad vanaf die map",
                               "the map '{0}' lies outside this plan's folder: put the file in the plan's folder "
                               "(or a folder below it) and give the path from there"},
                              *name));
        return;
    }
    const fs::path target = document.parent_path() / relative;
    if (fs::exists(target, ec)) return;
    flag(kaart->mark, say(in.lang,
                          {"de kaart '{0}' bestaat niet (gezocht als {1}; het pad gaat uit van de map van dit "
                           "plan): zet het bestand daar, of verbeter het pad",
                           "the map '{0}' does not exist (looked for {1}; the path starts from this plan's "
                           "folder): put the file there, or correct the path"},
                          *name, target.generic_string()));
}

extern const Rule MEE138{
    .code = "MEE138",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 2",
    .title = {"de kaart bestaat niet", "the map does not exist"},
    .why = {"Bij de omgevingsanalyse hoort een kaartje of plattegrond als dat nodig is (§2.1.3, onderdeel 3). "
            "omgevingsanalyse.kaart noemt dat bestand, met een pad vanaf de map van het plan. Bestaat het bestand daar "
            "niet, dan ontbreekt de kaart in het rapport van mee render en bij wie het plan leest.",
            "The stakeholder analysis includes a map or floor plan when one is needed (§2.1.3, part 3). "
            "omgevingsanalyse.kaart names that file, with a path from the plan's folder. When the file is not there, "
            "the map is missing from the report of mee render and for whoever reads the plan."},
    .fix = {"Zet het bestand op de plek die het pad noemt, of verbeter het pad: het begint bij de map van het plan, "
            "bijvoorbeeld kaarten/centrum.png voor een map kaarten naast het plan.",
            "Put the file where the path says, or correct the path: it starts from the plan's folder, for example "
            "kaarten/centrum.png for a folder kaarten beside the plan."},
    .example =
        "omgevingsanalyse:\n"
        "  kaart: kaarten/centrum-lemelerveld.png\n",
    .check = mee138,
};

}  // namespace mee::rules
