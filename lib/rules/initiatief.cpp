// Citizens' initiatives (§2.2): MEE301–MEE313 and MEE317.

#include "base/filled.hpp"
#include "base/suggest.hpp"
#include "policy/plan_view.hpp"
#include "rules/rule.hpp"
#include "rules/values.hpp"
#include "yaml/access.hpp"

#include <algorithm>

namespace mee::rules {

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

void mee301(const RuleInput& in, const Flag& flag)
{
    const auto submitted = date_value(in.root.get("ingediend"));
    const Node* contact = first_contact(in);
    const auto when = date_value(contact);
    if (!submitted || !when) return;
    const long days = days_between(*submitted, *when);
    if (days <= in.profile.intake_days) return;
    flag(contact->mark, say(in.lang,
                            {"het eerste contact was {0} dagen na indiening ({1}); het beleid vraagt contact binnen "
                             "{2} dagen (§2.2.2 stap 2a)",
                             "first contact was {0} days after submission ({1}); the policy asks for contact "
                             "within {2} days (§2.2.2 step 2a)"},
                            days, format_date(*submitted), in.profile.intake_days));
}

extern const Rule MEE301{
    .code = "MEE301",
    .scope = Scope::initiatief,
    .severity = Severity::warning,
    .section = "§2.2.2 stap 2a",
    .title = {"eerste contact na meer dan 28 dagen", "first contact after more than 28 days"},
    .why = {"Het beleid zegt dat de coördinator \"binnen vier weken contact\" opneemt met de indiener van een idee "
            "(§2.2.2, stap 2, onderdeel a). Het eerste contact was later dan dat.",
            "The policy says the coordinator contacts the person who submitted an idea within four weeks (§2.2.2, step "
            "2, part a). The first contact was later than that."},
    .fix = {"Was er eerder contact dan het intakegesprek, bijvoorbeeld per telefoon of mail, zet die datum dan onder "
            "intake.contact. Zonder intake.contact telt mee intake.datum als eerste contact.",
            "If there was contact before the intake conversation, by phone or e-mail for example, write that date "
            "under intake.contact. Without intake.contact, mee counts intake.datum as the first contact."},
    .example =
        "ingediend: 2026-01-12\n"
        "intake:\n"
        "  contact: 2026-01-19\n"
        "  datum: 2026-01-30\n",
    .check = mee301,
    .values = values::intake_days,
};

void mee302(const RuleInput& in, const Flag& flag)
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
        flag(ingediend->mark,
             say(in.lang,
                 {"het initiatief heeft al {0}, maar de datum van het eerste contact staat er niet in: zet die "
                  "onder intake.contact (de jaarcijfers tellen contact binnen {1} dagen, §3.6)",
                  "the initiative already has {0}, but the date of first contact is not recorded: write it under "
                  "intake.contact (the annual figures count contact within {1} days, §3.6)"},
                 decided, in.profile.intake_days));
        return;
    }
    flag(ingediend->mark, say(in.lang,
                              {"{0} dagen na indiening is er nog geen contact met de initiatiefnemer; neem binnen "
                               "{1} dagen contact op en zet de datum bij intake.contact",
                               "{0} days after submission there has been no contact with the initiator yet; make "
                               "contact within {1} days and record the date in intake.contact"},
                              days, in.profile.intake_days));
}

