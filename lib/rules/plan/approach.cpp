// Frameworks (section 4, bouwsteen 3), level (section 5, bouwsteen 4) and
// methods (section 6, bouwsteen 5): MEE141–MEE165.

#include "base/suggest.hpp"
#include "policy/plan_view.hpp"
#include "rules/rule.hpp"
#include "rules/values.hpp"
#include "yaml/access.hpp"

#include <fmt/ranges.h>

#include <algorithm>

namespace mee::rules {

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

void mee141(const RuleInput& in, const Flag& flag)
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
        flag(top_key_mark(in.root, "kaders"),
             say(in.lang,
                 {"kader '{0}' ontbreekt: voeg een kader met categorie {0} toe en beschrijf wat er vastligt, ook "
                  "als dat weinig is (§2.1.3, onderdeel 4)",
                  "kader '{0}' is missing: add a kader with categorie {0} and describe what is fixed, even if it "
                  "is little (§2.1.3, section 4)"},
                 category));
    }
}

extern const Rule MEE141{
    .code = "MEE141",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3 bouwsteen 3",
    .title = {"kadercategorie ontbreekt", "a kader category is missing"},
    .why = {"Het beleid zegt bij onderdeel 4 van het plan: \"In ieder geval nemen we op juridische, financiële, "
            "inhoudelijke, organisatorische en politiek-bestuurlijke kaders\" (§2.1.3, bouwsteen 3). Zo weet iedereen "
            "vooraf wat vastligt en waar nog ruimte is.",
            "For part 4 of the plan the policy says we always include legal, financial, substantive, organisational "
            "and political-administrative frameworks (§2.1.3, bouwsteen 3). That way everyone knows beforehand what is "
            "fixed and where there is still room."},
    .fix = {"Voeg onder kaders een kader toe met de categorie die de melding noemt, met hard: true of false en een "
            "beschrijving. Geldt er niets in die categorie, schrijf dat dan in de beschrijving.",
            "Under kaders, add a kader with the categorie the finding names, with hard: true or false and a "
            "beschrijving. If nothing applies in that category, say so in the beschrijving."},
    .example =
        "kaders:\n"
        "  - categorie: financieel\n"
        "    hard: true\n"
        "    beschrijving: Krediet van 1,2 miljoen euro, inclusief participatie.\n"
        "  - categorie: politiek-bestuurlijk\n"
        "    hard: false\n"
        "    beschrijving: Er zijn geen eerdere toezeggingen over dit project gedaan.\n",
    .check = mee141,
};

void mee142(const RuleInput& in, const Flag& flag)
{
    const Node* kaders = applicable_section(in, "kaders");
    if (kaders == nullptr || !kaders->is_sequence()) return;
    const auto level = plan_level(in.root);
    if (!level || in.profile.level_rank(*level) <= 0) return;
    for (const Node& k : kaders->items) {
        if (bool_value(k.get("hard")) != true) return;
    }
    flag(top_key_mark(in.root, "kaders"),
         say(in.lang,
             {"alle kaders zijn hard terwijl het niveau {0} is: dan valt er niets te beïnvloeden; noem de zachte "
              "kaders waar ruimte is (bouwsteen 3)",
              "every kader is hard while the level is {0}: then there is nothing to influence; name the soft "
              "frameworks where there is room (bouwsteen 3)"},
             *level));
}

extern const Rule MEE142{
    .code = "MEE142",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 3",
    .title = {"alle kaders hard: niets te beïnvloeden", "every kader is hard: nothing to influence"},
    .why = {"Het beleid maakt onderscheid tussen harde kaders, waaraan we moeten voldoen, en zachte kaders, waar meer "
            "ruimte is (§2.1.3, bouwsteen 3). Als alle kaders hard zijn, is er niets meer te beïnvloeden. Dan past een "
            "niveau hoger dan informeren niet: betrokkenen denken mee zonder invloed.",
            "The policy distinguishes hard frameworks, which we must meet, from soft frameworks, where there is more "
            "room (§2.1.3, bouwsteen 3). If every kader is hard, nothing is left to influence. Then a level above "
            "informeren does not fit: people would give input without any influence."},
    .fix = {"Zet hard: false bij de kaders waar nog ruimte is, en schrijf in de beschrijving welke ruimte dat is. Is "
            "er echt geen ruimte, kies dan het niveau informeren.",
            "Write hard: false for the kaders where there is still room, and say in the beschrijving what room that "
            "is. If there really is no room, choose the level informeren."},
    .example =
        "kaders:\n"
        "  - categorie: inhoudelijk\n"
        "    hard: false\n"
        "    beschrijving: Het Groenbeleidsplan vraagt meer bomen; soort en plek zijn vrij.\n",
    .check = mee142,
};

