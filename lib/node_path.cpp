#include "node_path.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mee {

namespace {

bool is_plain_key(std::string_view key)
{
    if (key.empty()) return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

// Visits the nodes in document order, each parent before its children, so
// that of the places that start at one mark the outermost comes first.
void collect(const Node& node, const std::string& path, std::vector<std::pair<Mark, std::string>>& out)
{
    out.emplace_back(node.mark, path);
    if (node.is_sequence()) {
        for (std::size_t i = 0; i < node.items.size(); ++i)
            collect(node.items[i], join_index(path, i), out);
    } else if (node.is_mapping()) {
        for (const Entry& e : node.entries) {
            const std::string child = join_key(path, e.key);
            out.emplace_back(e.key_mark, child);
            collect(e.value, child, out);
        }
    }
}

}  // namespace

std::string join_key(std::string_view parent, std::string_view key)
{
    std::string out(parent);
    if (is_plain_key(key)) {
        if (!out.empty()) out += '.';
        out += key;
    } else {
        out +=
            '[' + nlohmann::json(std::string(key)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + ']';
    }
    return out;
}

std::string join_index(std::string_view parent, std::size_t index)
{
    return std::string(parent) + '[' + std::to_string(index) + ']';
}

NodePathIndex::NodePathIndex(const Node& root)
{
    collect(root, "", starts_);
    // Stable: of equal marks the one visited first (the outermost) stays first.
    std::stable_sort(starts_.begin(), starts_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::string NodePathIndex::at(Mark mark) const
{
    // The first place that starts after `mark`; the places before it start
    // at or before `mark`, and of those the last group shares one mark.
    auto after = std::upper_bound(starts_.begin(), starts_.end(), mark,
                                  [](const Mark& m, const auto& entry) { return m < entry.first; });
    if (after == starts_.begin()) return "";
    const Mark found = std::prev(after)->first;
    auto first = std::lower_bound(starts_.begin(), after, found,
                                  [](const auto& entry, const Mark& m) { return entry.first < m; });
    return first->second;
}

std::string node_path_at(const Node& root, Mark mark)
{
    return NodePathIndex(root).at(mark);
}

}  // namespace mee
