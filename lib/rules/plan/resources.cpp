// Communication (section 8) and capacity (section 9): MEE181–MEE192.

#include "base/filled.hpp"
#include "policy/plan_view.hpp"
#include "policy/readability.hpp"
#include "rules/rule.hpp"
#include "rules/values.hpp"
#include "yaml/access.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace mee::rules {

namespace {

const Node* communicatie(const RuleInput& in)
{
    const Node* c = section(in.root, "communicatie");
    return c != nullptr && c->is_mapping() ? c : nullptr;
}

void require_text(const RuleInput& in, const Flag& flag, std::string_view key, Msg message)
{
    const Node* c = communicatie(in);
    if (c == nullptr || filled_at(c, key, static_cast<std::size_t>(in.profile.filled_min_words))) return;
    const Node* value = c->get(key);
    if (value != nullptr && !text_value(value)) return;  // the schema reports the type
    flag(value != nullptr ? value->mark : top_key_mark(in.root, "communicatie"), say(in.lang, message));
}

const Node* capaciteit(const RuleInput& in)
{
    if (is_inform_only(in.root, in.profile)) return nullptr;
    const Node* c = section(in.root, "capaciteit");
    return c != nullptr && c->is_mapping() ? c : nullptr;
}

}  // namespace

void mee181(const RuleInput& in, const Flag& flag)
{
    const Node* c = communicatie(in);
    if (c == nullptr) return;
    const Entry* middelen = c->entry("middelen");
    // A list of placeholders ([nog invullen]) names no middelen either.
    if (middelen != nullptr && !middelen->value.is_null() &&
        !(middelen->value.is_sequence() && filled_in_count(&middelen->value) == 0))
        return;
    flag(middelen != nullptr ? middelen->key_mark : top_key_mark(in.root, "communicatie"),
         say(in.lang, {"communicatie noemt geen middelen: zet erin hoe u mensen bereikt (bewonersbrief, website, "
                       "krant, social media …)",
                       "communicatie names no middelen: put in how you reach people (letter, website, newspaper, "
                       "social media …)"}));
}

extern const Rule MEE181{
    .code = "MEE181",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3",
    .title = {"geen communicatiemiddelen", "no communicatie.middelen"},
    .why = {"Onderdeel 8 van het plan vraagt welke communicatiemiddelen we inzetten om betrokkenen over het proces te "
            "informeren, zoals gerichte uitnodigingen, de krant of social media (§2.1.3). Dit stelt u op samen met de "
            "adviseur communicatie.",
            "Part 8 of the plan asks which means of communication we use to inform people about the process, such as "
            "targeted invitations, the newspaper or social media (§2.1.3). You decide this together with the "
            "communication adviser."},
    .fix = {"Zet onder communicatie.middelen de middelen die u gebruikt, als lijst.",
            "Under communicatie.middelen, list the means you use."},
    .example =
        "communicatie:\n"
        "  middelen: [bewonersbrief, website, Dalfser Marskramer, social media]\n",
    .check = mee181,
};

void mee182(const RuleInput& in, const Flag& flag)
{
    require_text(in, flag, "terugkoppeling",
                 {"communicatie.terugkoppeling is niet ingevuld: schrijf op hoe deelnemers horen wat er met hun "
                  "inbreng gebeurt",
                  "communicatie.terugkoppeling is not filled: write down how participants hear what happens with "
                  "their input"});
}

extern const Rule MEE182{
    .code = "MEE182",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3",
    .title = {"terugkoppeling niet ingevuld", "communicatie.terugkoppeling not filled"},
    .why = {"Het beleid zegt: \"We maken in elke stap duidelijk wat we met de opgehaalde ideeën en meningen van de "
            "inwoners hebben gedaan\" (§1.3.2, punt 3). Onderdeel 8 van het plan vraagt daarom hoe de terugkoppeling "
            "gebeurt (§2.1.3).",
            "The policy says that in every step we make clear what we did with the ideas and opinions residents gave "
            "(§1.3.2, point 3). So part 8 of the plan asks how feedback is given (§2.1.3)."},
    .fix = {"Schrijf onder communicatie.terugkoppeling hoe en wanneer deelnemers horen wat er met hun inbreng gebeurt.",
            "Under communicatie.terugkoppeling, write how and when participants hear what happens with their input."},
    .example =
        "communicatie:\n"
        "  terugkoppeling: Na elke bijeenkomst een verslag op de website en per mail aan deelnemers.\n",
    .check = mee182,
    .values = values::filled_words,
};

void mee183(const RuleInput& in, const Flag& flag)
{
    require_text(in, flag, "verslaglegging",
                 {"communicatie.verslaglegging is niet ingevuld: schrijf op hoe de inbreng wordt vastgelegd en waar "
                  "de verslagen komen",
                  "communicatie.verslaglegging is not filled: write down how the input is recorded and where the "
                  "reports go"});
}

