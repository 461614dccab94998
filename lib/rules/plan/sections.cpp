// The nine sections of §2.1.3 "Tenslotte" and their texts: MEE110, MEE111.

#include "base/filled.hpp"
#include "base/suggest.hpp"
#include "policy/plan_view.hpp"
#include "rules/rule.hpp"
#include "rules/values.hpp"
#include "yaml/access.hpp"

#include <algorithm>

namespace mee::rules {

namespace {

const Msg k_section_names[] = {
    {"1, de opgave", "1, the task"},
    {"2, de doelen van participatie", "2, the goals of participation"},
    {"3, de omgevingsanalyse", "3, the stakeholder analysis"},
    {"4, de kaders", "4, the frameworks"},
    {"5, het betrokkenheidsniveau", "5, the level of involvement"},
    {"6, de werkvormen", "6, the methods"},
    {"7, de planning", "7, the planning"},
    {"8, de communicatie", "8, the communication"},
    {"9, de capaciteit", "9, the capacity"},
};

// Whether the plan has a key that is not a section but a misspelling of
// `name`: then MEE005 already names the cause ("one finding per cause").
bool misspelt(const Node& plan, std::string_view name)
{
    const std::vector<std::string> wanted{std::string(name)};
    for (const Entry& e : plan.entries) {
        if (std::find(std::begin(k_plan_sections), std::end(k_plan_sections), e.key) != std::end(k_plan_sections))
            continue;
        if (did_you_mean(e.key, wanted)) return true;
    }
    return false;
}

bool required(std::string_view name, bool inform_only)
{
    if (!inform_only) return true;
    return std::find(std::begin(k_inform_only_sections), std::end(k_inform_only_sections), name) !=
           std::end(k_inform_only_sections);
}

// A text that is there (not null) but not filled: its node, else nullptr.
const Node* unfilled(const Node* parent, std::string_view key, int min_words)
{
    if (parent == nullptr || !parent->is_mapping()) return nullptr;
    const Node* value = parent->get(key);
    const auto text = text_value(value);
    if (!text || is_filled(*text, static_cast<std::size_t>(min_words))) return nullptr;
    return value;
}

}  // namespace

void mee110(const RuleInput& in, const Flag& flag)
{
    const bool inform_only = is_inform_only(in.root, in.profile);
    for (std::size_t i = 0; i < std::size(k_plan_sections); ++i) {
        const std::string_view name = k_plan_sections[i];
        if (!required(name, inform_only)) continue;
        const Entry* entry = in.root.entry(name);
        if (section_missing(in.root, name)) {
            if (entry == nullptr && misspelt(in.root, name)) continue;
            const bool empty = entry != nullptr;
            flag(top_key_mark(in.root, name),
                 empty ? say(in.lang,
                             {"onderdeel {0} ({1}) is leeg: vul het in", "section {0} ({1}) is empty: fill it in"},
                             say(in.lang, k_section_names[i]), name)
                       : say(in.lang, {"onderdeel {0} ({1}) ontbreekt{2}", "section {0} ({1}) is missing{2}"},
                             say(in.lang, k_section_names[i]), name,
                             inform_only ? say(in.lang, {" (ook een plan dat alleen informeert heeft het nodig)",
                                                         " (an inform-only plan needs it too)"})
                                         : ""));
            continue;
        }
        if (name == "betrokkenheidsniveau" && entry->value.is_mapping() && entry->value.get("niveau") == nullptr) {
            flag(entry->key_mark, say(in.lang, {"betrokkenheidsniveau noemt geen niveau: kies het niveau van het plan",
                                                "betrokkenheidsniveau names no niveau: choose the plan's level"}));
        }
    }
}

extern const Rule MEE110{
    .code = "MEE110",
    .scope = Scope::plan,
    .severity = Severity::error,
    .section = "§2.1.3",
    .title = {"verplicht onderdeel ontbreekt of is leeg", "a required section is missing or empty"},
    .why =
        {"Het beleid geeft het plan van aanpak een vaste opbouw van negen onderdelen (§2.1.3, \"Tenslotte: plan van "
         "aanpak uitwerken\"). Zo weet iedereen vooraf waar het over gaat en wat er gebeurt. Een plan met alleen "
         "informeren heeft minder nodig (§2.1.2): de opgave, het betrokkenheidsniveau, de planning en de communicatie.",
         "The policy gives the plan a fixed structure of nine parts (§2.1.3, \"Tenslotte: plan van aanpak "
         "uitwerken\"). That way everyone knows beforehand what it is about and what will happen. A plan that only "
         "informs needs less (§2.1.2): the opgave, the betrokkenheidsniveau, the planning and the communicatie."},
    .fix = {"Voeg het onderdeel toe dat de melding noemt en vul het in. mee init plan laat zien hoe alle onderdelen "
            "eruitzien.",
            "Add the section the finding names and fill it in. mee init plan shows what every section looks like."},
    .example =
        "opgave:\n"
        "  beschrijving: Het centrum is verouderd, onoverzichtelijk voor fietsers en mist groen.\n"
        "  voorgeschiedenis: In 2019 is een schetsontwerp gemaakt dat niet is uitgevoerd.\n"
        "  aanleiding:\n"
        "    - Motie M-2025-12 Levendig centrum Lemelerveld\n",
    .check = mee110,
};

void mee111(const RuleInput& in, const Flag& flag)
{
    const int words = in.profile.filled_min_words;
    auto check = [&](const Node* node, std::string_view what) {
        if (node == nullptr) return;
        if (!node->value.empty() && is_placeholder(node->value)) {
            flag(node->mark,
                 say(in.lang,
                     {"{0} is niet ingevuld: '{1}' is een plaatshouder; schrijf de tekst (minstens {2} woorden)",
                      "{0} is not filled: '{1}' is a placeholder; write the text (at least {2} words)"},
                     what, node->value, words));
        } else {
            flag(node->mark, say(in.lang,
                                 {"{0} is niet ingevuld: {1} woord(en), schrijf er minstens {2}",
                                  "{0} is not filled: {1} word(s), write at least {2}"},
                                 what, count_words(node->value), words));
        }
    };
    if (in.kind == DocKind::plan) {
        const bool inform_only = is_inform_only(in.root, in.profile);
        const Node* opgave = in.root.get("opgave");
        check(unfilled(opgave, "beschrijving", words), "opgave.beschrijving");
        check(unfilled(opgave, "voorgeschiedenis", words), "opgave.voorgeschiedenis");
        if (!inform_only) {
            for (const Node& kader : items_of(in.root.get("kaders")))
                check(unfilled(&kader, "beschrijving", words), "kaders[].beschrijving");
        }
        check(unfilled(in.root.get("betrokkenheidsniveau"), "motivering", words), "betrokkenheidsniveau.motivering");
        if (!inform_only) check(unfilled(in.root.get("capaciteit"), "toelichting", words), "capaciteit.toelichting");
    }
    for (const Node& entry : items_of(in.root.get("regelafwijkingen"))) {
        check(unfilled(&entry, "motivering", words), "regelafwijkingen[].motivering");
    }
}

extern const Rule MEE111{
    .code = "MEE111",
    .scope = Scope::any,
    .severity = Severity::warning,
    .section = "§2.1.3",
    .title = {"tekst niet ingevuld", "text not filled"},
    .why = {"Het beleid vraagt een plan dat vooraf duidelijk maakt waar het over gaat, wat vastligt en wat het kost "
            "(§2.1.3). Voor een afwijking van de regels vraagt het een goede uitleg (§2.3.1). Een plaatshouder zoals "
            "\"PM\" of \"nog invullen\", of een tekst die te kort is, zegt de lezer niets.",
            "The policy asks for a plan that makes clear beforehand what it is about, what is fixed and what it costs "
            "(§2.1.3). For a deviation from the rules it asks for a good explanation (§2.3.1). A placeholder such as "
            "\"PM\" or \"nog invullen\", or a text that is too short, tells the reader nothing."},
    .fix = {"Schrijf op de plek die de melding noemt een echte tekst, minstens een hele zin. Weet u nog niet alles, "
            "schrijf dan op wat u al weet.",
            "At the place the finding names, write a real text of at least one whole sentence. If you do not know "
            "everything yet, write down what you already know."},
    .example =
        "capaciteit:\n"
        "  uren: 160\n"
        "  budget: 12500\n"
        "  toelichting: Procesbegeleider, zaalhuur, drukwerk en een online enquete.\n",
    .check = mee111,
    .values = values::filled_words,
};

}  // namespace mee::rules
