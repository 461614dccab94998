// Privacy: MEE501. Texts that get published must not carry e-mail
// addresses, phone numbers, BSNs or IBANs; `initiatiefnemer` is personal data that is
// never published, so it is exempt.

#include "policy/privacy.hpp"
#include "rules/rule.hpp"
#include "yaml/access.hpp"

namespace mee::rules {

namespace {

void scan(const RuleInput& in, const Flag& flag, const Node& node)
{
    if (node.is_mapping()) {
        for (const Entry& e : node.entries) {
            if (&node == &in.root && e.key == "initiatiefnemer") continue;
            scan(in, flag, e.value);
        }
    } else if (node.is_sequence()) {
        for (const Node& item : node.items)
            scan(in, flag, item);
    } else if (node.is_scalar()) {
        const PersonalKind found = find_personal_data(node.value);
        if (found == PersonalKind::none) return;
        // Only an initiative has a place for contact details that stays unpublished.
        const std::string where = found == PersonalKind::bsn
                                      ? say(in.lang, {"een BSN hoort in geen enkel document van mee",
                                                      "a BSN belongs in no mee document at all"})
                                  : in.kind == DocKind::initiatief
                                      ? say(in.lang, {"contactgegevens horen alleen bij initiatiefnemer",
                                                      "contact details belong only under initiatiefnemer"})
                                      : say(in.lang, {"verwijs naar het algemene adres of de website van de gemeente",
                                                      "refer to the municipality's general address or website"});
        const std::string what = personal_data_name(found, in.lang);
        const std::string article = in.lang == Lang::nl ? "een" : (found == PersonalKind::email ? "an" : "a");
        flag(node.mark, say(in.lang,
                            {"deze tekst bevat {0} {1} en wordt gepubliceerd: haal het weg; {2}",
                             "this text contains {0} {1} and gets published: remove it; {2}"},
                            article, what, where));
    }
}

}  // namespace

void mee501(const RuleInput& in, const Flag& flag)
{
    scan(in, flag, in.root);
}

extern const Rule MEE501{
    .code = "MEE501",
    .scope = Scope::any,
    .severity = Severity::warning,
    .section = "§2.3.2",
    .title = {"e-mailadres of telefoonnummer in gepubliceerde tekst",
              "e-mail address or phone number in published text"},
    .why = {"Wat in de documenten staat, wordt openbaar: het eindverslag stellen we bijvoorbeeld beschikbaar aan "
            "iedereen (§2.1.5, stap 5). E-mailadressen en telefoonnummers zijn persoonsgegevens en horen daar niet in. "
            "Alleen onder initiatiefnemer mogen ze staan, want dat deel maakt mee nooit openbaar.",
            "What is in the documents becomes public: the eindverslag, for example, is made available to everyone "
            "(§2.1.5, step 5). E-mail addresses and phone numbers are personal data and do not belong there. They may "
            "only be under initiatiefnemer, because mee never publishes that part."},
    .fix = {"Haal het e-mailadres of telefoonnummer uit de tekst en verwijs naar een webpagina of een "
            "contactformulier. Contactgegevens van de initiatiefnemer horen onder initiatiefnemer.contact.",
            "Remove the e-mail address or phone number from the text and refer to a web page or a contact form "
            "instead. The initiator's contact details belong under initiatiefnemer.contact."},
    .example =
        "communicatie:\n"
        "  uitnodiging: |\n"
        "    Wilt u meedoen? Meld u aan op www.dalfsen.nl/centrum.\n",
    .check = mee501,
};

}  // namespace mee::rules
