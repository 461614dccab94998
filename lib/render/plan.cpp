// The report of a plan van aanpak: step 1's outcome, the completeness
// score and what `mee check` still finds on top, then the nine parts of
// §2.1.3 "Tenslotte" in order, with the belang-invloed matrix and the
// planning drawn.

#include "render/render.hpp"

#include "base/display.hpp"
#include "base/filled.hpp"
#include "base/html.hpp"
#include "policy/calendar.hpp"
#include "policy/decide.hpp"
#include "policy/plan_view.hpp"
#include "render/embedded_image.hpp"
#include "render/svg.hpp"
#include "yaml/access.hpp"

#include <algorithm>
#include <set>

namespace mee {

namespace {

struct PlanContext {
    const Node& plan;
    const Profile& profile;
    Lang lang;
    bool inform_only;
    std::string file;  // the plan's path, for its kaart
};

std::string list_md(const Node* node, std::string_view separator = ", ")
{
    std::string out;
    for (const Node& item : items_of(node)) {
        const auto t = scalar_text(&item);
        if (!t || !has_content(*t)) continue;
        if (!out.empty()) out += separator;
        out += md_text(*t);
    }
    return out;
}

std::string date_md(const Node* node, std::string_view key, Lang lang)
{
    const auto d = date_value(child(node, key));
    return d ? long_date(*d, lang) : md_text_at(node, key);
}

std::string goal_label(const PlanContext& c, std::string_view key)
{
    const ProfileGoal* g = c.profile.goal(key);
    return g != nullptr ? g->label.in(c.lang) : std::string(key);
}

std::string level_label(const PlanContext& c, std::string_view key)
{
    const ProfileLevel* l = c.profile.level(key);
    return l != nullptr ? l->label.in(c.lang) : std::string(key);
}

std::string category_label(const PlanContext& c, std::string_view key)
{
    const ProfileCategory* cat = c.profile.category(key);
    return cat != nullptr ? cat->label.in(c.lang) : std::string(key);
}

std::string quadrant_label(const PlanContext& c, const Node& stakeholder)
{
    const auto belang = text_at(&stakeholder, "belang");
    const auto invloed = text_at(&stakeholder, "invloed");
    if (!belang || !invloed) return {};
    const auto q = c.profile.quadrants.find(std::string(*belang) + "-" + std::string(*invloed));
    return q != c.profile.quadrants.end() ? q->second.in(c.lang) : std::string();
}

// ---- the head and the summary boxes ----

PageSection head_section(const PlanContext& c, const std::string& title, const std::string& id)
{
    const Node& p = c.plan;
    const Lang lang = c.lang;
    std::string md = "# " + md_text(title) + "\n\n" +
                     say(lang, {"Plan van aanpak inwonerbetrokkenheid", "Participation plan (plan van aanpak)"}) +
                     (id.empty() ? "" : " · " + md_text(id)) + "\n\n";
    std::string status;
    const auto st = text_at(&p, "status");
    if (st) status = md_text(value_label("plan_status", *st, lang));
    const Node* adopted = p.get("vastgesteld");
    if (st == "vastgesteld" && adopted != nullptr && adopted->is_mapping()) {
        const auto door = text_at(adopted, "door");
        const std::string by = door ? md_text(value_label("door", *door, lang)) : std::string();
        const std::string on = date_md(adopted, "datum", lang);
        const std::string ref = md_text_at(adopted, "kenmerk");
        if (!by.empty()) status += say(lang, {" door {0}", " by {0}"}, by);
        if (!on.empty()) status += say(lang, {" op {0}", " on {0}"}, on);
        if (!ref.empty()) status += say(lang, {" (kenmerk {0})", " (reference {0})"}, ref);
    }
    md += md_field(say(lang, {"Status", "Status"}), status);
    md += md_field(say(lang, {"Datum van dit plan", "Date of this plan"}), date_md(&p, "datum", lang));
    md += md_field(say(lang, {"Domein", "Domain"}), md_text_at(&p, "domein"));
    std::string work;
    if (auto w = text_at(&p, "soort_werk")) work = md_text(value_label("soort_werk", *w, lang));
    if (bool_value(p.get("dorpsvisie")) == true) work += say(lang, {" (dorpsvisie)", " (village vision)"});
    md += md_field(say(lang, {"Soort werk", "Kind of work"}), work);
    if (auto o = text_at(&p, "onderdeel_van")) {
        md += md_field(say(lang, {"Onderdeel van", "Part of"}), md_text(value_label("onderdeel_van", *o, lang)));
    }
    md += md_field(say(lang, {"Verantwoordelijke", "Responsible"}), md_text_at(&p, "verantwoordelijke"));
    md += md_field(say(lang, {"Adviseur", "Adviser"}), md_text_at(&p, "adviseur"));
    return PageSection{"kop", "head", {PageBlock{md, {}}}};
}

PageSection decision_section(const PlanContext& c)
{
    const Lang lang = c.lang;
    const Decision d = decide_plan(c.plan, c.profile, lang);
    const char* css = d.outcome == Outcome::involve       ? "box outcome outcome-involve"
                      : d.outcome == Outcome::inform_only ? "box outcome outcome-inform"
                                                          : "box outcome outcome-incomplete";
    std::string md =
        say(lang, {"## Stap 1: betrekken of alleen informeren\n\n", "## Step 1: involve or only inform\n\n"});
    switch (d.outcome) {
        case Outcome::involve:
            md +=
                say(lang, {"**Uitkomst: betrekken.** Er is ruimte voor invloed: inwoners en belanghebbenden worden "
                           "betrokken zoals dit plan beschrijft (§2.1.2).\n\n",
                           "**Outcome: involve.** There is room for influence: residents and stakeholders are involved "
                           "as this plan describes (§2.1.2).\n\n"});
            break;
        case Outcome::inform_only:
            md += say(lang,
                      {"**Uitkomst: alleen informeren.** Minstens één vraag is met nee beantwoord: er is geen ruimte "
                       "voor invloed, dus de gemeente informeert alleen (§2.1.2).\n\n",
                       "**Outcome: only inform.** At least one question was answered no: there is no room for "
                       "influence, so the municipality only informs (§2.1.2).\n\n"});
            break;
        case Outcome::incomplete:
            md +=
                say(lang,
                    {"**Uitkomst: nog niet te bepalen.** Niet alle drie de vragen van stap 1 zijn beantwoord.\n\n",
                     "**Outcome: cannot be decided yet.** Not all three questions of step 1 have been answered.\n\n"});
            break;
    }
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < d.answers.size(); ++i) {
        const Answer& a = d.answers[i];
        rows.push_back({md_text(say(lang, step1_questions()[i].text)),
                        a.value ? "**" + md_text(value_label("antwoord", *a.value, lang)) + "**" : std::string(),
                        md_text(a.toelichting)});
    }
    md += md_table({say(lang, {"Vraag", "Question"}), say(lang, {"Antwoord", "Answer"}),
                    say(lang, {"Toelichting", "Explanation"})},
                   rows);
    const Node* afweging = c.plan.get("afweging");
    const Node* stuk = child(afweging, "besluitstuk");
    if (stuk != nullptr && stuk->is_mapping()) {
        std::string which;
        if (auto s = text_at(stuk, "soort")) which = md_text(value_label("besluitstuk", *s, lang));
        const std::string ref = md_text_at(stuk, "kenmerk");
        if (!which.empty() || !ref.empty()) {
            md += "\n" + say(lang, {"De afweging staat in: {0}\n", "The decision is argued in: {0}\n"},
                             sentence(which + (which.empty() || ref.empty() ? "" : " ") + ref));
        }
    }
    if (!d.consistency.empty()) {
        md +=
            "\n" + say(lang, {"Het plan volgt deze uitkomst niet:\n\n", "The plan does not follow this outcome:\n\n"});
        for (const std::string& line : d.consistency)
            md += "- " + md_text(line) + "\n";
    }
    return PageSection{"stap-1", css, {PageBlock{md, {}}}};
}

// ---- the nine parts ----

struct Part {
    std::string_view key;
    Msg title;
};

constexpr Part k_parts[] = {
    {"opgave", {"De opgave", "The task"}},
    {"doelen", {"Doelen van participatie", "Goals of participation"}},
    {"omgevingsanalyse", {"Omgevingsanalyse", "Stakeholder analysis"}},
    {"kaders", {"Kaders en uitgangspunten", "Frameworks and principles"}},
    {"betrokkenheidsniveau", {"Betrokkenheidsniveau", "Level of involvement"}},
    {"werkvormen", {"Wijze van betrekken", "Ways of involving"}},
    {"planning", {"Planning", "Planning"}},
    {"communicatie", {"Communicatie, verslaglegging en terugkoppeling", "Communication, records and feedback"}},
    {"capaciteit", {"Capaciteit en middelen", "Capacity and means"}},
};

void opgave(const PlanContext& c, const Node& s, std::vector<PageBlock>& out)
{
    std::string md;
    if (auto b = md_text_at(&s, "beschrijving"); !b.empty()) md += b + "\n\n";
    md += md_labelled(say(c.lang, {"Voorgeschiedenis", "History"}), md_text_at(&s, "voorgeschiedenis"));
    if (const std::string hooks = list_md(s.get("aanleiding"), "\n- "); !hooks.empty()) {
        md += say(c.lang, {"**Aanleiding:**\n\n- ", "**Occasion:**\n\n- "}) + hooks + "\n";
    }
    out.push_back(PageBlock{md, {}});
}

void doelen(const PlanContext& c, const Node& s, std::vector<PageBlock>& out)
{
    std::vector<std::vector<std::string>> rows;
    for (const Node& g : items_of(&s)) {
        const auto key = text_at(&g, "doel");
        rows.push_back({key ? md_text(goal_label(c, *key)) : std::string(), md_text_at(&g, "concreet")});
    }
    out.push_back(
        PageBlock{md_table({say(c.lang, {"Doel (§1.2)", "Goal (§1.2)"}),
                            say(c.lang, {"Wat we concreet willen bereiken", "What we concretely want to achieve"})},
                           rows),
                  {}});
}

void omgevingsanalyse(const PlanContext& c, const Node& s, std::vector<PageBlock>& out)
{
    const Lang lang = c.lang;
    std::string md;
    md += md_labelled(say(lang, {"Opgesteld met", "Drawn up with"}), list_md(s.get("opgesteld_met")));
    md += md_labelled(say(lang, {"Inclusie", "Inclusion"}), md_text_at(&s, "inclusie"));
    if (!md.empty()) out.push_back(PageBlock{md, {}});

    const std::vector<const Node*> people = stakeholders(c.plan);
    if (!people.empty()) {
        std::vector<MatrixStakeholder> matrix;
        std::vector<std::vector<std::string>> rows;
        const auto plan_level_key = plan_level(c.plan);
        for (const Node* p : people) {
            const auto name = scalar_text(p->get("naam"));
            const auto belang = text_at(p, "belang");
            const auto invloed = text_at(p, "invloed");
            if (name && belang && invloed && (belang == "groot" || belang == "klein") &&
                (invloed == "veel" || invloed == "weinig")) {
                matrix.push_back(MatrixStakeholder{std::string(*name), belang == "groot", invloed == "veel"});
            }
            const auto category = text_at(p, "categorie");
            const auto own = text_at(p, "niveau");
            rows.push_back(
                {name ? md_text(*name) : std::string(), category ? md_text(category_label(c, *category)) : "",
                 belang ? md_text(value_label("belang", *belang, lang)) : "",
                 invloed ? md_text(value_label("invloed", *invloed, lang)) : "", md_text(quadrant_label(c, *p)),
                 own              ? md_text(level_label(c, *own))
                 : plan_level_key ? md_text(level_label(c, *plan_level_key))
                                  : ""});
        }
        if (!matrix.empty()) {
            out.push_back(PageBlock{{},
                                    "<figure class=\"chart\">" + svg_matrix(matrix, c.profile, lang) + "<figcaption>" +
                                        escape_html(say(lang, {"De belang-invloedmatrix (bouwsteen 2): elk "
                                                               "kwadrant met zijn aanpak.",
                                                               "The interest-influence matrix (building block 2): "
                                                               "each quadrant with its approach."})) +
                                        "</figcaption></figure>\n"});
        }
        out.push_back(
            PageBlock{md_table({say(lang, {"Belanghebbende", "Stakeholder"}), say(lang, {"Categorie", "Category"}),
                                say(lang, {"Belang", "Interest"}), say(lang, {"Invloed", "Influence"}),
                                say(lang, {"Aanpak", "Approach"}), say(lang, {"Niveau", "Level"})},
                               rows),
                      {}});
    }

    if (auto kaart = text_at(&s, "kaart")) {
        auto image = embed_image(c.file, *kaart, lang);
        if (image) {
            const std::string caption = say(lang, {"Kaart: {0}", "Map: {0}"}, std::string(*kaart));
            out.push_back(PageBlock{say(lang,
                                        {"**Kaart:** {0} (opgenomen in de HTML-versie van dit overzicht)\n",
                                         "**Map:** {0} (included in the HTML version of this report)\n"},
                                        md_text(*kaart)),
                                    "<figure class=\"kaart\"><img src=\"" + escape_html(image->data_uri) + "\" alt=\"" +
                                        escape_html(caption) + "\"><figcaption>" + escape_html(caption) +
                                        "</figcaption></figure>\n"});
        } else {
            out.push_back(
                PageBlock{"**" + say(lang, {"Kaart", "Map"}) + ":** " + md_text(sentence(image.error())) + "\n", {}});
        }
    }
}

void kaders(const PlanContext& c, const Node& s, std::vector<PageBlock>& out)
{
    std::vector<std::vector<std::string>> rows;
    for (const Node& k : items_of(&s)) {
        const auto category = text_at(&k, "categorie");
        const auto hard = bool_value(k.get("hard"));
        rows.push_back({category ? md_text(value_label("kader", *category, c.lang)) : "",
                        hard ? say(c.lang, *hard ? Msg{"hard", "hard"} : Msg{"zacht", "soft"}) : std::string(),
                        md_text_at(&k, "beschrijving")});
    }
    std::string md = md_table({say(c.lang, {"Kader", "Framework"}), say(c.lang, {"Hard of zacht", "Hard or soft"}),
                               say(c.lang, {"Beschrijving", "Description"})},
                              rows);
    md += "\n" + say(c.lang, {"Een zacht kader laat ruimte om gemotiveerd af te wijken; een hard kader niet.\n",
                              "A soft framework leaves room to depart from it with reasons; a hard one does not.\n"});
    out.push_back(PageBlock{md, {}});
}

void betrokkenheidsniveau(const PlanContext& c, const Node& s, std::vector<PageBlock>& out)
{
    std::string md;
    if (auto level = text_at(&s, "niveau")) {
        md += "**" + say(c.lang, {"Niveau", "Level"}) + ":** " + md_text(level_label(c, *level));
        if (const ProfileLevel* l = c.profile.level(*level)) md += " — " + md_text(l->meaning.in(c.lang));
        md += "\n\n";
    }
    md += md_labelled(say(c.lang, {"Motivering", "Motivation"}), md_text_at(&s, "motivering"));
    out.push_back(PageBlock{md, {}});
}

void werkvormen(const PlanContext& c, const Node& s, std::vector<PageBlock>& out)
{
    std::vector<std::vector<std::string>> rows;
    for (const Node& w : items_of(&s)) {
        const auto name = text_at(&w, "werkvorm");
        const auto level = text_at(&w, "niveau");
        const auto online = bool_value(w.get("online"));
        rows.push_back({name ? md_text(werkvorm_name(*name)) : "", level ? md_text(level_label(c, *level)) : "",
                        online ? say(c.lang, *online ? Msg{"online", "online"} : Msg{"fysiek", "in person"}) : "",
                        list_md(w.get("doelgroepen"))});
    }
    out.push_back(PageBlock{md_table({say(c.lang, {"Werkvorm", "Method"}), say(c.lang, {"Niveau", "Level"}),
                                      say(c.lang, {"Vorm", "Form"}), say(c.lang, {"Doelgroepen", "Target groups"})},
                                     rows),
                            {}});
}

// What to watch about a participation moment: a school or public holiday,
// a busy period of its groups, and whether there is an online alternative.
std::string moment_notes(const PlanContext& c, const Node& m, const Date& date)
{
    std::vector<std::string> notes;
    if (const SchoolHoliday* h = c.profile.school_holiday(date)) {
        notes.push_back(say(c.lang, {"in de {0}", "in the {0}"}, h->name));
    }
    if (auto h = public_holiday(date)) notes.push_back(h->name.in(c.lang));
    std::set<std::string> categories;
    const auto& groups = items_of(m.get("doelgroepen"));
    if (groups.empty()) {
        for (const Node* s : stakeholders(c.plan)) {
            if (auto cat = text_at(s, "categorie")) categories.insert(std::string(*cat));
        }
    }
    for (const Node& g : groups) {
        const auto name = scalar_text(&g);
        const Node* s = name ? stakeholder_named(c.plan, *name) : nullptr;
        if (auto cat = text_at(s, "categorie")) categories.insert(std::string(*cat));
    }
    for (const std::string& cat : categories) {
        if (c.profile.busy_period(cat, date.month) != nullptr) {
            std::string who = category_label(c, cat);
            if (!who.empty()) who[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(who[0])));
            notes.push_back(say(c.lang, {"drukke periode voor {0}", "busy period for {0}"}, who));
        }
    }
    if (bool_value(m.get("online_alternatief")) == true) {
        notes.push_back(say(c.lang, {"met online alternatief", "with an online alternative"}));
    }
    std::string out;
    for (const std::string& n : notes)
        out += (out.empty() ? "" : "; ") + md_text(n);
    return out;
}

