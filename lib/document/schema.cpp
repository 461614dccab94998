#include "document/schema.hpp"

#include "base/date.hpp"
#include "base/suggest.hpp"
#include "base/written.hpp"
#include "document/embedded.hpp"
#include "document/schema_adapter.hpp"
#include "yaml/access.hpp"
#include "yaml/scalar.hpp"
#include "yaml/tree.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

namespace mee {

std::string_view embedded_schema_text(std::string_view name)
{
    if (name == "plan") return embedded::k_plan_schema_json;
    if (name == "eindverslag") return embedded::k_eindverslag_schema_json;
    if (name == "initiatief") return embedded::k_initiatief_schema_json;
    if (name == "profile") return embedded::k_profile_schema_json;
    return {};
}

namespace {

using Json = nlohmann::json;
using Path = std::vector<std::string>;

// What went wrong at a node, most telling first: one finding per node keeps
// the first in this order.
enum class Problem { type, date, boolean_spelling, enumeration, constant, pattern, minimum, maximum, min_items, other };

struct Raw {
    Path path;
    Problem problem = Problem::other;
    std::string description;
};

struct KeyProblem {
    Path path;  // the mapping
    std::string key;
    std::optional<Mark> mark{};  // the key's place, when the walk that found it knew it
};

// `schema` without its `format: date` and `pattern` keywords, which
// ExtraChecks checks itself from the full schema: valijson 1.0 compiles a
// std::regex for every date it checks (over half of mee check's time in a
// profile of 1,000 documents) and misses leap years besides; and
// std::regex matches by recursion, so a long enough text (a profile key of
// a few hundred kilobytes) overflows the stack.
Json without_own_checks(Json schema)
{
    if (schema.is_object()) {
        if (auto f = schema.find("format"); f != schema.end() && *f == "date") schema.erase(f);
        if (auto p = schema.find("pattern"); p != schema.end() && p->is_string()) schema.erase(p);
        for (auto it = schema.begin(); it != schema.end(); ++it)
            *it = without_own_checks(std::move(*it));
    } else if (schema.is_array()) {
        for (auto& value : schema)
            value = without_own_checks(std::move(value));
    }
    return schema;
}

std::unique_ptr<valijson::Schema> compile(const Json& full)
{
    const Json json = without_own_checks(full);
    auto schema = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(json);
    parser.populateSchema(adapter, *schema);
    return schema;
}

Path parse_context(const std::vector<std::string>& context)
{
    Path path;
    for (const std::string& part : context) {
        if (part == "<root>") continue;
        if (part.size() >= 2 && part.front() == '[' && part.back() == ']') {
            path.push_back(part.substr(1, part.size() - 2));
        } else {
            path.push_back(part);
        }
    }
    return path;
}

struct Located {
    const Node* node = nullptr;
    const Entry* entry = nullptr;  // when the node is a mapping value
};

Located locate(const Node& root, const Path& path)
{
    Located at{&root, nullptr};
    for (const std::string& segment : path) {
        if (at.node == nullptr) break;
        if (at.node->is_mapping()) {
            const Entry* e = at.node->entry(segment);
            at = e ? Located{&e->value, e} : Located{};
        } else if (at.node->is_sequence()) {
            const std::size_t index = std::stoul(segment);
            at = index < at.node->items.size() ? Located{&at.node->items[index], nullptr} : Located{};
        } else {
            at = Located{};
        }
    }
    return at;
}

const Json* resolve(const Json& root, const Json* schema)
{
    for (int hops = 0; schema != nullptr && hops < 8; ++hops) {
        auto ref = schema->find("$ref");
        if (ref == schema->end() || !ref->is_string()) return schema;
        const std::string target = ref->get<std::string>();
        const std::string prefix = "#/definitions/";
        if (!target.starts_with(prefix)) return schema;
        auto defs = root.find("definitions");
        if (defs == root.end()) return nullptr;
        auto def = defs->find(target.substr(prefix.size()));
        schema = def == defs->end() ? nullptr : &*def;
    }
    return schema;
}

// The sub-schema that applies at `path`, or nullptr.
const Json* schema_at(const Json& root, const Path& path, const Node& doc)
{
    const Json* schema = resolve(root, &root);
    const Node* node = &doc;
    for (const std::string& segment : path) {
        if (schema == nullptr || node == nullptr) return nullptr;
        if (node->is_sequence()) {
            auto items = schema->find("items");
            schema = items == schema->end() ? nullptr : resolve(root, &*items);
            const std::size_t index = std::stoul(segment);
            node = index < node->items.size() ? &node->items[index] : nullptr;
        } else {
            auto props = schema->find("properties");
            if (props == schema->end()) return nullptr;
            auto prop = props->find(segment);
            schema = prop == props->end() ? nullptr : resolve(root, &*prop);
            node = node->get(segment);
        }
    }
    return schema;
}

bool is_index(const std::string& s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), ::isdigit);
}

