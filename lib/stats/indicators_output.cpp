#include "stats/indicators_output.hpp"

#include "base/html.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace mee {

namespace {

// One figure of the summary, in every form the same.
struct Row {
    Row(std::string key_, std::string label_, std::optional<double> value_, int decimals_ = 0, std::string n_ = "",
        bool percent_ = false)
        : key(std::move(key_)),
          label(std::move(label_)),
          value(value_),
          decimals(decimals_),
          n(std::move(n_)),
          percent(percent_)
    {
    }
    std::string key;    // machine name, for json and csv
    std::string label;  // for people
    std::optional<double> value;
    int decimals = 0;
    std::string n;  // "n = 12" beside means, medians and shares
    bool percent = false;
};

struct Group {
    std::string key;
    std::string title;
    std::vector<Row> rows;
    bool chart = false;  // a distribution: drawn as bars in HTML
};

std::optional<double> share(int part, int whole)
{
    if (whole == 0) return std::nullopt;
    return 100.0 * part / whole;
}

std::string n_of(int n)
{
    return fmt::format("n = {}", n);
}

void add_tally(std::vector<Group>& groups, std::string key, std::string title, const Tally& tally)
{
    Group g{std::move(key), std::move(title), {}, true};
    for (const auto& [value, count] : tally)
        g.rows.push_back(Row{value, value, count, 0, "", false});
    groups.push_back(std::move(g));
}

void add_summary(Group& g, const std::string& key, const std::string& what, const Summary& s, Lang lang, bool with_p90,
                 bool with_min)
{
    g.rows.push_back(Row{key + ".mean", say(lang, {"{0}: gemiddelde", "{0}: mean"}, what), s.mean, 1, n_of(s.n)});
    g.rows.push_back(Row{key + ".median", say(lang, {"{0}: mediaan", "{0}: median"}, what), s.median, 1, n_of(s.n)});
    if (with_p90)
        g.rows.push_back(
            Row{key + ".p90", say(lang, {"{0}: 90e percentiel", "{0}: 90th percentile"}, what), s.p90, 1, n_of(s.n)});
    if (with_min)
        g.rows.push_back(Row{key + ".min", say(lang, {"{0}: laagste", "{0}: minimum"}, what), s.min, 0, n_of(s.n)});
}

std::vector<Group> groups_of(const Indicators& ind, Lang lang)
{
    std::vector<Group> groups;
    Group plans{"plannen", say(lang, {"Plannen van aanpak", "Participation plans"}), {}};
    plans.rows.push_back(Row{"plans", say(lang, {"plannen", "plans"}), ind.plans});
    groups.push_back(plans);
    add_tally(groups, "plans.soort_werk", say(lang, {"Plannen naar soort werk", "Plans by kind of work"}),
              ind.plans_by_soort_werk);
    add_tally(groups, "plans.domein", say(lang, {"Plannen naar domein", "Plans by domain"}), ind.plans_by_domein);
    add_tally(groups, "plans.onderdeel_van", say(lang, {"Plannen naar onderdeel van", "Plans by part of"}),
              ind.plans_by_onderdeel_van);
    add_tally(groups, "plans.niveau", say(lang, {"Plannen naar betrokkenheidsniveau", "Plans by level"}),
              ind.plans_by_level);
    add_tally(groups, "plans.status", say(lang, {"Vastgesteld of concept", "Adopted or concept"}), ind.plans_by_status);

    Group complete{"compleetheid", say(lang, {"Compleetheid", "Completeness"}), {}};
    add_summary(complete, "plan_score", say(lang, {"score plannen", "plan score"}), ind.plan_scores, lang, false, true);
    complete.rows.push_back(Row{"plan_score.100", say(lang, {"plannen met score 100", "plans scoring 100"}),
                                ind.plans_scoring_100, 0, n_of(ind.plan_scores.n)});
    add_summary(complete, "report_score", say(lang, {"score eindverslagen", "report score"}), ind.eindverslag_scores,
                lang, false, true);
    complete.rows.push_back(Row{"report_score.100", say(lang, {"eindverslagen met score 100", "reports scoring 100"}),
                                ind.reports_scoring_100, 0, n_of(ind.eindverslag_scores.n)});
    groups.push_back(complete);
    add_tally(groups, "plan_score.bands", say(lang, {"Scores van plannen", "Plan scores"}), ind.plan_score_bands);
    add_tally(groups, "report_score.bands", say(lang, {"Scores van eindverslagen", "Report scores"}),
              ind.report_score_bands);

    Group reports{"eindverslagen", say(lang, {"Eindverslagen", "End reports"}), {}};
    reports.rows.push_back(Row{"reports", say(lang, {"eindverslagen", "end reports"}), ind.reports});
    reports.rows.push_back(Row{
        "plans_ending_with_report",
        say(lang,
            {"plannen die dit jaar eindigden met een eindverslag", "plans that ended this year with an end report"}),
        share(ind.plans_ending_with_eindverslag, ind.plans_ending), 1, n_of(ind.plans_ending), true});
    groups.push_back(reports);
    add_tally(groups, "inbreng.verwerking", say(lang, {"Inbreng naar verwerking", "Input by what was done with it"}),
              ind.inbreng_by_verwerking);

    Group initiatives{"initiatieven", say(lang, {"Inwonersinitiatieven", "Citizens' initiatives"}), {}};
    initiatives.rows.push_back(Row{"initiatives", say(lang, {"ingediend", "submitted"}), ind.initiatives});
    add_summary(initiatives, "lead_time_days", say(lang, {"doorlooptijd in dagen", "lead time in days"}),
                ind.lead_time_days, lang, true, false);
    initiatives.rows.push_back(Row{"undecided", say(lang, {"nog niet besloten", "not yet decided"}), ind.undecided});
    initiatives.rows.push_back(Row{"contact_in_time.count",
                                   say(lang, {"eerste contact binnen 28 dagen", "first contact within 28 days"}),
                                   ind.contact_in_time, 0, n_of(ind.contact_considered)});
    initiatives.rows.push_back(
        Row{"contact_in_time.share",
            say(lang, {"eerste contact binnen 28 dagen, aandeel", "first contact within 28 days, share"}),
            share(ind.contact_in_time, ind.contact_considered), 1, n_of(ind.contact_considered), true});
    initiatives.rows.push_back(Row{"tevredenheid.mean",
                                   say(lang, {"tevredenheid (1-5): gemiddelde", "satisfaction (1-5): mean"}),
                                   ind.tevredenheid.mean, 1, n_of(ind.tevredenheid.n)});
    groups.push_back(initiatives);
    add_tally(groups, "initiatives.kern", say(lang, {"Initiatieven naar kern", "Initiatives by place"}),
              ind.initiatives_by_kern);
    add_tally(groups, "initiatives.type", say(lang, {"Initiatieven naar soort", "Initiatives by type"}),
              ind.initiatives_by_type);
    add_tally(groups, "initiatives.omvang", say(lang, {"Initiatieven naar omvang", "Initiatives by size"}),
              ind.initiatives_by_omvang);
    add_tally(groups, "initiatives.uitkomst", say(lang, {"Initiatieven naar uitkomst", "Initiatives by outcome"}),
              ind.initiatives_by_uitkomst);
    add_tally(groups, "initiatives.ondersteuning", say(lang, {"Ondersteuning naar soort", "Support by kind"}),
              ind.ondersteuning);
    return groups;
}

// The previous year's value of the same row, by key.
std::optional<double> previous_value(const std::vector<Group>& previous, const std::string& group,
                                     const std::string& key)
{
    for (const Group& g : previous) {
        if (g.key != group) continue;
        for (const Row& r : g.rows) {
            if (r.key == key) return r.value;
        }
    }
    return std::nullopt;
}

std::string number(std::optional<double> v, int decimals, bool percent, Lang lang)
{
    if (!v) return "–";
    return decimal(*v, decimals, lang) + (percent ? "%" : "");
}

std::string change(std::optional<double> now, std::optional<double> before, int decimals, Lang lang)
{
    if (!now || !before) return "–";
    const double d = *now - *before;
    const std::string text = decimal(std::fabs(d), decimals, lang);
    if (text == decimal(0, decimals, lang)) return "0";
    return (d > 0 ? "+" : "−") + text;
}

double json_number(double v)
{
    return std::round(v * 1000) / 1000;
}

}  // namespace

