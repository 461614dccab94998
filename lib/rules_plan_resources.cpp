// Communication (section 8) and capacity (section 9): MEE181–MEE192.

#include "filled.hpp"
#include "node_access.hpp"
#include "plan_view.hpp"
#include "readability.hpp"
#include "rules_plan.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace mee::plan_rules {

namespace {

const Node* communicatie(const RuleInput& in)
{
    const Node* c = section(in.root, "communicatie");
    return c != nullptr && c->is_mapping() ? c : nullptr;
}

void require_text(const RuleInput& in, const Report& report, std::string_view key, Msg message)
{
    const Node* c = communicatie(in);
    if (c == nullptr || filled_at(c, key, static_cast<std::size_t>(in.profile.filled_min_words))) return;
    const Node* value = c->get(key);
    if (value != nullptr && !text_value(value)) return;  // the schema reports the type
    report(value != nullptr ? value->mark : top_key_mark(in.root, "communicatie"), say(in.lang, message));
}

const Node* capaciteit(const RuleInput& in)
{
    if (is_inform_only(in.root, in.profile)) return nullptr;
    const Node* c = section(in.root, "capaciteit");
    return c != nullptr && c->is_mapping() ? c : nullptr;
}

}  // namespace

void mee181(const RuleInput& in, const Report& report)
{
    const Node* c = communicatie(in);
    if (c == nullptr) return;
    const Entry* middelen = c->entry("middelen");
    // A list of placeholders ([nog invullen]) names no middelen either.
    if (middelen != nullptr && !middelen->value.is_null() &&
        !(middelen->value.is_sequence() && filled_in_count(&middelen->value) == 0))
        return;
    report(middelen != nullptr ? middelen->key_mark : top_key_mark(in.root, "communicatie"),
           say(in.lang, {"communicatie noemt geen middelen: zet erin hoe u mensen bereikt (bewonersbrief, website, "
                         "krant, social media …)",
                         "communicatie names no middelen: put in how you reach people (letter, website, newspaper, "
                         "social media …)"}));
}

void mee182(const RuleInput& in, const Report& report)
{
    require_text(in, report, "terugkoppeling",
                 {"communicatie.terugkoppeling is niet ingevuld: schrijf op hoe deelnemers horen wat er met hun "
                  "inbreng gebeurt",
                  "communicatie.terugkoppeling is not filled: write down how participants hear what happens with "
                  "their input"});
}

void mee183(const RuleInput& in, const Report& report)
{
    require_text(in, report, "verslaglegging",
                 {"communicatie.verslaglegging is niet ingevuld: schrijf op hoe de inbreng wordt vastgelegd en waar "
                  "de verslagen komen",
                  "communicatie.verslaglegging is not filled: write down how the input is recorded and where the "
                  "reports go"});
}

void mee184(const RuleInput& in, const Report& report)
{
    const Node* c = communicatie(in);
    const Node* uitnodiging = c != nullptr ? c->get("uitnodiging") : nullptr;
    const auto text = text_value(uitnodiging);
    if (!text) return;
    if (!is_filled(*text, static_cast<std::size_t>(in.profile.filled_min_words))) return;  // MEE185
    const Readability r = measure_readability(*text);
    if (r.words == 0) return;
    const bool hard = r.flesch_douma < in.profile.flesch_douma_min;
    const bool long_sentences = r.words_per_sentence > in.profile.sentence_length_max;
    if (!hard && !long_sentences) return;
    report(uitnodiging->mark,
           say(in.lang,
               {"de uitnodiging is waarschijnlijk moeilijker dan B1: leesgemak {0} (minstens {1}), {2} woorden per "
                "zin (hoogstens {3}); schrijf kortere zinnen met kortere woorden (mee explain MEE184)",
                "the invitation is probably harder than B1: reading ease {0} (at least {1}), {2} words per sentence "
                "(at most {3}); write shorter sentences with shorter words (mee explain MEE184)"},
               decimal(r.flesch_douma, 1, in.lang), decimal(in.profile.flesch_douma_min, 0, in.lang),
               decimal(r.words_per_sentence, 1, in.lang), decimal(in.profile.sentence_length_max, 0, in.lang)));
}

void mee185(const RuleInput& in, const Report& report)
{
    const Node* c = communicatie(in);
    if (c == nullptr) return;
    const Node* uitnodiging = c->get("uitnodiging");
    if (uitnodiging != nullptr) {
        const auto text = text_value(uitnodiging);
        if (!text || is_filled(*text, static_cast<std::size_t>(in.profile.filled_min_words))) return;
    }
    report(uitnodiging != nullptr ? uitnodiging->mark : top_key_mark(in.root, "communicatie"),
           say(in.lang, {"geen uitnodiging in communicatie, dus mee kan niet nagaan of die op B1-niveau is: zet de "
                         "tekst van de uitnodiging erbij",
                         "no uitnodiging in communicatie, so mee cannot check that it is B1 level: add the text of "
                         "the invitation"}));
}

void mee191(const RuleInput& in, const Report& report)
{
    const Node* c = capaciteit(in);
    if (c == nullptr || c->get("uren") != nullptr || c->get("budget") != nullptr) return;
    report(top_key_mark(in.root, "capaciteit"),
           say(in.lang, {"capaciteit noemt geen uren en geen budget: schat in hoeveel tijd en geld de participatie "
                         "kost",
                         "capaciteit gives neither uren nor budget: estimate how much time and money the "
                         "participation costs"}));
}

void mee192(const RuleInput& in, const Report& report)
{
    const Node* c = capaciteit(in);
    const Node* budget = c != nullptr ? c->get("budget") : nullptr;
    if (budget == nullptr || !budget->is_plain()) return;
    const std::string& v = budget->value;
    const auto dot = v.find('.');
    if (dot == std::string::npos || dot == 0 || v.size() - dot - 1 != 3) return;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i != dot && (v[i] < '0' || v[i] > '9')) return;
    }
    std::string meant = v.substr(0, dot) + v.substr(dot + 1);
    meant.erase(0, std::min(meant.find_first_not_of('0'), meant.size() - 1));
    std::string read = fmt::format("{:g}", number_value(budget).value_or(0));
    if (in.lang == Lang::nl) std::replace(read.begin(), read.end(), '.', ',');
    report(budget->mark,
           say(in.lang,
               {"YAML leest budget {0} als het getal {1}; bedoelt u {2} euro, schrijf dan {2} zonder punt",
                "YAML reads budget {0} as the number {1}; if you mean {2} euros, write {2} without a dot"},
               v, read, meant));
}

}  // namespace mee::plan_rules
