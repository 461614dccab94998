#include "render/svg.hpp"

#include "base/display.hpp"
#include "base/html.hpp"

#include <algorithm>

namespace mee {

namespace {

// The width of the drawings' coordinate system; the page scales them.
constexpr int k_width = 760;

// A rough width of `text` in pixels at `size`: enough to decide whether a
// label fits and where to cut it (SVG text does not wrap).
double text_width(std::string_view text, double size)
{
    std::size_t points = 0;
    for (char c : text)
        points += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return static_cast<double>(points) * size * 0.56;
}

std::size_t chars_that_fit(double width, double size)
{
    const double n = width / (size * 0.56);
    return n < 2 ? 1 : static_cast<std::size_t>(n);
}

std::string text_element(double x, double y, std::string_view content, std::string_view attributes)
{
    return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" {}>{}</text>\n", x, y, attributes, escape_html(content));
}

std::string quadrant_key(bool big_interest, bool much_influence)
{
    return std::string(big_interest ? "groot" : "klein") + "-" + (much_influence ? "veel" : "weinig");
}

Date first_of_month(const Date& d)
{
    return Date{d.year, d.month, 1};
}
Date last_of_month(const Date& d)
{
    return Date{d.year, d.month, days_in_month(d.year, d.month)};
}
Date next_month(const Date& d)
{
    return d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
}

}  // namespace

std::string svg_matrix(const std::vector<MatrixStakeholder>& stakeholders, const Profile& profile, Lang lang)
{
    constexpr double left = 44;
    constexpr double gap = 8;
    constexpr double column = (k_width - left - gap) / 2;
    constexpr double line = 19;
    constexpr double head = 58;
    // Quadrants in drawing order: top row groot belang, right column veel invloed.
    struct Cell {
        bool big_interest;
        bool much_influence;
        std::vector<std::string> names;
    };
    Cell cells[4] = {{true, false, {}}, {true, true, {}}, {false, false, {}}, {false, true, {}}};
    for (const MatrixStakeholder& s : stakeholders) {
        for (Cell& c : cells) {
            if (c.big_interest == s.big_interest && c.much_influence == s.much_influence) c.names.push_back(s.name);
        }
    }
    const double top_height =
        head + line * static_cast<double>(std::max<std::size_t>({cells[0].names.size(), cells[1].names.size(), 2})) +
        10;
    const double bottom_height =
        head + line * static_cast<double>(std::max<std::size_t>({cells[2].names.size(), cells[3].names.size(), 2})) +
        10;
    const double height = top_height + gap + bottom_height + 30;

    const std::string title =
        say(lang, {"Belang-invloedmatrix met {0} belanghebbenden", "Interest-influence matrix with {0} stakeholders"},
            stakeholders.size());
    std::string out = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart matrix\" viewBox=\"0 0 {} {:.0f}\" role=\"img\" "
        "aria-labelledby=\"matrix-title\">\n<title id=\"matrix-title\">{}</title>\n",
        k_width, height, escape_html(title));
    const Msg interest_big{"groot belang", "high interest"};
    const Msg interest_small{"klein belang", "low interest"};
    const Msg influence_much{"veel invloed", "much influence"};
    const Msg influence_little{"weinig invloed", "little influence"};
    for (int i = 0; i < 4; ++i) {
        const Cell& c = cells[i];
        const double x = left + (c.much_influence ? column + gap : 0);
        const double y = c.big_interest ? 0 : top_height + gap;
        const double h = c.big_interest ? top_height : bottom_height;
        const bool key = c.big_interest && c.much_influence;
        out +=
            fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" rx=\"6\" class=\"{}\"/>\n",
                        x, y, column, h, key ? "q q-key" : "q");
        const auto approach = profile.quadrants.find(quadrant_key(c.big_interest, c.much_influence));
        std::string heading = approach != profile.quadrants.end() ? approach->second.in(lang) : std::string();
        if (!heading.empty()) heading[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(heading[0])));
        out +=
            text_element(x + 14, y + 25, truncate_text(heading, chars_that_fit(column - 28, 15)), "class=\"q-title\"");
        const std::string where = say(lang, c.big_interest ? interest_big : interest_small) + " · " +
                                  say(lang, c.much_influence ? influence_much : influence_little);
        out += text_element(x + 14, y + 43, where, "class=\"q-sub\"");
        double ny = y + head + 12;
        if (c.names.empty()) out += text_element(x + 14, ny, "—", "class=\"q-none\"");
        for (const std::string& name : c.names) {
            out += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" class=\"dot\"/>\n", x + 18, ny - 4.5);
            out += text_element(x + 28, ny, truncate_text(one_line_text(name), chars_that_fit(column - 40, 13.5)),
                                "class=\"q-name\"");
            ny += line;
        }
    }
    // Axis words: belang beside the rows, invloed under the columns.
    out += fmt::format(
        "<text transform=\"translate(18 {:.1f}) rotate(-90)\" class=\"axis\" text-anchor=\"middle\">{}</text>\n",
        top_height / 2, escape_html(say(lang, interest_big)));
    out += fmt::format(
        "<text transform=\"translate(18 {:.1f}) rotate(-90)\" class=\"axis\" text-anchor=\"middle\">{}</text>\n",
        top_height + gap + bottom_height / 2, escape_html(say(lang, interest_small)));
    const double axis_y = top_height + gap + bottom_height + 21;
    out +=
        text_element(left + column / 2, axis_y, say(lang, influence_little), "class=\"axis\" text-anchor=\"middle\"");
    out += text_element(left + column + gap + column / 2, axis_y, say(lang, influence_much),
                        "class=\"axis\" text-anchor=\"middle\"");
    out += "</svg>";
    return out;
}

