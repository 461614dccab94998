#pragma once
// A YAML document as a tree that remembers where every node came from.
//
// Built from libyaml's event parser, which sees everything in the order it
// was written: both of two duplicate keys (MEE002), the place of every key
// and value. libyaml parses about five times faster than yaml-cpp's event
// parser (BENCHMARKS.md), which mee read YAML with before.

#include "base/finding.hpp"
#include "base/source.hpp"
#include "base/text.hpp"
#include "yaml/scalar.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

enum class NodeKind { null, scalar, sequence, mapping };

struct Entry;

// A node's tag, as far as mee reads it: the core schema's tags that change a
// scalar's type, and "anything else" (one byte: score, indicators and render
// keep every document's tree in memory).
enum class Tag : unsigned char {
    plain,     // no quotes, no tag; the core schema decides the type
    nonplain,  // quoted, a block scalar or the tag "!": always a string
    null_,     // !!null
    bool_,     // !!bool
    int_,      // !!int
    float_,    // !!float
    other,     // !!str, !!map, !!seq or a tag mee does not know
};

// A tag as the parser resolved it ("!", "tag:yaml.org,2002:int" …) as a Tag.
Tag tag_from_text(std::string_view text);

struct Node {
    NodeKind kind = NodeKind::null;
    Tag tag = Tag::plain;
    Mark mark;
    std::string value;           // the text of a scalar
    std::vector<Node> items;     // a sequence's items
    std::vector<Entry> entries;  // a mapping's entries, in document order

    bool is_scalar() const { return kind == NodeKind::scalar; }
    bool is_mapping() const { return kind == NodeKind::mapping; }
    bool is_sequence() const { return kind == NodeKind::sequence; }
    bool is_null() const { return kind == NodeKind::null; }
    // A scalar written without quotes and without a tag (its type comes from
    // the YAML 1.2 core schema).
    bool is_plain() const { return kind == NodeKind::scalar && tag == Tag::plain; }

    // The value under `key` in a mapping; nullptr when there is none or it is
    // an explicit null (documents.md: null means absent).
    const Node* get(std::string_view key) const;
    // The entry for `key` even when its value is null; nullptr when absent.
    const Entry* entry(std::string_view key) const;
};

struct Entry {
    std::string key;
    Mark key_mark;
    Node value;
};

// The default limits of documents.md and rules.md (MEE008).
struct YamlLimits {
    int max_depth = 64;
    long max_nodes = 100'000;
    // The text of all scalars after alias expansion: four times the largest
    // document (MEE007), so that only aliases can reach it.
    std::size_t max_expanded_bytes = 16 * 1024 * 1024;
    // A tab between tokens is retyped as a space and the text parsed again
    // up to the next one; this many bytes may be parsed in all that way, so
    // that a 4 MiB file full of tabs stops after a few dozen (MEE001 then
    // says to replace the tabs) and a usual document never does.
    std::size_t retype_budget = 32 * 1024 * 1024;
};

struct ParsedYaml {
    std::optional<Node> root;  // the first document; empty for an empty stream
    int documents = 0;         // how many documents the stream holds
    Mark second_document;      // where the second document starts, if any
    // MEE001, MEE002, MEE004 (a key that is not text) and MEE008, with empty
    // paths. After MEE001 or MEE008 `root` is empty: nothing else is judged.
    std::vector<Finding> problems;
};

// Parses `source`. Never throws for anything in the text.
ParsedYaml parse_yaml(const Source& source, Lang lang, const YamlLimits& limits = {});

// A short description of a node for messages: "de tekst 'abc'", "a list" …
std::string describe_node(const Node& node, Lang lang);

// The type of a node's value: quoted and block scalars are text, the
// standard tags (!!str, !!int …) decide, plain scalars resolve as
// resolve_plain (yaml/scalar.hpp) says.
ScalarType scalar_type(const Node& node);

}  // namespace mee
