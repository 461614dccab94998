#pragma once
// Typed reads of a document's nodes for rules, which must stay quiet about
// values of the wrong type (the schema check reports those): each returns
// nullopt unless the node holds a value of that type.

#include "base/date.hpp"
#include "yaml/tree.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

// The value under `key` of `node` when `node` is a mapping that has it (and
// its value is not null); nullptr otherwise, also when `node` is nullptr.
const Node* child(const Node* node, std::string_view key);

// A scalar that is text under the core schema (quoted, block, or plain
// text); nullopt for numbers, booleans, nulls, lists and mappings.
std::optional<std::string_view> text_value(const Node* node);

// Like text_value, but also the written form of a number or boolean: for
// names and kenmerken that happen to look like numbers.
std::optional<std::string_view> scalar_text(const Node* node);

std::optional<Date> date_value(const Node* node);
std::optional<bool> bool_value(const Node* node);
std::optional<double> number_value(const Node* node);
std::optional<long long> integer_value(const Node* node);

// The items of a sequence; empty for anything else.
const std::vector<Node>& items_of(const Node* node);

// A text under `key` of `node` (a mapping), as text_value.
std::optional<std::string_view> text_at(const Node* node, std::string_view key);

// Whether the text under `key` is filled (documents.md).
bool filled_at(const Node* node, std::string_view key, std::size_t min_words = 3);

// Where a finding about the document as a whole stands (a missing top-level
// key has no parent key to point at): the key `soort`, which names what the
// document is, else its first key, else the root. Never a comment above the
// content, such as a `# yaml-language-server:` modeline.
Mark document_mark(const Node& root);

// How many items of a sequence are filled in: scalars with content
// (`has_content`: no placeholder) and every mapping; 0 for anything else.
std::size_t filled_in_count(const Node* node);

// Whether the scalar under `key` (text, or a number as written) is filled
// in at all: not absent, empty or a placeholder (`has_content`). For
// titles, names, kenmerken and places, which need no three words.
bool content_at(const Node* node, std::string_view key);

}  // namespace mee