void mee151(const RuleInput& in, const Flag& flag)
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
        flag(niveau->mark,
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

extern const Rule MEE151{
    .code = "MEE151",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 4",
    .title = {"niveau past niet bij de soort werk", "level not allowed for soort_werk"},
    .why = {"Het beleid gaat uit van de gekozen democratie (§1.3.3). De tabel in §2.1.3, bouwsteen 4, zegt welke "
            "niveaus bij welk soort werk horen: bij beleid raadplegen of adviseren (een dorpsvisie is de "
            "uitzondering), bij voorbereiding raadplegen of adviseren, en bij uitvoering adviseren, coproduceren of "
            "meebeslissen. Informeren mag altijd.",
            "The policy starts from representative democracy (§1.3.3). The table in §2.1.3, bouwsteen 4, says which "
            "levels go with which kind of work: for beleid raadplegen or adviseren (a dorpsvisie is the exception), "
            "for voorbereiding raadplegen or adviseren, and for uitvoering adviseren, coproduceren or meebeslissen. "
            "Informeren is always allowed."},
    .fix = {"Kies in betrokkenheidsniveau.niveau (of bij de belanghebbende onder niveau) een niveau dat bij soort_werk "
            "past. Klopt soort_werk niet, verbeter dat dan; is het plan een dorpsvisie, zet dan dorpsvisie: true.",
            "In betrokkenheidsniveau.niveau (or in the stakeholder's niveau), choose a level that fits soort_werk. If "
            "soort_werk is wrong, correct it; if the plan is a dorpsvisie, write dorpsvisie: true."},
    .example =
        "soort_werk: voorbereiding\n"
        "betrokkenheidsniveau:\n"
        "  niveau: adviseren\n"
        "  motivering: Bewoners en ondernemers denken mee over inrichting binnen het krediet.\n",
    .check = mee151,
    .values = values::levels_by_kind,
};

void mee161(const RuleInput& in, const Flag& flag)
{
    const Node* werkvormen = applicable_section(in, "werkvormen");
    for (const Node& w : items_of(werkvormen)) {
        const auto key = text_at(&w, "werkvorm");
        const Node* niveau = w.get("niveau");
        const auto level = text_value(niveau);
        if (!key || !level || in.profile.level_rank(*level) < 0) continue;
        const ProfileWerkvorm* known = in.profile.werkvorm(*key);
        if (known == nullptr) continue;  // MEE162
        if (std::find(known->levels.begin(), known->levels.end(), *level) != known->levels.end()) continue;
        flag(niveau->mark, say(in.lang,
                               {"werkvorm '{0}' staat in de catalogus onder {1}, niet onder {2} (bouwsteen 5)",
                                "werkvorm '{0}' is listed in the catalogue under {1}, not under {2} (bouwsteen 5)"},
                               *key, level_list(known->levels, in.lang), *level));
    }
}

extern const Rule MEE161{
    .code = "MEE161",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 5",
    .title = {"werkvorm niet op dit niveau in de catalogus", "werkvorm not listed at this level"},
    .why = {"De tabel in §2.1.3, bouwsteen 5, zet elke werkvorm bij een of meer betrokkenheidsniveaus. Een werkvorm "
            "geeft een bepaalde invloed: met een enquête halen we meningen op, maar inwoners beslissen er niet mee. "
            "Het niveau bij de werkvorm moet dus passen bij wat de werkvorm kan.",
            "The table in §2.1.3, bouwsteen 5, places each werkvorm under one or more levels. A werkvorm gives a "
            "certain influence: a survey collects opinions, but residents do not decide with it. So the level given to "
            "a werkvorm must fit what the werkvorm can do."},
    .fix = {"Geef deze werkvorm een niveau waaronder de catalogus hem noemt (zie hieronder). Of kies een andere "
            "werkvorm die bij het gewenste niveau past.",
            "Give this werkvorm a level under which the catalogue lists it (see below). Or choose another werkvorm "
            "that fits the level you want."},
    .example =
        "werkvormen:\n"
        "  - werkvorm: enquete\n"
        "    niveau: raadplegen\n"
        "    online: false\n",
    .check = mee161,
    .values = values::werkvormen,
};

void mee162(const RuleInput& in, const Flag& flag)
{
    const Node* werkvormen = applicable_section(in, "werkvormen");
    for (const Node& w : items_of(werkvormen)) {
        const Node* node = w.get("werkvorm");
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
        flag(node->mark, message);
    }
}

extern const Rule MEE162{
    .code = "MEE162",
    .scope = Scope::plan,
    .severity = Severity::info,
    .section = "§2.1.3 bouwsteen 5",
    .title = {"werkvorm niet in de catalogus", "werkvorm not in the catalogue"},
    .why =
        {"Het beleid noemt in §2.1.3, bouwsteen 5, een lijst met werkvormen; in de toolkit staan er meer. Een werkvorm "
         "buiten de lijst mag, maar mee kan dan niet controleren bij welk niveau hij hoort. Vaak is het een tikfout.",
         "In §2.1.3, bouwsteen 5, the policy gives a list of werkvormen; the toolkit has more. A werkvorm outside the "
         "list is allowed, but mee cannot check which level it belongs to. Often it is a typo."},
    .fix = {"Controleer de spelling; mee stelt de werkvorm uit de catalogus voor die er het meest op lijkt. Schrijf "
            "werkvormen in kleine letters met streepjes, zoals online-enquete. Is het echt een andere werkvorm, dan "
            "kunt u deze info laten staan.",
            "Check the spelling; mee suggests the closest werkvorm from the catalogue. Write werkvormen in lower case "
            "with hyphens, such as online-enquete. If it really is another method, you can leave this info as it is."},
    .example =
        "werkvormen:\n"
        "  - werkvorm: online-enquete\n"
        "    niveau: raadplegen\n"
        "    online: true\n",
    .check = mee162,
    .values = values::werkvormen,
};

void mee163(const RuleInput& in, const Flag& flag)
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
    flag(top_key_mark(in.root, "werkvormen"),
         say(in.lang,
             {"geen enkele werkvorm is op het niveau van het plan ({0}): kies minstens een werkvorm die bij {0} "
              "past (bouwsteen 5)",
              "no werkvorm is at the plan's level ({0}): choose at least one werkvorm that fits {0} "
              "(bouwsteen 5)"},
             *level));
}