void planning(const PlanContext& c, const Node& s, std::vector<PageBlock>& out)
{
    const Lang lang = c.lang;
    std::vector<TimelineMoment> points;
    std::set<std::string> categories;
    for (const Node* p : stakeholders(c.plan)) {
        if (auto cat = text_at(p, "categorie")) categories.insert(std::string(*cat));
    }
    for (const Moment& m : moments(c.plan)) {
        const auto wat = scalar_text(m.node->get("wat"));
        points.push_back(TimelineMoment{m.date, std::string(m.soort), wat ? std::string(*wat) : std::string()});
    }
    if (!points.empty()) {
        std::optional<Date> adopted;
        const Node* v = c.plan.get("vastgesteld");
        if (text_at(&c.plan, "status") == "vastgesteld" && v != nullptr && v->is_mapping())
            adopted = date_value(v->get("datum"));
        const Timeline t = make_timeline(points, adopted, c.profile, categories, lang);
        out.push_back(PageBlock{
            {},
            "<figure class=\"chart\">" + svg_timeline(t, lang) + "<figcaption>" +
                escape_html(say(lang,
                                {"De planning (bouwsteen 6) met de schoolvakanties van regio {0}, de drukke "
                                 "perioden van de belanghebbenden en de feestdagen.",
                                 "The planning (building block 6) with the school holidays of region {0}, the "
                                 "busy periods of the stakeholders and the public holidays."},
                                c.profile.school_region)) +
                (t.left_out == 0
                     ? std::string()
                     : " " + escape_html(say(lang,
                                             {"Wat later komt dan {0} maanden na het begin ({1} momenten) staat "
                                              "alleen in de tabel.",
                                              "What comes later than {0} months after the start ({1} moments) is "
                                              "in the table only."},
                                             k_timeline_months, t.left_out))) +
                "</figcaption></figure>\n"});
    }
    // The table: every moment, by date; those without a valid date last, as written.
    std::vector<const Node*> entries;
    for (const Node& m : items_of(&s))
        entries.push_back(&m);
    std::stable_sort(entries.begin(), entries.end(), [](const Node* a, const Node* b) {
        const auto da = date_value(child(a, "datum"));
        const auto db = date_value(child(b, "datum"));
        if (da && db) return *da < *db;
        return da.has_value() && !db.has_value();
    });
    std::vector<std::vector<std::string>> rows;
    for (const Node* m : entries) {
        const auto date = date_value(child(m, "datum"));
        const auto soort = text_at(m, "soort");
        std::string kind = soort ? md_text(value_label("moment", *soort, lang)) : "";
        if (auto door = text_at(m, "door"))
            kind += say(lang, {" door {0}", " by {0}"}, md_text(value_label("door", *door, lang)));
        rows.push_back({date ? short_date(*date, lang) : md_text_at(m, "datum"), md_text_at(m, "wat"), kind,
                        list_md(child(m, "doelgroepen")),
                        date && soort == "participatie" ? moment_notes(c, *m, *date) : ""});
    }
    out.push_back(PageBlock{md_table({say(lang, {"Datum", "Date"}), say(lang, {"Wat", "What"}),
                                      say(lang, {"Soort moment", "Kind of moment"}),
                                      say(lang, {"Doelgroepen", "Target groups"}), say(lang, {"Let op", "Note"})},
                                     rows),
                            {}});
}