// How a message names the node at `path`: its key, or "an item of" its list.
std::string label(const Path& path, Lang lang)
{
    if (path.empty()) return say(lang, {"het document", "the document"});
    if (!is_index(path.back())) return fmt::format("'{}'", path.back());
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        if (!is_index(*it)) return say(lang, {"een item van '{0}'", "an item of '{0}'"}, *it);
    }
    return say(lang, {"een item", "an item"});
}

std::string expected_type(const Json& schema, Lang lang)
{
    const std::string type = schema.value("type", std::string());
    if (type == "string" && schema.value("format", std::string()) == "date") {
        return say(lang, {"een datum (JJJJ-MM-DD)", "a date (YYYY-MM-DD)"});
    }
    if (type == "string") return say(lang, {"een tekst", "a text"});
    if (type == "integer") return say(lang, {"een geheel getal", "a whole number"});
    if (type == "number") return say(lang, {"een getal", "a number"});
    if (type == "boolean") return say(lang, {"true of false", "true or false"});
    if (type == "array") return say(lang, {"een lijst", "a list"});
    if (type == "object") return say(lang, {"een mapping (sleutels met waarden)", "a mapping (keys with values)"});
    return say(lang, {"iets anders", "something else"});
}

std::vector<std::string> string_list(const Json& array)
{
    std::vector<std::string> out;
    for (const Json& v : array) {
        if (v.is_string()) out.push_back(v.get<std::string>());
    }
    return out;
}

std::vector<std::string> property_names(const Json* schema)
{
    std::vector<std::string> out;
    if (schema == nullptr) return out;
    auto props = schema->find("properties");
    if (props == schema->end()) return out;
    for (auto it = props->begin(); it != props->end(); ++it)
        out.push_back(it.key());
    return out;
}

std::string number_text(const Json& v)
{
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return fmt::format("{}", v.get<double>());
}

// How to write the number a user meant: "; schrijf 12500" for "€ 12.500",
// and for 1.250 where a whole number belongs (YAML reads 1.25) the number
// without the dot; empty when there is nothing to suggest.
std::string number_hint(const Node& node, Fraction fraction, Lang lang)
{
    if (!node.is_scalar()) return {};
    if (scalar_type(node) == ScalarType::string) {
        if (const auto meant = read_written_amount(node.value, fraction)) {
            return say(lang, {"; schrijf {0}", "; write {0}"}, *meant);
        }
        return {};
    }
    const std::string& v = node.value;
    const auto dot = v.find('.');
    if (fraction == Fraction::not_allowed && node.is_plain() && scalar_type(node) == ScalarType::number &&
        dot != std::string::npos && dot > 0 && v.size() - dot - 1 == 3 &&
        v.find_first_not_of("0123456789.") == std::string::npos) {
        if (const auto meant = read_written_amount(v, fraction)) {
            std::string read = number_text(Json::parse(v));
            if (lang == Lang::nl) std::replace(read.begin(), read.end(), '.', ',');
            return say(lang,
                       {"; YAML leest {0} als {1}: bedoelt u {2}, schrijf dan {2} zonder punt",
                        "; YAML reads {0} as {1}: if you mean {2}, write {2} without a dot"},
                       v, read, *meant);
        }
    }
    return {};
}

