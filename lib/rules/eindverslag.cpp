// The eindverslag (§2.1.5 step 5): MEE201–MEE213. An eindverslag is compared with
// the plan it names, found in the project.

#include "base/suggest.hpp"
#include "document/project_index.hpp"
#include "policy/mention.hpp"
#include "policy/plan_view.hpp"
#include "rules/rule.hpp"
#include "rules/values.hpp"
#include "yaml/access.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

namespace mee::rules {

namespace {

// The plan this eindverslag names, or nullptr (MEE201 says so).
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

void mee201(const RuleInput& in, const Flag& flag)
{
    const Node* node = in.root.get("plan");
    const auto id = scalar_text(node);
    if (!id || in.project.plan(*id) != nullptr) return;
    const auto same = in.project.with_id(*id);
    if (!same.empty()) {
        flag(node->mark, say(in.lang,
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
    flag(node->mark, message);
}

extern const Rule MEE201{
    .code = "MEE201",
    .scope = Scope::eindverslag,
    .severity = Severity::error,
    .section = "§2.1.5 stap 5",
    .title = {"plan bestaat niet in het project", "plan names no plan in the project"},
    .why = {"Het eindverslag legt uit in hoeverre het proces aansloot bij het plan van aanpak (§2.1.5, stap 5). "
            "Daarvoor moet mee het plan kunnen vinden. Het id onder plan hoort bij geen enkel plan in het project.",
            "The eindverslag explains how far the process followed the plan (§2.1.5, step 5). For that, mee must be "
            "able to find the plan. The id under plan belongs to no plan in the project."},
    .fix = {"Schrijf onder plan precies het id van het plan, zoals PVA-2026-014. Zorg dat het plan in hetzelfde "
            "project staat: dezelfde map met .mee.yaml, of dezelfde git-repository.",
            "Under plan, write the plan's id exactly, such as PVA-2026-014. Make sure the plan is in the same project: "
            "the same folder with .mee.yaml, or the same git repository."},
    .example = "plan: PVA-2026-014\n",
    .check = mee201,
    .reach = Reach::project,
};

void mee202(const RuleInput& in, const Flag& flag)
{
    for (const char* key : {"overzicht", "aansluiting_plan"}) {
        const Node* p = proces(in);
        if (filled_at(p, key, min_words(in))) continue;
        const Node* value = child(p, key);
        if (value != nullptr && !text_value(value)) continue;  // the schema reports the type
        flag(value != nullptr ? value->mark : top_key_mark(in.root, "proces"),
             say(in.lang,
                 {"proces.{0} is niet ingevuld: beschrijf het proces en hoe het aansloot op het plan (§2.1.5)",
                  "proces.{0} is not filled: describe the process and how it followed the plan (§2.1.5)"},
                 key));
    }
}

extern const Rule MEE202{
    .code = "MEE202",
    .scope = Scope::eindverslag,
    .severity = Severity::error,
    .section = "§2.1.5 stap 5",
    .title = {"overzicht of aansluiting op het plan niet ingevuld", "overzicht or aansluiting_plan not filled"},
    .why = {"Het beleid zegt dat het eindverslag een \"overzicht van het gevolgde proces\" geeft, met \"uitleg in "
            "hoeverre het proces aansloot bij het plan van aanpak\" (§2.1.5, stap 5). Het verslag is de basis om te "
            "bepalen of de inwonerbetrokkenheid geslaagd is.",
            "The policy says the eindverslag gives an overview of the process that was followed, and explains how far "
            "it matched the plan (§2.1.5, step 5). The report is the basis for deciding whether involving residents "
            "succeeded."},
    .fix = {"Schrijf onder proces.overzicht wat er is gebeurd. Schrijf onder proces.aansluiting_plan of dat volgens "
            "plan ging en wat anders liep.",
            "Under proces.overzicht, write what happened. Under proces.aansluiting_plan, write whether it went as "
            "planned and what went differently."},
    .example =
        "proces:\n"
        "  overzicht: Twee bijeenkomsten, een enquete met 312 reacties en een terugkoppelbrief.\n"
        "  aansluiting_plan: Het proces volgde het plan; de enquete bleef een week langer open.\n",
    .check = mee202,
    .values = values::filled_words,
};

void mee203(const RuleInput& in, const Flag& flag)
{
    const Node* plan = plan_of(in);
    if (plan == nullptr) return;
    auto done = executed(in);
    const std::vector<std::string> planned = planned_werkvormen(*plan);
    for (const std::string& w : executed(in)) {
        if (auto meant = misspelt_werkvorm(in, w, planned)) done.insert(*meant);  // MEE204 names the typo
    }
    std::set<std::string> flagged;
    for (const Node& w : items_of(plan->get("werkvormen"))) {
        const auto key = text_at(&w, "werkvorm");
        if (!key || done.count(std::string(*key)) != 0 || in_deviations(in, *key)) continue;
        if (!flagged.insert(std::string(*key)).second) continue;
        flag(process_mark(in),
             say(in.lang,
                 {"werkvorm '{0}' uit {1} staat niet bij proces.uitgevoerd en geen afwijking noemt hem: zet hem "
                  "bij uitgevoerd, of leg onder afwijkingen uit waarom hij niet doorging",
                  "werkvorm '{0}' of {1} is not in proces.uitgevoerd and no afwijking mentions it: add it to "
                  "uitgevoerd, or explain under afwijkingen why it did not take place"},
                 *key, plan_id(in)));
    }
}

extern const Rule MEE203{
    .code = "MEE203",
    .scope = Scope::eindverslag,
    .severity = Severity::error,
    .section = "§2.1.5 stap 5",
    .title = {"werkvorm uit het plan niet verantwoord", "a plan werkvorm is not accounted for"},
    .why = {"Het eindverslag legt uit in hoeverre het proces aansloot bij het plan van aanpak (§2.1.5, stap 5). Elke "
            "werkvorm uit het plan komt daarom terug: als uitgevoerd, of als afwijking met een reden.",
            "The eindverslag explains how far the process followed the plan (§2.1.5, step 5). So every werkvorm of the "
            "plan comes back: as carried out, or as a deviation with a reason."},
    .fix = {"Zet de werkvorm onder proces.uitgevoerd, met datum en aantal deelnemers. Ging hij niet door, noem hem dan "
            "onder proces.afwijkingen in de tekst bij wat, met een reden.",
            "Add the werkvorm under proces.uitgevoerd, with datum and the number of deelnemers. If it did not take "
            "place, name it under proces.afwijkingen in the wat text, with a reden."},
    .example =
        "proces:\n"
        "  uitgevoerd:\n"
        "    - {datum: 2026-03-24, werkvorm: inloopavond, deelnemers: 85}\n"
        "  afwijkingen:\n"
        "    - wat: De worldcafe is niet doorgegaan\n"
        "      reden: Te weinig aanmeldingen; ondernemers gaven hun advies per mail.\n",
    .check = mee203,
    .reach = Reach::project,
};

void mee204(const RuleInput& in, const Flag& flag)
{
    const Node* plan = plan_of(in);
    if (plan == nullptr || proces(in) == nullptr) return;
    const std::vector<std::string> planned = planned_werkvormen(*plan);
    for (const Node& u : items_of(proces(in)->get("uitgevoerd"))) {
        const auto key = text_at(&u, "werkvorm");
        if (!key || std::find(planned.begin(), planned.end(), *key) != planned.end() || in_deviations(in, *key))
            continue;
        if (auto meant = misspelt_werkvorm(in, *key, planned)) {
            flag(u.get("werkvorm")->mark,
                 say(in.lang,
                     {"werkvorm '{0}' stond niet in {1}; bedoelde u '{2}'? Schrijf de werkvorm zoals in het plan",
                      "werkvorm '{0}' was not in {1}; did you mean '{2}'? Write the werkvorm as in the plan"},
                     *key, plan_id(in), *meant));
            continue;
        }
        flag(u.get("werkvorm")->mark,
             say(in.lang,
                 {"werkvorm '{0}' stond niet in {1} en geen afwijking noemt hem: leg onder afwijkingen uit "
                  "waarom hij erbij kwam",
                  "werkvorm '{0}' was not in {1} and no afwijking mentions it: explain under afwijkingen "
                  "why it was added"},
                 *key, plan_id(in)));
    }
}

extern const Rule MEE204{
    .code = "MEE204",
    .scope = Scope::eindverslag,
    .severity = Severity::warning,
    .section = "§2.1.5 stap 5",
    .title = {"uitgevoerde werkvorm stond niet in het plan", "an uitgevoerd werkvorm was not in the plan"},
    .why = {"Het eindverslag legt uit in hoeverre het proces aansloot bij het plan (§2.1.5, stap 5). Deze werkvorm is "
            "uitgevoerd, maar stond niet in het plan. Dat mag, maar het is een afwijking die u uitlegt.",
            "The eindverslag explains how far the process followed the plan (§2.1.5, step 5). This werkvorm was "
            "carried out but was not in the plan. That is allowed, but it is a deviation you explain."},
    .fix = {"Voeg onder proces.afwijkingen een afwijking toe die deze werkvorm noemt bij wat, met de reden. Is de naam "
            "een tikfout, verbeter die dan.",
            "Add a deviation under proces.afwijkingen that names this werkvorm in wat, with the reden. If the name is "
            "a typo, correct it."},
    .example =
        "proces:\n"
        "  uitgevoerd:\n"
        "    - {datum: 2026-04-15, werkvorm: buurtwandeling, deelnemers: 18}\n"
        "  afwijkingen:\n"
        "    - wat: Extra buurtwandeling op verzoek van bewoners\n"
        "      reden: Bewoners wilden de knelpunten ter plekke laten zien.\n",
    .check = mee204,
    .reach = Reach::project,
    .values = values::werkvormen,
};

void mee205(const RuleInput& in, const Flag& flag)
{
    const Entry* e = in.root.entry("inbreng");
    if (e != nullptr && e->value.is_sequence() && !e->value.items.empty()) return;
    if (e != nullptr && !e->value.is_null() && !e->value.is_sequence()) return;  // the schema reports the type
    flag(top_key_mark(in.root, "inbreng"),
         say(in.lang, {"geen inbreng: vat samen wat deelnemers hebben ingebracht en wat de gemeente ermee deed "
                       "(§2.1.5)",
                       "no inbreng: summarise what participants put forward and what the municipality did with it "
                       "(§2.1.5)"}));
}

extern const Rule MEE205{
    .code = "MEE205",
    .scope = Scope::eindverslag,
    .severity = Severity::error,
    .section = "§2.1.5 stap 5",
    .title = {"geen inbreng", "no inbreng items"},
    .why = {"Het beleid vraagt in het eindverslag een \"samenvatting van de inbreng van de deelnemers\" (§2.1.5, stap "
            "5). Zonder inbreng kan niemand zien wat inwoners hebben gezegd en wat de gemeente ermee deed.",
            "The policy asks for a summary of the participants' input in the eindverslag (§2.1.5, step 5). Without "
            "input, nobody can see what residents said and what the municipality did with it."},
    .fix = {"Zet onder inbreng per onderwerp een punt met onderwerp, samenvatting, reactie en verwerking.",
            "Under inbreng, add an item per subject with onderwerp, samenvatting, reactie and verwerking."},
    .example =
        "inbreng:\n"
        "  - onderwerp: Parkeren bij de supermarkt\n"
        "    samenvatting: Veel zorgen over minder parkeerplaatsen.\n"
        "    reactie: Het aantal plaatsen blijft gelijk; twee plekken worden laadplaatsen.\n"
        "    verwerking: overgenomen\n",
    .check = mee205,
};

void mee206(const RuleInput& in, const Flag& flag)
{
    for (const Node& item : items_of(in.root.get("inbreng"))) {
        if (!item.is_mapping() || filled_at(&item, "reactie", min_words(in))) continue;
        flag(item.mark, say(in.lang,
                            {"inbreng '{0}' heeft geen ingevulde reactie: schrijf wat de gemeente ermee doet",
                             "inbreng '{0}' has no filled reactie: write what the municipality does with it"},
                            scalar_text(item.get("onderwerp")).value_or("?")));
    }
}

extern const Rule MEE206{
    .code = "MEE206",
    .scope = Scope::eindverslag,
    .severity = Severity::error,
    .section = "§2.1.5 stap 5",
    .title = {"inbreng zonder reactie", "an inbreng item without a reactie"},
    .why = {"Het beleid vraagt een \"inhoudelijke reactie op de geleverde inbreng\": hoe zijn de resultaten verwerkt "
            "(§2.1.5, stap 5)? Mensen willen weten wat er met hun inbreng is gedaan (§1.3.2, punt 3).",
            "The policy asks for a response on the substance of the input: how were the results used (§2.1.5, step 5)? "
            "People want to know what was done with their input (§1.3.2, point 3)."},
    .fix = {"Schrijf bij elk punt onder inbreng een reactie: wat de gemeente met deze inbreng doet.",
            "For every item under inbreng, write a reactie: what the municipality does with this input."},
    .example =
        "inbreng:\n"
        "  - onderwerp: Waterpartij op het plein\n"
        "    samenvatting: Enkele bewoners willen een fontein.\n"
        "    reactie: Past niet binnen het krediet en vraagt veel onderhoud.\n"
        "    verwerking: niet\n"
        "    uitleg: Onderhoudskosten passen niet in de beheerbegroting; wel extra bankjes.\n",
    .check = mee206,
    .values = values::filled_words,
};

void mee207(const RuleInput& in, const Flag& flag)
{
    for (const Node& item : items_of(in.root.get("inbreng"))) {
        const auto verwerking = text_at(&item, "verwerking");
        if (!verwerking || (*verwerking != "niet" && *verwerking != "deels")) continue;
        if (filled_at(&item, "uitleg", min_words(in))) continue;
        flag(item.mark,
             say(in.lang,
                 {"inbreng '{0}' is {1} overgenomen zonder ingevulde uitleg: leg uit waarom (§2.1.5; afwijken van "
                  "advies moet gemotiveerd, §2.3.1)",
                  "inbreng '{0}' was {1} taken over without a filled uitleg: explain why (§2.1.5; departing from "
                  "advice must be motivated, §2.3.1)"},
                 scalar_text(item.get("onderwerp")).value_or("?"), *verwerking));
    }
}

extern const Rule MEE207{
    .code = "MEE207",
    .scope = Scope::eindverslag,
    .severity = Severity::error,
    .section = "§2.1.5 stap 5, §2.3.1",
    .title = {"niet of deels verwerkt zonder uitleg", "niet or deels without uitleg"},
    .why = {"Het beleid vraagt uit te leggen \"wanneer er niets met de geleverde inbreng is gedaan\" (§2.1.5, stap 5). "
            "De raad wil ook dat afwijken van adviezen uit de participatie duidelijk wordt gemotiveerd (§2.3.1).",
            "The policy asks us to explain when nothing was done with the input (§2.1.5, step 5). The raad also wants "
            "any departure from advice given in participation to be clearly explained (§2.3.1)."},
    .fix = {"Schrijf bij elk punt met verwerking: niet of deels onder uitleg waarom de inbreng niet of maar voor een "
            "deel is overgenomen.",
            "For every item with verwerking: niet or deels, write under uitleg why the input was not used, or only "
            "partly."},
    .example =
        "inbreng:\n"
        "  - onderwerp: Parkeren bij de supermarkt\n"
        "    samenvatting: Veel zorgen over minder parkeerplaatsen.\n"
        "    reactie: Het aantal plaatsen blijft gelijk; twee plekken worden laadplaatsen.\n"
        "    verwerking: deels\n"
        "    uitleg: Laadplaatsen zijn nodig voor de bevoorrading; daarom niet alle plekken vrij.\n",
    .check = mee207,
    .values = values::filled_words,
};

void mee208(const RuleInput& in, const Flag& flag)
{
    const Node* plan = plan_of(in);
    if (plan == nullptr) return;
    std::set<std::string> evaluated;
    for (const Node& d : items_of(in.root.get("doelen"))) {
        if (auto key = text_at(&d, "doel")) evaluated.insert(std::string(*key));
    }
    std::set<std::string> flagged;
    for (const Node& goal : items_of(plan->get("doelen"))) {
        const auto key = text_at(&goal, "doel");
        if (!key || evaluated.count(std::string(*key)) != 0 || !flagged.insert(std::string(*key)).second) continue;
        flag(top_key_mark(in.root, "doelen"),
             say(in.lang,
                 {"doel '{0}' uit {1} is niet geevalueerd: zet het onder doelen met bereikt en een toelichting "
                  "(§1.2: achteraf toetsen)",
                  "goal '{0}' of {1} is not evaluated: add it under doelen with bereikt and a toelichting (§1.2: "
                  "tested afterwards)"},
                 *key, plan_id(in)));
    }
}

extern const Rule MEE208{
    .code = "MEE208",
    .scope = Scope::eindverslag,
    .severity = Severity::error,
    .section = "§2.1.5 stap 5",
    .title = {"doel van het plan niet geëvalueerd", "a plan goal is not evaluated"},
    .why = {"Het beleid zegt: \"Voorafgaand aan elk proces bepalen we het concrete doel en achteraf toetsen we of we "
            "dit doel hebben bereikt\" (§1.2). Het eindverslag is de plek om elk doel uit het plan te toetsen.",
            "The policy says that before every process we set the concrete aim, and afterwards we test whether we "
            "reached it (§1.2). The eindverslag is the place to test every goal of the plan."},
    .fix = {"Zet elk doel uit het plan onder doelen, met bereikt (ja, deels of nee) en een toelichting.",
            "List every goal of the plan under doelen, with bereikt (ja, deels or nee) and a toelichting."},
    .example =
        "doelen:\n"
        "  - doel: ideeen-ophalen\n"
        "    bereikt: ja\n"
        "    toelichting: 40 concrete ideeën; 12 zitten in het ontwerp.\n",
    .check = mee208,
    .reach = Reach::project,
    .values = values::goals,
};

void mee209(const RuleInput& in, const Flag& flag)
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
        flag(d.mark, say(in.lang,
                         {"doel '{0}' stond niet in {1}: evalueer de doelen van het plan",
                          "goal '{0}' was not in {1}: evaluate the plan's goals"},
                         *key, plan_id(in)));
    }
}

extern const Rule MEE209{
    .code = "MEE209",
    .scope = Scope::eindverslag,
    .severity = Severity::warning,
    .section = "§2.1.5 stap 5",
    .title = {"geëvalueerd doel stond niet in het plan", "an evaluated goal was not in the plan"},
    .why = {"Het eindverslag toetst de doelen die het plan vooraf stelde (§1.2). Dit doel stond niet in het plan. "
            "Misschien is het anders geschreven dan in het plan.",
            "The eindverslag tests the goals the plan set beforehand (§1.2). This goal was not in the plan. Perhaps it "
            "is written differently from the plan."},
    .fix = {"Gebruik voor het doel dezelfde sleutel als in het plan. Stond het doel echt niet in het plan, haal het "
            "dan weg onder doelen.",
            "Use the same key for the goal as in the plan. If the goal really was not in the plan, remove it from "
            "doelen."},
    .example =
        "doelen:\n"
        "  - doel: zorgvuldige-besluiten\n"
        "    bereikt: ja\n"
        "    toelichting: Het raadsvoorstel beschrijft alle belangen en de afweging.\n",
    .check = mee209,
    .reach = Reach::project,
    .values = values::goals,
};

void mee210(const RuleInput& in, const Flag& flag)
{
    if (in.root.get("openbaar") != nullptr) return;
    if (const Entry* written = in.root.entry("openbaar")) {
        // The key is there, with nothing under it (as in the template).
        flag(written->key_mark,
             say(in.lang, {"openbaar is niet ingevuld: het eindverslag moet voor iedereen beschikbaar zijn; "
                           "zet erin wanneer en waar het is gepubliceerd (§2.1.5)",
                           "openbaar is not filled in: the report must be available to everyone; say when "
                           "and where it was published (§2.1.5)"}));
        return;
    }
    flag(document_mark(in.root),
         say(in.lang, {"openbaar ontbreekt: het eindverslag moet voor iedereen beschikbaar zijn; zet erin wanneer "
                       "en waar het is gepubliceerd (§2.1.5)",
                       "openbaar is missing: the report must be available to everyone; say when and where it "
                       "was published (§2.1.5)"}));
}

extern const Rule MEE210{
    .code = "MEE210",
    .scope = Scope::eindverslag,
    .severity = Severity::warning,
    .section = "§2.1.5 stap 5",
    .title = {"eindverslag nog niet openbaar", "report not yet public"},
    .why = {"Het beleid zegt: \"Het eindverslag inwonerbetrokkenheid stellen we beschikbaar aan alle betrokkenen en "
            "het publiek. Dit zorgt voor transparantie\" (§2.1.5, stap 5).",
            "The policy says we make the eindverslag available to everyone involved and to the public, for "
            "transparency (§2.1.5, step 5)."},
    .fix = {"Publiceer het verslag en vul onder openbaar de datum en de plek (waar) in, bijvoorbeeld de webpagina van "
            "het project.",
            "Publish the report and fill in, under openbaar, the datum and the place (waar), for example the project's "
            "web page."},
    .example =
        "openbaar:\n"
        "  datum: 2026-10-13\n"
        "  waar: https://www.dalfsen.nl/centrum-lemelerveld\n",
    .check = mee210,
};

void mee211(const RuleInput& in, const Flag& flag)
{
    const Node* datum = in.root.get("datum");
    const auto date = date_value(datum);
    if (!date) return;
    std::optional<Date> last;
    for (const Node& u : items_of(proces(in) ? proces(in)->get("uitgevoerd") : nullptr)) {
        if (auto d = date_value(u.get("datum")); d && (!last || *last < *d)) last = d;
    }
    if (!last || !(*date < *last)) return;
    flag(datum->mark, say(in.lang,
                          {"het eindverslag is gedateerd {0}, voor de laatste uitgevoerde activiteit op {1}",
                           "the report is dated {0}, before the last activity carried out on {1}"},
                          format_date(*date), format_date(*last)));
}

extern const Rule MEE211{
    .code = "MEE211",
    .scope = Scope::eindverslag,
    .severity = Severity::warning,
    .section = "§2.1.5 stap 5",
    .title = {"eindverslag gedateerd voor de laatste activiteit", "report dated before the last uitgevoerd date"},
    .why =
        {"Het beleid zegt: \"Nadat het proces is afgerond, stellen we een eindverslag op\" (§2.1.5, stap 5). Een "
         "verslag met een datum vóór de laatste activiteit kan dus niet kloppen; waarschijnlijk is een datum verkeerd.",
         "The policy says we write the eindverslag after the process has ended (§2.1.5, step 5). A report dated before "
         "the last activity cannot be right; probably a date is wrong."},
    .fix = {"Controleer de datum van het verslag en de datums onder proces.uitgevoerd, en verbeter wat niet klopt.",
            "Check the report's datum and the dates under proces.uitgevoerd, and correct whichever is wrong."},
    .example =
        "datum: 2026-10-06\n"
        "proces:\n"
        "  uitgevoerd:\n"
        "    - {datum: 2026-05-12, werkvorm: worldcafe, deelnemers: 24}\n",
    .check = mee211,
};

void mee212(const RuleInput& in, const Flag& flag)
{
    const Node* plan = plan_of(in);
    if (plan == nullptr || text_at(plan, "status") != "concept") return;
    flag(in.root.get("plan")->mark,
         say(in.lang,
             {"{0} is nooit vastgesteld (status concept): een plan wordt vooraf vastgesteld (§2.1.4); werk de "
              "status van het plan bij",
              "{0} was never adopted (status concept): a plan is adopted beforehand (§2.1.4); update the plan's "
              "status"},
             plan_id(in)));
}

extern const Rule MEE212{
    .code = "MEE212",
    .scope = Scope::eindverslag,
    .severity = Severity::warning,
    .section = "§2.1.4",
    .title = {"plan is nooit vastgesteld", "the plan was never adopted"},
    .why = {"Het beleid vraagt dat het plan van aanpak wordt vastgesteld, omdat het de kaders voor het proces zijn "
            "(§2.1.4, stap 3). College en raad toetsen het proces aan dat vastgestelde plan. Dit eindverslag hoort bij "
            "een plan met status: concept.",
            "The policy asks for the plan to be adopted, because it sets the framework for the process (§2.1.4, step "
            "3). The college and the raad test the process against that adopted plan. This eindverslag belongs to a "
            "plan with status: concept."},
    .fix = {"Is het plan wel vastgesteld, zet dan in het plan status: vastgesteld en vul vastgesteld in. Is het nooit "
            "vastgesteld, leg dat dan uit in het eindverslag onder proces.aansluiting_plan.",
            "If the plan was adopted, write status: vastgesteld in the plan and fill in vastgesteld. If it was never "
            "adopted, explain that in the eindverslag under proces.aansluiting_plan."},
    .example =
        "status: vastgesteld\n"
        "vastgesteld:\n"
        "  door: college\n"
        "  datum: 2026-03-03\n"
        "  kenmerk: B&W 2026-0303-07\n",
    .check = mee212,
    .reach = Reach::project,
};

void mee213(const RuleInput& in, const Flag& flag)
{
    for (const Node& item : items_of(in.root.get("inbreng"))) {
        if (!item.is_mapping() || filled_at(&item, "samenvatting", min_words(in))) continue;
        flag(item.mark,
             say(in.lang,
                 {"inbreng '{0}' heeft geen ingevulde samenvatting", "inbreng '{0}' has no filled samenvatting"},
                 scalar_text(item.get("onderwerp")).value_or("?")));
    }
    for (const Node& d : items_of(in.root.get("doelen"))) {
        if (!d.is_mapping() || filled_at(&d, "toelichting", min_words(in))) continue;
        flag(d.mark, say(in.lang,
                         {"doel '{0}' heeft geen ingevulde toelichting: leg uit waarom het (niet) bereikt is",
                          "goal '{0}' has no filled toelichting: explain why it was (not) achieved"},
                         scalar_text(d.get("doel")).value_or("?")));
    }
}

extern const Rule MEE213{
    .code = "MEE213",
    .scope = Scope::eindverslag,
    .severity = Severity::warning,
    .section = "§2.1.5 stap 5",
    .title = {"samenvatting of toelichting niet ingevuld", "samenvatting or toelichting not filled"},
    .why = {"Het eindverslag geeft een samenvatting van de inbreng en toetst of de doelen zijn bereikt (§2.1.5, stap "
            "5; §1.2). Een lege of te korte tekst zegt de lezer niets.",
            "The eindverslag summarises the input and tests whether the goals were reached (§2.1.5, step 5; §1.2). An "
            "empty or too short text tells the reader nothing."},
    .fix = {"Schrijf bij elk punt onder inbreng een samenvatting van wat mensen zeiden. Schrijf bij elk doel onder "
            "toelichting waarom het ja, deels of nee is.",
            "For every item under inbreng, write a samenvatting of what people said. For every goal, write under "
            "toelichting why it is ja, deels or nee."},
    .example =
        "inbreng:\n"
        "  - onderwerp: Parkeren bij de supermarkt\n"
        "    samenvatting: Veel zorgen over minder parkeerplaatsen.\n"
        "doelen:\n"
        "  - doel: ideeen-ophalen\n"
        "    bereikt: ja\n"
        "    toelichting: 40 concrete ideeën; 12 zitten in het ontwerp.\n",
    .check = mee213,
    .values = values::filled_words,
};

}  // namespace mee::rules
