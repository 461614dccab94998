// The report of a citizens' initiative for the college (§2.2): the idea,
// the intake answers, the assessment and the decision. The initiator's
// personal data (name, organisation, contact) is left out unless asked for.

#include "render/render.hpp"

#include "base/display.hpp"
#include "base/filled.hpp"
#include "yaml/access.hpp"

#include <algorithm>
#include <cctype>
#include <functional>

namespace mee {

namespace {

// Reads texts of the initiative for the report: escaped, and without the
// initiator's name, organisation or contact unless personal data is asked for.
struct Texts {
    Lang lang;
    std::vector<std::string> secrets;

    std::string md(std::string_view text) const
    {
        return md_text(redact(text, secrets, say(lang, {"[initiatiefnemer]", "[initiator]"})));
    }
    std::string at(const Node* node, std::string_view key) const
    {
        // A text that is not filled in (a placeholder) is shown as absent.
        const auto t = scalar_text(child(node, key));
        return t && has_content(*t) ? md(*t) : std::string();
    }
    std::string date(const Node* node, std::string_view key) const
    {
        const Node* value = child(node, key);
        if (auto d = date_value(value)) return long_date(*d, lang);
        return at(node, key);
    }
};

std::string yes_no(const Node* node, std::string_view key, Lang lang)
{
    const auto b = bool_value(child(node, key));
    if (!b) return {};
    return say(lang, *b ? Msg{"ja", "yes"} : Msg{"nee", "no"});
}

std::string missing(Lang lang)
{
    return say(lang, {"*Nog niet ingevuld.*\n", "*Not filled in yet.*\n"});
}

// The questions of the intake conversation (§2.2.2a), 3 to 8: 1 is the
// contact details (left out), 2 the idea (its own section).
struct Question {
    const char* key;
    Msg text;
};
constexpr Question k_questions[] = {
    {"doel",
     {"Wat wil de indiener bereiken? Welk probleem lost het op? Waarom is het goed voor de buurt?",
      "What does the initiator want to achieve? What problem does it solve? Why is it good for the neighbourhood?"}},
    {"buren",
     {"Heeft de indiener met buren en anderen gepraat? Met wie en hoe?",
      "Has the initiator talked with neighbours and others? With whom and how?"}},
    {"samenwerking",
     {"Werkt de indiener samen met andere groepen of vrijwilligers?",
      "Does the initiator work with other groups or volunteers?"}},
    {"wanneer", {"Wanneer wil de indiener het idee uitvoeren?", "When does the initiator want to carry out the idea?"}},
    {"kosten",
     {"Hoeveel kost het idee (en hoe kan het betaald worden)?",
      "How much does the idea cost (and how can it be paid for)?"}},
    {"hulp", {"Welke hulp is er nodig van de gemeente?", "What help is needed from the municipality?"}},
};

}  // namespace

std::vector<std::string> initiator_secrets(const Node* initiatiefnemer)
{
    // Particles and short words in Dutch names, which are no secret on their own.
    static constexpr std::string_view k_particles[] = {"van", "der", "den", "ter", "ten", "het", "de",  "te",  "la",
                                                       "le",  "du",  "von", "op",  "in",  "aan", "bij", "uit", "en"};
    std::vector<std::string> secrets;
    const auto add_parts = [&](std::string_view name) {
        const std::string whole = normalised_secret(name);
        std::size_t i = 0;
        while (i < whole.size()) {
            std::size_t j = i;
            while (j < whole.size() && whole[j] != ' ' && whole[j] != ',' && whole[j] != '-')
                ++j;
            std::string word = whole.substr(i, j - i);
            while (!word.empty() && (word.back() == '.' || word.back() == ';'))
                word.pop_back();
            std::string lower = word;
            for (char& c : lower)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const bool particle =
                std::find(std::begin(k_particles), std::end(k_particles), lower) != std::end(k_particles);
            if (word.size() >= 3 && !particle) secrets.push_back(word);
            i = j + 1;
        }
    };
    const std::function<void(const Node&, std::string_view)> walk = [&](const Node& node, std::string_view key) {
        if (node.is_scalar()) {
            secrets.push_back(normalised_secret(node.value));
            if (key.empty() || key == "naam") add_parts(node.value);
        } else if (node.is_mapping()) {
            for (const Entry& e : node.entries)
                walk(e.value, e.key);
        } else if (node.is_sequence()) {
            for (const Node& item : node.items)
                walk(item, key);
        }
    };
    if (initiatiefnemer != nullptr) walk(*initiatiefnemer, "");
    // Longest first, so that a whole name is replaced before its parts.
    std::sort(secrets.begin(), secrets.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    secrets.erase(std::unique(secrets.begin(), secrets.end()), secrets.end());
    return secrets;
}

Rendered render_initiatief(const RenderInput& input)
{
    const Node& doc = *input.document.root;
    const Lang lang = input.lang;
    Texts tx{lang, {}};
    const Node* person = doc.get("initiatiefnemer");
    if (input.personal == PersonalData::leave_out) tx.secrets = initiator_secrets(person);
    auto titel = scalar_text(doc.get("titel"));
    if (titel && !has_content(*titel)) titel.reset();
    Rendered r;
    r.page.lang = lang;
    const std::string placeholder = say(lang, {"[initiatiefnemer]", "[initiator]"});
    r.page.title = redact(titel ? one_line_text(*titel) : input.document.id, tx.secrets, placeholder);

    std::string head = "# " + (titel ? tx.md(*titel) : tx.md(input.document.id)) + "\n\n" +
                       say(lang, {"Inwonersinitiatief · voor het college", "Citizens' initiative · for the college"}) +
                       (input.document.id.empty() ? "" : " · " + tx.md(input.document.id)) + "\n\n";
    head += md_field(say(lang, {"Kern", "Village"}), tx.at(&doc, "kern"));
    if (auto t = text_at(&doc, "type"))
        head += md_field(say(lang, {"Soort initiatief", "Kind of initiative"}), tx.md(value_label("type", *t, lang)));
    if (auto o = text_at(&doc, "omvang"))
        head += md_field(say(lang, {"Omvang", "Size"}), tx.md(value_label("omvang", *o, lang)));
    head += md_field(say(lang, {"Ingediend", "Submitted"}), tx.date(&doc, "ingediend"));
    const auto status = text_at(&doc, "status");
    if (status)
        head += md_field(say(lang, {"Status", "Status"}), tx.md(value_label("initiatief_status", *status, lang)));
    r.page.sections.push_back(PageSection{"kop", "head", {PageBlock{head, {}}}});

    if (input.personal == PersonalData::include) {
        std::string md =
            say(lang, {"## Initiatiefnemer\n\n", "## Initiator\n\n"}) +
            say(lang, {"*Persoonsgegevens: niet openbaar maken.*\n\n", "*Personal data: do not publish.*\n\n"});
        std::string fields = md_field(say(lang, {"Naam", "Name"}), tx.at(person, "naam")) +
                             md_field(say(lang, {"Organisatie", "Organisation"}), tx.at(person, "organisatie")) +
                             md_field(say(lang, {"Contact", "Contact"}), tx.at(person, "contact"));
        md += fields.empty() ? missing(lang) : fields;
        r.page.sections.push_back(PageSection{"initiatiefnemer", "box personal", {PageBlock{md, {}}}});
    }
    std::vector<Finding> findings = input.findings;
    for (Finding& f : findings) {
        // A finding about the initiator's own data may quote it: say only that.
        const bool about_initiator = f.node == "initiatiefnemer" || f.node.starts_with("initiatiefnemer.") ||
                                     f.node.starts_with("initiatiefnemer[");
        if (input.personal == PersonalData::leave_out && about_initiator) {
            f.message = say(lang, {"de gegevens van de initiatiefnemer zijn niet compleet of niet goed ingevuld; "
                                   "de behandelaar ziet wat er mist met mee check",
                                   "the initiator's details are incomplete or not filled in correctly; the case "
                                   "officer sees what is missing with mee check"});
        } else {
            f.message = redact(f.message, tx.secrets, placeholder);
        }
    }
    r.page.sections.push_back(findings_section(findings, lang, input.codes));

    const Node* intake = doc.get("intake");
    const Node* gesprek = child(intake, "gesprek");

    // The idea (question 2 of the intake).
    {
        const std::string idee = tx.at(gesprek, "idee");
        r.page.sections.push_back(PageSection{
            "idee",
            "part",
            {PageBlock{say(lang, {"## Het idee\n\n", "## The idea\n\n"}) + (idee.empty() ? missing(lang) : idee + "\n"),
                       {}}}});
    }

    // The intake (§2.2.2a).
    {
        std::string md = say(lang, {"## Intake\n\n", "## Intake\n\n"});
        std::string dates = md_field(say(lang, {"Eerste contact", "First contact"}), tx.date(intake, "contact")) +
                            md_field(say(lang, {"Intakegesprek", "Intake conversation"}), tx.date(intake, "datum"));
        if (auto submitted = date_value(doc.get("ingediend"))) {
            const Node* first = child(intake, "contact");
            if (first == nullptr && intake != nullptr && intake->is_mapping()) first = intake->get("datum");
            if (auto contact = date_value(first)) {
                const long days = days_from_civil(*contact) - days_from_civil(*submitted);
                dates += md_field(say(lang, {"Dagen tot eerste contact", "Days to first contact"}),
                                  say(lang,
                                      {"{0} (binnen vier weken is de afspraak, §2.2.2a)",
                                       "{0} (the promise is within four weeks, §2.2.2a)"},
                                      days));
            }
        }
        md += dates.empty() ? missing(lang) : dates + "\n";
        if (gesprek != nullptr && gesprek->is_mapping()) {
            for (const Question& q : k_questions) {
                const std::string answer = tx.at(gesprek, q.key);
                md += "**" + md_text(say(lang, q.text)) + "**\n\n" + (answer.empty() ? missing(lang) : answer + "\n") +
                      "\n";
            }
        }
        r.page.sections.push_back(PageSection{"intake", "part", {PageBlock{md, {}}}});
    }

    // The assessment (§2.2.1, §2.2.2b–c).
    {
        const Node* b = doc.get("beoordeling");
        std::string md = say(lang, {"## Beoordeling\n\n", "## Assessment\n\n"});
        std::string fields =
            md_field(say(lang, {"Past in het beleid", "Fits the policy"}), yes_no(b, "past_in_beleid", lang)) +
            md_field(say(lang, {"Draagt bij aan de doelen van het beleid", "Contributes to the policy's goals"}),
                     yes_no(b, "draagt_bij", lang));
        if (auto u = text_at(b, "uitkomst")) {
            fields +=
                md_field(say(lang, {"Uitkomst", "Outcome"}), "**" + tx.md(value_label("uitkomst", *u, lang)) + "**");
        }
        if (auto route = text_at(b, "route"))
            fields += md_field(say(lang, {"Route", "Route"}), tx.md(value_label("route", *route, lang)));
        fields += md_field(say(lang, {"Intaketafel", "Intake table"}), tx.date(b, "intaketafel"));
        md += fields.empty() ? missing(lang) : fields;
        const auto& conditions = items_of(child(b, "voorwaarden"));
        if (!conditions.empty()) {
            md += say(lang, {"\n**Voorwaarden:**\n\n", "\n**Conditions:**\n\n"});
            for (const Node& c : conditions) {
                if (auto t = scalar_text(&c)) md += "- " + tx.md(*t) + "\n";
            }
        }
        r.page.sections.push_back(PageSection{"beoordeling", "part", {PageBlock{md, {}}}});
    }

    // The decision (§2.2.3) and the letter to the initiator.
    {
        const Node* b = doc.get("besluit");
        std::string md = say(lang, {"## Besluit\n\n", "## Decision\n\n"});
        std::string fields = md_field(say(lang, {"Datum", "Date"}), tx.date(b, "datum"));
        if (auto by = text_at(b, "door"))
            fields += md_field(say(lang, {"Door", "By"}), tx.md(value_label("door", *by, lang)));
        std::string support;
        for (const Node& s : items_of(child(b, "ondersteuning"))) {
            if (auto t = scalar_text(&s))
                support += (support.empty() ? "" : ", ") + tx.md(value_label("ondersteuning", *t, lang));
        }
        fields += md_field(say(lang, {"Ondersteuning", "Support"}), support);
        fields += md_field(say(lang, {"Projectleider", "Project leader"}), tx.at(b, "projectleider"));
        fields += md_field(say(lang, {"Mededeling aan de initiatiefnemer", "Letter to the initiator"}),
                           tx.date(doc.get("mededeling"), "datum"));
        md += fields.empty() ? missing(lang) : fields;
        r.page.sections.push_back(PageSection{"besluit", "part", {PageBlock{md, {}}}});
    }

    // The initiator's experience (§3.6), once there is one.
    if (const Node* e = doc.get("evaluatie"); e != nullptr && e->is_mapping()) {
        std::string md = say(lang, {"## Evaluatie\n\n", "## Evaluation\n\n"});
        if (auto score = integer_value(e->get("tevredenheid"))) {
            md +=
                md_field(say(lang, {"Tevredenheid", "Satisfaction"}), say(lang, {"{0} van 5", "{0} out of 5"}, *score));
        }
        md += md_field(say(lang, {"Toelichting", "Explanation"}), tx.at(e, "toelichting"));
        r.page.sections.push_back(PageSection{"evaluatie", "part", {PageBlock{md, {}}}});
    }
    r.page.footer = redact(footer_text(input.document, input.today, lang), tx.secrets, placeholder);

    r.entry.kind = DocKind::initiatief;
    // Every text of the initiative, the id and the fixed-list values too (a
    // value outside the list is shown as written), without the initiator.
    r.entry.id = redact(input.document.id, tx.secrets, placeholder);
    r.entry.title = r.page.title;
    if (status) r.entry.status = redact(value_label("initiatief_status", *status, lang), tx.secrets, placeholder);
    r.entry.open = attention_points(input.findings);
    return r;
}

}  // namespace mee
