// Step 1 and adoption (§2.1.2, §2.1.4 step 3): MEE101–MEE109.

#include "base/suggest.hpp"
#include "policy/plan_view.hpp"
#include "rules/rule.hpp"
#include "rules/values.hpp"
#include "yaml/access.hpp"

#include <fmt/ranges.h>

namespace mee::rules {

namespace {

const Msg k_question_names[] = {
    {"ruimte (is er ruimte voor invloed?)", "ruimte (is there room for influence?)"},
    {"geschikt (is het onderwerp geschikt?)", "geschikt (is the subject suitable?)"},
    {"capaciteit (is er genoeg tijd en menskracht?)", "capaciteit (is there enough time and staff?)"},
};

}  // namespace

void mee101(const RuleInput& in, const Flag& flag)
{
    const Node* afweging = in.root.get("afweging");
    if (afweging == nullptr || !afweging->is_mapping()) {
        if (afweging == nullptr) {
            flag(document_mark(in.root),
                 say(in.lang, {"afweging ontbreekt: beantwoord de drie vragen van stap 1 (ruimte, geschikt, "
                               "capaciteit), elk met een antwoord en een toelichting",
                               "afweging is missing: answer the three questions of step 1 (ruimte, geschikt, "
                               "capaciteit), each with an antwoord and a toelichting"}));
        }
        return;
    }
    for (std::size_t i = 0; i < std::size(k_questions); ++i) {
        const std::string_view q = k_questions[i];
        const Entry* entry = afweging->entry(q);
        const std::string name = say(in.lang, k_question_names[i]);
        if (entry == nullptr || entry->value.is_null()) {
            flag(entry ? entry->key_mark : top_key_mark(in.root, "afweging"),
                 say(in.lang,
                     {"vraag {0} ontbreekt in afweging: geef een antwoord en een toelichting",
                      "question {0} is missing from afweging: give an antwoord and a toelichting"},
                     name));
            continue;
        }
        const Node& question = entry->value;
        if (!question.is_mapping()) continue;  // the schema reports the type
        const Node* toelichting_node = question.get("toelichting");
        if (toelichting_node != nullptr && !text_value(toelichting_node)) continue;  // the schema reports the type
        if (question.get("antwoord") != nullptr && !text_value(question.get("antwoord"))) continue;
        const bool has_answer = text_at(&question, "antwoord").has_value();
        const bool explained =
            filled_at(&question, "toelichting", static_cast<std::size_t>(in.profile.filled_min_words));
        if (has_answer && explained) continue;
        const Node* toelichting = question.get("toelichting");
        const Mark mark = !has_answer || toelichting == nullptr ? entry->key_mark : toelichting->mark;
        if (!has_answer && !explained) {
            flag(mark, say(in.lang,
                           {"vraag {0} heeft geen antwoord en geen ingevulde toelichting",
                            "question {0} has no antwoord and no filled toelichting"},
                           name));
        } else if (!has_answer) {
            flag(mark, say(in.lang, {"vraag {0} heeft geen antwoord", "question {0} has no antwoord"}, name));
        } else {
            flag(mark, say(in.lang,
                           {"de toelichting bij vraag {0} is niet ingevuld: leg in minstens drie woorden uit "
                            "waarom het antwoord {1} is",
                            "the toelichting of question {0} is not filled: explain in at least three words why "
                            "the answer is {1}"},
                           name, *text_at(&question, "antwoord")));
        }
    }
}

extern const Rule MEE101{
    .code = "MEE101",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.2",
    .title = {"afweging ontbreekt of is onvolledig", "afweging missing or incomplete"},
    .why = {"Stap 1 van het beleid is de afweging of we inwoners betrekken (§2.1.2). Het beleid stelt daarvoor drie "
            "vragen: is er genoeg ruimte, is het onderwerp geschikt, en hebben we genoeg tijd en mensen? De antwoorden "
            "bepalen of u inwoners betrekt of alleen informeert. Daarom geeft elk plan de drie antwoorden, elk met een "
            "uitleg.",
            "Step 1 of the policy is deciding whether we involve residents (§2.1.2). The policy asks three questions "
            "for this: is there enough room, is the subject suitable, and do we have enough time and people? The "
            "answers decide whether you involve residents or only inform them. So every plan gives the three answers, "
            "each with an explanation."},
    .fix = {"Zet onder afweging de drie vragen ruimte, geschikt en capaciteit. Geef bij elke vraag een antwoord en "
            "onder toelichting in een paar zinnen waarom. Met mee decide --ask beantwoordt u de vragen en maakt mee "
            "het blok om te plakken.",
            "Under afweging, write the three questions ruimte, geschikt and capaciteit. For each, give an antwoord "
            "and, under toelichting, a few sentences on why. With mee decide --ask you answer the questions and mee "
            "makes the block to paste."},
    .example =
        "afweging:\n"
        "  ruimte:\n"
        "    antwoord: ja\n"
        "    toelichting: Inrichting en materiaalkeuze liggen nog open binnen het krediet.\n"
        "  geschikt:\n"
        "    antwoord: ja\n"
        "    toelichting: Iedereen kent het centrum en kan meepraten over gebruik en groen.\n"
        "  capaciteit:\n"
        "    antwoord: te-organiseren\n"
        "    toelichting: Inhuur van een procesbegeleider voor de twee ontwerpavonden.\n",
    .check = mee101,
    .values = values::filled_words,
};

void mee102(const RuleInput& in, const Flag& flag)
{
    if (!has_no_answer(in.root) || in.profile.levels.empty()) return;
    const std::string& lowest = in.profile.levels.front().key;
    if (const Node* b = in.root.get("betrokkenheidsniveau")) {
        if (const Node* niveau = child(b, "niveau")) {
            if (const auto level = text_value(niveau); level && *level != lowest) {
                flag(niveau->mark,
                     say(in.lang,
                         {"een vraag van de afweging is met nee beantwoord, dus het niveau is {0}, niet {1}: "
                          "er is geen ruimte voor invloed (§2.1.2)",
                          "an afweging question is answered nee, so the level is {0}, not {1}: there is no room "
                          "for influence (§2.1.2)"},
                         lowest, *level));
            }
        }
    }
    for (const Node* s : stakeholders(in.root)) {
        const Node* niveau = s->get("niveau");
        if (const auto level = text_value(niveau); level && *level != lowest) {
            flag(niveau->mark,
                 say(in.lang,
                     {"een vraag van de afweging is met nee beantwoord, dus ook belanghebbende '{0}' krijgt "
                      "niveau {1}, niet {2}",
                      "an afweging question is answered nee, so stakeholder '{0}' too gets level {1}, not {2}"},
                     scalar_text(s->get("naam")).value_or("?"), lowest, *level));
        }
    }
}

extern const Rule MEE102{
    .code = "MEE102",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.2",
    .title = {"antwoord nee maar niveau is niet informeren", "an answer is nee but the level is not informeren"},
    .why = {"Het beleid is hier duidelijk (§2.1.2): \"Als het antwoord op één van deze vragen 'nee' is, dan betrekken "
            "we inwoners niet. We geven dan alleen informatie.\" Een plan met een nee en een hoger niveau belooft "
            "inwoners invloed die er niet is.",
            "The policy is clear here (§2.1.2): if the answer to one of the three questions is 'nee' (no), we do not "
            "involve residents; we only give information. A plan with a nee and a higher level promises residents "
            "influence they do not have."},
    .fix = {"Zet betrokkenheidsniveau.niveau op informeren, en haal een ander niveau bij de belanghebbenden weg. Klopt "
            "het nee niet, verander dan het antwoord en de toelichting onder afweging.",
            "Set betrokkenheidsniveau.niveau to informeren, and remove any other niveau from the stakeholders. If the "
            "nee is not right, change the antwoord and its toelichting under afweging."},
    .example =
        "afweging:\n"
        "  ruimte:\n"
        "    antwoord: nee\n"
        "    toelichting: Het besluit is wettelijk verplicht en laat geen ruimte voor invloed.\n"
        "betrokkenheidsniveau:\n"
        "  niveau: informeren\n"
        "  motivering: Er is geen ruimte voor invloed, dus we geven alleen uitleg.\n",
    .check = mee102,
    .values = values::lowest_level,
};

void mee103(const RuleInput& in, const Flag& flag)
{
    const Node* afweging = in.root.get("afweging");
    if (afweging == nullptr || !afweging->is_mapping()) return;
    const Entry* entry = afweging->entry("besluitstuk");
    const Node* stuk = entry != nullptr && !entry->value.is_null() ? &entry->value : nullptr;
    if (stuk != nullptr && !stuk->is_mapping()) return;
    std::vector<std::string> missing;
    for (const char* key : {"soort", "kenmerk"}) {
        // Written, but only a placeholder: said at the value itself.
        const Node* value = child(stuk, key);
        if (value != nullptr && value->is_scalar() && !value->value.empty() && !content_at(stuk, key)) {
            flag(value->mark, say(in.lang,
                                  {"besluitstuk.{0} is niet ingevuld: '{1}' is een plaatshouder; schrijf de {0} van "
                                   "het stuk waarin de afweging staat",
                                   "besluitstuk.{0} is not filled in: '{1}' is a placeholder; write the {0} of the "
                                   "document in which the decision is argued"},
                                  key, value->value));
            continue;
        }
        if (!content_at(stuk, key)) missing.emplace_back(key);
    }
    if (missing.empty()) return;
    const Mark mark = stuk != nullptr ? entry->key_mark : top_key_mark(in.root, "afweging");
    flag(mark,
         stuk == nullptr
             ? say(in.lang, {"afweging.besluitstuk ontbreekt: noem het stuk waarin de afweging staat, met soort "
                             "(bestuursopdracht, collegevoorstel of raadsvoorstel) en kenmerk",
                             "afweging.besluitstuk is missing: name the document in which the decision is argued, "
                             "with soort (bestuursopdracht, collegevoorstel or raadsvoorstel) and kenmerk"})
             : say(in.lang, {"besluitstuk mist {0}", "besluitstuk lacks {0}"},
                   fmt::join(missing, say(in.lang, {" en ", " and "}))));
}

extern const Rule MEE103{
    .code = "MEE103",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.2",
    .title = {"besluitstuk mist soort of kenmerk", "besluitstuk lacks soort or kenmerk"},
    .why = {"Het beleid vraagt dat we het besluit om inwoners wel of niet te betrekken onderbouwen in een "
            "bestuursopdracht, collegevoorstel of raadsvoorstel (§2.1.2, resultaat van stap 1). Met de soort en het "
            "kenmerk van dat stuk kan iedereen het terugvinden.",
            "The policy asks us to argue the decision whether or not to involve residents in a bestuursopdracht, "
            "collegevoorstel or raadsvoorstel (§2.1.2, the result of step 1). With the kind and the reference number "
            "of that document, anyone can find it."},
    .fix = {"Schrijf onder afweging.besluitstuk de soort (bestuursopdracht, collegevoorstel of raadsvoorstel) en het "
            "kenmerk van het stuk.",
            "Under afweging.besluitstuk, write the soort (bestuursopdracht, collegevoorstel or raadsvoorstel) and the "
            "kenmerk (reference number) of the document."},
    .example =
        "afweging:\n"
        "  besluitstuk:\n"
        "    soort: bestuursopdracht\n"
        "    kenmerk: BO-2026-004\n",
    .check = mee103,
};

void mee104(const RuleInput& in, const Flag& flag)
{
    const Node* afweging = in.root.get("afweging");
    if (afweging == nullptr || !afweging->is_mapping() || has_no_answer(in.root) || in.profile.levels.empty()) return;
    const Node* b = in.root.get("betrokkenheidsniveau");
    const Node* niveau = child(b, "niveau");
    if (text_value(niveau) != in.profile.levels.front().key) return;
    flag(niveau->mark,
         say(in.lang,
             {"geen enkele vraag van de afweging is met nee beantwoord, toch is het niveau {0}: dat is een "
              "bewuste keuze, leg hem uit in betrokkenheidsniveau.motivering",
              "no afweging question is answered nee, yet the level is {0}: that is a conscious choice, explain "
              "it in betrokkenheidsniveau.motivering"},
             in.profile.levels.front().key));
}

extern const Rule MEE104{
    .code = "MEE104",
    .scope = Scope::plan,
    .severity = Severity::info,
    .section = "§2.1.2",
    .title = {"geen nee, toch niveau informeren", "no answer is nee, yet the level is informeren"},
    .why = {"Het beleid vraagt dat we bewust kiezen wanneer we inwoners betrekken (§1.3.3, §2.1.2). Geen van de drie "
            "antwoorden is nee, dus inwoners betrekken kan. Toch kiest het plan voor alleen informeren. Dat mag, maar "
            "leg uit waarom.",
            "The policy asks us to choose consciously when we involve residents (§1.3.3, §2.1.2). None of the three "
            "answers is nee, so involving residents is possible. Yet the plan chooses to only inform. That is allowed, "
            "but explain why."},
    .fix = {"Schrijf in betrokkenheidsniveau.motivering waarom u alleen informeert. Is er toch ruimte voor invloed, "
            "kies dan een hoger niveau.",
            "Write in betrokkenheidsniveau.motivering why you only inform. If there is room for influence after all, "
            "choose a higher level."},
    .example =
        "betrokkenheidsniveau:\n"
        "  niveau: informeren\n"
        "  motivering: De keuzes zijn in 2025 met de buurt gemaakt; nu volgt alleen de uitvoering.\n",
    .check = mee104,
    .values = values::lowest_level,
};

void mee105(const RuleInput& in, const Flag& flag)
{
    if (text_at(&in.root, "status") != "vastgesteld") return;
    const Entry* entry = in.root.entry("vastgesteld");
    const Node* v = entry != nullptr && !entry->value.is_null() ? &entry->value : nullptr;
    if (v != nullptr && !v->is_mapping()) return;
    std::vector<std::string> missing;
    if (!content_at(v, "door")) missing.emplace_back("door");
    if (v == nullptr || !v->get("datum")) missing.emplace_back("datum");
    if (!content_at(v, "kenmerk")) missing.emplace_back("kenmerk");
    if (missing.empty()) return;
    // A vastgesteld that is missing altogether is asked for by `status: vastgesteld`.
    flag(entry != nullptr ? entry->key_mark : in.root.get("status")->mark,
         say(in.lang,
             {"status is vastgesteld, maar vastgesteld mist {0}: noem wie het plan vaststelde, wanneer en met "
              "welk kenmerk",
              "status is vastgesteld, but vastgesteld lacks {0}: say who adopted the plan, when, and under which "
              "kenmerk"},
             fmt::join(missing, ", ")));
}

extern const Rule MEE105{
    .code = "MEE105",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.4 stap 3",
    .title = {"vastgesteld zonder door, datum en kenmerk", "vastgesteld without door, datum and kenmerk"},
    .why = {"Stap 3 van het beleid is het vaststellen van het plan van aanpak (§2.1.4). Het vastgestelde plan is het "
            "kader waaraan college en raad het proces later toetsen. Daarom staat bij een vastgesteld plan wie het "
            "vaststelde, wanneer, en met welk kenmerk.",
            "Step 3 of the policy is adopting the plan (§2.1.4). The adopted plan is the framework against which the "
            "college and the raad later test the process. So an adopted plan says who adopted it, when, and under "
            "which reference number."},
    .fix = {"Vul onder vastgesteld in: door (college of raad), datum en kenmerk van het besluit. Is het plan nog niet "
            "vastgesteld, zet dan status: concept.",
            "Under vastgesteld, fill in door (college or raad), datum and the kenmerk of the decision. If the plan has "
            "not been adopted yet, write status: concept."},
    .example =
        "status: vastgesteld\n"
        "vastgesteld:\n"
        "  door: college\n"
        "  datum: 2026-03-03\n"
        "  kenmerk: B&W 2026-0303-07\n",
    .check = mee105,
};

void mee106(const RuleInput& in, const Flag& flag)
{
    const Node* v = in.root.get("vastgesteld");
    const auto adopted = date_value(child(v, "datum"));
    if (!adopted) return;
    for (const Moment& m : moments(in.root)) {
        if (m.soort != "participatie" || !(m.date < *adopted)) continue;
        flag(m.node->mark,
             say(in.lang,
                 {"participatiemoment op {0} ligt voor de vaststelling van het plan op {1}: het plan moet vooraf "
                  "bekend zijn (§2.1.4)",
                  "participation moment on {0} is before the plan was adopted on {1}: the plan must be known "
                  "beforehand (§2.1.4)"},
                 format_date(m.date), format_date(*adopted)));
    }
}

extern const Rule MEE106{
    .code = "MEE106",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.4",
    .title = {"participatie voor de vaststelling van het plan", "participation before the plan was adopted"},
    .why = {"Het beleid zegt: \"Het is essentieel dat het plan van aanpak vooraf duidelijk is en bekend is. Dit is een "
            "verplichting uit de Omgevingswet\" (§2.1.4). De uitvoering start pas nadat het plan is vastgesteld "
            "(§2.1.5, stap 4). Een participatiemoment vóór de vaststelling gebeurt dus zonder vastgesteld plan.",
            "The policy says it is essential that the plan is clear and known beforehand; this is an obligation under "
            "the Omgevingswet (§2.1.4). Carrying out the plan starts only after it is adopted (§2.1.5, step 4). A "
            "participation moment before adoption therefore happens without an adopted plan."},
    .fix =
        {"Plan de participatiemomenten na de datum van vaststelling. Klopt vastgesteld.datum niet, verbeter die dan.",
         "Schedule the participation moments after the date of adoption. If vastgesteld.datum is wrong, correct it."},
    .example =
        "vastgesteld:\n"
        "  door: college\n"
        "  datum: 2026-03-03\n"
        "  kenmerk: B&W 2026-0303-07\n"
        "planning:\n"
        "  - datum: 2026-03-24\n"
        "    wat: Inloopavond knelpunten\n"
        "    soort: participatie\n",
    .check = mee106,
};

void mee107(const RuleInput& in, const Flag& flag)
{
    if (text_at(&in.root, "status") != "concept") return;
    for (const Moment& m : moments(in.root)) {
        if (m.soort != "participatie" || !(m.date < in.today)) continue;
        flag(m.node->mark,
             say(in.lang,
                 {"het plan is nog concept, maar de participatie is al begonnen ({0}): laat het plan vaststellen "
                  "voordat inwoners meedoen",
                  "the plan is still a concept, but participation has already started ({0}): have the plan "
                  "adopted before residents take part"},
                 format_date(m.date)));
        return;  // one finding: the cause is the status
    }
}

extern const Rule MEE107{
    .code = "MEE107",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.4",
    .title = {"concept terwijl de participatie al begonnen is", "concept while participation has already started"},
    .why = {"Volgens het beleid start de uitvoering pas nadat het plan van aanpak is vastgesteld (§2.1.4, stap 3; "
            "§2.1.5, stap 4). Dit plan is nog een concept, maar er ligt al een participatiemoment in het verleden. Dan "
            "is de participatie begonnen zonder vastgesteld plan, of is de status niet bijgewerkt.",
            "According to the policy, carrying out the plan starts only after it is adopted (§2.1.4, step 3; §2.1.5, "
            "step 4). This plan is still a concept, but a participation moment already lies in the past. Then "
            "participation started without an adopted plan, or the status was not updated."},
    .fix = {"Is het plan vastgesteld, zet dan status: vastgesteld en vul vastgesteld in met door, datum en kenmerk. Is "
            "het nog niet vastgesteld, laat het dan vaststellen voordat de participatie verder gaat.",
            "If the plan has been adopted, write status: vastgesteld and fill in vastgesteld with door, datum and "
            "kenmerk. If it has not, have it adopted before participation goes on."},
    .example =
        "status: vastgesteld\n"
        "vastgesteld:\n"
        "  door: college\n"
        "  datum: 2026-03-03\n"
        "  kenmerk: B&W 2026-0303-07\n",
    .check = mee107,
};

void mee108(const RuleInput& in, const Flag& flag)
{
    if (text_at(&in.root, "onderdeel_van") != "startnotitie") return;
    const Node* v = in.root.get("vastgesteld");
    const Node* door = child(v, "door");
    const auto who = text_value(door);
    if (!who || *who == "raad") return;
    flag(door->mark, say(in.lang,
                         {"een plan dat onderdeel is van een startnotitie stelt de raad vast, niet het {0} (§2.3.1)",
                          "a plan that is part of a startnotitie is adopted by the raad, not the {0} (§2.3.1)"},
                         *who));
}

extern const Rule MEE108{
    .code = "MEE108",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.3.1",
    .title = {"startnotitie niet door de raad vastgesteld", "startnotitie not adopted by the raad"},
    .why = {"Het beleid zegt over de raad: \"Dit plan van aanpak is onderdeel van een startnotitie die door de raad "
            "wordt vastgesteld\" (§2.3.1). Een plan dat bij een startnotitie hoort, wordt dus door de raad vastgesteld "
            "en niet door het college.",
            "On the role of the raad, the policy says that this plan is part of a startnotitie that the raad adopts "
            "(§2.3.1). So a plan that belongs to a startnotitie is adopted by the raad, not by the college."},
    .fix = {"Zet vastgesteld.door op raad als de raad de startnotitie vaststelde. Hoort het plan niet bij een "
            "startnotitie, verbeter dan onderdeel_van (projectplan, bestuursopdracht of los).",
            "Set vastgesteld.door to raad if the raad adopted the startnotitie. If the plan does not belong to a "
            "startnotitie, correct onderdeel_van (projectplan, bestuursopdracht or los)."},
    .example =
        "onderdeel_van: startnotitie\n"
        "vastgesteld:\n"
        "  door: raad\n"
        "  datum: 2026-04-16\n"
        "  kenmerk: Raad 2026-0416-03\n",
    .check = mee108,
};

void mee109(const RuleInput& in, const Flag& flag)
{
    const Node* domein = in.root.get("domein");
    const auto value = text_value(domein);
    if (!value) return;
    for (const std::string& d : in.profile.domains) {
        if (d == *value) return;
    }
    std::string message = say(
        in.lang, {"domein '{0}' staat niet in de lijst van het profiel", "domein '{0}' is not in the profile's list"},
        *value);
    if (auto guess = did_you_mean(*value, in.profile.domains)) {
        message += say(in.lang, {"; bedoelde u '{0}'?", "; did you mean '{0}'?"}, *guess);
    }
    message += say(in.lang, {" (bekend: {0})", " (known: {0})"}, fmt::join(in.profile.domains, ", "));
    flag(domein->mark, message);
}

extern const Rule MEE109{
    .code = "MEE109",
    .scope = Scope::plan,
    .severity = Severity::info,
    .section = "profile:domeinen",
    .title = {"onbekend domein", "unknown domein"},
    .why = {"Het beleid telt elk jaar de plannen per domein (§3.6, indicatoren voor overheidsinitiatieven). Een domein "
            "dat niet in de lijst staat, komt apart in dat overzicht. Vaak is het een tikfout.",
            "Every year the policy counts the plans per domain (§3.6, indicators for government initiatives). A domain "
            "that is not on the list is counted separately in that overview. Often it is a typo."},
    .fix = {"Kies een domein uit de lijst van het profiel (hieronder); mee stelt het domein voor dat er het meest op "
            "lijkt. Hoort het plan echt bij een ander domein, dan mag het blijven staan.",
            "Choose a domain from the profile's list (below); mee suggests the closest one. If the plan really belongs "
            "to another domain, you may keep it."},
    .example = "domein: ruimte\n",
    .check = mee109,
    .values = values::domains,
};

}  // namespace mee::rules
