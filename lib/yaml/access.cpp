#include "yaml/access.hpp"

#include "base/filled.hpp"
#include "yaml/json.hpp"

namespace mee {

const Node* child(const Node* node, std::string_view key)
{
    return node != nullptr ? node->get(key) : nullptr;
}

std::optional<std::string_view> text_value(const Node* node)
{
    if (node == nullptr || !node->is_scalar() || scalar_type(*node) != ScalarType::string) return std::nullopt;
    return std::string_view(node->value);
}

std::optional<std::string_view> scalar_text(const Node* node)
{
    if (node == nullptr || !node->is_scalar()) return std::nullopt;
    return std::string_view(node->value);
}

std::optional<Date> date_value(const Node* node)
{
    const auto text = text_value(node);
    if (!text) return std::nullopt;
    return parse_date(*text);
}

std::optional<bool> bool_value(const Node* node)
{
    if (node == nullptr || !node->is_scalar() || scalar_type(*node) != ScalarType::boolean) return std::nullopt;
    const std::string& v = node->value;
    return v == "true" || v == "True" || v == "TRUE";
}

std::optional<double> number_value(const Node* node)
{
    if (node == nullptr || !node->is_scalar()) return std::nullopt;
    const ScalarType type = scalar_type(*node);
    if (type != ScalarType::integer && type != ScalarType::number) return std::nullopt;
    const auto json = to_json(*node);
    if (!json.is_number()) return std::nullopt;
    return json.get<double>();
}

std::optional<long long> integer_value(const Node* node)
{
    if (node == nullptr || !node->is_scalar() || scalar_type(*node) != ScalarType::integer) return std::nullopt;
    const auto json = to_json(*node);
    if (!json.is_number_integer()) return std::nullopt;
    return json.get<long long>();
}

const std::vector<Node>& items_of(const Node* node)
{
    static const std::vector<Node> k_none;
    return node != nullptr && node->is_sequence() ? node->items : k_none;
}

std::optional<std::string_view> text_at(const Node* node, std::string_view key)
{
    if (node == nullptr || !node->is_mapping()) return std::nullopt;
    return text_value(node->get(key));
}

bool filled_at(const Node* node, std::string_view key, std::size_t min_words)
{
    const auto text = text_at(node, key);
    return text && is_filled(*text, min_words);
}

Mark document_mark(const Node& root)
{
    if (!root.is_mapping() || root.entries.empty()) return root.mark;
    if (const Entry* soort = root.entry("soort")) return soort->key_mark;
    return root.entries.front().key_mark;
}

std::size_t filled_in_count(const Node* node)
{
    std::size_t n = 0;
    for (const Node& item : items_of(node)) {
        const auto text = item.is_mapping() ? std::nullopt : scalar_text(&item);
        n += item.is_mapping() || (text && has_content(*text)) ? 1 : 0;
    }
    return n;
}

bool content_at(const Node* node, std::string_view key)
{
    if (node == nullptr || !node->is_mapping()) return false;
    const auto text = scalar_text(node->get(key));
    return text && has_content(*text);
}

}  // namespace mee
