#include "render/html_page.hpp"

#include "base/html.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace mee {

namespace {

// One stylesheet for screen and print. Colours are dark enough for WCAG AA
// contrast on white; nothing is loaded from elsewhere.
constexpr const char* k_css = R"css(
:root { --ink: #1b1f24; --muted: #555d66; --line: #d5dbe1; --accent: #1d4f91; --soft: #f3f6f9;
  --ok: #1e6b35; --warn: #8a5a00; --bad: #a12a1b; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.55 "Segoe UI", "Noto Sans", "Liberation Sans", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: break-word; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 1rem; }
main:has(> section.index) { max-width: 75rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .35rem; color: var(--accent); }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 0 0 .6rem; color: var(--accent); }
h3 { font-size: 1.08rem; margin: 1.2rem 0 .4rem; }
p, ul, ol, blockquote, table, figure { margin: 0 0 .9rem; }
a { color: var(--accent); }
section { margin: 0 0 1.6rem; }
section.head { border-bottom: 3px solid var(--accent); padding-bottom: .6rem; margin-bottom: 1.4rem; }
section.head h1 + p { color: var(--muted); font-size: 1.02rem; margin-bottom: .7rem; }
section.head ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
  gap: .2rem 1.5rem; }
section.part { border-top: 1px solid var(--line); padding-top: 1.1rem; }
.box { background: var(--soft); border: 1px solid var(--line); border-left: 6px solid var(--accent);
  border-radius: 6px; padding: .9rem 1.1rem .3rem; }