// A yes or no in words ("ja", "nee", "yes", "off" …) where true or false belongs.
bool is_yes_or_no(const Node& node)
{
    if (!node.is_scalar() || scalar_type(node) != ScalarType::string) return false;
    std::string v;
    for (char c : node.value)
        v += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static constexpr std::string_view k_words[] = {"ja",     "nee", "j",  "n", "wel", "niet", "waar",
                                                   "onwaar", "yes", "no", "y", "on",  "off"};
    return std::find(std::begin(k_words), std::end(k_words), v) != std::end(k_words);
}

std::string bad_date_message(const Node& node, Lang lang)
{
    const std::string& v = node.value;
    if (v.size() == 10 && v[4] == '-' && v[7] == '-') {
        const int year = std::atoi(v.substr(0, 4).c_str());
        const int month = std::atoi(v.substr(5, 2).c_str());
        if (month >= 1 && month <= 12 &&
            std::all_of(v.begin(), v.end(), [](char c) { return c == '-' || ::isdigit(c); })) {
            return say(lang,
                       {"{0} bestaat niet: maand {1} van {2} heeft {3} dagen",
                        "{0} does not exist: month {1} of {2} has {3} days"},
                       v, month, year, days_in_month(year, month));
        }
    }
    if (const auto written = read_written_date(v)) {
        if (written->day > days_in_month(written->year, written->month)) {
            return say(lang,
                       {"{0} bestaat niet: maand {1} van {2} heeft {3} dagen",
                        "{0} does not exist: month {1} of {2} has {3} days"},
                       v, written->month, written->year, days_in_month(written->year, written->month));
        }
        return say(lang,
                   {"'{0}' is geen datum in de vorm JJJJ-MM-DD; bedoelt u {1}?",
                    "'{0}' is not a date in the form YYYY-MM-DD; did you mean {1}?"},
                   v, format_date(*written));
    }
    return say(lang,
               {"'{0}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-24",
                "'{0}' is not a date; write YYYY-MM-DD, for example 2026-03-24"},
               v);
}

