#pragma once
// Text from documents is data, never markup: everything inserted into
// HTML, SVG or Markdown that mee produces goes through these.

#include <string>
#include <string_view>

namespace mee {

// & < > " ' escaped, for element content and quoted attribute values.
std::string escape_html(std::string_view text);

// `text` on one line (line breaks made spaces, leading and trailing white
// space dropped) with a backslash before each character that CommonMark or
// GFM would read as markup where it stands, and before no other: always
// ` [ ] < | ; * ~ _ unless they cannot open or close emphasis there; & when
// it starts a character reference; \ before punctuation or at the end; # at
// the end after a space (a heading's closing sequence); and at the start,
// which may be the start of a block, what opens a heading, quote, list
// item, thematic break or setext underline ("# ", ">", "- ", "1. " …).
// A field can so never become a link, an image, raw HTML or a table break,
// and reads as written in the Markdown source.
std::string escape_markdown(std::string_view text);

}  // namespace mee
