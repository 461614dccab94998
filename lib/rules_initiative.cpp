// Citizens' initiatives (§2.2): MEE301–MEE313 and MEE317.

#include "filled.hpp"
#include "node_access.hpp"
#include "plan_view.hpp"
#include "rules_more.hpp"
#include "suggest.hpp"

#include <algorithm>

namespace mee::initiative_rules {

namespace {

const Node* part(const RuleInput& in, std::string_view key)
{
    const Node* n = in.root.get(key);
    return n != nullptr && n->is_mapping() ? n : nullptr;
}

// The node of the first contact: intake.contact, else intake.datum.
const Node* first_contact(const RuleInput& in)
{
    const Node* intake = part(in, "intake");
    if (intake == nullptr) return nullptr;
    if (const Node* c = intake->get("contact")) return c;
    return intake->get("datum");
}

std::optional<std::string_view> uitkomst(const RuleInput& in)
{
    return text_at(part(in, "beoordeling"), "uitkomst");
}

// Whether the intake conversation took place: `intake.datum` is given and
// not after today (a planned intake has no answers yet).
bool intake_held(const RuleInput& in)
{
    const Node* intake = part(in, "intake");
    if (intake == nullptr || intake->get("datum") == nullptr) return false;
    const auto held = date_value(intake->get("datum"));
    return !(held && in.today < *held);
}

long days_between(const Date& from, const Date& to)
{
    return days_from_civil(to) - days_from_civil(from);
}

}  // namespace

void mee301(const RuleInput& in, const Report& report)
{
    const auto submitted = date_value(in.root.get("ingediend"));
    const Node* contact = first_contact(in);
    const auto when = date_value(contact);
    if (!submitted || !when) return;
    const long days = days_between(*submitted, *when);
    if (days <= in.profile.intake_days) return;
    report(contact->mark, say(in.lang,
                              {"het eerste contact was {0} dagen na indiening ({1}); het beleid vraagt contact binnen "
                               "{2} dagen (§2.2.2 stap 2a)",
                               "first contact was {0} days after submission ({1}); the policy asks for contact "
                               "within {2} days (§2.2.2 step 2a)"},
                              days, format_date(*submitted), in.profile.intake_days));
}

void mee302(const RuleInput& in, const Report& report)
{
    const Node* ingediend = in.root.get("ingediend");
    const auto submitted = date_value(ingediend);
    if (!submitted || first_contact(in) != nullptr || text_at(&in.root, "status") == "ingetrokken") return;
    const long days = days_between(*submitted, in.today);
    if (days <= in.profile.intake_days) return;
    // A decided initiative had contact; what is missing is its date, which
    // the annual figures need (cli.md: first contact within 28 days).
    std::string decided;
    const auto status = text_at(&in.root, "status");
    if (in.root.get("besluit") != nullptr) {
        decided = say(in.lang, {"een besluit", "a besluit"});
    } else if (uitkomst(in)) {
        decided = say(in.lang, {"een beoordeling (uitkomst {0})", "a beoordeling (uitkomst {0})"}, *uitkomst(in));
    } else if (status == "besloten" || status == "uitgevoerd" || status == "afgewezen") {
        decided = say(in.lang, {"status {0}", "status {0}"}, *status);
    }
    if (!decided.empty()) {
        report(ingediend->mark,
               say(in.lang,
                   {"het initiatief heeft al {0}, maar de datum van het eerste contact staat er niet in: zet die "
                    "onder intake.contact (de jaarcijfers tellen contact binnen {1} dagen, §3.6)",
                    "the initiative already has {0}, but the date of first contact is not recorded: write it under "
                    "intake.contact (the annual figures count contact within {1} days, §3.6)"},
                   decided, in.profile.intake_days));
        return;
    }
    report(ingediend->mark, say(in.lang,
                                {"{0} dagen na indiening is er nog geen contact met de initiatiefnemer; neem binnen "
                                 "{1} dagen contact op en zet de datum bij intake.contact",
                                 "{0} days after submission there has been no contact with the initiator yet; make "
                                 "contact within {1} days and record the date in intake.contact"},
                                days, in.profile.intake_days));
}

void mee303(const RuleInput& in, const Report& report)
{
    if (!intake_held(in)) return;
    const Node* intake = part(in, "intake");
    const Entry* intake_entry = in.root.entry("intake");
    // Question 1: contact details.
    const Node* person = part(in, "initiatiefnemer");
    for (const char* key : {"naam", "contact"}) {
        const Node* node = person != nullptr ? person->get(key) : nullptr;
        const auto value = scalar_text(node);
        if (value && has_content(*value)) continue;
        const bool blank = !value || value->find_first_not_of(" \t\n") == std::string_view::npos;
        // A placeholder is a wrong value (its node); a missing one is a missing key (its parent's key).
        const Mark mark = !blank ? node->mark : top_key_mark(in.root, "initiatiefnemer");
        report(mark, say(in.lang,
                         {"intakevraag 1 (contactgegevens): initiatiefnemer.{0} ontbreekt",
                          "intake question 1 (contact details): initiatiefnemer.{0} is missing"},
                         key));
    }
    // Questions 2–8: the conversation.
    static constexpr const char* k_questions[] = {"idee", "doel", "buren", "samenwerking", "wanneer", "kosten", "hulp"};
    const Node* gesprek = intake->get("gesprek");
    const Entry* gesprek_entry = intake->entry("gesprek");
    for (std::size_t i = 0; i < std::size(k_questions); ++i) {
        const char* key = k_questions[i];
        const Node* value = gesprek != nullptr && gesprek->is_mapping() ? gesprek->get(key) : nullptr;
        const auto text = text_value(value);
        if (text && is_filled(*text, static_cast<std::size_t>(in.profile.filled_min_words))) continue;
        if (value != nullptr && !text) continue;  // the schema reports the type
        const Mark mark = value != nullptr           ? value->mark
                          : gesprek_entry != nullptr ? gesprek_entry->key_mark
                                                     : intake_entry->key_mark;
        report(mark, say(in.lang,
                         {"intakevraag {0} is niet beantwoord: vul intake.gesprek.{1} in (§2.2.2 stap 2a)",
                          "intake question {0} is not answered: fill in intake.gesprek.{1} (§2.2.2 step 2a)"},
                         i + 2, key));
    }
}

void mee317(const RuleInput& in, const Report& report)
{
    // An empty or absent titel is MEE004 (the schema requires it).
    if (const Node* titel = in.root.get("titel")) {
        const auto text = scalar_text(titel);
        if (text && !has_content(*text) && text->find_first_not_of(" \t\n") != std::string_view::npos) {
            report(titel->mark, say(in.lang,
                                    {"titel is nog niet ingevuld ('{0}'): geef het initiatief een korte naam",
                                     "titel is not filled in yet ('{0}'): give the initiative a short name"},
                                    *text));
        }
    }
    // Before the intake; from the intake on, MEE303 asks for the contact details.
    if (intake_held(in)) return;
    const Node* person = part(in, "initiatiefnemer");
    for (const char* key : {"naam", "contact"}) {
        if (content_at(person, key)) continue;
        const Node* node = person != nullptr ? person->get(key) : nullptr;
        const auto value = scalar_text(node);
        const bool blank = !value || value->find_first_not_of(" \t\n") == std::string_view::npos;
        const Mark mark = !blank              ? node->mark
                          : person != nullptr ? in.root.entry("initiatiefnemer")->key_mark
                                              : Mark{1, 1};
        report(mark, say(in.lang,
                         {"initiatiefnemer.{0} is niet ingevuld: de coördinator neemt binnen vier weken contact op "
                          "met de indiener; zet de naam en een e-mailadres of telefoonnummer erbij (§2.2.2 stap 2a)",
                          "initiatiefnemer.{0} is not filled in: the coordinator contacts the submitter within four "
                          "weeks; add the name and an e-mail address or phone number (§2.2.2 step 2a)"},
                         key));
    }
}

void mee304(const RuleInput& in, const Report& report)
{
    const Node* b = part(in, "beoordeling");
    const Node* node = b != nullptr ? b->get("uitkomst") : nullptr;
    const auto outcome = text_value(node);
    if (!outcome) return;
    const auto fits = bool_value(b->get("past_in_beleid"));
    const auto helps = bool_value(b->get("draagt_bij"));
    if (fits == false && *outcome != "afwijzen") {
        report(node->mark, say(in.lang,
                               {"het initiatief past niet in het beleid, dan is de uitkomst afwijzen, niet {0} "
                                "(afwegingskader, §2.2.1)",
                                "the initiative does not fit the policy, so the outcome is afwijzen, not {0} "
                                "(afwegingskader, §2.2.1)"},
                               *outcome));
    } else if (fits == true && helps == false && *outcome == "ja") {
        report(node->mark,
               say(in.lang, {"het initiatief draagt niet bij aan de doelen, dan kan de uitkomst hooguit ja-mits "
                             "zijn, niet ja (afwegingskader, §2.2.1)",
                             "the initiative does not contribute to the goals, so the outcome can be ja-mits at "
                             "most, not ja (afwegingskader, §2.2.1)"}));
    }
}

void mee305(const RuleInput& in, const Report& report)
{
    const Node* b = part(in, "beoordeling");
    if (uitkomst(in) != "ja-mits") return;
    if (!items_of(b->get("voorwaarden")).empty()) return;
    const Entry* v = b->entry("voorwaarden");
    report(v != nullptr ? v->key_mark : top_key_mark(in.root, "beoordeling"),
           say(in.lang, {"ja-mits zonder voorwaarden: noem onder voorwaarden waaraan het initiatief moet voldoen",
                         "ja-mits without voorwaarden: list under voorwaarden what the initiative must meet"}));
}

void mee306(const RuleInput& in, const Report& report)
{
    const Node* b = part(in, "beoordeling");
    if (b == nullptr || in.root.get("besluit") == nullptr) return;
    const Node* route = b->get("route");
    const auto way = text_value(route);
    if (!way) return;
    if (*way == "direct" && text_at(&in.root, "omvang") == "groot") {
        report(route->mark,
               say(in.lang, {"een groot initiatief gaat langs de intaketafel, niet direct (§2.2.2 stap 2c): zet "
                             "route op intaketafel met de datum",
                             "a large initiative goes through the intaketafel, not direct (§2.2.2 step 2c): set "
                             "route to intaketafel with its date"}));
    } else if (*way == "intaketafel" && b->get("intaketafel") == nullptr) {
        report(route->mark,
               say(in.lang, {"route intaketafel zonder datum: zet de datum bij beoordeling.intaketafel",
                             "route intaketafel without a date: put the date in beoordeling.intaketafel"}));
    }
}

void mee307(const RuleInput& in, const Report& report)
{
    const Node* intake = part(in, "intake");
    const Node* b = part(in, "beoordeling");
    const Node* besluit = part(in, "besluit");
    const Node* mededeling = part(in, "mededeling");
    struct Step {
        const char* name;
        const Node* node;
    };
    const Step steps[] = {
        {"ingediend", in.root.get("ingediend")},
        {"intake.contact", intake != nullptr ? intake->get("contact") : nullptr},
        {"intake.datum", intake != nullptr ? intake->get("datum") : nullptr},
        {"beoordeling.intaketafel", b != nullptr ? b->get("intaketafel") : nullptr},
        {"besluit.datum", besluit != nullptr ? besluit->get("datum") : nullptr},
        {"mededeling.datum", mededeling != nullptr ? mededeling->get("datum") : nullptr},
    };
    std::optional<Date> latest;
    const char* latest_name = "";
    for (const Step& step : steps) {
        const auto date = date_value(step.node);
        if (!date) continue;
        if (latest && *date < *latest) {
            report(step.node->mark, say(in.lang,
                                        {"{0} ({1}) ligt voor {2} ({3}): de volgorde is ingediend, contact, intake, "
                                         "intaketafel, besluit, mededeling",
                                         "{0} ({1}) is before {2} ({3}): the order is ingediend, contact, intake, "
                                         "intaketafel, besluit, mededeling"},
                                        step.name, format_date(*date), latest_name, format_date(*latest)));
            continue;
        }
        latest = date;
        latest_name = step.name;
    }
}

void mee308(const RuleInput& in, const Report& report)
{
    if (part(in, "besluit") == nullptr || in.root.get("mededeling") != nullptr) return;
    // Missing: the mededeling the besluit asks for, so the besluit is where it stands.
    report(top_key_mark(in.root, "besluit"),
           say(in.lang, {"er is een besluit maar geen mededeling: laat de initiatiefnemer het besluit weten en zet de "
                         "datum bij mededeling (§2.2.3c)",
                         "there is a besluit but no mededeling: tell the initiator the decision and record the date "
                         "in mededeling (§2.2.3c)"}));
}

void mee309(const RuleInput& in, const Report& report)
{
    const auto outcome = uitkomst(in);
    const Node* besluit = part(in, "besluit");
    if (outcome == "afwijzen" && besluit != nullptr && !items_of(besluit->get("ondersteuning")).empty()) {
        report(besluit->entry("ondersteuning")->key_mark,
               say(in.lang, {"het initiatief is afgewezen maar krijgt ondersteuning: haal de ondersteuning weg of "
                             "herzie de uitkomst",
                             "the initiative is rejected but gets ondersteuning: remove the support or revise the "
                             "outcome"}));
    }
    const Node* status_node = in.root.get("status");
    const auto status = text_value(status_node);
    if (!status) return;
    std::vector<std::string_view> allowed;
    if (outcome == "afwijzen")
        allowed = {"afgewezen", "ingetrokken"};
    else if (outcome == "ja" || outcome == "ja-mits")
        allowed = {"besloten", "uitgevoerd", "ingetrokken"};
    else if (!outcome)
        allowed = {"ingediend", "in-behandeling", "ingetrokken"};
    else
        return;
    if (std::find(allowed.begin(), allowed.end(), *status) != allowed.end()) return;
    std::string list;
    for (std::size_t i = 0; i < allowed.size(); ++i)
        list += (i ? ", " : "") + std::string(allowed[i]);
    report(status_node->mark, outcome ? say(in.lang,
                                            {"status {0} past niet bij uitkomst {1}: dat is {2}",
                                             "status {0} does not match uitkomst {1}: that is {2}"},
                                            *status, *outcome, list)
                                      : say(in.lang,
                                            {"status {0} zonder beoordeling: zonder uitkomst is de status {1}",
                                             "status {0} without a beoordeling: without an uitkomst the status is {1}"},
                                            *status, list));
}

void mee310(const RuleInput& in, const Report& report)
{
    const Node* node = in.root.get("kern");
    const auto kern = text_value(node);
    if (!kern || in.profile.is_place(*kern)) return;
    std::string message =
        say(in.lang,
            {"'{0}' is geen kern of buurtschap van het profiel", "'{0}' is not a kern or buurtschap of the profile"},
            *kern);
    if (auto guess = did_you_mean(*kern, in.profile.places())) {
        message += say(in.lang, {"; bedoelde u '{0}'?", "; did you mean '{0}'?"}, *guess);
    } else {
        message += say(in.lang, {" (mee explain MEE310 toont de lijst)", " (mee explain MEE310 shows the list)"});
    }
    report(node->mark, message);
}

void mee311(const RuleInput& in, const Report& report)
{
    const Node* status = in.root.get("status");
    if (text_value(status) != "uitgevoerd" || in.root.get("evaluatie") != nullptr) return;
    // Missing: the evaluatie that `status: uitgevoerd` asks for, so the status is where it stands.
    report(status->mark,
           say(in.lang, {"uitgevoerd zonder evaluatie: vraag de initiatiefnemer hoe de ondersteuning beviel "
                         "(tevredenheid 1 tot 5), voor de jaarlijkse indicatoren (§3.6)",
                         "uitgevoerd without evaluatie: ask the initiator how the support went (tevredenheid 1 "
                         "to 5), for the annual indicators (§3.6)"}));
}

void mee312(const RuleInput& in, const Report& report)
{
    const Node* besluit = part(in, "besluit");
    if (besluit == nullptr || besluit->get("projectleider") != nullptr) return;
    for (const Node& kind : items_of(besluit->get("ondersteuning"))) {
        if (text_value(&kind) != "samenwerking") continue;
        report(kind.mark,
               say(in.lang, {"de gemeente werkt samen met het initiatief, maar er is geen projectleider: noem "
                             "besluit.projectleider (§2.2.3b)",
                             "the municipality works together with the initiative, but there is no projectleider: "
                             "name besluit.projectleider (§2.2.3b)"}));
        return;
    }
}

void mee313(const RuleInput& in, const Report& report)
{
    const Node* besluit = part(in, "besluit");
    const Node* door = besluit != nullptr ? besluit->get("door") : nullptr;
    const auto who = text_value(door);
    if (!who || *who == "college") return;
    const bool large = text_at(&in.root, "omvang") == "groot";
    const bool via_table = text_at(part(in, "beoordeling"), "route") == "intaketafel";
    if (!large && !via_table) return;
    report(door->mark,
           say(in.lang,
               {"over {0} besluit het college, niet de {1} (§2.2.3)",
                "{0} is decided by the college, not the {1} (§2.2.3)"},
               large ? say(in.lang, {"een groot initiatief", "a large initiative"})
                     : say(in.lang, {"een initiatief via de intaketafel", "an initiative through the intaketafel"}),
               *who));
}

}  // namespace mee::initiative_rules
