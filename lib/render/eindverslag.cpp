// The report of an eindverslag (§2.1.5, step 5): the process planned beside
// the process done, the input with the municipality's response and what was
// done with it, and the plan's goals with whether they were reached.

#include "render/render.hpp"

#include "base/display.hpp"
#include "base/filled.hpp"
#include "policy/plan_view.hpp"
#include "yaml/access.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace mee {

namespace {

struct Done {
    std::vector<Date> dates;
    long long participants = 0;
    bool any_count = false;
};

void process_section(const Node& verslag, const Node* plan, Lang lang, std::vector<PageBlock>& out)
{
    const Node* proces = verslag.get("proces");
    const bool mapping = proces != nullptr && proces->is_mapping();
    std::string md = say(lang, {"## 1. Het proces\n\n", "## 1. The process\n\n"});
    if (!mapping) {
        out.push_back(
            PageBlock{md + say(lang, {"*Dit onderdeel ontbreekt nog.*\n", "*This part is still missing.*\n"}), {}});
        return;
    }
    md += md_labelled(say(lang, {"Overzicht", "Overview"}), md_text_at(proces, "overzicht"));
    md += md_labelled(say(lang, {"Aansluiting bij het plan", "How it followed the plan"}),
                      md_text_at(proces, "aansluiting_plan"));
    out.push_back(PageBlock{md, {}});

    // Planned beside done, by werkvorm: the plan's werkvormen first, then what was done besides.
    std::map<std::string, Done> done;
    std::vector<std::string> done_order;
    long long total = 0;
    for (const Node& u : items_of(proces->get("uitgevoerd"))) {
        const auto key = text_at(&u, "werkvorm");
        if (!key) continue;
        auto [it, added] = done.try_emplace(std::string(*key));
        if (added) done_order.push_back(std::string(*key));
        if (auto d = date_value(u.get("datum"))) it->second.dates.push_back(*d);
        if (auto n = integer_value(u.get("deelnemers"))) {
            it->second.participants += *n;
            it->second.any_count = true;
            total += *n;
        }
    }
    std::vector<std::vector<std::string>> rows;
    std::set<std::string> planned;
    const auto done_cells = [&](const std::string& key, std::vector<std::string>& row) {
        const auto it = done.find(key);
        if (it == done.end()) {
            row.push_back(say(lang, {"niet uitgevoerd", "not carried out"}));
            row.push_back({});
            return;
        }
        std::string dates;
        std::vector<Date> sorted = it->second.dates;
        std::sort(sorted.begin(), sorted.end());
        for (const Date& d : sorted)
            dates += (dates.empty() ? "" : ", ") + short_date(d, lang);
        row.push_back(dates.empty() ? say(lang, {"uitgevoerd", "carried out"}) : dates);
        row.push_back(it->second.any_count ? grouped(it->second.participants, lang) : std::string());
    };
    if (plan != nullptr) {
        for (const Node& w : items_of(plan->get("werkvormen"))) {
            const auto key = text_at(&w, "werkvorm");
            if (!key || !planned.insert(std::string(*key)).second) continue;
            std::vector<std::string> row{md_text(werkvorm_name(*key)), say(lang, {"gepland", "planned"})};
            done_cells(std::string(*key), row);
            rows.push_back(std::move(row));
        }
    }
    for (const std::string& key : done_order) {
        if (planned.count(key) != 0) continue;
        std::vector<std::string> row{
            md_text(werkvorm_name(key)),
            plan != nullptr ? say(lang, {"niet in het plan", "not in the plan"}) : std::string()};
        done_cells(key, row);
        rows.push_back(std::move(row));
    }
    if (!rows.empty()) {
        std::string table = say(lang, {"### Gepland en uitgevoerd\n\n", "### Planned and done\n\n"});
        table += md_table({say(lang, {"Werkvorm", "Method"}), say(lang, {"In het plan", "In the plan"}),
                           say(lang, {"Uitgevoerd op", "Carried out on"}), say(lang, {"Deelnemers", "Participants"})},
                          rows);
        if (total > 0)
            table +=
                "\n" + say(lang, {"In totaal {0} deelnames.\n", "{0} participations in all.\n"}, grouped(total, lang));
        out.push_back(PageBlock{table, {}});
    }

    // The plan's participation moments beside what was done, by date.
    if (plan != nullptr) {
        std::map<Date, std::pair<std::vector<std::string>, std::vector<std::string>>> by_date;
        for (const Moment& m : moments(*plan)) {
            if (m.soort != "participatie") continue;
            const auto wat = scalar_text(m.node->get("wat"));
            by_date[m.date].first.push_back(wat ? md_text(*wat) : std::string());
        }
        for (const Node& u : items_of(proces->get("uitgevoerd"))) {
            const auto d = date_value(u.get("datum"));
            const auto key = text_at(&u, "werkvorm");
            if (!d || !key) continue;
            std::string what = md_text(werkvorm_name(*key));
            if (auto n = integer_value(u.get("deelnemers"))) {
                what += say(lang, {" ({0} deelnemers)", " ({0} participants)"}, grouped(*n, lang));
            }
            by_date[*d].second.push_back(what);
        }
        std::vector<std::vector<std::string>> date_rows;
        const auto join = [](const std::vector<std::string>& v) {
            std::string s;
            for (const std::string& x : v)
                s += (s.empty() ? "" : "; ") + x;
            return s;
        };
        for (const auto& [date, pair] : by_date) {
            date_rows.push_back({short_date(date, lang), join(pair.first), join(pair.second)});
        }
        if (!date_rows.empty()) {
            out.push_back(PageBlock{say(lang, {"### Per datum\n\n", "### By date\n\n"}) +
                                        md_table({say(lang, {"Datum", "Date"}),
                                                  say(lang, {"Gepland (participatie)", "Planned (participation)"}),
                                                  say(lang, {"Uitgevoerd", "Done"})},
                                                 date_rows),
                                    {}});
        }
    }

    const auto& changes = items_of(proces->get("afwijkingen"));
    if (!changes.empty()) {
        std::string list = say(lang, {"### Afwijkingen van het plan\n\n", "### Departures from the plan\n\n"});
        for (const Node& a : changes) {
            const std::string wat = md_text_at(&a, "wat");
            const std::string reden = md_text_at(&a, "reden");
            const std::string what = wat.empty() ? std::string("—") : wat;
            list += "- " +
                    (reden.empty() ? what : sentence(what) + say(lang, {" *Reden:* {0}", " *Reason:* {0}"}, reden)) +
                    "\n";
        }
        out.push_back(PageBlock{list, {}});
    }
}

void input_section(const Node& verslag, Lang lang, std::vector<PageBlock>& out)
{
    std::string md = say(lang, {"## 2. Inbreng en reactie\n\n", "## 2. Input and response\n\n"});
    const auto& items = items_of(verslag.get("inbreng"));
    if (items.empty()) {
        out.push_back(
            PageBlock{md + say(lang, {"*Dit onderdeel ontbreekt nog.*\n", "*This part is still missing.*\n"}), {}});
        return;
    }
    std::vector<std::vector<std::string>> rows;
    std::map<std::string, int> counts;
    for (const Node& i : items) {
        const auto v = text_at(&i, "verwerking");
        if (v) ++counts[std::string(*v)];
        rows.push_back({md_text_at(&i, "onderwerp"), v ? md_text(value_label("verwerking", *v, lang)) : std::string()});
    }
    md += say(lang,
              {"Wat deelnemers inbrachten, de reactie van de gemeente en wat er met de inbreng is gedaan (§2.1.5). "
               "Overgenomen: {0}, deels: {1}, niet: {2}.\n\n",
               "What participants brought in, the municipality's response and what was done with the input "
               "(§2.1.5). Adopted: {0}, partly: {1}, not: {2}.\n\n"},
              counts["overgenomen"], counts["deels"], counts["niet"]);
    md += md_table({say(lang, {"Onderwerp", "Subject"}), say(lang, {"Verwerking", "Outcome"})}, rows);
    out.push_back(PageBlock{md, {}});
    for (const Node& i : items) {
        std::string item = "### " + [&] {
            const std::string s = md_text_at(&i, "onderwerp");
            return s.empty() ? say(lang, {"Zonder onderwerp", "Without a subject"}) : s;
        }() + "\n\n";
        item += md_labelled(say(lang, {"Samenvatting", "Summary"}), md_text_at(&i, "samenvatting"));
        item += md_labelled(say(lang, {"Reactie", "Response"}), md_text_at(&i, "reactie"));
        if (auto v = text_at(&i, "verwerking")) {
            item += md_labelled(say(lang, {"Verwerking", "Outcome"}), md_text(value_label("verwerking", *v, lang)));
        }
        item += md_labelled(say(lang, {"Uitleg", "Explanation"}), md_text_at(&i, "uitleg"));
        out.push_back(PageBlock{item, {}});
    }
}

void goals_section(const Node& verslag, const Node* plan, const Profile& profile, Lang lang,
                   std::vector<PageBlock>& out)
{
    std::string md = say(lang, {"## 3. Doelen\n\n", "## 3. Goals\n\n"});
    const auto label = [&](std::string_view key) {
        const ProfileGoal* g = profile.goal(key);
        return md_text(g != nullptr ? g->label.in(lang) : std::string(key));
    };
    std::vector<std::vector<std::string>> rows;
    std::set<std::string> seen;
    const auto& evaluated = items_of(verslag.get("doelen"));
    const auto evaluation = [&](std::string_view key) -> const Node* {
        for (const Node& d : evaluated) {
            if (text_at(&d, "doel") == key) return &d;
        }
        return nullptr;
    };
    const auto result = [&](const Node* d) {
        const auto b = text_at(d, "bereikt");
        return b ? "**" + md_text(value_label("bereikt", *b, lang)) + "**" : std::string();
    };
    if (plan != nullptr) {
        for (const Node& g : items_of(plan->get("doelen"))) {
            const auto key = text_at(&g, "doel");
            if (!key || !seen.insert(std::string(*key)).second) continue;
            const Node* d = evaluation(*key);
            rows.push_back({label(*key), md_text_at(&g, "concreet"),
                            d != nullptr ? result(d) : say(lang, {"niet geëvalueerd", "not evaluated"}),
                            md_text_at(d, "toelichting")});
        }
    }
    for (const Node& d : evaluated) {
        const auto key = text_at(&d, "doel");
        if (!key || !seen.insert(std::string(*key)).second) continue;
        rows.push_back({label(*key),
                        plan != nullptr ? say(lang, {"niet in het plan", "not in the plan"}) : std::string(),
                        result(&d), md_text_at(&d, "toelichting")});
    }
    if (rows.empty()) {
        md += say(lang, {"*Dit onderdeel ontbreekt nog.*\n", "*This part is still missing.*\n"});
    } else {
        md += say(lang, {"De doelen van het plan, achteraf getoetst (§1.2).\n\n",
                         "The plan's goals, tested afterwards (§1.2).\n\n"});
        md +=
            md_table({say(lang, {"Doel", "Goal"}), say(lang, {"Concreet doel in het plan", "Concrete aim in the plan"}),
                      say(lang, {"Bereikt", "Reached"}), say(lang, {"Toelichting", "Explanation"})},
                     rows);
    }
    out.push_back(PageBlock{md, {}});
}

}  // namespace

