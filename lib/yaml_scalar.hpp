#pragma once
// What a scalar means under the YAML 1.2 core schema (the schema editors
// use), and the whole tree as JSON for the schema check.

#include <nlohmann/json.hpp>

#include <string_view>

namespace mee {

struct Node;

enum class ScalarType { null, boolean, integer, number, string };

// The type of a plain (unquoted, untagged) scalar: `null`, `~` and the empty
// text are null; true/false in three spellings are booleans; decimal, 0o and
// 0x integers; decimal floats and .inf/.nan are numbers; anything else is text.
ScalarType resolve_plain(std::string_view text);

// The type of a node's value: quoted and block scalars are text, the
// standard tags (!!str, !!int …) decide, plain scalars resolve as above.
ScalarType scalar_type(const Node& node);

// The node as JSON, with the core schema's types. Mapping entries whose value
// is null are left out (null means absent). Dates stay strings.
nlohmann::json to_json(const Node& node);

}  // namespace mee