void communicatie(const PlanContext& c, const Node& s, std::vector<PageBlock>& out)
{
    const Lang lang = c.lang;
    std::string md;
    md += md_labelled(say(lang, {"Middelen", "Means"}), list_md(s.get("middelen")));
    if (const std::string invitation = md_text_at(&s, "uitnodiging"); !invitation.empty()) {
        md += say(lang,
                  {"**Uitnodiging** (op B1-niveau, §2.1.5):\n\n", "**Invitation** (plain language, B1, §2.1.5):\n\n"}) +
              "> " + invitation + "\n\n";
    }
    md += md_labelled(say(lang, {"Terugkoppeling", "Feedback"}), md_text_at(&s, "terugkoppeling"));
    md += md_labelled(say(lang, {"Verslaglegging", "Records"}), md_text_at(&s, "verslaglegging"));
    out.push_back(PageBlock{md, {}});
}

void capaciteit(const PlanContext& c, const Node& s, std::vector<PageBlock>& out)
{
    const Lang lang = c.lang;
    std::string md;
    if (auto hours = number_value(s.get("uren"))) {
        md += md_field(say(lang, {"Uren", "Hours"}), plain_number(*hours, lang));
    }
    if (auto budget = number_value(s.get("budget")))
        md += md_field(say(lang, {"Budget", "Budget"}), euros(*budget, lang));
    if (!md.empty()) md += "\n";
    md += md_labelled(say(lang, {"Toelichting", "Explanation"}), md_text_at(&s, "toelichting"));
    out.push_back(PageBlock{md, {}});
}

