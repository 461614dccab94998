#include "base/html.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <doctest/doctest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace {

using Node = std::unique_ptr<cmark_node, void (*)(cmark_node*)>;

// `markdown` parsed as GFM as GitHub reads it: tables, strikethrough and
// task lists (all but autolinks, which would turn a plain web address in
// a text into a link to that same address).
Node parse(const std::string& markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(cmark_parser_new(CMARK_OPT_DEFAULT),
                                                                  cmark_parser_free);
    for (const char* name : {"table", "strikethrough", "tasklist"}) {
        cmark_syntax_extension* e = cmark_find_syntax_extension(name);
        REQUIRE(e != nullptr);
        cmark_parser_attach_syntax_extension(parser.get(), e);
    }
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    return Node(cmark_parser_finish(parser.get()), cmark_node_free);
}

std::string type_of(cmark_node* n)
{
    const char* t = cmark_node_get_type_string(n);
    return t != nullptr ? t : "?";
}

// The text of `n`'s children when they are all plain text (a soft break
// as "\n"); otherwise the first node that is not, as "<type>".
std::string plain_children(cmark_node* n)
{
    std::string out;
    for (cmark_node* c = cmark_node_first_child(n); c != nullptr; c = cmark_node_next(c)) {
        if (cmark_node_get_type(c) == CMARK_NODE_SOFTBREAK) {
            out += "\n";
            continue;
        }
        if (cmark_node_get_type(c) != CMARK_NODE_TEXT) return "<" + type_of(c) + ">";
        out += cmark_node_get_literal(c);
    }
    return out;
}

// Descends from the document through `path` (each the only child of its
// parent, of the type named) and returns the plain text below.
std::string only_text(const std::string& markdown, const std::vector<std::string>& path)
{
    Node doc = parse(markdown);
    cmark_node* n = doc.get();
    for (const std::string& type : path) {
        cmark_node* child = cmark_node_first_child(n);
        if (child == nullptr) return "<nothing>";
        if (cmark_node_next(child) != nullptr && type != "table_row") return "<more than one " + type_of(child) + ">";
        if (type == "table_row") child = cmark_node_next(child);  // past the header row
        if (child == nullptr || type_of(child) != type) return "<" + (child ? type_of(child) : "none") + ">";
        n = child;
    }
    return plain_children(n);
}

// `text` escaped, in each place a report puts a text, must read back as
// exactly that text and nothing else.
void check_literal(const std::string& text)
{
    CAPTURE(text);
    const std::string e = mee::escape_markdown(text);
    CAPTURE(e);
    CHECK(only_text(e + "\n", {"paragraph"}) == text);
    CHECK(only_text("Vooraf.\n" + e + "\n", {"paragraph"}) == "Vooraf.\n" + text);
    CHECK(only_text("- " + e + "\n", {"list", "item", "paragraph"}) == text);
    CHECK(only_text("1. " + e + "\n", {"list", "item", "paragraph"}) == text);
    CHECK(only_text("> " + e + "\n", {"block_quote", "paragraph"}) == text);
    CHECK(only_text("# " + e + "\n", {"heading"}) == text);
    CHECK(only_text("## Kop " + e + "\n", {"heading"}) == "Kop " + text);
    CHECK(only_text("| Kop |\n|---|\n| " + e + " |\n", {"table", "table_row", "table_cell"}) == text);
    CHECK(only_text("[" + e + "](<https://example.nl>)\n", {"paragraph", "link"}) == text);
    CHECK(only_text("**" + e + "**\n", {"paragraph", "strong"}) == text);
}

}  // namespace

TEST_CASE("escape_markdown: ordinary text stays as written")
{
    CHECK(mee::escape_markdown("PVA-2026-003") == "PVA-2026-003");
    CHECK(mee::escape_markdown("auto's en fietsers (en \"voetgangers\").") ==
          "auto's en fietsers (en \"voetgangers\").");
    CHECK(mee::escape_markdown("https://www.dalfsen.nl/kerkstraat?a=1&b=2") ==
          "https://www.dalfsen.nl/kerkstraat?a=1&b=2");
    CHECK(mee::escape_markdown("B&W 2025-0909-04: 1.5 miljoen, 3 > 2 en 5 * 3!") ==
          "B&W 2025-0909-04: 1.5 miljoen, 3 > 2 en 5 * 3!");
    CHECK(mee::escape_markdown("online_alternatief: true") == "online_alternatief: true");
    CHECK(mee::escape_markdown("C:\\Documenten\\plan") == "C:\\Documenten\\plan");
    CHECK(mee::escape_markdown("Plan #3 en -5 graden") == "Plan #3 en -5 graden");
}