std::string value_message(Problem problem, const Path& path, const Node& node, const Json* schema,
                          const std::string& description, Lang lang)
{
    const std::string where = label(path, lang);
    switch (problem) {
        case Problem::type: {
            std::string text = say(lang, {"{0} moet {1} zijn, maar is {2}", "{0} must be {1}, but is {2}"}, where,
                                   schema ? expected_type(*schema, lang) : "?", describe_node(node, lang));
            const std::string type = schema ? schema->value("type", std::string()) : std::string();
            if (type == "string" && node.is_plain()) {
                text += say(lang, {"; zet de waarde tussen aanhalingstekens als het tekst is",
                                   "; put the value in quotes if it is text"});
            } else if (type == "number" || type == "integer") {
                text += number_hint(node, type == "integer" ? Fraction::not_allowed : Fraction::allowed, lang);
            } else if (type == "boolean" && is_yes_or_no(node)) {
                text += say(lang, {"; schrijf true (ja) of false (nee)", "; write true (yes) or false (no)"});
            }
            return text;
        }
        case Problem::date:
            return bad_date_message(node, lang);
        case Problem::boolean_spelling:
            return say(lang,
                       {"schrijf {0} als true of false (kleine letters), niet als {1}",
                        "write {0} as true or false (lower case), not as {1}"},
                       where, node.value);
        case Problem::enumeration: {
            const std::vector<std::string> allowed =
                schema ? string_list(schema->value("enum", Json::array())) : std::vector<std::string>{};
            if (!node.is_scalar()) {
                return say(
                    lang,
                    {"{0} moet een van deze waarden zijn: {1}; dit is {2}", "{0} must be one of: {1}; this is {2}"},
                    where, fmt::join(allowed, ", "), describe_node(node, lang));
            }
            std::string text =
                say(lang, {"'{0}' is geen geldige waarde voor {1}", "'{0}' is not a valid value for {1}"}, node.value,
                    where);
            if (auto guess = did_you_mean(node.value, allowed)) {
                text += say(lang, {"; bedoelde u '{0}'?", "; did you mean '{0}'?"}, *guess);
            }
            text += say(lang, {" (kies uit: {0})", " (choose from: {0})"}, fmt::join(allowed, ", "));
            return text;
        }
        case Problem::constant:
            return say(lang, {"{0} moet '{1}' zijn", "{0} must be '{1}'"}, where,
                       schema && schema->contains("const") ? schema->at("const").dump() : "?");
        case Problem::pattern: {
            const std::string pattern = schema ? schema->value("pattern", std::string()) : "";
            if (pattern.find("MEE") != std::string::npos) {
                return say(lang,
                           {"'{0}' is geen regelcode: een regelcode is MEE met drie cijfers, zoals MEE151",
                            "'{0}' is not a rule code: a rule code is MEE and three digits, like MEE151"},
                           node.value);
            }
            return say(
                lang, {"'{0}' heeft niet de vorm die {1} vraagt ({2})", "'{0}' does not have the form {1} needs ({2})"},
                node.value, where, pattern);
        }
        case Problem::minimum:
            return say(lang, {"{0} moet minstens {1} zijn, maar is {2}", "{0} must be at least {1}, but is {2}"}, where,
                       schema && schema->contains("minimum") ? number_text(schema->at("minimum")) : "?", node.value);
        case Problem::maximum:
            return say(lang, {"{0} mag hoogstens {1} zijn, maar is {2}", "{0} must be at most {1}, but is {2}"}, where,
                       schema && schema->contains("maximum") ? number_text(schema->at("maximum")) : "?", node.value);
        case Problem::min_items:
            return say(lang, {"{0} moet minstens {1} items hebben", "{0} must have at least {1} items"}, where,
                       schema && schema->contains("minItems") ? number_text(schema->at("minItems")) : "?");
        case Problem::other:
            break;
    }
    return say(lang, {"{0} past niet bij het schema: {1}", "{0} does not match the schema: {1}"}, where, description);
}

}  // namespace

std::optional<TextPattern> text_pattern(std::string_view regex)
{
    if (regex == "^MEE[0-9]{3}$") return TextPattern::rule_code;
    if (regex == "^[a-z0-9-]+$") return TextPattern::name;
    if (regex == "^[a-z0-9]+(-[a-z0-9]+)*$") return TextPattern::slug;
    return std::nullopt;
}

bool matches(TextPattern pattern, std::string_view text)
{
    const auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    switch (pattern) {
        case TextPattern::rule_code:
            return text.size() == 6 && text.starts_with("MEE") &&
                   std::all_of(text.begin() + 3, text.end(), [](char c) { return c >= '0' && c <= '9'; });
        case TextPattern::name:
            return !text.empty() &&
                   std::all_of(text.begin(), text.end(), [&](char c) { return lower_or_digit(c) || c == '-'; });
        case TextPattern::slug: {
            // Words of letters and digits with one dash between two.
            if (text.empty() || text.front() == '-' || text.back() == '-') return false;
            for (std::size_t i = 0; i < text.size(); ++i) {
                if (text[i] == '-' ? text[i - 1] == '-' : !lower_or_digit(text[i])) return false;
            }
            return true;
        }
    }
    return false;
}

// What ExtraChecks reads of one (sub)schema, looked up once when the schema
// is compiled instead of at every node of every document.
struct Shape {
    std::string type;
    bool date = false;                   // "format": "date"
    std::optional<TextPattern> pattern;  // "pattern"
    bool closed = false;                 // "additionalProperties": false
    std::vector<std::string> required;
    bool has_properties = false;
    std::map<std::string, const Shape*, std::less<>> properties;  // nullptr: a $ref that leads nowhere
    const Shape* items = nullptr;
};

