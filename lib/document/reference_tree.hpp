#pragma once
// What `mee check` keeps of a document once the rules that read only that
// document have run: what the rules reading other documents (Reach::project)
// and `regelafwijkingen` still need, of the document itself or of another
// one that refers to it. Keeping every tree whole until the last rule had
// run made memory grow with the project (about 16 KB a document).

#include "document/kind.hpp"
#include "yaml/tree.hpp"

#include <span>
#include <string_view>

namespace mee {

// One key to keep in a mapping, and what to keep of its value: all of it
// (`inside` empty), or in a mapping, and in each mapping item of a list,
// only the keys of `inside`.
struct KeptKey {
    std::string_view key;
    std::span<const KeptKey> inside;
};

// The top-level keys a document of `kind` keeps, and what of each.
std::span<const KeptKey> reference_keys(DocKind kind);

// `root` with only the entries reference_keys(kind) names, in their order
// (a key that appears twice keeps both entries, so that lookups find the
// same one). Every list keeps all its items, and every node kept keeps its
// mark, so a place in the reference tree has the same node path
// (yaml/path.hpp) as in the whole tree. A root that is not a mapping is
// returned as it is.
Node reference_tree(Node root, DocKind kind);

}  // namespace mee