extern const Rule MEE163{
    .code = "MEE163",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 5",
    .title = {"geen werkvorm op het niveau van het plan", "no werkvorm at the plan's level"},
    .why = {"Het beleid zegt dat we de werkvormen kiezen op basis van het doel, de betrokkenen en het "
            "betrokkenheidsniveau (§2.1.3, bouwsteen 5). Als geen enkele werkvorm op het niveau van het plan zit, "
            "krijgen betrokkenen niet de invloed die het plan belooft.",
            "The policy says we choose the werkvormen based on the aim, the people involved and the level (§2.1.3, "
            "bouwsteen 5). If no werkvorm is at the plan's level, people do not get the influence the plan promises."},
    .fix = {"Voeg een werkvorm toe met als niveau het niveau uit betrokkenheidsniveau.niveau. Of geef een bestaande "
            "werkvorm dat niveau, als de catalogus hem daar ook noemt.",
            "Add a werkvorm whose niveau is the level in betrokkenheidsniveau.niveau. Or give an existing werkvorm "
            "that level, if the catalogue lists it there too."},
    .example =
        "betrokkenheidsniveau:\n"
        "  niveau: adviseren\n"
        "  motivering: Ondernemers denken mee over de inrichting van het plein.\n"
        "werkvormen:\n"
        "  - werkvorm: worldcafe\n"
        "    niveau: adviseren\n"
        "    online: false\n",
    .check = mee163,
    .values = values::werkvormen,
};