extern const Rule MEE302{
    .code = "MEE302",
    .scope = Scope::initiatief,
    .severity = Severity::warning,
    .section = "§2.2.2 stap 2a",
    .title = {"nog geen contact na 28 dagen", "no contact yet after 28 days"},
    .why = {"Het beleid zegt dat de coördinator binnen vier weken contact opneemt met de indiener van een idee "
            "(§2.2.2, stap 2, onderdeel a). Bij dit initiatief is nog geen contact geweest, en die termijn is voorbij. "
            "Heeft het initiatief al een beoordeling, een besluit of een status als besloten, dan was er wel contact, "
            "maar staat de datum er niet in; de jaarcijfers (§3.6) tellen die datum.",
            "The policy says the coordinator contacts the person who submitted an idea within four weeks (§2.2.2, step "
            "2, part a). This initiative has had no contact yet, and that time has passed. When the initiative already "
            "has a beoordeling, a besluit or a status such as besloten, there was contact, but its date is not "
            "recorded; the annual figures (§3.6) count that date."},
    .fix = {"Neem nu contact op met de initiatiefnemer en zet de datum onder intake.contact. Was er al contact, zet "
            "dan die datum onder intake.contact.",
            "Contact the initiator now and write the date under intake.contact. If there was contact already, write "
            "that date under intake.contact."},
    .example =
        "intake:\n"
        "  contact: 2026-01-19\n",
    .check = mee302,
    .values = values::intake_days,
};