PageSection part_section(const PlanContext& c, std::size_t index)
{
    const Part& part = k_parts[index];
    PageSection s{std::string(part.key), "part new-page", {}};
    s.blocks.push_back(PageBlock{fmt::format("## {}. {}\n", index + 1, say(c.lang, part.title)), {}});
    const Node* node = section(c.plan, part.key);
    const bool needed =
        !c.inform_only || std::find(std::begin(k_inform_only_sections), std::end(k_inform_only_sections), part.key) !=
                              std::end(k_inform_only_sections);
    if (node == nullptr || (!node->is_mapping() && !node->is_sequence())) {
        s.blocks.push_back(
            PageBlock{needed ? say(c.lang, {"*Dit onderdeel ontbreekt nog.*\n", "*This part is still missing.*\n"})
                             : say(c.lang, {"*Niet nodig: dit plan informeert alleen (§2.1.2).*\n",
                                            "*Not needed: this plan only informs (§2.1.2).*\n"}),
                      {}});
        return s;
    }
    using Fill = void (*)(const PlanContext&, const Node&, std::vector<PageBlock>&);
    static constexpr Fill k_fill[] = {opgave,     doelen,   omgevingsanalyse, kaders,    betrokkenheidsniveau,
                                      werkvormen, planning, communicatie,     capaciteit};
    k_fill[index](c, *node, s.blocks);
    return s;
}

}  // namespace