void mee164(const RuleInput& in, const Flag& flag)
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
    flag(top_key_mark(in.root, "werkvormen"),
         online > 0 ? say(in.lang, {"alle werkvormen zijn online: voeg een fysieke werkvorm toe, zodat iedereen mee "
                                    "kan doen (toegankelijk en laagdrempelig, bouwsteen 5)",
                                    "every werkvorm is online: add one that meets in person, so everyone can take "
                                    "part (accessible and low-threshold, bouwsteen 5)"})
                    : say(in.lang, {"geen enkele werkvorm is online: voeg een online werkvorm toe, zodat iedereen "
                                    "mee kan doen (toegankelijk en laagdrempelig, bouwsteen 5)",
                                    "no werkvorm is online: add an online one, so everyone can take part (accessible "
                                    "and low-threshold, bouwsteen 5)"}));
}

extern const Rule MEE164{
    .code = "MEE164",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 5",
    .title = {"alle werkvormen online, of geen enkele", "all werkvormen online, or none"},
    .why = {"Het beleid wil dat iedereen makkelijk mee kan doen, \"toegankelijk en laagdrempelig\" (§2.1.3, bouwsteen "
            "5). Onderdeel 6 van het plan vraagt daarom om fysieke en digitale werkvormen. Niet iedereen komt naar een "
            "avond, en niet iedereen doet online mee.",
            "The policy wants everyone to be able to take part easily: accessible and low-threshold (§2.1.3, bouwsteen "
            "5). Part 6 of the plan therefore asks for both physical and online werkvormen. Not everyone comes to an "
            "evening meeting, and not everyone takes part online."},
    .fix = {"Zorg voor minstens één werkvorm met online: true en één met online: false. Zet online: true alleen als de "
            "werkvorm in dit plan echt online gebeurt.",
            "Make sure there is at least one werkvorm with online: true and one with online: false. Write online: true "
            "only when the werkvorm really happens online in this plan."},
    .example =
        "werkvormen:\n"
        "  - {werkvorm: inloopavond, niveau: raadplegen, online: false}\n"
        "  - {werkvorm: online-enquete, niveau: raadplegen, online: true}\n",
    .check = mee164,
    .values = values::werkvormen,
};

void mee165(const RuleInput& in, const Flag& flag)
{
    const Node* werkvormen = applicable_section(in, "werkvormen");
    if (werkvormen == nullptr || !werkvormen->is_sequence() || werkvormen->items.size() >= 2) return;
    flag(top_key_mark(in.root, "werkvormen"),
         say(in.lang, {"maar één werkvorm: gebruik verschillende methoden om zoveel mogelijk mensen te bereiken "
                       "(bouwsteen 5)",
                       "only one werkvorm: use different methods to reach as many people as possible (bouwsteen 5)"}));
}

extern const Rule MEE165{
    .code = "MEE165",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.3 bouwsteen 5",
    .title = {"minder dan twee werkvormen", "fewer than two werkvormen"},
    .why = {"Het beleid zegt: \"We gebruiken verschillende methoden om zoveel mogelijk mensen te bereiken\" (§2.1.3, "
            "bouwsteen 5). Met maar één werkvorm bereikt u alleen de mensen die bij die vorm passen.",
            "The policy says we use different methods to reach as many people as possible (§2.1.3, bouwsteen 5). With "
            "only one werkvorm you reach only the people who suit that one form."},
    .fix = {"Zet minstens twee werkvormen onder werkvormen, het liefst van verschillende soort, zoals een bijeenkomst "
            "en een online enquête.",
            "List at least two werkvormen under werkvormen, preferably of different kinds, such as a meeting and an "
            "online survey."},
    .example =
        "werkvormen:\n"
        "  - {werkvorm: inloopavond, niveau: raadplegen, online: false}\n"
        "  - {werkvorm: online-enquete, niveau: raadplegen, online: true}\n",
    .check = mee165,
};

}  // namespace mee::rules