extern const Rule MEE183{
    .code = "MEE183",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3",
    .title = {"verslaglegging niet ingevuld", "communicatie.verslaglegging not filled"},
    .why = {"Onderdeel 8 van het plan vraagt om de verslaglegging \"waarin betrokkenen hun inbreng terug kunnen zien\" "
            "(§2.1.3). De verslagen zijn ook de basis voor het eindverslag (§2.1.5, stap 5).",
            "Part 8 of the plan asks for the records in which people can see their input again (§2.1.3). The records "
            "are also the basis for the eindverslag (§2.1.5, step 5)."},
    .fix = {"Schrijf onder communicatie.verslaglegging hoe u de inbreng vastlegt en waar betrokkenen de verslagen "
            "kunnen lezen.",
            "Under communicatie.verslaglegging, write how you record the input and where people can read the reports."},
    .example =
        "communicatie:\n"
        "  verslaglegging: Verslagen met alle inbreng komen op de projectpagina.\n",
    .check = mee183,
    .values = values::filled_words,
};

void mee184(const RuleInput& in, const Flag& flag)
{
    const Node* c = communicatie(in);
    const Node* uitnodiging = child(c, "uitnodiging");
    const auto text = text_value(uitnodiging);
    if (!text) return;
    if (!is_filled(*text, static_cast<std::size_t>(in.profile.filled_min_words))) return;  // MEE185
    const Readability r = measure_readability(*text);
    if (r.words == 0) return;
    const bool hard = r.flesch_douma < in.profile.flesch_douma_min;
    const bool long_sentences = r.words_per_sentence > in.profile.sentence_length_max;
    if (!hard && !long_sentences) return;
    flag(uitnodiging->mark,
         say(in.lang,
             {"de uitnodiging is waarschijnlijk moeilijker dan B1: leesgemak {0} (minstens {1}), {2} woorden per "
              "zin (hoogstens {3}); schrijf kortere zinnen met kortere woorden (mee explain MEE184)",
              "the invitation is probably harder than B1: reading ease {0} (at least {1}), {2} words per sentence "
              "(at most {3}); write shorter sentences with shorter words (mee explain MEE184)"},
             decimal(r.flesch_douma, 1, in.lang), decimal(in.profile.flesch_douma_min, 0, in.lang),
             decimal(r.words_per_sentence, 1, in.lang), decimal(in.profile.sentence_length_max, 0, in.lang)));
}

extern const Rule MEE184{
    .code = "MEE184",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "§2.1.5 stap 4",
    .title = {"uitnodiging moeilijker dan B1", "uitnodiging harder than B1"},
    .why = {"Het beleid vraagt \"duidelijke en aantrekkelijke uitnodigingen (op B1 niveau)\" (§2.1.5, stap 4). Er "
            "bestaat geen officiële formule voor B1. mee gebruikt daarom een vuistregel uit het profiel: de "
            "leesbaarheid volgens Flesch-Douma is minstens 60, en een zin heeft gemiddeld hoogstens 15 woorden. Haalt "
            "een tekst de vuistregel, dan is hij nog niet vanzelf B1: laat hem ook door iemand lezen.",
            "The policy asks for clear and attractive invitations at B1 level (§2.1.5, step 4). There is no official "
            "formula for B1. So mee uses a rule of thumb (a heuristic) from the profile: the Flesch-Douma reading ease "
            "is at least 60, and sentences have at most 15 words on average. A text that meets the heuristic is not B1 "
            "by itself: have someone read it too."},
    .fix = {"Maak de zinnen korter en gebruik korte, gewone woorden. Met mee explain MEE184 BESTAND ziet u de cijfers "
            "van de uitnodiging in uw eigen plan.",
            "Make the sentences shorter and use short, everyday words. With mee explain MEE184 FILE you see the "
            "figures of the invitation in your own plan."},
    .example =
        "communicatie:\n"
        "  uitnodiging: |\n"
        "    Wat vindt u van het centrum? Kom naar de inloopavond op 24 maart.\n"
        "    U kunt ook online meedoen.\n",
    .check = mee184,
    .values = values::readability,
};

void mee185(const RuleInput& in, const Flag& flag)
{
    const Node* c = communicatie(in);
    if (c == nullptr) return;
    const Node* uitnodiging = c->get("uitnodiging");
    if (uitnodiging != nullptr) {
        const auto text = text_value(uitnodiging);
        if (!text || is_filled(*text, static_cast<std::size_t>(in.profile.filled_min_words))) return;
    }
    flag(uitnodiging != nullptr ? uitnodiging->mark : top_key_mark(in.root, "communicatie"),
         say(in.lang, {"geen uitnodiging in communicatie, dus mee kan niet nagaan of die op B1-niveau is: zet de "
                       "tekst van de uitnodiging erbij",
                       "no uitnodiging in communicatie, so mee cannot check that it is B1 level: add the text of "
                       "the invitation"}));
}

