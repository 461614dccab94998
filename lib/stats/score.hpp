#pragma once
// The completeness score (rules.md "Completeness score", §3.6
// "compleetheid"): what the annual summary compares year on year, so it is
// computed exactly, in integer fractions, and rounded half up.

#include "base/text.hpp"
#include "policy/profile.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mee {

struct Node;

// An exact non-negative fraction.
struct Fraction {
    std::int64_t num = 0;
    std::int64_t den = 1;
    friend bool operator==(const Fraction& a, const Fraction& b) { return a.num * b.den == b.num * a.den; }
};

Fraction add(Fraction a, Fraction b);
Fraction divide(Fraction a, std::int64_t n);
// 100 × f, rounded half up to a whole number.
int percent_half_up(Fraction f);

// Whether an item could be judged: an eindverslag's items that need its
// plan cannot be while the plan is not found; they count 0, never as met.
enum class Judged { yes, no };

// What the entries of a coverage item are called ("1 van 3 doelen").
struct Noun {
    Msg one;
    Msg many;
};

struct ScoreItem {
    Msg name;        // what it asks, in the user's words ("voorgeschiedenis ingevuld")
    Msg missing;     // what is missing while it is not met ("voorgeschiedenis")
    Fraction value;  // 0..1
    // As counted: `satisfied` of `total` (a presence item: 0 or 1 of 1; a
    // coverage item: its entries, called `entries`).
    std::int64_t satisfied = 0;
    std::int64_t total = 1;
    std::optional<Noun> entries;  // a coverage item's entries; none for a presence item
    Judged judged = Judged::yes;
};

struct ScoreSection {
    std::string key;  // "opgave", "proces" …
    Msg title;
    std::vector<ScoreItem> items;
    Fraction mean() const;  // the mean of its items (0 for no items)
};

enum class ScoredKind { plan, eindverslag };

struct Score {
    ScoredKind kind = ScoredKind::plan;
    bool inform_only = false;  // a plan scored over sections 1, 5, 7 and 8
    bool plan_found = true;    // an eindverslag whose plan is in the project
    std::vector<ScoreSection> sections;
    bool complete() const;   // every item judged (else the score is incomplete)
    Fraction exact() const;  // the mean of the section means
    int value() const;       // 0..100, rounded half up
};

// What is missing while `item` is not met, as counted: "voorgeschiedenis",
// "concreet bij 1 van 3 doelen" (the entries that lack it), "concreet
// (geen doelen)".
std::string missing_text(const ScoreItem& item, Lang lang);

// "1 doel", "3 doelen".
std::string counted(std::int64_t n, const Noun& noun, Lang lang);

// The score of a plan.
Score score_plan(const Node& plan, const Profile& profile);

// The score of an eindverslag; `plan` is the plan it names, or nullptr when
// that is not in the project: then the items that need it are not judged
// and count 0, so an eindverslag without its plan never scores 100.
Score score_eindverslag(const Node& report, const Node* plan, const Profile& profile);

}  // namespace mee
