#pragma once
// The schema check: a document against schemas/KIND.schema.json, with
// valijson doing the validation and this file turning each of its errors
// into a finding at the right node, in the user's words.

#include "base/finding.hpp"
#include "base/text.hpp"
#include "document/kind.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace valijson {
class Schema;
}

namespace mee {

struct Node;
class Shapes;

// The patterns ("pattern") mee's schemas use, matched by hand in linear
// time: std::regex matches by recursion, one level per character.
enum class TextPattern {
    rule_code,  // ^MEE[0-9]{3}$
    name,       // ^[a-z0-9-]+$
    slug,       // ^[a-z0-9]+(-[a-z0-9]+)*$
};

// The TextPattern a schema's regular expression is; nullopt for any other
// (a schema with another one is not compiled: SchemaSet throws).
std::optional<TextPattern> text_pattern(std::string_view regex);

bool matches(TextPattern pattern, std::string_view text);

// The embedded schema text of `name` ("plan", "eindverslag", "initiatief",
// "profile"); empty for any other name.
std::string_view embedded_schema_text(std::string_view name);

class SchemaSet {
public:
    // Compiles the three document schemas. Assumes they are valid draft-07
    // schemas in the plain subset schemas/ uses; throws std::runtime_error
    // when one cannot be compiled.
    SchemaSet(nlohmann::json plan, nlohmann::json eindverslag, nlohmann::json initiatief);
    ~SchemaSet();
    SchemaSet(const SchemaSet&) = delete;
    SchemaSet& operator=(const SchemaSet&) = delete;

    // The schemas embedded at build time, compiled once.
    static const SchemaSet& embedded();

    const nlohmann::json& json(DocKind kind) const;

    // The findings (MEE004, MEE005; empty paths) of `root` against the
    // schema of `kind`: at most one per node, sorted by place.
    std::vector<Finding> validate(DocKind kind, const Node& root, Lang lang) const;

private:
    struct Compiled {
        nlohmann::json json;
        std::unique_ptr<valijson::Schema> schema;
        std::unique_ptr<Shapes> shapes;  // what mee checks beyond valijson
    };
    std::array<Compiled, 3> compiled_;
};

// The same check against one schema given as JSON (used for the profile
// and for tests): compiles it for this call.
std::vector<Finding> validate_against(const nlohmann::json& schema, const Node& root, Lang lang);

}  // namespace mee
