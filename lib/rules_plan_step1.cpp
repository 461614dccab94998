// Step 1 and adoption (§2.1.2, §2.1.4 step 3): MEE101–MEE109.

#include "node_access.hpp"
#include "plan_view.hpp"
#include "rules_plan.hpp"
#include "suggest.hpp"

#include <fmt/ranges.h>

namespace mee::plan_rules {

namespace {

const Msg k_question_names[] = {
    {"ruimte (is er ruimte voor invloed?)", "ruimte (is there room for influence?)"},
    {"geschikt (is het onderwerp geschikt?)", "geschikt (is the subject suitable?)"},
    {"capaciteit (is er genoeg tijd en menskracht?)", "capaciteit (is there enough time and staff?)"},
};

}  // namespace

void mee101(const RuleInput& in, const Report& report)
{
    const Node* afweging = in.root.get("afweging");
    if (afweging == nullptr || !afweging->is_mapping()) {
        if (afweging == nullptr) {
            report(document_mark(in.root),
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
            report(entry ? entry->key_mark : top_key_mark(in.root, "afweging"),
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
            report(mark, say(in.lang,
                             {"vraag {0} heeft geen antwoord en geen ingevulde toelichting",
                              "question {0} has no antwoord and no filled toelichting"},
                             name));
        } else if (!has_answer) {
            report(mark, say(in.lang, {"vraag {0} heeft geen antwoord", "question {0} has no antwoord"}, name));
        } else {
            report(mark, say(in.lang,
                             {"de toelichting bij vraag {0} is niet ingevuld: leg in minstens drie woorden uit "
                              "waarom het antwoord {1} is",
                              "the toelichting of question {0} is not filled: explain in at least three words why "
                              "the answer is {1}"},
                             name, *text_at(&question, "antwoord")));
        }
    }
}

void mee102(const RuleInput& in, const Report& report)
{
    if (!has_no_answer(in.root) || in.profile.levels.empty()) return;
    const std::string& lowest = in.profile.levels.front().key;
    if (const Node* b = in.root.get("betrokkenheidsniveau")) {
        if (const Node* niveau = b->is_mapping() ? b->get("niveau") : nullptr) {
            if (const auto level = text_value(niveau); level && *level != lowest) {
                report(niveau->mark,
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
            report(niveau->mark,
                   say(in.lang,
                       {"een vraag van de afweging is met nee beantwoord, dus ook belanghebbende '{0}' krijgt "
                        "niveau {1}, niet {2}",
                        "an afweging question is answered nee, so stakeholder '{0}' too gets level {1}, not {2}"},
                       scalar_text(s->get("naam")).value_or("?"), lowest, *level));
        }
    }
}

void mee103(const RuleInput& in, const Report& report)
{
    const Node* afweging = in.root.get("afweging");
    if (afweging == nullptr || !afweging->is_mapping()) return;
    const Entry* entry = afweging->entry("besluitstuk");
    const Node* stuk = entry != nullptr && !entry->value.is_null() ? &entry->value : nullptr;
    if (stuk != nullptr && !stuk->is_mapping()) return;
    std::vector<std::string> missing;
    for (const char* key : {"soort", "kenmerk"}) {
        // Written, but only a placeholder: said at the value itself.
        const Node* value = stuk != nullptr ? stuk->get(key) : nullptr;
        if (value != nullptr && value->is_scalar() && !value->value.empty() && !content_at(stuk, key)) {
            report(value->mark, say(in.lang,
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
    report(mark,
           stuk == nullptr
               ? say(in.lang, {"afweging.besluitstuk ontbreekt: noem het stuk waarin de afweging staat, met soort "
                               "(bestuursopdracht, collegevoorstel of raadsvoorstel) en kenmerk",
                               "afweging.besluitstuk is missing: name the document in which the decision is argued, "
                               "with soort (bestuursopdracht, collegevoorstel or raadsvoorstel) and kenmerk"})
               : say(in.lang, {"besluitstuk mist {0}", "besluitstuk lacks {0}"},
                     fmt::join(missing, say(in.lang, {" en ", " and "}))));
}

void mee104(const RuleInput& in, const Report& report)
{
    const Node* afweging = in.root.get("afweging");
    if (afweging == nullptr || !afweging->is_mapping() || has_no_answer(in.root) || in.profile.levels.empty()) return;
    const Node* b = in.root.get("betrokkenheidsniveau");
    const Node* niveau = b != nullptr && b->is_mapping() ? b->get("niveau") : nullptr;
    if (text_value(niveau) != in.profile.levels.front().key) return;
    report(niveau->mark,
           say(in.lang,
               {"geen enkele vraag van de afweging is met nee beantwoord, toch is het niveau {0}: dat is een "
                "bewuste keuze, leg hem uit in betrokkenheidsniveau.motivering",
                "no afweging question is answered nee, yet the level is {0}: that is a conscious choice, explain "
                "it in betrokkenheidsniveau.motivering"},
               in.profile.levels.front().key));
}

void mee105(const RuleInput& in, const Report& report)
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
    report(entry != nullptr ? entry->key_mark : in.root.get("status")->mark,
           say(in.lang,
               {"status is vastgesteld, maar vastgesteld mist {0}: noem wie het plan vaststelde, wanneer en met "
                "welk kenmerk",
                "status is vastgesteld, but vastgesteld lacks {0}: say who adopted the plan, when, and under which "
                "kenmerk"},
               fmt::join(missing, ", ")));
}

void mee106(const RuleInput& in, const Report& report)
{
    const Node* v = in.root.get("vastgesteld");
    const auto adopted = date_value(v != nullptr && v->is_mapping() ? v->get("datum") : nullptr);
    if (!adopted) return;
    for (const Moment& m : moments(in.root)) {
        if (m.soort != "participatie" || !(m.date < *adopted)) continue;
        report(m.node->mark,
               say(in.lang,
                   {"participatiemoment op {0} ligt voor de vaststelling van het plan op {1}: het plan moet vooraf "
                    "bekend zijn (§2.1.4)",
                    "participation moment on {0} is before the plan was adopted on {1}: the plan must be known "
                    "beforehand (§2.1.4)"},
                   format_date(m.date), format_date(*adopted)));
    }
}

void mee107(const RuleInput& in, const Report& report)
{
    if (text_at(&in.root, "status") != "concept") return;
    for (const Moment& m : moments(in.root)) {
        if (m.soort != "participatie" || !(m.date < in.today)) continue;
        report(m.node->mark,
               say(in.lang,
                   {"het plan is nog concept, maar de participatie is al begonnen ({0}): laat het plan vaststellen "
                    "voordat inwoners meedoen",
                    "the plan is still a concept, but participation has already started ({0}): have the plan "
                    "adopted before residents take part"},
                   format_date(m.date)));
        return;  // one finding: the cause is the status
    }
}

void mee108(const RuleInput& in, const Report& report)
{
    if (text_at(&in.root, "onderdeel_van") != "startnotitie") return;
    const Node* v = in.root.get("vastgesteld");
    const Node* door = v != nullptr && v->is_mapping() ? v->get("door") : nullptr;
    const auto who = text_value(door);
    if (!who || *who == "raad") return;
    report(door->mark, say(in.lang,
                           {"een plan dat onderdeel is van een startnotitie stelt de raad vast, niet het {0} (§2.3.1)",
                            "a plan that is part of a startnotitie is adopted by the raad, not the {0} (§2.3.1)"},
                           *who));
}

void mee109(const RuleInput& in, const Report& report)
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
    report(domein->mark, message);
}

}  // namespace mee::plan_rules
