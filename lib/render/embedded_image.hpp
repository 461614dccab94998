#pragma once
// An image that a report carries inside itself (a plan's `kaart`): read
// from the plan's own folder tree only, checked, and turned into a data:
// URI, so the report stays one self-contained file.

#include "base/status.hpp"
#include "base/text.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace mee {

// Larger images are left out of the report with a note.
inline constexpr std::uintmax_t k_max_image_size = 4 * 1024 * 1024;

struct EmbeddedImage {
    std::string mime;      // image/png, image/jpeg or image/svg+xml
    std::string data_uri;  // data:MIME;base64,…
};

// The image `relative` (as the document writes it) relative to the folder
// of `document_file`. Fails, with a sentence for the report that names
// `relative`, when the path is absolute or leads outside the document's
// folder tree (symbolic links are followed first), when the file is missing
// or not a regular file, larger than k_max_image_size, not named .png,
// .jpg, .jpeg or .svg, or when its bytes are not of that kind.
Expected<EmbeddedImage> embed_image(const std::filesystem::path& document_file, std::string_view relative, Lang lang);

}  // namespace mee
