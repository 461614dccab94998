#include "rules/values.hpp"

#include "policy/calendar.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <vector>

namespace mee::values {

namespace {

std::string joined(const std::vector<std::string>& values)
{
    return fmt::format("{}", fmt::join(values, ", "));
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

std::string lowest_level(const Profile& p, Lang lang)
{
    return say(lang, {"  laagste niveau: {0}\n", "  lowest level: {0}\n"},
               p.levels.empty() ? "" : p.levels.front().key);
}

std::string domains(const Profile& p, Lang lang)
{
    return say(lang, {"  domeinen: {0}\n", "  domains: {0}\n"}, joined(p.domains));
}

std::string filled_words(const Profile& p, Lang lang)
{
    return say(
        lang,
        {"  gevuld: minstens {0} woorden, geen plaatshouder\n", "  filled: at least {0} words, not a placeholder\n"},
        p.filled_min_words);
}

std::string goals(const Profile& p, Lang lang)
{
    std::string out = say(lang, {"  doelen:\n", "  goals:\n"});
    for (const ProfileGoal& g : p.goals)
        out += fmt::format("    {}: {}\n", g.key, g.label.in(lang));
    return out;
}

std::string categories(const Profile& p, Lang lang)
{
    std::vector<std::string> keys = p.category_keys();
    std::string out = say(lang, {"  categorieën: {0}\n", "  categories: {0}\n"}, joined(keys));
    for (const auto& [quadrant, approach] : p.quadrants)
        out += fmt::format("    {}: {}\n", quadrant, approach.in(lang));
    return out;
}

std::string levels_by_kind(const Profile& p, Lang lang)
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

std::string werkvormen(const Profile& p, Lang lang)
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

std::string school_holidays(const Profile& p, Lang lang)
{
    std::string out = say(lang,
                          {"  schoolvakanties regio {0}, gegevens van {1} tot en met {2}:\n",
                           "  school holidays of region {0}, data from {1} to {2}:\n"},
                          p.school_region, format_date(p.school_covered_from), format_date(p.school_covered_to));
    std::vector<std::string> sources;
    for (const SchoolHoliday& h : p.school_holidays) {
        out += fmt::format("    {}: {} - {}{}\n", h.name, format_date(h.from), format_date(h.to),
                           h.provisional ? say(lang, {" (richtdata)", " (provisional)"}) : "");
        if (!h.source.empty() && std::find(sources.begin(), sources.end(), h.source) == sources.end())
            sources.push_back(h.source);
    }
    for (const std::string& source : sources)
        out += say(lang, {"    bron: {0}\n", "    source: {0}\n"}, source);
    return out;
}

std::string holidays(const Profile& p, Lang lang)
{
    return school_holidays(p, lang) + public_holiday_list(p, lang);
}

std::string busy_periods(const Profile& p, Lang lang)
{
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

std::string readability(const Profile& p, Lang lang)
{
    return say(lang,
               {"  Flesch-Douma leesgemak: minstens {0:g}\n  gemiddelde zinslengte: hoogstens {1:g} woorden\n",
                "  Flesch-Douma reading ease: at least {0:g}\n  mean sentence length: at most {1:g} words\n"},
               p.flesch_douma_min, p.sentence_length_max);
}

std::string intake_days(const Profile& p, Lang lang)
{
    return say(lang, {"  eerste contact binnen {0} dagen\n", "  first contact within {0} days\n"}, p.intake_days);
}

std::string places(const Profile& p, Lang lang)
{
    return say(lang, {"  kernen: {0}\n  buurtschappen: {1}\n", "  kernen: {0}\n  buurtschappen: {1}\n"},
               joined(p.kernen), joined(p.buurtschappen));
}

std::string eindverslag_days(const Profile& p, Lang lang)
{
    return say(lang,
               {"  eindverslag verwacht {0} dagen na het laatste planningsmoment\n",
                "  eindverslag expected {0} days after the last planning moment\n"},
               p.eindverslag_days);
}

}  // namespace mee::values