std::string format_indicators_md(const Indicators& cur, const std::optional<Indicators>& prev, Lang lang)
{
    const auto groups = groups_of(cur, lang);
    const auto before = prev ? groups_of(*prev, lang) : std::vector<Group>{};
    std::string out = say(lang,
                          {"# Inwonerbetrokkenheid {0}: jaarlijkse indicatoren\n\n",
                           "# Citizen participation {0}: annual indicators\n\n"},
                          cur.year);
    out += say(lang, {"Volgens §3.6 van Met Elkaar 2.0. Berekend door mee uit de documenten van het jaar.\n",
                      "Following §3.6 of Met Elkaar 2.0. Computed by mee from the year's documents.\n"});
    for (const Group& g : groups) {
        out += "\n## " + escape_markdown(g.title) + "\n\n";
        if (prev) {
            out += say(lang,
                       {"| | {0} | {1} | verschil | n |\n|---|---:|---:|---:|---|\n",
                        "| | {0} | {1} | change | n |\n|---|---:|---:|---:|---|\n"},
                       cur.year, cur.year - 1);
        } else {
            out += fmt::format("| | {} | n |\n|---|---:|---|\n", cur.year);
        }
        for (const Row& r : g.rows) {
            const std::string now = number(r.value, r.decimals, r.percent, lang);
            if (prev) {
                const auto old = previous_value(before, g.key, r.key);
                out +=
                    fmt::format("| {} | {} | {} | {} | {} |\n", escape_markdown(r.label), now,
                                number(old, r.decimals, r.percent, lang), change(r.value, old, r.decimals, lang), r.n);
            } else {
                out += fmt::format("| {} | {} | {} |\n", escape_markdown(r.label), now, r.n);
            }
        }
    }
    if (!cur.left_out.empty()) {
        out += "\n## " + say(lang, {"Niet meegeteld", "Left out"}) + "\n\n";
        for (const LeftOut& l : cur.left_out)
            // A file name is any bytes: escaped as text, never a code span it could close.
            out += fmt::format("- {}: {}\n", escape_markdown(terminal_safe(l.path)), escape_markdown(l.reason));
    }
    return out;
}