Timeline make_timeline(std::vector<TimelineMoment> moments, std::optional<Date> adopted, const Profile& profile,
                       const std::set<std::string>& busy_categories, Lang lang)
{
    Timeline t;
    std::stable_sort(moments.begin(), moments.end(),
                     [](const TimelineMoment& a, const TimelineMoment& b) { return a.date < b.date; });
    t.moments = std::move(moments);
    if (t.moments.empty()) return t;
    Date first = t.moments.front().date;
    const Date last = t.moments.back().date;
    if (adopted && *adopted < first && days_from_civil(first) - days_from_civil(*adopted) <= 366) first = *adopted;
    t.from = first_of_month(first);
    const int month_index = t.from.year * 12 + (t.from.month - 1) + k_timeline_months - 1;
    const Date limit = last_of_month(Date{month_index / 12, month_index % 12 + 1, 1});
    const auto beyond =
        std::find_if(t.moments.begin(), t.moments.end(), [&](const TimelineMoment& m) { return limit < m.date; });
    t.left_out = static_cast<std::size_t>(std::distance(beyond, t.moments.end()));
    t.moments.erase(beyond, t.moments.end());
    t.to = last_of_month(t.moments.empty() ? last : std::min(last, t.moments.back().date));
    if (adopted && *adopted >= t.from && *adopted <= t.to) t.adopted = adopted;

    const std::string school_lane = say(lang, {"Schoolvakanties", "School holidays"});
    for (const SchoolHoliday& h : profile.school_holidays) {
        if (h.to < t.from || h.from > t.to) continue;
        t.bands.push_back(TimelineBand{BandKind::school_holiday, school_lane, h.name, std::max(h.from, t.from),
                                       std::min(h.to, t.to)});
    }
    // Where the school-holiday data says nothing, the lane says so.
    if (t.from < profile.school_covered_from) {
        t.bands.push_back(TimelineBand{BandKind::no_data, school_lane, say(lang, {"geen gegevens", "no data"}), t.from,
                                       std::min(add_days(profile.school_covered_from, -1), t.to)});
    }
    if (t.to > profile.school_covered_to) {
        t.bands.push_back(TimelineBand{BandKind::no_data, school_lane, say(lang, {"geen gegevens", "no data"}),
                                       std::max(add_days(profile.school_covered_to, 1), t.from), t.to});
    }
    for (const BusyPeriod& p : profile.busy_periods) {
        if (!busy_categories.empty() && busy_categories.count(p.category) == 0) continue;
        const ProfileCategory* category = profile.category(p.category);
        const std::string lane = category != nullptr ? category->label.in(lang) : p.category;
        std::optional<TimelineBand> open;
        for (Date m = t.from; m <= t.to; m = next_month(m)) {
            const bool busy = std::find(p.months.begin(), p.months.end(), m.month) != p.months.end();
            if (busy && open) {
                open->to = last_of_month(m);
            } else if (busy) {
                open = TimelineBand{BandKind::busy_period, lane, p.reason.in(lang), m, last_of_month(m)};
            } else if (open) {
                t.bands.push_back(*open);
                open.reset();
            }
        }
        if (open) t.bands.push_back(*open);
    }
    for (int year = t.from.year; year <= t.to.year; ++year) {
        for (const PublicHoliday& h : public_holidays(year)) {
            if (h.date >= t.from && h.date <= t.to) t.holidays.push_back(h);
        }
    }
    return t;
}

