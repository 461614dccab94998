#pragma once
// What plan rules ask of a plan again and again: its sections, its level,
// whether it is inform-only (rules.md), its stakeholders and moments.

#include "base/date.hpp"
#include "policy/profile.hpp"
#include "yaml/tree.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

// The nine sections of §2.1.3 "Tenslotte", in order.
inline constexpr std::string_view k_plan_sections[] = {
    "opgave",     "doelen",   "omgevingsanalyse", "kaders",     "betrokkenheidsniveau",
    "werkvormen", "planning", "communicatie",     "capaciteit",
};
// The sections an inform-only plan needs.
inline constexpr std::string_view k_inform_only_sections[] = {"opgave", "betrokkenheidsniveau", "planning",
                                                              "communicatie"};

// A section that is there and not empty (a mapping or list with at least
// one entry); nullptr otherwise. A section of the wrong type is returned
// too: the schema reports that, and it is not "missing".
const Node* section(const Node& plan, std::string_view name);

// Whether `name` is missing or empty (MEE110's test).
bool section_missing(const Node& plan, std::string_view name);

// The plan's level (betrokkenheidsniveau.niveau) when it is a text.
std::optional<std::string_view> plan_level(const Node& plan);

// rules.md: any afweging answer `nee`, or the level informeren (the lowest).
bool is_inform_only(const Node& plan, const Profile& profile);

// Whether any afweging answer is `nee`.
bool has_no_answer(const Node& plan);

// The afweging questions, in order, and the answers each allows.
inline constexpr std::string_view k_questions[] = {"ruimte", "geschikt", "capaciteit"};

// The stakeholder entries (omgevingsanalyse.belanghebbenden), mappings only.
std::vector<const Node*> stakeholders(const Node& plan);

// The stakeholder named `name`, or nullptr.
const Node* stakeholder_named(const Node& plan, std::string_view name);

// One name in a doelgroepen list. A stakeholder name with a comma in it,
// written without quotes in a flow list (`[Ondernemers, winkeliers
// Prinsenstraat]`), reaches mee as two or more items; a run of plain items
// on one line that, joined with ", " (or ","), is a stakeholder's name is
// read as that one name.
struct GroupName {
    std::string name;       // the item's text, or the joined name
    const Node* node;       // the item, or the first of the run
    std::size_t parts = 1;  // how many items: more than 1 for a split name
};

// The names in `list` (a doelgroepen list) of `plan`, split names joined;
// items that are not scalars are left out.
std::vector<GroupName> group_names(const Node& plan, const Node* list);

struct Moment {
    const Node* node;
    Date date;
    std::string_view soort;
};

// The planning moments with a valid date and soort, sorted by date (stable).
std::vector<Moment> moments(const Node& plan);

// Where a finding about `key` inside `parent` points: the key's value when
// it is present, else the parent's key (top level: document_mark).
Mark mark_of_value_or_parent(const Node& root, const Node* parent, std::string_view parent_key, std::string_view key);

// The key mark of top-level `key`, or document_mark (yaml/access.hpp).
Mark top_key_mark(const Node& root, std::string_view key);

}  // namespace mee
