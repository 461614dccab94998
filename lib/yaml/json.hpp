#pragma once
// A node as JSON, with the types of the YAML 1.2 core schema: what the schema
// check reads (document/schema_adapter.hpp) and what typed reads convert.

#include "yaml/tree.hpp"

#include <nlohmann/json.hpp>

namespace mee {

// The node as JSON, with the core schema's types. Mapping entries whose value
// is null are left out (null means absent). Dates stay strings.
nlohmann::json to_json(const Node& node);

}  // namespace mee
