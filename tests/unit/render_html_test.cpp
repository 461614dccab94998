#include "render/html_page.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("render_html: Markdown with GFM tables, each table in a scrolling box")
{
    CHECK(mee::markdown_to_html("## Kop\n\n| a | b |\n|---|---|\n| 1 | 2 |\n") ==
          "<h2>Kop</h2>\n<div class=\"table-wrap\"><table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n"
          "<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table></div>\n");
}

TEST_CASE("render_html: without the unsafe option raw HTML is dropped and dangerous links emptied")
{
    const std::string html =
        mee::markdown_to_html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=x>y</b>\n");
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("<b ") == std::string::npos);
}

TEST_CASE("render_html: a page is self-contained, with the sections and drawings in order")
{
    mee::RenderedPage page;
    page.lang = mee::Lang::nl;
    page.title = "Plein <Lemelerveld>";
    page.sections.push_back(
        {"opgave", "part", {{"## 1. De opgave\n", ""}, {"genegeerd\n", "<svg class=\"chart\"></svg>"}}});
    page.footer = "voet\n";
    const std::string html = mee::html_page(page);
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    CHECK(html.find("<title>Plein &lt;Lemelerveld&gt;</title>") != std::string::npos);
    CHECK(html.find("default-src 'none'") != std::string::npos);
    CHECK(html.find(
              "<section id=\"opgave\" class=\"part\">\n<h2>1. De opgave</h2>\n<svg class=\"chart\"></svg></section>") !=
          std::string::npos);
    CHECK(html.find("genegeerd") == std::string::npos);
    CHECK(html.find("<footer>\n<p>voet</p>\n</footer>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
}