// The shapes of one schema, each (sub)schema once, so that a $ref that
// refers back to where it is stays finite.
class Shapes {
public:
    explicit Shapes(const Json& root) : root_(root) { top_ = of(&root); }
    const Shape* top() const { return top_; }

private:
    const Shape* of(const Json* schema)
    {
        schema = resolve(root_, schema);
        if (schema == nullptr) return nullptr;
        if (auto known = by_json_.find(schema); known != by_json_.end()) return known->second;
        Shape& shape = shapes_.emplace_back();
        by_json_.emplace(schema, &shape);
        shape.type = schema->value("type", std::string());
        shape.date = schema->value("format", std::string()) == "date";
        if (auto p = schema->find("pattern"); p != schema->end() && p->is_string()) {
            shape.pattern = text_pattern(p->get<std::string>());
            if (!shape.pattern) throw std::runtime_error("schema: pattern " + p->dump() + " is not one mee matches");
        }
        shape.closed = schema->value("additionalProperties", true) == false;
        if (auto r = schema->find("required"); r != schema->end()) shape.required = string_list(*r);
        if (auto props = schema->find("properties"); props != schema->end() && props->is_object()) {
            shape.has_properties = true;
            for (auto it = props->begin(); it != props->end(); ++it)
                shape.properties.emplace(it.key(), of(&*it));
        }
        if (auto items = schema->find("items"); items != schema->end()) shape.items = of(&*items);
        return &shape;
    }

    const Json& root_;
    const Shape* top_ = nullptr;
    std::deque<Shape> shapes_;
    std::map<const Json*, const Shape*> by_json_;
};

namespace {

// What valijson does not see: dates that do not exist (its check misses
// leap years), every unknown key of a mapping (it stops at the first),
// booleans not written true or false, and required texts left blank.
struct ExtraChecks {
    std::vector<Raw>& raws;
    std::vector<KeyProblem>& unknown;
    std::vector<KeyProblem>& blank;

