#pragma once
// Finding the documents: named files as they are, folders walked for
// *.yaml and *.yml, skipping hidden entries and .meeignore patterns.

#include "base/file_path.hpp"
#include "base/status.hpp"
#include "base/text.hpp"
#include "document/document.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace mee {

struct FoundFile {
    std::filesystem::path file;  // absolute and normal
    std::string shown;           // as findings name it
    Origin origin = Origin::walked;
    // Where its symbolic links lead when that is outside the project: such
    // a file is never read (load_found).
    std::filesystem::path outside;
    // The file itself, symbolic links resolved: one file is read once, also
    // when a link elsewhere in the project leads to it.
    std::filesystem::path real;
};

// Where the symbolic links of `file` (absolute) lead when that is outside
// `top`; empty when they do not, or when there are none.
std::filesystem::path outside_of(const std::filesystem::path& file, const std::filesystem::path& top);

// Reads `found` as load_document does; a file whose links lead outside the
// project is not read but gets an MEE007 finding naming where it leads, so
// a link to a secret file neither shows its lines nor disappears unseen.
Document load_found(const FoundFile& found, const SchemaSet& schemas, Lang lang, Validate validate = Validate::yes);

// The files under `paths`, sorted by shown path, each once. `stop` is the
// folder above which .meeignore files are not read (the project root); a
// file whose symbolic links lead outside it is marked (FoundFile::outside).
// Fails when a path does not exist or a folder cannot be read.
Expected<std::vector<FoundFile>> find_files(const std::vector<std::string>& paths, const std::filesystem::path& stop,
                                            Lang lang);

// The files of one folder as walking finds them (for the project's
// reference set), with paths shown relative to the current folder.
Expected<std::vector<FoundFile>> walk_folder(const std::filesystem::path& dir, Lang lang);

}  // namespace mee
