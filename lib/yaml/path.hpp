#pragma once
// A node's place in its document as a path of keys and indexes, such as
// `planning[2].datum`: it names the same node after lines are inserted or
// removed elsewhere, where a line number does not (baselines, fingerprints).

#include "base/finding.hpp"
#include "base/source.hpp"
#include "yaml/tree.hpp"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mee {

// `parent.key`; a key that is not made of letters, digits, `_` and `-` is
// written `parent["key"]` with JSON escapes. The root's path is "".
std::string join_key(std::string_view parent, std::string_view key);

// `parent[index]`, 0-based.
std::string join_index(std::string_view parent, std::size_t index);

// The places of every node and key of one tree, for looking up many marks.
// It keeps each place's parent, not its path: a path is built only when it
// is looked up (aliases can make 100,000 nodes thousands of levels deep).
// `root` must outlive the index.
class NodePathIndex {
public:
    explicit NodePathIndex(const Node& root);

    // The path of the node at `mark`: the node or key that starts there
    // (the outermost one when several start at the same place: a list
    // entry and its first key), else the last node that starts before it,
    // else the root (""). Never fails.
    std::string at(Mark mark) const;

private:
    // A node or a key: its start and the step to it from its parent place.
    struct Place {
        Mark mark;
        std::size_t parent;  // index into places_; the root's is itself
        const Entry* entry;  // the entry whose key or value this is; nullptr for an item or the root
        std::size_t index;   // the item's index
    };
    void collect(const Node& node, std::size_t parent, const Entry* entry, std::size_t index);
    std::string path(std::size_t place) const;

    std::vector<Place> places_;         // in document order, each parent before its children
    std::vector<std::size_t> by_mark_;  // places_ sorted by mark; the outermost first
};

// NodePathIndex(root).at(mark), for a single lookup: two walks over the
// tree that build no path but the one returned.
std::string node_path_at(const Node& root, Mark mark);

// Sets `node` of each of `findings` (all of the document whose tree is
// `root`) to the path at its mark.
void set_node_paths(const Node& root, std::span<Finding> findings);

}  // namespace mee
