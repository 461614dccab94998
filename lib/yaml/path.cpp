#include "yaml/path.hpp"

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

// Visits the nodes in document order, each parent before its children, so
// that of the places that start at one mark the outermost comes first.
void NodePathIndex::collect(const Node& node, std::size_t parent, const Entry* entry, std::size_t index)
{
    const std::size_t self = places_.size();
    places_.push_back(Place{node.mark, parent, entry, index});
    if (node.is_sequence()) {
        for (std::size_t i = 0; i < node.items.size(); ++i)
            collect(node.items[i], self, nullptr, i);
    } else if (node.is_mapping()) {
        for (const Entry& e : node.entries) {
            places_.push_back(Place{e.key_mark, self, &e, 0});
            collect(e.value, self, &e, 0);
        }
    }
}

std::string NodePathIndex::path(std::size_t place) const
{
    std::vector<std::size_t> steps;
    for (std::size_t p = place; p != 0; p = places_[p].parent)
        steps.push_back(p);
    std::string out;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        const Place& step = places_[*it];
        out = step.entry != nullptr ? join_key(out, step.entry->key) : join_index(out, step.index);
    }
    return out;
}

NodePathIndex::NodePathIndex(const Node& root)
{
    collect(root, 0, nullptr, 0);
    by_mark_.resize(places_.size());
    for (std::size_t i = 0; i < by_mark_.size(); ++i)
        by_mark_[i] = i;
    // Stable: of equal marks the one visited first (the outermost) stays first.
    std::stable_sort(by_mark_.begin(), by_mark_.end(),
                     [&](std::size_t a, std::size_t b) { return places_[a].mark < places_[b].mark; });
}

std::string NodePathIndex::at(Mark mark) const
{
    // The first place that starts after `mark`; the places before it start
    // at or before `mark`, and of those the last group shares one mark.
    auto after = std::upper_bound(by_mark_.begin(), by_mark_.end(), mark,
                                  [&](const Mark& m, std::size_t place) { return m < places_[place].mark; });
    if (after == by_mark_.begin()) return "";
    const Mark found = places_[*std::prev(after)].mark;
    auto first = std::lower_bound(by_mark_.begin(), after, found,
                                  [&](std::size_t place, const Mark& m) { return places_[place].mark < m; });
    return path(*first);
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