    void walk(const Shape* shape, const Node& node, Path& path)
    {
        if (shape == nullptr) return;
        if (node.is_scalar()) {
            if (shape->date && scalar_type(node) == ScalarType::string && !parse_date(node.value)) {
                raws.push_back(Raw{path, Problem::date, ""});
            } else if (shape->pattern && !matches(*shape->pattern, node.value)) {
                raws.push_back(Raw{path, Problem::pattern, ""});
            } else if (shape->type == "boolean" && scalar_type(node) == ScalarType::boolean && node.value != "true" &&
                       node.value != "false") {
                raws.push_back(Raw{path, Problem::boolean_spelling, ""});
            }
            return;
        }
        if (node.is_mapping()) {
            for (const Entry& e : node.entries) {
                const auto known = shape->properties.find(e.key);
                if (known == shape->properties.end()) {
                    if (shape->closed) unknown.push_back(KeyProblem{path, e.key, e.key_mark});
                    continue;
                }
                if (e.value.is_null()) continue;
                if (std::find(shape->required.begin(), shape->required.end(), e.key) != shape->required.end() &&
                    e.value.is_scalar() && scalar_type(e.value) == ScalarType::string &&
                    e.value.value.find_first_not_of(" \t\r\n") == std::string::npos) {
                    blank.push_back(KeyProblem{path, e.key});
                }
                path.push_back(e.key);
                walk(known->second, e.value, path);
                path.pop_back();
            }
        } else if (node.is_sequence()) {
            if (shape->items == nullptr) return;
            for (std::size_t i = 0; i < node.items.size(); ++i) {
                path.push_back(std::to_string(i));
                walk(shape->items, node.items[i], path);
                path.pop_back();
            }
        }
    }
};

bool starts_with(const std::string& s, std::string_view prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// The key named between the last pair of quotes in a valijson message.
std::string quoted_key(const std::string& description)
{
    const auto end = description.rfind('\'');
    if (end == std::string::npos || end == 0) return {};
    const auto begin = description.rfind('\'', end - 1);
    if (begin == std::string::npos) return {};
    return description.substr(begin + 1, end - begin - 1);
}

std::vector<Finding> run_validation(const Json& schema_json, const valijson::Schema& schema, const Shapes& shapes,
                                    const Node& root, Lang lang)
{
    valijson::Validator validator;
    valijson::ValidationResults results;
    const valijson::adapters::MeeNodeAdapter target(root);
    validator.validate(schema, target, &results);

    std::vector<Raw> raws;
    std::vector<KeyProblem> unknown;
    std::vector<KeyProblem> missing;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        Path path = parse_context(error.context);
        const std::string& d = error.description;
        if (starts_with(d, "Object contains a property that could not be validated")) {
            // Reported by ExtraChecks, which sees every unknown key, not only the first.
        } else if (starts_with(d, "Missing required property")) {
            missing.push_back(KeyProblem{path, quoted_key(d)});
        } else if (starts_with(d, "Value type not permitted")) {
            raws.push_back(Raw{path, Problem::type, d});
        } else if (starts_with(d, "String should be a valid date")) {
            raws.push_back(Raw{path, Problem::date, d});
        } else if (starts_with(d, "Failed to match against any enum")) {
            raws.push_back(Raw{path, Problem::enumeration, d});
        } else if (starts_with(d, "Failed to match expected value set by 'const'")) {
            raws.push_back(Raw{path, Problem::constant, d});
        } else if (starts_with(d, "Failed to match regex")) {
            raws.push_back(Raw{path, Problem::pattern, d});
        } else if (starts_with(d, "Expected number greater than")) {
            raws.push_back(Raw{path, Problem::minimum, d});
        } else if (starts_with(d, "Expected number less than")) {
            raws.push_back(Raw{path, Problem::maximum, d});
        } else if (starts_with(d, "Array should contain no fewer")) {
            raws.push_back(Raw{path, Problem::min_items, d});
        } else if (starts_with(d, "Failed to validate")) {
            // A wrapper around the errors of a child, which are reported themselves.
        } else {
            raws.push_back(Raw{path, Problem::other, d});
        }
    }
    std::vector<KeyProblem> blank;
    Path scratch;
    ExtraChecks{raws, unknown, blank}.walk(shapes.top(), root, scratch);

    std::vector<Finding> findings;
    // One finding per node: the most telling problem.
    std::map<Path, Raw> by_node;
    for (Raw& raw : raws) {
        auto [it, inserted] = by_node.try_emplace(raw.path, raw);
        if (!inserted && raw.problem < it->second.problem) it->second = raw;
    }
    for (const auto& [path, raw] : by_node) {
        const Located at = locate(root, path);
        if (at.node == nullptr) continue;
        const Json* schema_here = schema_at(schema_json, path, root);
        findings.push_back(Finding{"", at.node->mark, Severity::error, "MEE004",
                                   value_message(raw.problem, path, *at.node, schema_here, raw.description, lang)});
    }
    // The keys a misspelling stands for, by mapping: a required key written
    // as 'doelgroepn' is one cause, reported once (MEE005), not also missing.
    std::set<std::pair<Path, std::string>> meant;
    // The keys allowed in each mapping, looked up once per mapping: a
    // document of 49,000 unknown keys is then one pass, not 49,000².
    std::map<Path, std::vector<std::string>> allowed;
    for (const KeyProblem& k : unknown) {
        Mark mark;
        if (k.mark) {
            mark = *k.mark;
        } else {
            const Located at = locate(root, k.path);
            if (at.node == nullptr) continue;
            const Entry* e = at.node->entry(k.key);
            mark = e ? e->key_mark : at.node->mark;
        }
        auto known_here = allowed.find(k.path);
        if (known_here == allowed.end()) {
            known_here = allowed.emplace(k.path, property_names(schema_at(schema_json, k.path, root))).first;
        }
        const std::vector<std::string>& known = known_here->second;
        std::string message = say(lang, {"onbekende sleutel '{0}'", "unknown key '{0}'"}, k.key);
        if (auto guess = did_you_mean(k.key, known)) {
            message += say(lang, {"; bedoelde u '{0}'?", "; did you mean '{0}'?"}, *guess);
            meant.emplace(k.path, std::string(*guess));
        } else if (!known.empty() && known.size() <= 12) {
            message += say(lang, {"; hier horen: {0}", "; allowed here: {0}"}, fmt::join(known, ", "));
        } else {
            message += say(lang, {"; zie mee schema voor de sleutels", "; see mee schema for the keys"});
        }
        findings.push_back(Finding{"", mark, Severity::error, "MEE005", message});
    }
    for (const KeyProblem& k : blank) {
        const Located at = locate(root, k.path);
        const Entry* e = at.node != nullptr ? at.node->entry(k.key) : nullptr;
        if (e == nullptr) continue;
        findings.push_back(Finding{"", e->value.mark, Severity::error, "MEE004",
                                   say(lang,
                                       {"'{0}' is leeg; deze sleutel is verplicht: vul hem in",
                                        "'{0}' is empty; this key is required: fill it in"},
                                       k.key)});
    }
    for (const KeyProblem& k : missing) {
        const Located at = locate(root, k.path);
        if (at.node == nullptr || meant.contains({k.path, k.key})) continue;
        // A missing key points at its parent's key; an item of a list at the
        // item; the document itself at its first line of content.
        Mark mark = document_mark(root);
        if (at.entry != nullptr)
            mark = at.entry->key_mark;
        else if (!k.path.empty())
            mark = at.node->mark;
        if (const Entry* empty = at.node->entry(k.key)) {
            // Written, but with an empty value: point at it.
            findings.push_back(Finding{"", empty->key_mark, Severity::error, "MEE004",
                                       say(lang,
                                           {"'{0}' is leeg; deze sleutel is verplicht: vul hem in",
                                            "'{0}' is empty; this key is required: fill it in"},
                                           k.key)});
            continue;
        }
        std::string message =
            k.path.empty()
                ? say(lang, {"verplichte sleutel '{0}' ontbreekt", "required key '{0}' is missing"}, k.key)
                : say(lang, {"verplichte sleutel '{0}' ontbreekt in {1}", "required key '{0}' is missing in {1}"},
                      k.key, label(k.path, lang));
        findings.push_back(Finding{"", mark, Severity::error, "MEE004", message});
    }
    sort_findings(findings);
    return findings;
}

Json parse_embedded(std::string_view name)
{
    return Json::parse(embedded_schema_text(name));
}

}  // namespace

