#include "document/reference_tree.hpp"

#include "tree_util.hpp"
#include "yaml/path.hpp"

#include <doctest/doctest.h>

using mee::DocKind;
using mee::Mark;

namespace {

const char* const k_plan =
    "soort: plan\n"              // 1
    "id: PVA-1\n"                // 2
    "titel: Een plan\n"          // 3
    "planning:\n"                // 4
    "  - wat: Avond\n"           // 5
    "    datum: 2026-01-01\n"    // 6
    "    soort: participatie\n"  // 7
    "  - datum: 2026-02-01\n"    // 8
    "    doelgroepen: [a, b]\n"  // 9
    "status: concept\n";         // 10

}  // namespace

TEST_CASE("reference_tree: the keys of the cross-document rules stay, whole or as far as they are read")
{
    const mee::Node whole = mee::test::parse_tree(k_plan);
    const mee::Node kept = mee::reference_tree(whole, DocKind::plan);
    REQUIRE(kept.is_mapping());
    std::vector<std::string> keys;
    for (const mee::Entry& e : kept.entries)
        keys.push_back(e.key);
    // soort too: a finding about the document as a whole stands at it.
    CHECK(keys == std::vector<std::string>{"soort", "id", "planning", "status"});
    CHECK(kept.mark == whole.mark);
    // Every moment stays, with its date and soort only.
    const mee::Node* planning = kept.get("planning");
    REQUIRE(planning != nullptr);
    REQUIRE(planning->items.size() == 2);
    CHECK(planning->items[0].entries.size() == 2);
    CHECK(planning->items[0].get("wat") == nullptr);
    CHECK(planning->items[0].get("datum")->mark == Mark{6, 12});
    CHECK(planning->items[1].get("doelgroepen") == nullptr);
    // The places that are kept have the same node paths.
    for (const Mark mark : {Mark{1, 1}, Mark{2, 5}, Mark{5, 5}, Mark{6, 12}, Mark{7, 5}, Mark{8, 5}, Mark{10, 9}})
        CHECK(mee::node_path_at(kept, mark) == mee::node_path_at(whole, mark));
    // An initiatief keeps only its soort and id (and regelafwijkingen).
    const mee::Node initiative = mee::reference_tree(
        mee::test::parse_tree("soort: initiatief\nid: INI-1\nkern: Dalfsen\n"), DocKind::initiatief);
    REQUIRE(initiative.entries.size() == 2);
    CHECK(initiative.entries[0].key == "soort");
    CHECK(initiative.entries[1].key == "id");
}

TEST_CASE("reference_tree: a key that is there twice keeps both entries, so lookups find the first")
{
    // The parser keeps one of two duplicate keys (MEE002); a tree built
    // otherwise may hold both.
    mee::Node root;
    root.kind = mee::NodeKind::mapping;
    for (const char* value : {"A", "B"}) {
        mee::Node plan;
        plan.kind = mee::NodeKind::scalar;
        plan.value = value;
        root.entries.push_back(mee::Entry{"plan", Mark{}, plan});
        root.entries.push_back(mee::Entry{"titel", Mark{}, plan});
    }
    const mee::Node kept = mee::reference_tree(root, DocKind::eindverslag);
    REQUIRE(kept.entries.size() == 2);
    CHECK(kept.get("plan")->value == "A");
    CHECK(kept.entries[1].value.value == "B");
}
