#include "agenda/output.hpp"

#include "agenda/ical.hpp"
#include "base/display.hpp"
#include "base/html.hpp"
#include "policy/calendar.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <functional>

namespace mee {

namespace {

constexpr const char* k_days_nl[] = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
constexpr const char* k_days_en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// "dinsdag 24 maart 2026" / "Tuesday 24 March 2026".
std::string day_text(const Date& d, Lang lang)
{
    return fmt::format("{} {} {} {}", (lang == Lang::nl ? k_days_nl : k_days_en)[weekday(d)], d.day,
                       month_name(d.month, lang), d.year);
}

// "24 maart 2026" / "24 March 2026".
std::string plain_date(const Date& d, Lang lang)
{
    return fmt::format("{} {} {}", d.day, month_name(d.month, lang), d.year);
}

// "Maart 2026": a heading starts with a capital, also in Dutch.
std::string month_heading(const Date& d, Lang lang)
{
    std::string name = month_name(d.month, lang);
    if (name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return fmt::format("{} {}", name, d.year);
}

std::string kind_label(std::string_view soort, Lang lang)
{
    if (soort == "participatie") return say(lang, {"participatie", "participation"});
    if (soort == "informatie") return say(lang, {"informatie", "information"});
    if (soort == "terugkoppeling") return say(lang, {"terugkoppeling", "feedback"});
    if (soort == "besluit") return say(lang, {"besluit", "decision"});
    return say(lang, {"overig", "other"});
}

// Who decides: a word of the fixed list, else the text as written.
std::string door_label(std::string_view door, Lang lang)
{
    if (door == "raad") return say(lang, {"gemeenteraad", "municipal council"});
    if (door == "college") return say(lang, {"college van burgemeester en wethouders", "mayor and aldermen"});
    if (door == "ambtelijk-opdrachtgever") return say(lang, {"ambtelijk opdrachtgever", "commissioning manager"});
    return std::string(door);
}

// Whether people can attend the moment, so an online alternative means
// something: not for a decision, which nobody attends in the calendar's sense.
bool attendable(const AgendaItem& item)
{
    return item.soort != "besluit";
}

std::string yes_no(bool value, Lang lang)
{
    return value ? say(lang, {"ja", "yes"}) : say(lang, {"nee", "no"});
}

std::string joined(const std::vector<std::string>& parts, const std::function<std::string(const std::string&)>& esc)
{
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : ", ") + esc(p);
    return out;
}

std::string places_label(const AgendaItem& item, Lang lang)
{
    return item.places.size() == 1 ? say(lang, {"Plaats", "Place"}) : say(lang, {"Plaatsen", "Places"});
}

std::string calendar_title(Lang lang)
{
    return say(lang, {"Participatiekalender", "Participation calendar"});
}

std::string range_sentence(const Agenda& agenda, Lang lang)
{
    return say(lang,
               {"Momenten uit de plannen van aanpak van {0} tot en met {1}.",
                "Moments from the participation plans, {0} to {1} inclusive."},
               plain_date(agenda.options.range.from, lang), plain_date(agenda.options.range.to, lang));
}

std::string concept_sentence(Lang lang)
{
    return say(lang, {"Momenten uit plannen die nog niet zijn vastgesteld, zijn gemarkeerd als concept: die kunnen nog "
                      "veranderen.",
                      "Moments from plans that have not been adopted yet are marked as draft: they may still "
                      "change."});
}

// The mark of a moment from a plan that is not adopted yet.
std::string draft_word(Lang lang)
{
    return say(lang, {"concept", "draft"});
}

std::string empty_sentence(Lang lang)
{
    return say(lang, {"Er zijn geen momenten in deze periode.", "There are no moments in this period."});
}

// The event's one-line title: "plan title: wat", or whichever there is.
std::string summary_of(const AgendaItem& item)
{
    if (item.plan_title.empty() && item.wat.empty()) return item.plan_id;
    if (item.plan_title.empty()) return item.wat;
    if (item.wat.empty()) return item.plan_title;
    return item.plan_title + ": " + item.wat;
}

bool new_month(const std::vector<AgendaItem>& items, std::size_t i)
{
    return i == 0 || items[i].date.year != items[i - 1].date.year || items[i].date.month != items[i - 1].date.month;
}

bool last_of_month(const std::vector<AgendaItem>& items, std::size_t i)
{
    return i + 1 == items.size() || new_month(items, i + 1);
}

constexpr const char* k_css =
    R"(.mee-agenda{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#fff;max-width:48rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
.mee-agenda h1{font-size:1.75rem;line-height:1.2;margin:0 0 .5rem}
.mee-agenda h2{font-size:1.35rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid #005a78}
.mee-agenda h3{font-size:1.1rem;margin:0 0 .25rem}
.mee-agenda ul{list-style:none;margin:0;padding:0}
.mee-agenda li{margin:.75rem 0;padding:.75rem 1rem;background:#f3f6f8;border-left:.35rem solid #005a78}
.mee-agenda li.mee-agenda-terugkoppeling{border-left-color:#2e7d32}
.mee-agenda li.mee-agenda-besluit{border-left-color:#6a1b9a}
.mee-agenda li.mee-agenda-informatie,.mee-agenda li.mee-agenda-overig{border-left-color:#5f6b73}
.mee-agenda dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}
.mee-agenda dt{font-weight:600}
.mee-agenda dd{margin:0}
.mee-agenda .mee-agenda-concept{font-size:.9rem;font-weight:normal;padding:0 .4rem;border:1px solid currentColor;border-radius:.25rem}
@media (max-width:30rem){.mee-agenda dl{grid-template-columns:1fr}.mee-agenda dd{margin-bottom:.35rem}}
@media print{.mee-agenda li{break-inside:avoid;background:none}}
)";

}  // namespace

std::string agenda_ics(const Agenda& agenda, const Profile& profile)
{
    const Lang lang = agenda.options.lang;
    std::string out;
    const auto line = [&out](std::string_view text) { out += ical_line(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(lang == Lang::nl ? "PRODID:-//mee//Met Elkaar agenda//NL" : "PRODID:-//mee//Met Elkaar agenda//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    const std::string name = profile.name.empty() ? calendar_title(lang) : calendar_title(lang) + " - " + profile.name;
    line("X-WR-CALNAME:" + ical_text(name));
    line("X-WR-CALDESC:" + ical_text(range_sentence(agenda, lang)));
    for (const AgendaItem& item : agenda.items) {
        line("BEGIN:VEVENT");
        line("UID:" + ical_text(item.uid));
        // DTSTAMP comes from the plan (agenda/agenda.hpp, plan_stamp), not the clock:
        // the same documents give the same file.
        line("DTSTAMP:" + ical_midnight_utc(item.stamp));
        line("DTSTART;VALUE=DATE:" + ical_date(item.date));
        line("DTEND;VALUE=DATE:" + ical_date(add_days(item.date, 1)));
        std::string summary = summary_of(item);
        if (!item.adopted) summary += " (" + draft_word(lang) + ")";
        line("SUMMARY:" + ical_text(summary));
        std::string description = say(lang, {"Soort: {0}", "Kind: {0}"}, kind_label(item.soort, lang));
        if (!item.door.empty())
            description += say(lang, {"\nBesluit door: {0}", "\nDecided by: {0}"}, door_label(item.door, lang));
        if (!item.doelgroepen.empty()) {
            description += say(lang, {"\nVoor: {0}", "\nFor: {0}"},
                               joined(item.doelgroepen, [](const std::string& s) { return s; }));
        }
        if (attendable(item)) {
            description += say(lang, {"\nOnline alternatief: {0}", "\nOnline alternative: {0}"},
                               yes_no(item.online_alternatief, lang));
        }
        // The places named in the plan's title, not the venue: LOCATION would say the venue.
        if (!item.places.empty()) {
            description += fmt::format("\n{}: {}", places_label(item, lang),
                                       joined(item.places, [](const std::string& p) { return p; }));
        }
        description += say(lang, {"\nPlan: {0}", "\nPlan: {0}"}, item.plan_id);
        if (!item.adopted) description += say(lang, {" (concept, nog niet vastgesteld)", " (draft, not adopted yet)"});
        line("DESCRIPTION:" + ical_text(description));
        line("CATEGORIES:" + ical_text(item.soort));
        line(item.adopted ? "STATUS:CONFIRMED" : "STATUS:TENTATIVE");
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

std::string agenda_html(const Agenda& agenda, const Profile& profile)
{
    const Lang lang = agenda.options.lang;
    const auto esc = [](const std::string& s) { return escape_html(s); };
    const std::string title = profile.name.empty() ? calendar_title(lang) : calendar_title(lang) + " - " + profile.name;
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n"
        "<style>\n{}</style>\n</head>\n<body>\n<main>\n<div class=\"mee-agenda\">\n<h1>{}</h1>\n",
        lang == Lang::nl ? "nl" : "en", escape_html(title), k_css, escape_html(calendar_title(lang)));
    if (!profile.name.empty()) out += fmt::format("<p>{}</p>\n", escape_html(profile.name));
    out += fmt::format("<p>{}</p>\n", escape_html(range_sentence(agenda, lang)));
    if (agenda.options.include_concept == IncludeConcept::yes)
        out += fmt::format("<p>{}</p>\n", escape_html(concept_sentence(lang)));
    if (agenda.items.empty()) out += fmt::format("<p>{}</p>\n", escape_html(empty_sentence(lang)));
    const auto& items = agenda.items;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const AgendaItem& item = items[i];
        if (new_month(items, i)) {
            const std::string id = fmt::format("mee-agenda-{:04}-{:02}", item.date.year, item.date.month);
            out += fmt::format("<section aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>\n<ul>\n", id,
                               escape_html(month_heading(item.date, lang)));
        }
        out += fmt::format("<li class=\"mee-agenda-{}\">\n<h3>{}", escape_html(item.soort),
                           escape_html(item.wat.empty() ? summary_of(item) : item.wat));
        if (!item.adopted)
            out += fmt::format(" <span class=\"mee-agenda-concept\">{}</span>", escape_html(draft_word(lang)));
        out += "</h3>\n<dl>\n";
        const auto row = [&out](const std::string& term, const std::string& html) {
            out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", escape_html(term), html);
        };
        row(say(lang, {"Datum", "Date"}), fmt::format("<time datetime=\"{}\">{}</time>", format_date(item.date),
                                                      escape_html(day_text(item.date, lang))));
        row(say(lang, {"Soort", "Kind"}), escape_html(kind_label(item.soort, lang)));
        if (!item.door.empty())
            row(say(lang, {"Besluit door", "Decided by"}), escape_html(door_label(item.door, lang)));
        if (!item.plan_title.empty() && !item.wat.empty())
            row(say(lang, {"Project", "Project"}), escape_html(item.plan_title));
        if (!item.places.empty()) row(places_label(item, lang), joined(item.places, esc));
        if (!item.doelgroepen.empty()) row(say(lang, {"Voor", "For"}), joined(item.doelgroepen, esc));
        if (attendable(item)) {
            row(say(lang, {"Online alternatief", "Online alternative"}),
                escape_html(yes_no(item.online_alternatief, lang)));
        }
        row(say(lang, {"Plan", "Plan"}), escape_html(item.plan_id));
        out += "</dl>\n</li>\n";
        if (last_of_month(items, i)) out += "</ul>\n</section>\n";
    }
    out += "</div>\n</main>\n</body>\n</html>\n";
    return out;
}

std::string agenda_markdown(const Agenda& agenda, const Profile& profile)
{
    const Lang lang = agenda.options.lang;
    const auto esc = [](const std::string& s) { return escape_markdown(s); };
    std::string out = fmt::format("# {}\n\n", calendar_title(lang));
    if (!profile.name.empty()) out += escape_markdown(profile.name) + "\n\n";
    out += range_sentence(agenda, lang) + "\n";
    if (agenda.options.include_concept == IncludeConcept::yes) out += "\n" + concept_sentence(lang) + "\n";
    if (agenda.items.empty()) out += "\n" + empty_sentence(lang) + "\n";
    const auto& items = agenda.items;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const AgendaItem& item = items[i];
        if (new_month(items, i)) out += fmt::format("\n## {}\n\n", month_heading(item.date, lang));
        out += fmt::format("- **{}**: {}{}\n", day_text(item.date, lang),
                           escape_markdown(item.wat.empty() ? summary_of(item) : item.wat),
                           item.adopted ? "" : " *(" + draft_word(lang) + ")*");
        out += fmt::format("  - {}: {}\n", say(lang, {"Soort", "Kind"}), kind_label(item.soort, lang));
        if (!item.door.empty())
            out += fmt::format("  - {}: {}\n", say(lang, {"Besluit door", "Decided by"}),
                               escape_markdown(door_label(item.door, lang)));
        if (!item.plan_title.empty() && !item.wat.empty()) {
            out += fmt::format("  - {}: {}\n", say(lang, {"Project", "Project"}), escape_markdown(item.plan_title));
        }
        if (!item.places.empty())
            out += fmt::format("  - {}: {}\n", places_label(item, lang), joined(item.places, esc));
        if (!item.doelgroepen.empty())
            out += fmt::format("  - {}: {}\n", say(lang, {"Voor", "For"}), joined(item.doelgroepen, esc));
        if (attendable(item)) {
            out += fmt::format("  - {}: {}\n", say(lang, {"Online alternatief", "Online alternative"}),
                               yes_no(item.online_alternatief, lang));
        }
        out += fmt::format("  - {}: {}\n", say(lang, {"Plan", "Plan"}), escape_markdown(item.plan_id));
    }
    return out;
}

std::string agenda_json(const Agenda& agenda)
{
    using Json = nlohmann::ordered_json;
    Json moments = Json::array();
    for (const AgendaItem& item : agenda.items) {
        moments.push_back(Json{
            {"date", format_date(item.date)},
            {"kind", item.soort},
            {"what", item.wat},
            {"decided_by", item.door.empty() ? Json(nullptr) : Json(item.door)},
            {"target_groups", item.doelgroepen},
            {"online_alternative", item.online_alternatief},
            {"places", item.places},
            {"plan", Json{{"id", item.plan_id},
                          {"title", item.plan_title},
                          {"status", item.adopted ? "vastgesteld" : "concept"},
                          {"path", item.plan_path}}},
            {"uid", item.uid},
        });
    }
    const Json doc{{"from", format_date(agenda.options.range.from)},
                   {"to", format_date(agenda.options.range.to)},
                   {"kinds", agenda.options.kinds},
                   {"include_concept", agenda.options.include_concept == IncludeConcept::yes},
                   {"moments", moments}};
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace mee