std::string svg_timeline(const Timeline& t, Lang lang)
{
    if (t.moments.empty()) return {};
    constexpr double x0 = 150;
    constexpr double x1 = k_width - 12;
    constexpr double lane_height = 18;
    constexpr double lane_step = 24;
    constexpr double row = 23;
    const double first_day = static_cast<double>(days_from_civil(t.from));
    const double span = static_cast<double>(days_from_civil(t.to)) + 1 - first_day;
    const auto x_of = [&](const Date& d) {
        return x0 + (static_cast<double>(days_from_civil(d)) - first_day) * (x1 - x0) / span;
    };
    const auto x_after = [&](const Date& d) { return x_of(add_days(d, 1)); };

    std::vector<std::string> lanes;
    for (const TimelineBand& b : t.bands) {
        if (std::find(lanes.begin(), lanes.end(), b.lane) == lanes.end()) lanes.push_back(b.lane);
    }
    const double lanes_top = 8;
    const double lanes_end = lanes_top + lane_step * static_cast<double>(lanes.size());
    const double months_y = lanes_end + 16;
    const double axis_y = lanes_end + 24;
    const double rows_top = axis_y + 26;
    const double rows_end = rows_top + row * static_cast<double>(t.moments.size() - 1);
    const double legend_y = rows_end + 34;
    const double height = legend_y + 16;

    const std::string title =
        say(lang, {"Planning: {0} momenten van {1} tot en met {2}", "Planning: {0} moments from {1} to {2}"},
            t.moments.size(), long_date(t.moments.front().date, lang), long_date(t.moments.back().date, lang));
    std::string out = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart timeline\" viewBox=\"0 0 {} {:.0f}\" role=\"img\" "
        "aria-labelledby=\"timeline-title\">\n<title id=\"timeline-title\">{}</title>\n",
        k_width, height, escape_html(title));

    // The shaded periods: a band in their lane, and a faint column down to the moments.
    for (const TimelineBand& b : t.bands) {
        const auto lane = static_cast<double>(std::find(lanes.begin(), lanes.end(), b.lane) - lanes.begin());
        const double bx = x_of(b.from);
        const double bw = std::max(2.0, x_after(b.to) - bx);
        const char* kind = b.kind == BandKind::school_holiday ? "school"
                           : b.kind == BandKind::busy_period  ? "busy"
                                                              : "nodata";
        const double by = lanes_top + lane * lane_step;
        if (b.kind != BandKind::no_data) {
            out +=
                fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" class=\"shade {}\"/>\n",
                            bx, by + lane_height, bw, rows_end + 10 - by - lane_height, kind);
        }
        out += fmt::format(
            "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" rx=\"3\" class=\"band "
            "{}\"><title>{}</title></rect>\n",
            bx, by, bw, lane_height, kind,
            escape_html(b.label + ": " + short_date(b.from, lang) + " – " + short_date(b.to, lang)));
        if (!b.label.empty() && text_width(b.label, 10.5) + 8 <= bw) {
            out += text_element(bx + 4, by + 13, b.label, "class=\"band-label\"");
        }
    }
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        out += text_element(x0 - 8, lanes_top + static_cast<double>(i) * lane_step + 13,
                            truncate_text(lanes[i], chars_that_fit(x0 - 12, 12)), "class=\"lane\" text-anchor=\"end\"");
    }

    // The month axis: a tick at every month start, the month's name in its middle;
    // thin out the names when months are too narrow for them.
    int months = 0;
    for (Date m = t.from; m <= t.to; m = next_month(m))
        ++months;
    const double month_width = (x1 - x0) / months;
    const int every = month_width >= 26 ? 1 : month_width >= 13 ? 3 : 6;
    out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" class=\"axis-line\"/>\n", x0,
                       axis_y, x1, axis_y);
    int index = 0;
    for (Date m = t.from; m <= t.to; m = next_month(m), ++index) {
        const double mx = x_of(m);
        out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" class=\"tick\"/>\n", mx,
                           axis_y - 5, mx, axis_y + 5);
        if (index % every != 0) continue;
        std::string name = month_abbreviation(m.month, lang);
        if (m.month == 1 || index == 0) name += fmt::format(" ’{:02}", m.year % 100);
        out += text_element(mx + month_width / 2, months_y, name, "class=\"month\" text-anchor=\"middle\"");
    }
    out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" class=\"tick\"/>\n", x1,
                       axis_y - 5, x1, axis_y + 5);
    out += text_element(x0 - 8, axis_y + 4, say(lang, {"Feestdagen", "Public holidays"}),
                        "class=\"lane\" text-anchor=\"end\"");
    for (const PublicHoliday& h : t.holidays) {
        const double hx = (x_of(h.date) + x_after(h.date)) / 2;
        out += fmt::format("<path d=\"M{:.1f} {:.1f} l4 7 h-8 z\" class=\"holiday\"><title>{}</title></path>\n", hx,
                           axis_y + 1, escape_html(h.name.in(lang) + ", " + long_date(h.date, lang)));
    }
    if (t.adopted) {
        const double ax = (x_of(*t.adopted) + x_after(*t.adopted)) / 2;
        out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" class=\"adopted\"/>\n", ax,
                           axis_y, ax, rows_end + 10);
    }

    // One row per moment: the marker at its date, a leader line to the axis, the label.
    double y = rows_top;
    for (const TimelineMoment& m : t.moments) {
        const double mx = (x_of(m.date) + x_after(m.date)) / 2;
        out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" class=\"leader\"/>\n", mx,
                           axis_y + 8, mx, y - 6);
        const std::string kind =
            m.soort == "participatie" || m.soort == "terugkoppeling" || m.soort == "besluit" || m.soort == "informatie"
                ? m.soort
                : "overig";
        if (kind == "besluit") {
            out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"11\" height=\"11\" class=\"m m-{}\"/>\n",
                               mx - 5.5, y - 5.5, kind);
        } else if (kind == "terugkoppeling") {
            out += fmt::format("<path d=\"M{:.1f} {:.1f} l7 7 l-7 7 l-7 -7 z\" class=\"m m-{}\"/>\n", mx, y - 7, kind);
        } else {
            out += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\" class=\"m m-{}\"/>\n", mx, y,
                               kind == "participatie" ? 6.5 : 5, kind);
        }
        const bool right = mx < (x0 + x1) / 2;
        const std::string date = fmt::format("{} {}", m.date.day, month_abbreviation(m.date.month, lang));
        const double room = right ? k_width - 4 - (mx + 12) : mx - 12 - 4;
        const std::string label = date + " · " + one_line_text(m.wat);
        out += text_element(right ? mx + 12 : mx - 12, y + 4.5, truncate_text(label, chars_that_fit(room, 12.5)),
                            right ? "class=\"m-label\"" : "class=\"m-label\" text-anchor=\"end\"");
        y += row;
    }

    // The legend.
    struct Key {
        Msg text;
        const char* shape;  // {0} {1}: the centre; {2} the top, {3} the left of a box
    };
    std::vector<Key> keys = {
        {{"participatie", "participation"},
         "<circle cx=\"{0:.1f}\" cy=\"{1:.1f}\" r=\"6\" class=\"m m-participatie\"/>"},
        {{"terugkoppeling", "feedback"},
         "<path d=\"M{0:.1f} {2:.1f} l6 6 l-6 6 l-6 -6 z\" class=\"m m-terugkoppeling\"/>"},
        {{"besluit", "decision"},
         "<rect x=\"{3:.1f}\" y=\"{2:.1f}\" width=\"11\" height=\"11\" class=\"m m-besluit\"/>"},
        {{"informatie, overig", "information, other"},
         "<circle cx=\"{0:.1f}\" cy=\"{1:.1f}\" r=\"5\" class=\"m m-informatie\"/>"},
        {{"schoolvakantie", "school holiday"},
         "<rect x=\"{3:.1f}\" y=\"{2:.1f}\" width=\"14\" height=\"11\" class=\"band school\"/>"},
        {{"drukke periode", "busy period"},
         "<rect x=\"{3:.1f}\" y=\"{2:.1f}\" width=\"14\" height=\"11\" class=\"band busy\"/>"},
    };
    if (t.adopted) {
        keys.push_back({{"plan vastgesteld", "plan adopted"},
                        "<line x1=\"{0:.1f}\" y1=\"{2:.1f}\" x2=\"{0:.1f}\" y2=\"{4:.1f}\" class=\"adopted\"/>"});
    }
    // Keys wrap to a second line when the first is full.
    double lx = 12;
    double ly = legend_y;
    for (const Key& k : keys) {
        const std::string text = say(lang, k.text);
        const double width = text_width(text, 12) + 34;
        if (lx + width > k_width && lx > 12) {
            lx = 12;
            ly += 22;
        }
        out += fmt::format(fmt::runtime(k.shape), lx + 6, ly - 4, ly - 10, lx, ly + 2) + "\n";
        out += text_element(lx + 17, ly, text, "class=\"legend\"");
        lx += width;
    }
    out += "</svg>";
    // The height is known only now: write it into the viewBox.
    const std::string placeholder = fmt::format("viewBox=\"0 0 {} {:.0f}\"", k_width, height);
    out.replace(out.find(placeholder), placeholder.size(), fmt::format("viewBox=\"0 0 {} {:.0f}\"", k_width, ly + 16));
    return out;
}

}  // namespace mee
