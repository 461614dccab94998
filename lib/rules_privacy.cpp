// Privacy: MEE501. Texts that get published must not carry e-mail
// addresses, phone numbers, BSNs or IBANs; `initiatiefnemer` is personal data that is
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
        for (const Node& item : node.items)
            scan(in, report, item);
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
        report(node.mark, say(in.lang,
                              {"deze tekst bevat {0} {1} en wordt gepubliceerd: haal het weg; {2}",
                               "this text contains {0} {1} and gets published: remove it; {2}"},
                              article, what, where));
    }
}

}  // namespace

void mee501(const RuleInput& in, const Report& report)
{
    scan(in, report, in.root);
}

}  // namespace mee::privacy_rules
