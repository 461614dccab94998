#include "explain.hpp"

#include "calendar.hpp"
#include "readability.hpp"
#include "rule_catalog.hpp"
#include "rule_help.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace mee {

namespace {

std::string joined(const std::vector<std::string>& values)
{
    return fmt::format("{}", fmt::join(values, ", "));
}

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

std::string catalogue(const Profile& p, Lang lang)
{
    std::string out;
    for (const ProfileLevel& level : p.levels) {
        std::vector<std::string> offline;
        std::vector<std::string> online;
        for (const ProfileWerkvorm& w : p.werkvormen) {
            if (std::find(w.levels.begin(), w.levels.end(), level.key) != w.levels.end()) {
                (w.online ? online : offline).push_back(w.key);
            }
        }
        out += fmt::format("  {}: {}\n", level.key, joined(offline));
        if (!online.empty())
            out += fmt::format("  {} ({}): {}\n", level.key, say(lang, {"online", "online"}), joined(online));
    }
    return out;
}

std::string levels_table(const Profile& p, Lang lang)
{
    std::string out;
    const std::string always = p.levels.empty() ? "" : p.levels.front().key;
    for (const auto& [kind, levels] : p.levels_by_kind_of_work) {
        out += fmt::format("  {}: {}{}\n", kind, joined(levels),
                           kind == "beleid" && p.dorpsvisie_any_level
                               ? say(lang, {" (een dorpsvisie: elk niveau)", " (a dorpsvisie: any level)"})
                               : "");
    }
    out += say(lang, {"  {0} mag altijd\n", "  {0} is always allowed\n"}, always);
    return out;
}

std::string school_holidays(const Profile& p, Lang lang)
{
    std::string out = say(lang,
                          {"  schoolvakanties regio {0}, gegevens van {1} tot en met {2}:\n",
                           "  school holidays of region {0}, data from {1} to {2}:\n"},
                          p.school_region, format_date(p.school_covered_from), format_date(p.school_covered_to));
    for (const SchoolHoliday& h : p.school_holidays) {
        out += fmt::format("    {}: {} - {}\n", h.name, format_date(h.from), format_date(h.to));
    }
    return out;
}

std::string public_holiday_list(const Profile& p, Lang lang)
{
    const int year = p.school_covered_to.year > 0 ? p.school_covered_to.year : 2026;
    std::string out = say(lang,
                          {"  feestdagen (berekend, elk jaar), bijvoorbeeld {0}:\n",
                           "  public holidays (computed, every year), for example {0}:\n"},
                          year);
    for (const PublicHoliday& h : public_holidays(year))
        out += fmt::format("    {}: {}\n", format_date(h.date), h.name.in(lang));
    return out;
}

}  // namespace