void mee303(const RuleInput& in, const Flag& flag)
{
    if (!intake_held(in)) return;
    const Node* intake = part(in, "intake");
    const Entry* intake_entry = in.root.entry("intake");
    // Question 1: contact details.
    const Node* person = part(in, "initiatiefnemer");
    for (const char* key : {"naam", "contact"}) {
        const Node* node = child(person, key);
        const auto value = scalar_text(node);
        if (value && has_content(*value)) continue;
        const bool blank = !value || value->find_first_not_of(" \t\n") == std::string_view::npos;
        // A placeholder is a wrong value (its node); a missing one is a missing key (its parent's key).
        const Mark mark = !blank ? node->mark : top_key_mark(in.root, "initiatiefnemer");
        flag(mark, say(in.lang,
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
        const Node* value = child(gesprek, key);
        const auto text = text_value(value);
        if (text && is_filled(*text, static_cast<std::size_t>(in.profile.filled_min_words))) continue;
        if (value != nullptr && !text) continue;  // the schema reports the type
        const Mark mark = value != nullptr           ? value->mark
                          : gesprek_entry != nullptr ? gesprek_entry->key_mark
                                                     : intake_entry->key_mark;
        flag(mark, say(in.lang,
                       {"intakevraag {0} is niet beantwoord: vul intake.gesprek.{1} in (§2.2.2 stap 2a)",
                        "intake question {0} is not answered: fill in intake.gesprek.{1} (§2.2.2 step 2a)"},
                       i + 2, key));
    }
}

extern const Rule MEE303{
    .code = "MEE303",
    .scope = Scope::initiatief,
    .severity = Severity::error,
    .section = "§2.2.2 stap 2a",
    .title = {"intakevraag niet beantwoord", "an intake answer is not filled"},
    .why = {"Het beleid noemt acht vragen die in het intakegesprek aan bod komen (§2.2.2, stap 2, onderdeel a). Vraag "
            "1 zijn de contactgegevens: initiatiefnemer.naam en initiatiefnemer.contact. De vragen 2 tot en met 8 zijn "
            "de zeven teksten onder intake.gesprek. Zonder alle antwoorden is het initiatief niet goed te beoordelen.",
            "The policy lists eight questions for the intake conversation (§2.2.2, step 2, part a). Question 1 is the "
            "contact details: initiatiefnemer.naam and initiatiefnemer.contact. Questions 2 to 8 are the seven texts "
            "under intake.gesprek. Without all the answers, the initiative cannot be judged well."},
    .fix = {"Vul na het gesprek alle antwoorden in: naam en contact onder initiatiefnemer, en idee, doel, buren, "
            "samenwerking, wanneer, kosten en hulp onder intake.gesprek.",
            "After the conversation, fill in every answer: naam and contact under initiatiefnemer, and idee, doel, "
            "buren, samenwerking, wanneer, kosten and hulp under intake.gesprek."},
    .example =
        "initiatiefnemer: {naam: J. Jansen, contact: j.jansen@example.nl}\n"
        "intake:\n"
        "  datum: 2026-01-30\n"
        "  gesprek:\n"
        "    idee: Een jeu-de-boulesbaan op het grasveld naast De Schakel.\n"
        "    doel: Ontmoeting voor ouderen in de wijk.\n"
        "    buren: Twintig buren tekenden een steunlijst.\n"
        "    samenwerking: Samen met de ouderenbond en SAAM Welzijn.\n"
        "    wanneer: Aanleg in het voorjaar, opening in mei.\n"
        "    kosten: 6500 euro, deels eigen bijdrage.\n"
        "    hulp: Grond in bruikleen en advies over de ondergrond.\n",
    .check = mee303,
    .values = values::filled_words,
};

void mee317(const RuleInput& in, const Flag& flag)
{
    // An empty or absent titel is MEE004 (the schema requires it).
    if (const Node* titel = in.root.get("titel")) {
        const auto text = scalar_text(titel);
        if (text && !has_content(*text) && text->find_first_not_of(" \t\n") != std::string_view::npos) {
            flag(titel->mark, say(in.lang,
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
        const Node* node = child(person, key);
        const auto value = scalar_text(node);
        const bool blank = !value || value->find_first_not_of(" \t\n") == std::string_view::npos;
        const Mark mark = !blank              ? node->mark
                          : person != nullptr ? in.root.entry("initiatiefnemer")->key_mark
                                              : Mark{1, 1};
        flag(mark, say(in.lang,
                       {"initiatiefnemer.{0} is niet ingevuld: de coördinator neemt binnen vier weken contact op "
                        "met de indiener; zet de naam en een e-mailadres of telefoonnummer erbij (§2.2.2 stap 2a)",
                        "initiatiefnemer.{0} is not filled in: the coordinator contacts the submitter within four "
                        "weeks; add the name and an e-mail address or phone number (§2.2.2 step 2a)"},
                       key));
    }
}

extern const Rule MEE317{
    .code = "MEE317",
    .scope = Scope::initiatief,
    .severity = Severity::error,
    .section = "§2.2.2 stap 1 en 2a",
    .title = {"titel of contactgegevens niet ingevuld", "titel or contact details not filled in"},
    .why = {"Een initiatief komt binnen via het digitale loket (§2.2.2, stap 1), en de coördinator neemt binnen vier "
            "weken contact op met de indiener (stap 2a). Daarvoor moet vanaf het indienen duidelijk zijn om welk idee "
            "het gaat (titel) en wie het indiende en hoe die te bereiken is (initiatiefnemer.naam en "
            "initiatiefnemer.contact). Een tekst als 'nog invullen' of 'n.t.b.' telt niet als ingevuld. Na het "
            "intakegesprek meldt MEE303 ontbrekende contactgegevens.",
            "An initiative comes in through the digital loket (§2.2.2, step 1), and the coordinator contacts the "
            "submitter within four weeks (step 2a). For that, it must be clear from submission on which idea it is "
            "(titel) and who submitted it and how to reach them (initiatiefnemer.naam and initiatiefnemer.contact). A "
            "text such as 'nog invullen' or 'n.t.b.' does not count as filled in. After the intake conversation, "
            "MEE303 reports missing contact details."},
    .fix = {"Geef het initiatief een korte titel en zet onder initiatiefnemer de naam en een e-mailadres of "
            "telefoonnummer van de indiener.",
            "Give the initiative a short titel and put the submitter's name and an e-mail address or phone number "
            "under initiatiefnemer."},
    .example =
        "titel: Jeu-de-boulesbaan De Koele\n"
        "initiatiefnemer:\n"
        "  naam: J. Jansen\n"
        "  contact: j.jansen@example.nl\n",
    .check = mee317,
};

void mee304(const RuleInput& in, const Flag& flag)
{
    const Node* b = part(in, "beoordeling");
    const Node* node = child(b, "uitkomst");
    const auto outcome = text_value(node);
    if (!outcome) return;
    const auto fits = bool_value(b->get("past_in_beleid"));
    const auto helps = bool_value(b->get("draagt_bij"));
    if (fits == false && *outcome != "afwijzen") {
        flag(node->mark, say(in.lang,
                             {"het initiatief past niet in het beleid, dan is de uitkomst afwijzen, niet {0} "
                              "(afwegingskader, §2.2.1)",
                              "the initiative does not fit the policy, so the outcome is afwijzen, not {0} "
                              "(afwegingskader, §2.2.1)"},
                             *outcome));
    } else if (fits == true && helps == false && *outcome == "ja") {
        flag(node->mark,
             say(in.lang, {"het initiatief draagt niet bij aan de doelen, dan kan de uitkomst hooguit ja-mits "
                           "zijn, niet ja (afwegingskader, §2.2.1)",
                           "the initiative does not contribute to the goals, so the outcome can be ja-mits at "
                           "most, not ja (afwegingskader, §2.2.1)"}));
    }
}

extern const Rule MEE304{
    .code = "MEE304",
    .scope = Scope::initiatief,
    .severity = Severity::error,
    .section = "§2.2.1",
    .title = {"uitkomst gunstiger dan het afwegingskader toestaat",
              "uitkomst more favourable than the afwegingskader allows"},
    .why = {"Het afwegingskader in §2.2.1 zegt: past het initiatief in het beleid en draagt het bij aan de doelen, dan "
            "ja. Past het wel maar draagt het niet bij, dan ja, mits. Past het niet in het beleid, dan afwijzen. De "
            "uitkomst mag niet gunstiger zijn dan dit kader toestaat.",
            "The assessment framework in §2.2.1 says: if the initiative fits the policy and helps reach its goals, ja. "
            "If it fits but does not help, ja-mits (yes, on conditions). If it does not fit the policy, afwijzen "
            "(reject). The outcome may not be more favourable than this framework allows."},
    .fix = {"Controleer past_in_beleid en draagt_bij onder beoordeling. Past het niet in het beleid, dan is de "
            "uitkomst afwijzen; draagt het niet bij, dan ja-mits met voorwaarden, of afwijzen.",
            "Check past_in_beleid and draagt_bij under beoordeling. If it does not fit the policy, the uitkomst is "
            "afwijzen; if it does not help reach the goals, ja-mits with voorwaarden, or afwijzen."},
    .example =
        "beoordeling:\n"
        "  past_in_beleid: true\n"
        "  draagt_bij: false\n"
        "  uitkomst: ja-mits\n"
        "  voorwaarden: [De buurt onderhoudt de baan zelf.]\n",
    .check = mee304,
};

void mee305(const RuleInput& in, const Flag& flag)
{
    const Node* b = part(in, "beoordeling");
    if (uitkomst(in) != "ja-mits") return;
    if (!items_of(b->get("voorwaarden")).empty()) return;
    const Entry* v = b->entry("voorwaarden");
    flag(v != nullptr ? v->key_mark : top_key_mark(in.root, "beoordeling"),
         say(in.lang, {"ja-mits zonder voorwaarden: noem onder voorwaarden waaraan het initiatief moet voldoen",
                       "ja-mits without voorwaarden: list under voorwaarden what the initiative must meet"}));
}

extern const Rule MEE305{
    .code = "MEE305",
    .scope = Scope::initiatief,
    .severity = Severity::error,
    .section = "§2.2.1",
    .title = {"ja-mits zonder voorwaarden", "ja-mits without voorwaarden"},
    .why = {"Volgens het afwegingskader krijgt een initiatief dat wel in het beleid past, maar niet bijdraagt aan de "
            "doelen: \"ja, mits\" (§2.2.1). Het college zegt ook \"onder welke voorwaarden\" het een initiatief steunt "
            "(§2.2.3, onderdeel b). Een ja-mits zonder voorwaarden zegt niet wat de mits is.",
            "According to the assessment framework, an initiative that fits the policy but does not help reach its "
            "goals gets ja-mits: yes, on conditions (§2.2.1). The college also states on which conditions it supports "
            "an initiative (§2.2.3, part b). A ja-mits without voorwaarden does not say what the conditions are."},
    .fix = {"Zet onder beoordeling.voorwaarden de voorwaarden, als lijst.",
            "List the conditions under beoordeling.voorwaarden."},
    .example =
        "beoordeling:\n"
        "  uitkomst: ja-mits\n"
        "  voorwaarden:\n"
        "    - De buurt onderhoudt de baan zelf.\n"
        "    - Er wordt na 22.00 uur niet gespeeld.\n",
    .check = mee305,
};

void mee306(const RuleInput& in, const Flag& flag)
{
    const Node* b = part(in, "beoordeling");
    if (b == nullptr || in.root.get("besluit") == nullptr) return;
    const Node* route = b->get("route");
    const auto way = text_value(route);
    if (!way) return;
    if (*way == "direct" && text_at(&in.root, "omvang") == "groot") {
        flag(route->mark,
             say(in.lang, {"een groot initiatief gaat langs de intaketafel, niet direct (§2.2.2 stap 2c): zet "
                           "route op intaketafel met de datum",
                           "a large initiative goes through the intaketafel, not direct (§2.2.2 step 2c): set "
                           "route to intaketafel with its date"}));
    } else if (*way == "intaketafel" && b->get("intaketafel") == nullptr) {
        flag(route->mark, say(in.lang, {"route intaketafel zonder datum: zet de datum bij beoordeling.intaketafel",
                                        "route intaketafel without a date: put the date in beoordeling.intaketafel"}));
    }
}

extern const Rule MEE306{
    .code = "MEE306",
    .scope = Scope::initiatief,
    .severity = Severity::error,
    .section = "§2.2.2 stap 2c",
    .title = {"verkeerde route of geen intaketafeldatum", "wrong route or no intaketafel date"},
    .why = {"Het beleid zegt: \"Kleine initiatieven of ideeën gaan direct naar de juiste personen\" en \"Grotere "
            "(integrale) initiatieven bespreken we aan de intaketafel\" (§2.2.2, stap 2, onderdelen b en c). Een groot "
            "initiatief gaat dus niet direct. En een initiatief dat naar de intaketafel gaat, heeft een datum voor die "
            "bespreking.",
            "The policy says small initiatives go directly to the right people, and larger ones are discussed at the "
            "intaketafel (§2.2.2, step 2, parts b and c). So a large initiative does not go directly. And an "
            "initiative that goes to the intaketafel has a date for that discussion."},
    .fix = {"Zet bij een groot initiatief beoordeling.route: intaketafel. Vul bij route: intaketafel onder "
            "beoordeling.intaketafel de datum van de bespreking in.",
            "For a large initiative, write beoordeling.route: intaketafel. With route: intaketafel, fill in the date "
            "of the discussion under beoordeling.intaketafel."},
    .example =
        "omvang: groot\n"
        "beoordeling:\n"
        "  route: intaketafel\n"
        "  intaketafel: 2026-02-17\n",
    .check = mee306,
};

void mee307(const RuleInput& in, const Flag& flag)
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
        {"ingediend", in.root.get("ingediend")},    {"intake.contact", child(intake, "contact")},
        {"intake.datum", child(intake, "datum")},   {"beoordeling.intaketafel", child(b, "intaketafel")},
        {"besluit.datum", child(besluit, "datum")}, {"mededeling.datum", child(mededeling, "datum")},
    };
    std::optional<Date> latest;
    const char* latest_name = "";
    for (const Step& step : steps) {
        const auto date = date_value(step.node);
        if (!date) continue;
        if (latest && *date < *latest) {
            flag(step.node->mark, say(in.lang,
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

extern const Rule MEE307{
    .code = "MEE307",
    .scope = Scope::initiatief,
    .severity = Severity::error,
    .section = "§2.2.2 stap 1 en 2",
    .title = {"datums in de verkeerde volgorde", "dates out of order"},
    .why = {"Het beleid geeft de stappen van een initiatief in een vaste volgorde: indienen, contact en intakegesprek, "
            "intaketafel, besluit en de brief aan de initiatiefnemer (§2.2.2, stap 1 en stap 2; §2.2.3). Een datum die "
            "vóór een eerdere stap ligt, is meestal een tikfout.",
            "The policy gives the steps of an initiative in a fixed order: submission, contact and intake "
            "conversation, intaketafel, decision and the letter to the initiator (§2.2.2, step 1 and step 2; §2.2.3). "
            "A date that lies before an earlier step is usually a typo."},
    .fix = {"Controleer de datums. Ze moeten in deze volgorde liggen: ingediend, intake.contact, intake.datum, "
            "beoordeling.intaketafel, besluit.datum, mededeling.datum. Twee gelijke datums mogen.",
            "Check the dates. They must be in this order: ingediend, intake.contact, intake.datum, "
            "beoordeling.intaketafel, besluit.datum, mededeling.datum. Two equal dates are fine."},
    .example =
        "ingediend: 2026-01-12\n"
        "intake:\n"
        "  contact: 2026-01-19\n"
        "  datum: 2026-01-30\n"
        "besluit:\n"
        "  datum: 2026-03-10\n"
        "  door: college\n"
        "mededeling:\n"
        "  datum: 2026-03-17\n",
    .check = mee307,
};

void mee308(const RuleInput& in, const Flag& flag)
{
    if (part(in, "besluit") == nullptr || in.root.get("mededeling") != nullptr) return;
    // Missing: the mededeling the besluit asks for, so the besluit is where it stands.
    flag(top_key_mark(in.root, "besluit"),
         say(in.lang, {"er is een besluit maar geen mededeling: laat de initiatiefnemer het besluit weten en zet de "
                       "datum bij mededeling (§2.2.3c)",
                       "there is a besluit but no mededeling: tell the initiator the decision and record the date "
                       "in mededeling (§2.2.3c)"}));
}

extern const Rule MEE308{
    .code = "MEE308",
    .scope = Scope::initiatief,
    .severity = Severity::warning,
    .section = "§2.2.3c",
    .title = {"besluit zonder mededeling aan de initiatiefnemer", "besluit without mededeling"},
    .why = {"Na het besluit schrijft de adviseur inwonerbetrokkenheid een brief aan de initiatiefnemer, met het "
            "besluit, de hulp die hij kan verwachten en de volgende stappen (§2.2.3, onderdeel c). Zonder die brief "
            "weet de initiatiefnemer niet waar hij aan toe is.",
            "After the decision, the adviser writes a letter to the initiator with the decision, the help to expect "
            "and the next steps (§2.2.3, part c). Without that letter, the initiator does not know where they stand."},
    .fix = {"Stuur de brief en zet de datum onder mededeling.datum.",
            "Send the letter and write its date under mededeling.datum."},
    .example =
        "mededeling:\n"
        "  datum: 2026-03-17\n",
    .check = mee308,
};

void mee309(const RuleInput& in, const Flag& flag)
{
    const auto outcome = uitkomst(in);
    const Node* besluit = part(in, "besluit");
    if (outcome == "afwijzen" && besluit != nullptr && !items_of(besluit->get("ondersteuning")).empty()) {
        flag(besluit->entry("ondersteuning")->key_mark,
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
    flag(status_node->mark, outcome ? say(in.lang,
                                          {"status {0} past niet bij uitkomst {1}: dat is {2}",
                                           "status {0} does not match uitkomst {1}: that is {2}"},
                                          *status, *outcome, list)
                                    : say(in.lang,
                                          {"status {0} zonder beoordeling: zonder uitkomst is de status {1}",
                                           "status {0} without a beoordeling: without an uitkomst the status is {1}"},
                                          *status, list));
}

extern const Rule MEE309{
    .code = "MEE309",
    .scope = Scope::initiatief,
    .severity = Severity::warning,
    .section = "§2.2.3",
    .title = {"status past niet bij de uitkomst", "status does not match uitkomst"},
    .why = {"Het afwegingskader zegt bij afwijzen: \"geen medewerking verlenen\" (§2.2.1). Een afgewezen initiatief "
            "krijgt dus geen ondersteuning. De status moet ook passen bij de uitkomst van het besluit (§2.2.3); anders "
            "klopt het jaaroverzicht niet (§3.6).",
            "The assessment framework says that a rejected initiative gets no cooperation (§2.2.1). So a rejected "
            "initiative gets no ondersteuning. The status must also match the outcome of the decision (§2.2.3); "
            "otherwise the annual overview is wrong (§3.6)."},
    .fix = {"Haal ondersteuning weg bij afwijzen, of verbeter de uitkomst. Kies de status die past: bij afwijzen "
            "afgewezen of ingetrokken; bij ja of ja-mits besloten, uitgevoerd of ingetrokken; zonder beoordeling "
            "ingediend, in-behandeling of ingetrokken.",
            "Remove ondersteuning with afwijzen, or correct the uitkomst. Choose the status that fits: with afwijzen, "
            "afgewezen or ingetrokken; with ja or ja-mits, besloten, uitgevoerd or ingetrokken; without beoordeling, "
            "ingediend, in-behandeling or ingetrokken."},
    .example =
        "beoordeling:\n"
        "  past_in_beleid: false\n"
        "  draagt_bij: false\n"
        "  uitkomst: afwijzen\n"
        "status: afgewezen\n",
    .check = mee309,
};

void mee310(const RuleInput& in, const Flag& flag)
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
    flag(node->mark, message);
}

extern const Rule MEE310{
    .code = "MEE310",
    .scope = Scope::initiatief,
    .severity = Severity::warning,
    .section = "§3.6",
    .title = {"onbekende kern", "unknown kern"},
    .why = {"Het beleid telt initiatieven naar geografische herkomst (§3.6). Daarvoor moet kern een kern of buurtschap "
            "uit het profiel zijn. Een andere schrijfwijze wordt apart geteld.",
            "The policy counts initiatives by where they come from (§3.6). For that, kern must be a village (kern) or "
            "hamlet (buurtschap) of the profile. A different spelling is counted separately."},
    .fix =
        {"Schrijf de kern of buurtschap zoals in de lijst hieronder; mee stelt de naam voor die er het meest op lijkt.",
         "Write the kern or buurtschap as in the list below; mee suggests the closest name."},
    .example = "kern: Lemelerveld\n",
    .check = mee310,
    .values = values::places,
};

void mee311(const RuleInput& in, const Flag& flag)
{
    const Node* status = in.root.get("status");
    if (text_value(status) != "uitgevoerd" || in.root.get("evaluatie") != nullptr) return;
    // Missing: the evaluatie that `status: uitgevoerd` asks for, so the status is where it stands.
    flag(status->mark,
         say(in.lang, {"uitgevoerd zonder evaluatie: vraag de initiatiefnemer hoe de ondersteuning beviel "
                       "(tevredenheid 1 tot 5), voor de jaarlijkse indicatoren (§3.6)",
                       "uitgevoerd without evaluatie: ask the initiator how the support went (tevredenheid 1 "
                       "to 5), for the annual indicators (§3.6)"}));
}

extern const Rule MEE311{
    .code = "MEE311",
    .scope = Scope::initiatief,
    .severity = Severity::info,
    .section = "§3.6",
    .title = {"uitgevoerd zonder evaluatie", "uitgevoerd without evaluatie"},
    .why = {"Het beleid meet hoe initiatiefnemers de steun van de gemeente hebben ervaren, bijvoorbeeld met een "
            "enquête of een interview (§3.6). Dat komt in het jaaroverzicht. Bij een uitgevoerd initiatief hoort "
            "daarom een evaluatie.",
            "The policy measures how initiators experienced the municipality's support, for example with a survey or "
            "an interview (§3.6). That goes into the annual overview. So a carried-out initiative has an evaluatie."},
    .fix = {"Vraag de initiatiefnemer hoe de steun was. Vul onder evaluatie de tevredenheid (1 tot en met 5) en een "
            "toelichting in.",
            "Ask the initiator how the support was. Under evaluatie, fill in tevredenheid (1 to 5) and a toelichting."},
    .example =
        "evaluatie:\n"
        "  tevredenheid: 4\n"
        "  toelichting: Snel geholpen; de subsidieaanvraag was ingewikkeld.\n",
    .check = mee311,
};

void mee312(const RuleInput& in, const Flag& flag)
{
    const Node* besluit = part(in, "besluit");
    if (besluit == nullptr || besluit->get("projectleider") != nullptr) return;
    for (const Node& kind : items_of(besluit->get("ondersteuning"))) {
        if (text_value(&kind) != "samenwerking") continue;
        flag(kind.mark,
             say(in.lang, {"de gemeente werkt samen met het initiatief, maar er is geen projectleider: noem "
                           "besluit.projectleider (§2.2.3b)",
                           "the municipality works together with the initiative, but there is no projectleider: "
                           "name besluit.projectleider (§2.2.3b)"}));
        return;
    }
}

extern const Rule MEE312{
    .code = "MEE312",
    .scope = Scope::initiatief,
    .severity = Severity::warning,
    .section = "§2.2.3b",
    .title = {"samenwerking zonder projectleider", "samenwerking without projectleider"},
    .why = {"Het beleid zegt: \"Bij initiatieven waarbij de gemeente actief samenwerkt, benoemen we een projectleider "
            "die samen met de initiatiefnemer het initiatief verder oppakt\" (§2.2.3, onderdeel b).",
            "The policy says that when the municipality actively works together on an initiative, we appoint a project "
            "leader who takes it further together with the initiator (§2.2.3, part b)."},
    .fix = {"Zet onder besluit.projectleider wie de projectleider is.",
            "Write under besluit.projectleider who the project leader is."},
    .example =
        "besluit:\n"
        "  ondersteuning: [samenwerking, expertise]\n"
        "  projectleider: M. de Vries\n",
    .check = mee312,
};

void mee313(const RuleInput& in, const Flag& flag)
{
    const Node* besluit = part(in, "besluit");
    const Node* door = child(besluit, "door");
    const auto who = text_value(door);
    if (!who || *who == "college") return;
    const bool large = text_at(&in.root, "omvang") == "groot";
    const bool via_table = text_at(part(in, "beoordeling"), "route") == "intaketafel";
    if (!large && !via_table) return;
    flag(door->mark,
         say(in.lang,
             {"over {0} besluit het college, niet de {1} (§2.2.3)",
              "{0} is decided by the college, not the {1} (§2.2.3)"},
             large ? say(in.lang, {"een groot initiatief", "a large initiative"})
                   : say(in.lang, {"een initiatief via de intaketafel", "an initiative through the intaketafel"}),
             *who));
}

extern const Rule MEE313{
    .code = "MEE313",
    .scope = Scope::initiatief,
    .severity = Severity::error,
    .section = "§2.2.3a-b",
    .title = {"groot initiatief niet door het college besloten", "large initiative not decided by the college"},
    .why = {"Voor grote initiatieven en initiatieven aan de intaketafel maakt de adviseur een voorstel aan het "
            "college, en dan geldt: \"Het college beslist\" (§2.2.3, onderdelen a en b). Alleen kleine initiatieven "
            "die direct gaan, kan de coördinator afhandelen.",
            "For large initiatives and initiatives at the intaketafel, the adviser makes a proposal to the college, "
            "and then the college decides (§2.2.3, parts a and b). Only small initiatives that go directly can be "
            "handled by the coordinator."},
    .fix = {"Zet besluit.door op college als het college heeft besloten. Heeft iemand anders besloten, leg het "
            "initiatief dan eerst aan het college voor.",
            "Set besluit.door to college if the college decided. If someone else decided, put the initiative to the "
            "college first."},
    .example =
        "omvang: groot\n"
        "besluit:\n"
        "  datum: 2026-03-10\n"
        "  door: college\n",
    .check = mee313,
};

}  // namespace mee::rules