extern const Rule MEE185{
    .code = "MEE185",
    .scope = Scope::plan,
    .severity = Severity::info,
    .section = "§2.1.5 stap 4",
    .title = {"geen uitnodiging om op B1 te toetsen", "no uitnodiging to check for B1"},
    .why = {"Het beleid vraagt uitnodigingen op B1-niveau (§2.1.5, stap 4). Zonder de tekst van de uitnodiging in het "
            "plan kan mee dat niet controleren.",
            "The policy asks for invitations at B1 level (§2.1.5, step 4). Without the text of the invitation in the "
            "plan, mee cannot check that."},
    .fix = {"Zet de tekst van de uitnodiging onder communicatie.uitnodiging. Schrijf uitnodiging: | en zet de tekst op "
            "de regels eronder, iets verder ingesprongen.",
            "Put the text of the invitation under communicatie.uitnodiging. Write uitnodiging: | and put the text on "
            "the lines below it, indented a little further."},
    .example =
        "communicatie:\n"
        "  uitnodiging: |\n"
        "    Wat vindt u van het centrum? Kom naar de inloopavond op 24 maart.\n"
        "    U kunt ook online meedoen.\n",
    .check = mee185,
};

void mee191(const RuleInput& in, const Flag& flag)
{
    const Node* c = capaciteit(in);
    if (c == nullptr || c->get("uren") != nullptr || c->get("budget") != nullptr) return;
    flag(top_key_mark(in.root, "capaciteit"),
         say(in.lang, {"capaciteit noemt geen uren en geen budget: schat in hoeveel tijd en geld de participatie "
                       "kost",
                       "capaciteit gives neither uren nor budget: estimate how much time and money the "
                       "participation costs"}));
}

extern const Rule MEE191{
    .code = "MEE191",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3",
    .title = {"geen uren en geen budget", "neither uren nor budget"},
    .why = {"Het beleid zegt: \"inwoners betrekken kost organisatiekracht. Hiervoor is capaciteit en geld nodig\" "
            "(§2.1.3, onderdeel 9). Het plan geeft daarom een raming van wat er nodig is.",
            "The policy says that involving residents takes organisational effort, and needs people's time and money "
            "(§2.1.3, part 9). So the plan gives an estimate of what is needed."},
    .fix = {"Vul onder capaciteit de uren in, het budget in euro's, of allebei. Schrijf onder toelichting waar het "
            "voor is.",
            "Under capaciteit, fill in the uren (hours), the budget in euros, or both. Write under toelichting what it "
            "is for."},
    .example =
        "capaciteit:\n"
        "  uren: 160\n"
        "  budget: 12500\n"
        "  toelichting: Procesbegeleider, zaalhuur, drukwerk en een online enquete.\n",
    .check = mee191,
};

void mee192(const RuleInput& in, const Flag& flag)
{
    const Node* c = capaciteit(in);
    const Node* budget = child(c, "budget");
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
    flag(budget->mark, say(in.lang,
                           {"YAML leest budget {0} als het getal {1}; bedoelt u {2} euro, schrijf dan {2} zonder punt",
                            "YAML reads budget {0} as the number {1}; if you mean {2} euros, write {2} without a dot"},
                           v, read, meant));
}

extern const Rule MEE192{
    .code = "MEE192",
    .scope = Scope::plan,
    .severity = Severity::warning,
    .section = "format",
    .title = {"budget met een punt als duizendtal", "budget written with a thousands dot"},
    .why = {"Het plan geeft een raming van het geld dat nodig is (§2.1.3, onderdeel 9). In het Nederlands is 12.500 "
            "twaalfduizend vijfhonderd, maar YAML leest 12.500 als twaalf en een half. Het budget lijkt dan duizend "
            "keer zo laag.",
            "The plan gives an estimate of the money needed (§2.1.3, part 9). In Dutch, 12.500 is twelve thousand five "
            "hundred, but YAML reads 12.500 as twelve and a half. The budget then looks a thousand times lower."},
    .fix = {"Schrijf het bedrag zonder punt, zoals budget: 12500. Gebruik een punt alleen voor centen, zoals 12500.50.",
            "Write the amount without a dot, as in budget: 12500. Use a dot only for cents, as in 12500.50."},
    .example =
        "capaciteit:\n"
        "  budget: 12500\n",
    .check = mee192,
};

}  // namespace mee::rules