Rendered render_eindverslag(const RenderInput& input)
{
    const Node& verslag = *input.document.root;
    const Lang lang = input.lang;
    const auto plan_id = scalar_text(verslag.get("plan"));
    const ProjectDocument* plan_doc = plan_id ? input.project.plan(*plan_id) : nullptr;
    const Node* plan = plan_doc != nullptr ? plan_doc->root : nullptr;
    auto plan_title = plan != nullptr ? scalar_text(plan->get("titel")) : std::nullopt;
    if (plan_title && !has_content(*plan_title)) plan_title.reset();
    const Score score = score_eindverslag(verslag, plan, input.profile);

    Rendered r;
    r.page.lang = lang;
    r.page.title = plan_title ? one_line_text(*plan_title) : input.document.id;
    std::string head = "# " +
                       (plan_title ? md_text(*plan_title)
                                   : md_text(input.document.id.empty() ? say(lang, {"Eindverslag", "End report"})
                                                                       : input.document.id)) +
                       "\n\n" + say(lang, {"Eindverslag inwonerbetrokkenheid", "End report on participation"}) +
                       (input.document.id.empty() ? "" : " · " + md_text(input.document.id)) + "\n\n";
    if (plan_id) {
        head += md_field(
            say(lang, {"Bij het plan", "On the plan"}),
            md_text(*plan_id) + (plan_title ? " (" + md_text(*plan_title) + ")" : "") +
                (plan == nullptr ? say(lang, {" — niet gevonden in het project", " — not found in the project"}) : ""));
    }
    if (auto d = date_value(verslag.get("datum"))) head += md_field(say(lang, {"Datum", "Date"}), long_date(*d, lang));
    const Node* openbaar = verslag.get("openbaar");
    std::string status;
    if (openbaar != nullptr && openbaar->is_mapping()) {
        const auto d = date_value(openbaar->get("datum"));
        const auto waar = scalar_text(openbaar->get("waar"));
        const std::string where = waar ? md_web_link(*waar) : std::string();
        std::string pub = d ? say(lang, {"sinds {0}", "since {0}"}, long_date(*d, lang)) : std::string();
        if (!where.empty()) pub += (pub.empty() ? "" : ", ") + say(lang, {"op {0}", "at {0}"}, where);
        head += md_field(say(lang, {"Openbaar", "Public"}), pub.empty() ? say(lang, {"ja", "yes"}) : pub);
        status = say(lang, {"openbaar", "public"});
    } else {
        head += md_field(say(lang, {"Openbaar", "Public"}), say(lang, {"nog niet (§2.1.5)", "not yet (§2.1.5)"}));
        status = say(lang, {"nog niet openbaar", "not yet public"});
    }
    r.page.sections.push_back(PageSection{"kop", "head", {PageBlock{head, {}}}});
    r.page.sections.push_back(score_section(score, lang));
    r.page.sections.push_back(findings_section(input.findings, lang, input.codes));
    PageSection process{"proces", "part new-page", {}};
    process_section(verslag, plan, lang, process.blocks);
    r.page.sections.push_back(std::move(process));
    PageSection inbreng{"inbreng", "part new-page", {}};
    input_section(verslag, lang, inbreng.blocks);
    r.page.sections.push_back(std::move(inbreng));
    PageSection goals{"doelen", "part new-page", {}};
    goals_section(verslag, plan, input.profile, lang, goals.blocks);
    r.page.sections.push_back(std::move(goals));
    r.page.footer = footer_text(input.document, input.today, lang);

    r.entry.kind = DocKind::eindverslag;
    r.entry.id = input.document.id;
    r.entry.title = plan_title ? say(lang, {"Eindverslag: {0}", "End report: {0}"}, one_line_text(*plan_title))
                               : say(lang, {"Eindverslag", "End report"});
    r.entry.status = status;
    r.entry.score = score.value();
    r.entry.open = attention_points(input.findings);
    return r;
}

}  // namespace mee
