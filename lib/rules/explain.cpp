#include "rules/explain.hpp"

#include "policy/readability.hpp"
#include "rules/catalog.hpp"

#include <fmt/format.h>

namespace mee {

namespace {

std::string indent(std::string_view text, std::string_view by)
{
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        out += std::string(by) + std::string(text.substr(start, end - start)) + "\n";
        start = end + 1;
    }
    return out;
}

}  // namespace

std::string profile_values(std::string_view code, const Profile& profile, Lang lang)
{
    const Rule* rule = find_rule(code);
    return rule != nullptr && rule->values != nullptr ? rule->values(profile, lang) : std::string();
}

std::string rule_source(const Rule& rule, Lang lang)
{
    if (rule.section == "format") {
        return say(lang, {"het documentformaat van mee (mee schema)", "mee's document format (mee schema)"});
    }
    if (rule.section.starts_with("profile:")) {
        return say(lang, {"het profiel, sleutel {0}", "the profile, key {0}"}, rule.section.substr(8));
    }
    return say(lang, {"beleid Met Elkaar 2.0, {0}", "policy Met Elkaar 2.0, {0}"}, rule.section);
}

std::string explain_rule(const Rule& rule, const Profile& profile, Lang lang,
                         std::optional<std::string_view> uitnodiging)
{
    std::string out = fmt::format("{} ({}): {}\n", rule.code, severity_name(rule.severity), rule.title.in(lang));
    out += say(lang, {"Bron: {0}\n", "Source: {0}\n"}, rule_source(rule, lang));
    if (!rule.is_checked()) {
        out += "\n" + say(lang, {"Deze versie van mee past deze regel nog niet toe.\n",
                                 "This version of mee does not apply this rule yet.\n"});
    }
    if (rule.scope == Scope::file) {
        out += "\n" + std::string(rule.why.in(lang)) + "\n";
    } else {
        out += "\n" + say(lang, {"Waarom: {0}\n", "Why: {0}\n"}, rule.why.in(lang));
        out += "\n" + say(lang, {"Oplossen: {0}\n", "How to fix: {0}\n"}, rule.fix.in(lang));
        if (!rule.example.empty()) {
            out += "\n" + say(lang, {"Voorbeeld:\n", "Example:\n"}) + indent(rule.example, "  ");
        }
    }
    if (rule.code.starts_with("MEE1") || rule.code.starts_with("MEE2") || rule.code.starts_with("MEE3")) {
        out += "\n" + say(lang, {"Afwijken: zet de regel met een motivering onder regelafwijkingen; de bevinding wordt "
                                 "dan info, \"gemotiveerd afgeweken\".\n",
                                 "Deviating: list the rule with a motivation under regelafwijkingen; the finding then "
                                 "becomes info, \"deviated with motivation\".\n"});
    }
    const std::string values = rule.values != nullptr ? rule.values(profile, lang) : std::string();
    if (!values.empty()) {
        out += "\n" + say(lang, {"Uit het profiel ({0}):\n", "From the profile ({0}):\n"}, profile.id) + values;
    }
    if (uitnodiging) {
        const Readability r = measure_readability(*uitnodiging);
        out += "\n" + say(lang,
                          {"Deze uitnodiging: {0} zinnen, {1} woorden, {2} lettergrepen; {3} woorden per zin, "
                           "{4} lettergrepen per woord; leesgemak {5}\n",
                           "This invitation: {0} sentences, {1} words, {2} syllables; {3} words per sentence, "
                           "{4} syllables per word; reading ease {5}\n"},
                          r.sentences, r.words, r.syllables, decimal(r.words_per_sentence, 1, lang),
                          decimal(r.syllables_per_word, 2, lang), decimal(r.flesch_douma, 1, lang));
    }
    return out;
}

}  // namespace mee