SchemaSet::SchemaSet(Json plan, Json eindverslag, Json initiatief)
{
    Json* inputs[] = {&plan, &eindverslag, &initiatief};
    for (std::size_t i = 0; i < compiled_.size(); ++i) {
        compiled_[i].json = std::move(*inputs[i]);
        compiled_[i].schema = compile(compiled_[i].json);
        compiled_[i].shapes = std::make_unique<Shapes>(compiled_[i].json);
    }
}

SchemaSet::~SchemaSet() = default;

const SchemaSet& SchemaSet::embedded()
{
    static const SchemaSet set(parse_embedded("plan"), parse_embedded("eindverslag"), parse_embedded("initiatief"));
    return set;
}

const Json& SchemaSet::json(DocKind kind) const
{
    return compiled_[static_cast<std::size_t>(kind)].json;
}

std::vector<Finding> SchemaSet::validate(DocKind kind, const Node& root, Lang lang) const
{
    const Compiled& c = compiled_[static_cast<std::size_t>(kind)];
    return run_validation(c.json, *c.schema, *c.shapes, root, lang);
}

std::vector<Finding> validate_against(const Json& schema, const Node& root, Lang lang)
{
    const auto compiled = compile(schema);
    const Shapes shapes(schema);
    return run_validation(schema, *compiled, shapes, root, lang);
}

}  // namespace mee