std::string format_indicators_json(const Indicators& cur, const std::optional<Indicators>& prev)
{
    using Json = nlohmann::ordered_json;
    auto one = [](const Indicators& ind) {
        Json figures = Json::object();
        for (const Group& g : groups_of(ind, Lang::en)) {
            Json group = Json::object();
            for (const Row& r : g.rows)
                group[r.key] = r.value ? Json(json_number(*r.value)) : Json(nullptr);
            figures[g.key] = group;
        }
        Json left = Json::array();
        for (const LeftOut& l : ind.left_out)
            left.push_back(Json{{"path", l.path}, {"reason", l.reason}});
        return Json{{"year", ind.year}, {"figures", figures}, {"left_out", left}};
    };
    Json out = one(cur);
    if (prev) out["previous"] = one(*prev);
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string format_indicators_csv(const Indicators& cur, const std::optional<Indicators>& prev)
{
    const auto groups = groups_of(cur, Lang::en);
    const auto before = prev ? groups_of(*prev, Lang::en) : std::vector<Group>{};
    std::string out =
        prev ? "\"group\",\"figure\",\"value\",\"previous\",\"n\"\n" : "\"group\",\"figure\",\"value\",\"n\"\n";
    auto cell = [](std::optional<double> v) {
        return csv_field(v ? fmt::format("{}", json_number(*v)) : std::string(), false);
    };
    for (const Group& g : groups) {
        for (const Row& r : g.rows) {
            // The figure's key may come from a document (a werkvorm, a kern).
            const std::string key = csv_field(r.key);
            const std::string n = csv_field(r.n.empty() ? "" : r.n.substr(4), false);
            if (prev) {
                out += fmt::format("{},{},{},{},{}\n", csv_field(g.key), key, cell(r.value),
                                   cell(previous_value(before, g.key, r.key)), n);
            } else {
                out += fmt::format("{},{},{},{}\n", csv_field(g.key), key, cell(r.value), n);
            }
        }
    }
    return out;
}

namespace {

// A horizontal bar chart as inline SVG: one bar per value, labelled, with
// last year's value as a thin mark when given.
std::string bar_chart(const Group& g, const std::vector<Group>& before, Lang lang)
{
    double max = 1;
    for (const Row& r : g.rows)
        max = std::max(max, r.value.value_or(0));
    for (const Row& r : g.rows)
        max = std::max(max, previous_value(before, g.key, r.key).value_or(0));
    const int row_height = 26;
    const int label_width = 190;
    const int bar_width = 300;
    const int height = static_cast<int>(g.rows.size()) * row_height + 8;
    std::string svg = fmt::format(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {}\" width=\"100%\" "
        "xmlns=\"http://www.w3.org/2000/svg\">\n",
        escape_html(g.title), label_width + bar_width + 60, height);
    int y = 4;
    for (const Row& r : g.rows) {
        const double v = r.value.value_or(0);
        const int w = static_cast<int>(std::lround(bar_width * v / max));
        svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text>\n", label_width - 8,
                           y + 17, escape_html(r.label));
        svg +=
            fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" class=\"bar\"/>\n", label_width, y + 3, w);
        if (auto old = previous_value(before, g.key, r.key)) {
            const int x = label_width + static_cast<int>(std::lround(bar_width * *old / max));
            svg += fmt::format("<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" class=\"previous\"/>\n", x, y + 1,
                               y + 23);
        }
        svg += fmt::format("<text x=\"{}\" y=\"{}\" class=\"value\">{}</text>\n", label_width + w + 6, y + 17,
                           number(r.value, 0, false, lang));
        y += row_height;
    }
    return svg + "</svg>\n";
}

