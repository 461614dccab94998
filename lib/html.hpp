#pragma once
// Text from documents is data, never markup: everything inserted into
// HTML, SVG or Markdown that mee produces goes through these.

#include <string>
#include <string_view>

namespace mee {

// & < > " ' escaped, for element content and quoted attribute values.
std::string escape_html(std::string_view text);

// Characters with a meaning in CommonMark/GFM (\ ` * _ { } [ ] < > ( ) # + - . ! | ~ and leading
// markers) backslash-escaped, and line breaks made spaces, so a field can never
// become a link, an image, raw HTML or a table break.
std::string escape_markdown(std::string_view text);

}  // namespace mee
