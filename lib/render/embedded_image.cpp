#include "render/embedded_image.hpp"

#include "base/base64.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace mee {

namespace fs = std::filesystem;

namespace {

// Whether `inner` (canonical) lies in the folder `outer` (canonical) or below it.
bool inside(const fs::path& inner, const fs::path& outer)
{
    auto o = outer.begin();
    auto i = inner.begin();
    for (; o != outer.end(); ++o, ++i) {
        if (i == inner.end() || *i != *o) return false;
    }
    return true;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool looks_like(std::string_view mime, std::string_view bytes)
{
    if (mime == "image/png") return bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8);
    if (mime == "image/jpeg") return bytes.substr(0, 3) == std::string_view("\xff\xd8\xff", 3);
    // An SVG is XML whose root is <svg>; look for it near the start.
    return bytes.substr(0, 4096).find("<svg") != std::string_view::npos;
}

}  // namespace

Expected<EmbeddedImage> embed_image(const fs::path& document_file, std::string_view relative, Lang lang)
{
    const std::string shown(relative);
    if (relative.empty() || relative.find('\0') != std::string_view::npos || fs::path(shown).is_absolute()) {
        return Failure{say(lang,
                           {"de kaart '{0}' is niet opgenomen: geef een pad ten opzichte van het plan",
                            "the map '{0}' is not included: give a path relative to the plan"},
                           shown)};
    }
    std::error_code ec;
    const fs::path folder = fs::weakly_canonical(fs::absolute(document_file, ec), ec).parent_path();
    const fs::path target = fs::weakly_canonical(folder / shown, ec);
    if (ec || !inside(target, folder)) {
        return Failure{say(lang,
                           {"de kaart '{0}' is niet opgenomen: die ligt buiten de map van het plan",
                            "the map '{0}' is not included: it lies outside the plan's folder"},
                           shown)};
    }
    if (!fs::exists(target, ec) || !fs::is_regular_file(target, ec)) {
        return Failure{say(lang, {"de kaart '{0}' is niet gevonden", "the map '{0}' was not found"}, shown)};
    }
    const std::uintmax_t size = fs::file_size(target, ec);
    if (ec || size > k_max_image_size) {
        return Failure{say(lang,
                           {"de kaart '{0}' is niet opgenomen: die is groter dan {1} MiB",
                            "the map '{0}' is not included: it is larger than {1} MiB"},
                           shown, k_max_image_size / (1024 * 1024))};
    }
    const std::string extension = lower(target.extension().string());
    std::string mime;
    if (extension == ".png")
        mime = "image/png";
    else if (extension == ".jpg" || extension == ".jpeg")
        mime = "image/jpeg";
    else if (extension == ".svg")
        mime = "image/svg+xml";
    else {
        return Failure{say(lang,
                           {"de kaart '{0}' is niet opgenomen: alleen png, jpeg en svg kunnen",
                            "the map '{0}' is not included: only png, jpeg and svg are possible"},
                           shown)};
    }
    std::ifstream in(target, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
        return Failure{say(lang, {"de kaart '{0}' kan niet worden gelezen", "the map '{0}' cannot be read"}, shown)};
    }
    if (bytes.size() > k_max_image_size || !looks_like(mime, bytes)) {
        return Failure{say(lang,
                           {"de kaart '{0}' is niet opgenomen: de inhoud past niet bij de naam ({1})",
                            "the map '{0}' is not included: its content does not match its name ({1})"},
                           shown, mime)};
    }
    return EmbeddedImage{mime, "data:" + mime + ";base64," + base64_encode(bytes)};
}

}  // namespace mee