Rendered render_plan(const RenderInput& input)
{
    const Node& plan = *input.document.root;
    const PlanContext c{plan, input.profile, input.lang, is_inform_only(plan, input.profile), input.document.path};
    auto title_text = scalar_text(plan.get("titel"));
    if (title_text && !has_content(*title_text)) title_text.reset();
    const std::string title = title_text ? one_line_text(*title_text) : input.document.id;
    const Score score = score_plan(plan, input.profile);

    Rendered r;
    r.page.lang = input.lang;
    r.page.title = title.empty() ? say(input.lang, {"Plan van aanpak", "Participation plan"}) : title;
    r.page.sections.push_back(head_section(c, title, input.document.id));
    r.page.sections.push_back(decision_section(c));
    r.page.sections.push_back(score_section(score, input.lang));
    r.page.sections.push_back(findings_section(input.findings, input.lang, input.codes));
    for (std::size_t i = 0; i < std::size(k_parts); ++i)
        r.page.sections.push_back(part_section(c, i));
    r.page.footer = footer_text(input.document, input.today, input.lang);

    r.entry.kind = DocKind::plan;
    r.entry.id = input.document.id;
    r.entry.title = r.page.title;
    if (auto st = text_at(&plan, "status")) r.entry.status = value_label("plan_status", *st, input.lang);
    r.entry.score = score.value();
    r.entry.open = attention_points(input.findings);
    return r;
}

}  // namespace mee