constexpr const char* k_style = R"css(
body { font-family: "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1b1b1b; max-width: 60rem;
       margin: 0 auto; padding: 1rem 1.25rem 3rem; line-height: 1.5; }
h1 { color: #00457c; font-size: 1.7rem; border-bottom: 3px solid #00457c; padding-bottom: .3rem; }
h2 { color: #00457c; font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; }
th { background: #eef3f8; }
.chart { max-width: 36rem; display: block; margin: .25rem 0 1rem; }
.chart .bar { fill: #2f7dbf; }
.chart .previous { stroke: #c2410c; stroke-width: 3; }
.chart .label, .chart .value { font-size: 13px; fill: #1b1b1b; }
.note { color: #555; font-size: .9rem; }
section { break-inside: avoid; page-break-inside: avoid; }
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } a { color: inherit; } }
)css";

}  // namespace

std::string format_indicators_html(const Indicators& cur, const std::optional<Indicators>& prev, Lang lang)
{
    const auto groups = groups_of(cur, lang);
    const auto before = prev ? groups_of(*prev, lang) : std::vector<Group>{};
    const std::string title =
        say(lang, {"Inwonerbetrokkenheid {0}: jaarlijkse indicatoren", "Citizen participation {0}: annual indicators"},
            cur.year);
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        lang == Lang::nl ? "nl" : "en", escape_html(title), k_style, escape_html(title));
    out +=
        "<p class=\"note\">" +
        escape_html(say(lang, {"Volgens §3.6 van Met Elkaar 2.0. Berekend door mee uit de documenten van het jaar.",
                               "Following §3.6 of Met Elkaar 2.0. Computed by mee from the year's documents."})) +
        (prev ? escape_html(say(lang, {" De oranje streep is {0}.", " The orange mark is {0}."}, cur.year - 1)) : "") +
        "</p>\n";
    for (const Group& g : groups) {
        out += "<section>\n<h2>" + escape_html(g.title) + "</h2>\n";
        if (g.chart) out += bar_chart(g, before, lang);
        out += "<table>\n<thead><tr><th></th><th class=\"num\">" + std::to_string(cur.year) + "</th>";
        if (prev) {
            out += "<th class=\"num\">" + std::to_string(cur.year - 1) + "</th><th class=\"num\">" +
                   escape_html(say(lang, {"verschil", "change"})) + "</th>";
        }
        out += "<th>n</th></tr></thead>\n<tbody>\n";
        for (const Row& r : g.rows) {
            out += "<tr><td>" + escape_html(r.label) + "</td><td class=\"num\">" +
                   escape_html(number(r.value, r.decimals, r.percent, lang)) + "</td>";
            if (prev) {
                const auto old = previous_value(before, g.key, r.key);
                out += "<td class=\"num\">" + escape_html(number(old, r.decimals, r.percent, lang)) +
                       "</td><td class=\"num\">" + escape_html(change(r.value, old, r.decimals, lang)) + "</td>";
            }
            out += "<td>" + escape_html(r.n) + "</td></tr>\n";
        }
        out += "</tbody>\n</table>\n</section>\n";
    }
    if (!cur.left_out.empty()) {
        out += "<section>\n<h2>" + escape_html(say(lang, {"Niet meegeteld", "Left out"})) + "</h2>\n<ul>\n";
        for (const LeftOut& l : cur.left_out)
            out += "<li><code>" + escape_html(l.path) + "</code>: " + escape_html(l.reason) + "</li>\n";
        out += "</ul>\n</section>\n";
    }
    return out + "</body>\n</html>\n";
}

}  // namespace mee
