#pragma once
// The HTML form of a report: its Markdown through cmark-gfm (with the table
// extension and without the unsafe option, so raw HTML is dropped and
// dangerous link targets are emptied), mee's own drawings put in between,
// all in one self-contained page: embedded CSS, no script, no external
// fonts or images, a Content-Security-Policy that forbids them anyway,
// readable on a phone and printable.

#include "render/render.hpp"

#include <string>
#include <string_view>

namespace mee {

// `markdown` (CommonMark with GFM tables) as an HTML fragment.
std::string markdown_to_html(std::string_view markdown);

// The whole page of `page`.
std::string html_page(const RenderedPage& page);

}  // namespace mee
