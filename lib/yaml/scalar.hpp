#pragma once
// What a plain scalar means under the YAML 1.2 core schema (the schema
// editors use). A node's type is scalar_type (yaml/tree.hpp); the tree as
// JSON is to_json (yaml/json.hpp).

#include <string_view>

namespace mee {

enum class ScalarType { null, boolean, integer, number, string };

// The type of a plain (unquoted, untagged) scalar: `null`, `~` and the empty
// text are null; true/false in three spellings are booleans; decimal, 0o and
// 0x integers; decimal floats and .inf/.nan are numbers; anything else is text.
ScalarType resolve_plain(std::string_view text);

}  // namespace mee
