#pragma once
// Reading one file as a mee document: the limits (MEE007), the YAML
// (MEE001, MEE002, MEE008), the kind (MEE003), the format version (MEE006)
// and the schema (MEE004, MEE005).

#include "base/finding.hpp"
#include "base/source.hpp"
#include "base/text.hpp"
#include "document/kind.hpp"
#include "document/schema.hpp"
#include "yaml/tree.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mee {

// How the file came to be read: named on the command line (it must be a
// mee document) or found by walking a folder (skipped when it is not one).
enum class Origin { named, walked };

inline constexpr std::uintmax_t k_max_file_size = 4 * 1024 * 1024;
inline constexpr int k_known_format = 1;

enum class LoadState {
    checked,     // a mee document; its findings are in `findings`
    unreadable,  // MEE001, MEE007 or MEE008: nothing else could be judged
    not_ours,    // a walked file without `soort`: skipped
    io_error,    // the file could not be read at all: `io_error` says why
};

struct Document {
    std::filesystem::path file;
    std::string path;  // as shown in findings
    LoadState state = LoadState::checked;
    std::string io_error;
    Source source;
    std::optional<Node> root;
    std::optional<DocKind> kind;
    std::string id;            // empty when absent or not text
    bool rules_apply = false;  // a mee document of a format this mee knows
    std::vector<Finding> findings;
};

// What makes a walked file without a `soort` key look like a mee document
// after all: a key that is a near miss of `soort` (`Soort`, `sort`,
// `"soort "`) with a kind for its value, or an `id` in the form of
// documents.md's suggested ids (`PVA-2026-014`, `EV-…`, `INI-…`).
struct LikelyDocument {
    Mark mark;                    // the near-miss key, else line 1, column 1
    std::string key;              // the near-miss key as written; empty for an id
    std::string id;               // the id that gave it away; empty for a key
    std::optional<DocKind> kind;  // the kind it most likely is
};

// Returns what makes `root` (a file's top node, without a `soort` key) look
// like a mee document, or nullopt for other YAML (CI files, tool configs).
std::optional<LikelyDocument> likely_document(const Node& root);

// Whether load_document validates against the schema: documents read only
// for reference (the rest of the project) need their tree, not findings.
enum class Validate { yes, no };

// Reads and checks `file`. Never throws for anything in the file.
Document load_document(const std::filesystem::path& file, std::string shown_path, Origin origin,
                       const SchemaSet& schemas, Lang lang, Validate validate = Validate::yes);

}  // namespace mee
