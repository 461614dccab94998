#include "rules/deviation.hpp"

#include "base/filled.hpp"
#include "rules/catalog.hpp"
#include "yaml/tree.hpp"

namespace mee {

namespace {

bool looks_like_code(const std::string& s)
{
    return s.size() == 6 && s.starts_with("MEE") && std::isdigit(static_cast<unsigned char>(s[3])) &&
           std::isdigit(static_cast<unsigned char>(s[4])) && std::isdigit(static_cast<unsigned char>(s[5]));
}

}  // namespace

void apply_deviations(const Node& root, const std::string& path, std::vector<Finding>& findings, Lang lang)
{
    const Node* list = root.get("regelafwijkingen");
    if (list == nullptr || !list->is_sequence()) return;
    std::vector<Finding> added;
    for (const Node& item : list->items) {
        if (!item.is_mapping()) continue;
        const Node* regel = item.get("regel");
        if (regel == nullptr || !regel->is_scalar() || !looks_like_code(regel->value))
            continue;  // the schema reports it
        const std::string& code = regel->value;
        if (find_rule(code) == nullptr) {
            added.push_back(Finding{path, regel->mark, Severity::error, "MEE004",
                                    say(lang,
                                        {"regel {0} bestaat niet; mee rules toont alle regels",
                                         "rule {0} does not exist; mee rules lists every rule"},
                                        code)});
            continue;
        }
        if (!deviation_allowed(code)) {
            added.push_back(Finding{path, regel->mark, Severity::error, "MEE004",
                                    say(lang,
                                        {"van regel {0} kan niet worden afgeweken: alleen MEE1xx, MEE2xx en MEE3xx "
                                         "(de regels van het beleid) staan afwijken toe",
                                         "rule {0} cannot be deviated from: only MEE1xx, MEE2xx and MEE3xx "
                                         "(the policy's rules) allow deviation"},
                                        code)});
            continue;
        }
        const Node* motivering = item.get("motivering");
        if (motivering == nullptr || !motivering->is_scalar() || !is_filled(motivering->value)) continue;
        bool any = false;
        for (Finding& f : findings) {
            if (f.code != code) continue;
            any = true;
            f.severity = Severity::info;
            f.message =
                say(lang,
                    {"gemotiveerd afgeweken: {0} (motivering: {1})", "deviated with motivation: {0} (motivation: {1})"},
                    f.message, one_line_text(motivering->value));
        }
        if (!any) {
            added.push_back(Finding{path, regel->mark, Severity::warning, "MEE009",
                                    say(lang,
                                        {"regelafwijking voor {0}, maar {0} vindt niets in dit document; "
                                         "verwijder deze afwijking",
                                         "deviation from {0}, but {0} finds nothing in this document; "
                                         "remove this deviation"},
                                        code)});
        }
    }
    findings.insert(findings.end(), added.begin(), added.end());
}

}  // namespace mee