std::string profile_values(std::string_view code, const Profile& p, Lang lang)
{
    const std::string words = say(
        lang,
        {"  gevuld: minstens {0} woorden, geen plaatshouder\n", "  filled: at least {0} words, not a placeholder\n"},
        p.filled_min_words);
    if (code == "MEE102" || code == "MEE104") {
        return say(lang, {"  laagste niveau: {0}\n", "  lowest level: {0}\n"},
                   p.levels.empty() ? "" : p.levels.front().key);
    }
    if (code == "MEE109") return say(lang, {"  domeinen: {0}\n", "  domains: {0}\n"}, joined(p.domains));
    if (code == "MEE101" || code == "MEE111" || code == "MEE121" || code == "MEE134" || code == "MEE182" ||
        code == "MEE183" || code == "MEE202" || code == "MEE206" || code == "MEE207" || code == "MEE213" ||
        code == "MEE303") {
        return words;
    }
    if (code == "MEE122" || code == "MEE208" || code == "MEE209") {
        std::string out = say(lang, {"  doelen:\n", "  goals:\n"});
        for (const ProfileGoal& g : p.goals)
            out += fmt::format("    {}: {}\n", g.key, g.label.in(lang));
        return out;
    }
    if (code == "MEE131" || code == "MEE132" || code == "MEE133") {
        std::vector<std::string> keys = p.category_keys();
        std::string out = say(lang, {"  categorieën: {0}\n", "  categories: {0}\n"}, joined(keys));
        for (const auto& [quadrant, approach] : p.quadrants)
            out += fmt::format("    {}: {}\n", quadrant, approach.in(lang));
        return out;
    }
    if (code == "MEE151") return levels_table(p, lang);
    if (code == "MEE161" || code == "MEE162" || code == "MEE163" || code == "MEE164" || code == "MEE204") {
        return catalogue(p, lang);
    }
    if (code == "MEE174") return school_holidays(p, lang) + public_holiday_list(p, lang);
    if (code == "MEE177") return school_holidays(p, lang);
    if (code == "MEE175") {
        std::string out;
        for (const BusyPeriod& b : p.busy_periods) {
            std::vector<std::string> months;
            for (int m : b.months)
                months.push_back(std::to_string(m));
            out += say(lang, {"  {0}: maand {1} ({2})\n", "  {0}: month {1} ({2})\n"}, b.category, joined(months),
                       b.reason.in(lang));
        }
        return out;
    }
    if (code == "MEE184") {
        return say(lang,
                   {"  Flesch-Douma leesgemak: minstens {0:g}\n  gemiddelde zinslengte: hoogstens {1:g} woorden\n",
                    "  Flesch-Douma reading ease: at least {0:g}\n  mean sentence length: at most {1:g} words\n"},
                   p.flesch_douma_min, p.sentence_length_max);
    }
    if (code == "MEE301" || code == "MEE302") {
        return say(lang, {"  eerste contact binnen {0} dagen\n", "  first contact within {0} days\n"}, p.intake_days);
    }
    if (code == "MEE310") {
        return say(lang, {"  kernen: {0}\n  buurtschappen: {1}\n", "  kernen: {0}\n  buurtschappen: {1}\n"},
                   joined(p.kernen), joined(p.buurtschappen));
    }
    if (code == "MEE402") {
        return say(lang,
                   {"  eindverslag verwacht {0} dagen na het laatste planningsmoment\n",
                    "  eindverslag expected {0} days after the last planning moment\n"},
                   p.report_days);
    }
    return "";
}

std::string rule_source(const RuleInfo& rule, Lang lang)
{
    if (rule.section == "format") {
        return say(lang, {"het documentformaat van mee (mee schema)", "mee's document format (mee schema)"});
    }
    if (rule.section.starts_with("profile:")) {
        return say(lang, {"het profiel, sleutel {0}", "the profile, key {0}"}, rule.section.substr(8));
    }
    return say(lang, {"beleid Met Elkaar 2.0, {0}", "policy Met Elkaar 2.0, {0}"}, rule.section);
}

std::string explain_rule(const RuleInfo& rule, const Profile& profile, Lang lang,
                         std::optional<std::string_view> uitnodiging)
{
    auto text = [&](Msg m) { return std::string(lang == Lang::nl ? m.nl : m.en); };
    std::string out = fmt::format("{} ({}): {}\n", rule.code, severity_name(rule.severity), text(rule.title));
    out += say(lang, {"Bron: {0}\n", "Source: {0}\n"}, rule_source(rule, lang));
    if (!rule.is_checked()) {
        out += "\n" + say(lang, {"Deze versie van mee past deze regel nog niet toe.\n",
                                 "This version of mee does not apply this rule yet.\n"});
    }
    if (rule.scope == Scope::file) {
        out += "\n" + text(rule.explanation) + "\n";
    } else if (const RuleHelp* help = find_rule_help(rule.code)) {
        out += "\n" + say(lang, {"Waarom: {0}\n", "Why: {0}\n"}, text(help->why));
        out += "\n" + say(lang, {"Oplossen: {0}\n", "How to fix: {0}\n"}, text(help->fix));
        if (!help->example.empty()) {
            out += "\n" + say(lang, {"Voorbeeld:\n", "Example:\n"}) + indent(help->example, "  ");
        }
    }
    if (rule.code.starts_with("MEE1") || rule.code.starts_with("MEE2") || rule.code.starts_with("MEE3")) {
        out += "\n" + say(lang, {"Afwijken: zet de regel met een motivering onder regelafwijkingen; de bevinding wordt "
                                 "dan info, \"gemotiveerd afgeweken\".\n",
                                 "Deviating: list the rule with a motivation under regelafwijkingen; the finding then "
                                 "becomes info, \"deviated with motivation\".\n"});
    }
    const std::string values = profile_values(rule.code, profile, lang);
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