.box h2 { font-size: 1.15rem; }
.outcome-involve { border-left-color: var(--ok); }
.outcome-inform { border-left-color: var(--warn); }
.outcome-incomplete { border-left-color: var(--bad); }
.findings { border-left-color: var(--warn); }
.personal { border-left-color: var(--bad); background: #fdf3f1; }
blockquote { border-left: 4px solid var(--line); margin-left: 0; padding: .2rem 0 .2rem 1rem; color: #333a42;
  font-style: italic; }
.table-wrap { overflow-x: auto; margin: 0 0 .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .94rem; }
.table-wrap table { margin: 0; }
th, td { border: 1px solid var(--line); padding: .4rem .55rem; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { background: var(--soft); font-weight: 600; }
figure { margin: 0 0 1rem; }
.index td:nth-child(2) { white-space: nowrap; }
figure.chart { overflow-x: auto; }
figure.chart svg { display: block; width: 100%; min-width: 36rem; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
figure.kaart img { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); }
footer { max-width: 52rem; margin: 0 auto; padding: .8rem 1.25rem 2rem; color: var(--muted); font-size: .88rem; }
footer p { margin: 0; }
svg text { font-family: inherit; fill: var(--ink); }
svg .q { fill: #f6f8fa; stroke: #b9c3cd; }
svg .q-key { fill: #e2ecf7; stroke: var(--accent); }
svg .q-title { font-size: 15px; font-weight: 700; fill: var(--accent); }
svg .q-sub { font-size: 11.5px; fill: var(--muted); }
svg .q-name { font-size: 13.5px; }
svg .q-none { font-size: 13.5px; fill: var(--muted); }
svg .dot { fill: var(--accent); }
svg .axis { font-size: 12.5px; font-weight: 600; fill: var(--muted); }
svg .lane, svg .month { font-size: 12px; fill: var(--muted); }
svg .band-label { font-size: 10.5px; fill: #3d2c00; }
svg .band.school { fill: #f4c76a; }
svg .band.busy { fill: #c9a68f; }
svg .band.nodata { fill: #eceff2; }
svg .shade.school { fill: #f4c76a; opacity: .18; }
svg .shade.busy { fill: #c9a68f; opacity: .16; }
svg .axis-line { stroke: #6b747d; stroke-width: 1.5; }
svg .tick { stroke: #6b747d; }
svg .holiday { fill: var(--bad); }
svg .adopted { stroke: var(--ok); stroke-width: 2; stroke-dasharray: 5 3; }
svg .leader { stroke: #9aa3ac; stroke-dasharray: 2 3; }
svg .m { stroke: #fff; stroke-width: 1.5; }
svg .m-participatie { fill: var(--accent); }
svg .m-terugkoppeling { fill: var(--ok); }
svg .m-besluit { fill: var(--bad); }
svg .m-informatie, svg .m-overig { fill: #7a838c; }
svg .m-label { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .m-label { font-size: 12.5px; }
svg .legend { font-size: 12px; fill: var(--muted); }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  main { padding: 1rem .85rem; }
  h1 { font-size: 1.5rem; }
  .box { padding: .75rem .8rem .2rem; }
  /* A long word (a compound, an id, an address) may break rather than widen a table past the screen. */
  th, td { padding: .35rem .4rem; hyphens: auto; }
}
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  :root { --soft: #f4f6f8; }
  body { font-size: 10.5pt; line-height: 1.45; }
  main, footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  /* The summary fills the first page; each part of a plan or eindverslag starts on a new page;
     the short parts of an initiative stay whole where they fit. */
  section.part { border-top: 0; padding-top: 0; }
  section.new-page { break-before: page; page-break-before: always; }
  section.part:not(.new-page) { break-inside: avoid; page-break-inside: avoid; }
  .box, figure, blockquote, li { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap, figure.chart { overflow: visible; }
  figure.chart svg { min-width: 0; }
  figure.kaart img { max-height: 200mm; }
  table { font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr, th, td { break-inside: avoid; page-break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  footer { margin-top: 1.5rem; border-top: 1px solid var(--line); padding-top: .4rem; }
}
)css";

// The table extension, registered once for the process.
cmark_syntax_extension* table_extension()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
    return cmark_find_syntax_extension("table");
}

// Wraps each <table> in a scrolling box, so wide tables scroll on a phone
// instead of widening the page.
std::string wrap_tables(std::string html)
{
    std::string out;
    std::size_t pos = 0;
    for (;;) {
        const std::size_t open = html.find("<table>", pos);
        if (open == std::string::npos) break;
        const std::size_t close = html.find("</table>", open);
        if (close == std::string::npos) break;
        out.append(html, pos, open - pos);
        out += "<div class=\"table-wrap\">";
        out.append(html, open, close + 8 - open);
        out += "</div>";
        pos = close + 8;
    }
    out.append(html, pos, std::string::npos);
    return out;
}

}  // namespace

std::string markdown_to_html(std::string_view markdown)
{
    constexpr int options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;  // never CMARK_OPT_UNSAFE
    cmark_syntax_extension* table = table_extension();
    std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(cmark_parser_new(options), cmark_parser_free);
    if (table != nullptr) cmark_parser_attach_syntax_extension(parser.get(), table);
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, void (*)(cmark_node*)> document(cmark_parser_finish(parser.get()), cmark_node_free);
    char* html = cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    std::string out = html != nullptr ? html : "";
    std::free(html);
    return wrap_tables(std::move(out));
}

std::string html_page(const RenderedPage& page)
{
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"";
    out += page.lang == Lang::nl ? "nl" : "en";
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
    // Defence in depth: even if markup slipped through, nothing could load or run.
    out +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
    out += "<meta name=\"generator\" content=\"mee\">\n";
    out += "<title>" + escape_html(page.title) + "</title>\n<style>" + k_css + "</style>\n</head>\n<body>\n<main>\n";
    for (const PageSection& s : page.sections) {
        out += "<section id=\"" + escape_html(s.id) + "\" class=\"" + escape_html(s.css_class) + "\">\n";
        for (const PageBlock& b : s.blocks)
            out += b.html.empty() ? markdown_to_html(b.markdown) : b.html;
        out += "</section>\n";
    }
    out += "</main>\n";
    if (!page.footer.empty()) out += "<footer>\n" + markdown_to_html(page.footer) + "</footer>\n";
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace mee
