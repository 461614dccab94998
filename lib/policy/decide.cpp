#include "policy/decide.hpp"

#include "base/filled.hpp"
#include "policy/plan_view.hpp"
#include "yaml/access.hpp"

#include <fmt/format.h>

#include <cctype>

namespace mee {

const std::array<Question, 3>& step1_questions()
{
    static const std::array<Question, 3> k_step1 = {{
        {"ruimte",
         {"Is er ruimte voor inbreng, of kunnen we die maken?", "Is there room for input, or can we make it?"},
         {"Kijk naar de juridische, inhoudelijke en financiële ruimte: ligt alles al vast, dan is meepraten "
          "schijnparticipatie.",
          "Look at the legal, substantive and financial room: if everything is fixed already, asking people's "
          "views is make-believe."},
         {"ja", "te-maken", "nee"}},
        {"geschikt",
         {"Is het onderwerp geschikt, of kunnen we het begrijpelijk maken?",
          "Is the subject suitable, or can we make it understandable?"},
         {"Kunnen inwoners er zinnig over meepraten? Een technisch onderwerp kan geschikt worden door het goed uit "
          "te leggen.",
          "Can residents talk about it sensibly? A technical subject can become suitable when it is explained well."},
         {"ja", "te-maken", "nee"}},
        {"capaciteit",
         {"Is er genoeg tijd en menskracht, of hoe kunnen we het anders organiseren?",
          "Is there enough time and staff, or how else can we organise it?"},
         {"Participatie kost uren en geld: is dat er, of kan het anders, bijvoorbeeld met inhuur of een kleinere "
          "aanpak?",
          "Participation costs hours and money: are they there, or can it be done otherwise, for instance by hiring "
          "help or a smaller approach?"},
         {"ja", "te-organiseren", "nee"}},
    }};
    return k_step1;
}

std::optional<std::string> canonical_answer(const Question& question, std::string_view typed)
{
    std::string word;
    bool gap = false;
    for (char c : typed) {
        if (c == ' ' || c == '\t' || c == '_' || c == '-' || c == '\r' || c == '\n') {
            gap = !word.empty();
            continue;
        }
        if (gap) word += '-';
        gap = false;
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (const char* answer : question.answers) {
        if (word == answer) return word;
    }
    return std::nullopt;
}

Decision decide_answers(const std::array<Answer, 3>& answers, Lang lang)
{
    Decision d;
    d.answers = answers;
    bool all_given = true;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const Answer& a = answers[i];
        const Question& q = step1_questions()[i];
        if (!a.value) {
            all_given = false;
            d.reasons.push_back(say(lang, {"{0}: nog geen antwoord", "{0}: no answer yet"}, q.key));
        } else if (*a.value == "nee") {
            d.outcome = Outcome::inform_only;
            d.reasons.push_back(
                say(lang, {"{0} is nee: {1}", "{0} is nee: {1}"}, q.key,
                    a.toelichting.empty() ? say(lang, {"(geen toelichting)", "(no toelichting)"}) : a.toelichting));
        } else if (*a.value != q.answers[0]) {
            d.reasons.push_back(
                say(lang, {"{0} is {1}: dat vraagt werk vooraf ({2})", "{0} is {1}: that needs work beforehand ({2})"},
                    q.key, *a.value,
                    a.toelichting.empty() ? say(lang, {"geen toelichting", "no toelichting"}) : a.toelichting));
        }
    }
    if (d.outcome != Outcome::inform_only) d.outcome = all_given ? Outcome::involve : Outcome::incomplete;
    return d;
}

Decision decide_plan(const Node& plan, const Profile& profile, Lang lang)
{
    std::array<Answer, 3> answers;
    const Node* afweging = plan.get("afweging");
    for (std::size_t i = 0; i < answers.size(); ++i) {
        answers[i].question = step1_questions()[i].key;
        const Node* q = child(afweging, answers[i].question);
        if (auto v = text_at(q, "antwoord")) answers[i].value = std::string(*v);
        // A placeholder toelichting ("nog invullen") is no toelichting.
        if (auto t = text_at(q, "toelichting"); t && has_content(*t)) answers[i].toelichting = std::string(*t);
    }
    Decision d = decide_answers(answers, lang);
    d.from_plan = true;
    const auto level = plan_level(plan);
    const std::string lowest = profile.levels.empty() ? "informeren" : profile.levels.front().key;
    if (d.outcome == Outcome::inform_only && level && *level != lowest) {
        d.consistency.push_back(say(lang,
                                    {"het plan kiest niveau {0}, maar de uitkomst is alleen informeren (MEE102)",
                                     "the plan chooses level {0}, but the outcome is inform only (MEE102)"},
                                    *level));
    }
    if (d.outcome == Outcome::involve && level && *level == lowest) {
        d.consistency.push_back(
            say(lang,
                {"de uitkomst is betrekken, maar het plan kiest niveau {0}: leg uit waarom (MEE104)",
                 "the outcome is involve, but the plan chooses level {0}: explain why (MEE104)"},
                *level));
    }
    if (!level) {
        d.consistency.push_back(
            say(lang, {"het plan noemt nog geen betrokkenheidsniveau", "the plan names no level yet"}));
    }
    return d;
}

std::string format_decision(const Decision& d, Lang lang)
{
    std::string out;
    for (std::size_t i = 0; i < d.answers.size(); ++i) {
        const Answer& a = d.answers[i];
        out += fmt::format("{:<11} {}\n", step1_questions()[i].key + std::string(":"),
                           a.value ? *a.value : say(lang, {"(geen antwoord)", "(no answer)"}));
    }
    out += "\n";
    switch (d.outcome) {
        case Outcome::involve:
            out += say(lang, {"Uitkomst: betrekken\n", "Outcome: involve (betrekken)\n"});
            break;
        case Outcome::inform_only:
            out += say(lang, {"Uitkomst: alleen informeren\n", "Outcome: inform only (alleen informeren)\n"});
            break;
        case Outcome::incomplete:
            out += say(lang, {"Uitkomst: nog niet te bepalen\n", "Outcome: cannot be decided yet\n"});
            break;
    }
    for (const std::string& r : d.reasons)
        out += "  - " + r + "\n";
    if (!d.from_plan) return out;
    if (!d.consistency.empty()) {
        out += say(lang, {"\nHet plan volgt de uitkomst niet:\n", "\nThe plan does not follow the outcome:\n"});
        for (const std::string& c : d.consistency)
            out += "  - " + c + "\n";
    } else if (d.outcome != Outcome::incomplete) {
        out += say(lang, {"\nHet plan volgt de uitkomst.\n", "\nThe plan follows the outcome.\n"});
    }
    return out;
}

namespace {

// A YAML scalar for `text`: plain when safe, else double-quoted.
std::string yaml_text(const std::string& text)
{
    bool plain = !text.empty() && text.find_first_of(":#'\"\n{}[],&*!|>%@`") == std::string::npos &&
                 text.front() != ' ' && text.back() != ' ' && text.front() != '-' && text.front() != '?';
    if (plain) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string afweging_block(const std::array<Answer, 3>& answers)
{
    std::string out = "afweging:\n";
    for (const Answer& a : answers) {
        out += "  " + a.question + ":\n";
        out += "    antwoord: " + a.value.value_or("") + "\n";
        out += "    toelichting: " + yaml_text(a.toelichting) + "\n";
    }
    out += "  besluitstuk:\n";
    out += "    soort:            # bestuursopdracht | collegevoorstel | raadsvoorstel\n";
    out += "    kenmerk:\n";
    return out;
}

}  // namespace mee
