#include "document/reference_tree.hpp"

#include <algorithm>

namespace mee {

namespace {

constexpr KeptKey k_werkvorm[] = {{"werkvorm", {}}};
constexpr KeptKey k_doel[] = {{"doel", {}}};
constexpr KeptKey k_moment[] = {{"datum", {}}, {"soort", {}}};
constexpr KeptKey k_wat[] = {{"wat", {}}};
constexpr KeptKey k_proces[] = {{"uitgevoerd", k_werkvorm}, {"afwijkingen", k_wat}};
constexpr KeptKey k_antwoord[] = {{"antwoord", {}}};
constexpr KeptKey k_afweging[] = {{"ruimte", k_antwoord}, {"geschikt", k_antwoord}, {"capaciteit", k_antwoord}};
constexpr KeptKey k_niveau[] = {{"niveau", {}}};

// Every key here is read by a Reach::project rule, by apply_deviations or
// by ProjectIndex::build, of the document itself ("own") or of another
// document that names it ("other"). A rule that starts to read another key
// must add it here; check_test compares every finding with whole trees.
constexpr KeptKey k_plan[] = {
    {"soort", {}},                       // document_mark: a finding about a missing top-level key
    {"id", {}},                          // MEE401 own and other
    {"regelafwijkingen", {}},            // apply_deviations, after every rule
    {"werkvormen", k_werkvorm},          // MEE203, MEE204 other
    {"doelen", k_doel},                  // MEE208, MEE209 other
    {"status", {}},                      // MEE212 other
    {"planning", k_moment},              // MEE402 own (moments: datum, soort, the item's mark)
    {"afweging", k_afweging},            // MEE402 own (is_inform_only: k_questions' answers)
    {"betrokkenheidsniveau", k_niveau},  // MEE402 own (is_inform_only: plan_level)
};
constexpr KeptKey k_eindverslag[] = {
    {"soort", {}},             // document_mark: a finding about a missing top-level key
    {"id", {}},                // MEE401 own and other
    {"regelafwijkingen", {}},  // apply_deviations, after every rule
    {"plan", {}},              // ProjectIndex::build; MEE201, MEE203, MEE204, MEE208,
                               // MEE209, MEE212 own (plan_of, plan_id); MEE403 own and other
    {"proces", k_proces},      // MEE203, MEE204 own (uitgevoerd, afwijkingen, their marks)
    {"doelen", k_doel},        // MEE208, MEE209 own (the items' marks)
};
constexpr KeptKey k_initiatief[] = {
    {"soort", {}},             // document_mark: a finding about a missing top-level key
    {"id", {}},                // MEE401 own and other
    {"regelafwijkingen", {}},  // apply_deviations, after every rule
};

void keep_only(Node& node, std::span<const KeptKey> keys)
{
    if (node.is_sequence()) {
        for (Node& item : node.items)
            keep_only(item, keys);
        return;
    }
    if (!node.is_mapping()) return;
    std::erase_if(node.entries, [&](const Entry& e) {
        return std::none_of(keys.begin(), keys.end(), [&](const KeptKey& k) { return k.key == e.key; });
    });
    node.entries.shrink_to_fit();
    for (Entry& e : node.entries) {
        const auto kept = std::find_if(keys.begin(), keys.end(), [&](const KeptKey& k) { return k.key == e.key; });
        if (!kept->inside.empty()) keep_only(e.value, kept->inside);
    }
}

}  // namespace

std::span<const KeptKey> reference_keys(DocKind kind)
{
    switch (kind) {
        case DocKind::plan:
            return k_plan;
        case DocKind::eindverslag:
            return k_eindverslag;
        case DocKind::initiatief:
            return k_initiatief;
    }
    return k_plan;
}

Node reference_tree(Node root, DocKind kind)
{
    if (root.is_mapping()) keep_only(root, reference_keys(kind));
    return root;
}

}  // namespace mee
