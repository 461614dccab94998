// Privacy: MEE501. Texts that get published must not carry e-mail
// addresses or phone numbers; `initiatiefnemer` is personal data that is
// never published, so it is exempt.

#include "node_access.hpp"
#include "privacy.hpp"
#include "rules_more.hpp"

namespace mee::privacy_rules {

namespace {

void scan(const RuleInput& in, const Report& report, const Node& node)
{
    if (node.is_mapping()) {
        for (const Entry& e : node.entries) {
            if (&node == &in.root && e.key == "initiatiefnemer") continue;
            scan(in, report, e.value);
        }
    } else if (node.is_sequence()) {
        for (const Node& item : node.items) scan(in, report, item);
    } else if (node.is_scalar()) {
        const PersonalData found = find_personal_data(node.value);
        if (found == PersonalData::none) return;
        report(node.mark, found == PersonalData::email
                              ? say(in.lang, {"deze tekst bevat een e-mailadres en wordt gepubliceerd: haal het weg; "
                                              "contactgegevens horen alleen bij initiatiefnemer",
                                              "this text contains an e-mail address and gets published: remove it; "
                                              "contact details belong only under initiatiefnemer"})
                              : say(in.lang, {"deze tekst bevat een telefoonnummer en wordt gepubliceerd: haal het "
                                              "weg; contactgegevens horen alleen bij initiatiefnemer",
                                              "this text contains a phone number and gets published: remove it; "
                                              "contact details belong only under initiatiefnemer"}));
    }
}

}  // namespace

void mee501(const RuleInput& in, const Report& report) { scan(in, report, in.root); }

}  // namespace mee::privacy_rules