TEST_CASE("escape_markdown: markup is escaped where it would be read as markup")
{
    CHECK(mee::escape_markdown("<script>alert(1)</script>") == "\\<script>alert(1)\\</script>");
    CHECK(mee::escape_markdown("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))");
    CHECK(mee::escape_markdown("![img](https://x.nl/a.png)") == "!\\[img\\](https://x.nl/a.png)");
    CHECK(mee::escape_markdown("**vet** en _schuin_ en ~~weg~~") ==
          "\\*\\*vet\\*\\* en \\_schuin\\_ en \\~\\~weg\\~\\~");
    CHECK(mee::escape_markdown("# Kop") == "\\# Kop");
    CHECK(mee::escape_markdown("Kop #") == "Kop \\#");
    CHECK(mee::escape_markdown("1. punt") == "1\\. punt");
    CHECK(mee::escape_markdown("2026) punt") == "2026\\) punt");
    CHECK(mee::escape_markdown("- punt") == "\\- punt");
    CHECK(mee::escape_markdown("+ punt") == "\\+ punt");
    CHECK(mee::escape_markdown("---") == "\\---");
    CHECK(mee::escape_markdown("> citaat") == "\\> citaat");
    CHECK(mee::escape_markdown("a | b") == "a \\| b");
    CHECK(mee::escape_markdown("`code`") == "\\`code\\`");
    CHECK(mee::escape_markdown("&amp; &#60; &#x3C;") == "\\&amp; \\&#60; \\&#x3C;");
    CHECK(mee::escape_markdown("eind\\") == "eind\\\\");
    CHECK(mee::escape_markdown("\\*") == "\\\\\\*");
    CHECK(mee::escape_markdown("  regel een\r\nregel twee  ") == "regel een regel twee");
    CHECK(mee::escape_markdown("").empty());
}

TEST_CASE("escape_markdown: tricky and hostile texts read back literally wherever a report puts them")
{
    for (const char* text : {"PVA-2026-003",
                             "auto's",
                             "https://example.nl/a_b_c?x=1&y=2",
                             "<script>alert(1)</script>",
                             "[x](javascript:alert(1))",
                             "![x](javascript:alert(1))",
                             "<https://evil.example>",
                             "**bold**",
                             "__bold__",
                             "*a*",
                             "_a_",
                             "a_b_c",
                             "snake_case_",
                             "~a~",
                             "~~a~~",
                             "# heading",
                             "## h ##",
                             "kop #",
                             "kop ##",
                             "#hashtag",
                             "1. item",
                             "1) item",
                             "123456789. x",
                             "1.5 miljoen",
                             "- item",
                             "+ item",
                             "* item",
                             "---",
                             "***",
                             "___",
                             "- - -",
                             "===",
                             "> quote",
                             ">quote",
                             "a | b | c",
                             "|",
                             "`code`",
                             "```",
                             "~~~",
                             "&amp;",
                             "&#60;",
                             "&#x3c;",
                             "&copy",
                             "B&W",
                             "a\\",
                             "\\",
                             "\\\\",
                             "\\*",
                             "a\\b",
                             "[ ] taak",
                             "[x] taak",
                             "[^1]",
                             "[a]: https://x.nl",
                             "a  b",
                             "<!-- c -->",
                             "<b onclick=x>y</b>",
                             "x <= y >= z",
                             "5 * 3 * 2",
                             "a ~ b",
                             "a _ b",
                             "! [",
                             "\\|",
                             "Ideeën ophalen — “citaat” …",
                             "<",
                             ">",
                             "&",
                             "*",
                             "_",
                             "~",
                             "#",
                             "-",
                             "+",
                             "=",
                             "1.",
                             "1)"}) {
        check_literal(text);
    }
}

TEST_CASE("escape_markdown: any mix of markup characters reads back literally")
{
    // Deterministic: a fixed linear congruential sequence.
    const std::string alphabet = "#-+>=*_~`[]<>&\\|!:().;1a x";
    std::uint32_t state = 20261207;
    const auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int n = 0; n < 3000; ++n) {
        std::string text;
        const std::size_t length = 1 + next() % 10;
        for (std::size_t i = 0; i < length; ++i)
            text += alphabet[next() % alphabet.size()];
        // Leading and trailing spaces are not part of a text (escape_markdown drops them).
        const std::size_t first = text.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        text = text.substr(first, text.find_last_not_of(' ') - first + 1);
        check_literal(text);
    }
}
