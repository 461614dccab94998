#include "node_path.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

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

namespace {

// The latest start at or before `mark` of `node` and everything under it,
// kept in `best` (which starts empty: nothing found yet).
void latest_start(const Node& node, Mark mark, std::optional<Mark>& best)
{
    const auto consider = [&](Mark start) {
        if (!(mark < start) && (!best || *best < start)) best = start;
    };
    consider(node.mark);
    if (node.is_sequence()) {
        for (const Node& item : node.items)
            latest_start(item, mark, best);
    } else if (node.is_mapping()) {
        for (const Entry& e : node.entries) {
            consider(e.key_mark);
            latest_start(e.value, mark, best);
        }
    }
}

// One step of a path: an entry's key or a sequence index.
struct Step {
    const Entry* entry;  // nullptr for an index
    std::size_t index;
};

// Finds the first place that starts at `start`, in the order `collect`
// visits them (so the outermost), and leaves the steps to it in `steps`.
bool find_start(const Node& node, Mark start, std::vector<Step>& steps)
{
    if (node.mark == start) return true;
    if (node.is_sequence()) {
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            steps.push_back({nullptr, i});
            if (find_start(node.items[i], start, steps)) return true;
            steps.pop_back();
        }
    } else if (node.is_mapping()) {
        for (const Entry& e : node.entries) {
            steps.push_back({&e, 0});
            if (e.key_mark == start || find_start(e.value, start, steps)) return true;
            steps.pop_back();
        }
    }
    return false;
}

}  // namespace

std::string node_path_at(const Node& root, Mark mark)
{
    std::optional<Mark> best;
    latest_start(root, mark, best);
    std::vector<Step> steps;
    if (!best || !find_start(root, *best, steps)) return "";
    std::string path;
    for (const Step& step : steps)
        path = step.entry != nullptr ? join_key(path, step.entry->key) : join_index(path, step.index);
    return path;
}

void set_node_paths(const Node& root, std::span<Finding> findings)
{
    // One lookup walks the tree twice; many are cheaper through an index.
    constexpr std::size_t k_walks_up_to = 4;
    if (findings.size() <= k_walks_up_to) {
        for (Finding& f : findings)
            f.node = node_path_at(root, f.mark);
        return;
    }
    const NodePathIndex index(root);
    for (Finding& f : findings)
        f.node = index.at(f.mark);
}

}  // namespace mee
