#include "yaml/tree.hpp"

#include <doctest/doctest.h>

#include <string>

using mee::Lang;
using mee::Mark;
using mee::Node;
using mee::NodeKind;
using mee::parse_yaml;
using mee::Source;

TEST_CASE("yaml_tree: keys and values keep their 1-based places")
{
    const Source s("soort: plan\nopgave:\n  beschrijving: Het centrum\nlijst:\n  - een\n  - twee\n");
    const auto parsed = parse_yaml(s, Lang::en);
    REQUIRE(parsed.root);
    CHECK(parsed.problems.empty());
    const auto& root = *parsed.root;
    REQUIRE(root.is_mapping());
    CHECK(root.entries[0].key_mark == Mark{1, 1});
    CHECK(root.get("soort")->mark == Mark{1, 8});
    const auto* opgave = root.entry("opgave");
    CHECK(opgave->key_mark == Mark{2, 1});
    CHECK(opgave->value.entries[0].key_mark == Mark{3, 3});
    CHECK(opgave->value.get("beschrijving")->mark == Mark{3, 17});
    const auto* lijst = root.get("lijst");
    REQUIRE(lijst->is_sequence());
    CHECK(lijst->items[1].value == "twee");
    CHECK(lijst->items[1].mark == Mark{6, 5});
}

TEST_CASE("yaml_tree: a duplicate key is MEE002 naming both places, and the first value stays")
{
    const Source s("a: 1\nb:\n  x: 1\n  x: 2\n");
    const auto parsed = parse_yaml(s, Lang::en);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].code == "MEE002");
    CHECK(parsed.problems[0].mark == Mark{4, 3});
    CHECK(parsed.problems[0].message ==
          "key 'x' appears twice in the same mapping (first at line 3, column 3); YAML keeps only one: merge them or "
          "remove one");
    CHECK(parsed.root->get("b")->get("x")->value == "1");
}

TEST_CASE("yaml_tree: a parse error is MEE001 at the parser's place, in Dutch too")
{
    const auto parsed = parse_yaml(Source("a: [1, 2\nb: 3\n"), Lang::nl);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].code == "MEE001");
    CHECK(parsed.problems[0].mark == Mark{2, 2});
    CHECK(parsed.problems[0].message ==
          "dit is geen geldige YAML: de lijst die op regel 1, kolom 4 met [ begint is niet gesloten: zet een ] aan het "
          "eind, en komma's tussen de waarden");
    CHECK_FALSE(parsed.root);
}

TEST_CASE("yaml_tree: explicit and empty nulls mean absent")
{
    const auto parsed = parse_yaml(Source("a: null\nb: ~\nc:\nd: x\n"), Lang::en);
    const auto& root = *parsed.root;
    CHECK(root.get("a") == nullptr);
    CHECK(root.get("b") == nullptr);
    CHECK(root.get("c") == nullptr);
    CHECK(root.entry("c") != nullptr);
    CHECK(root.entry("c")->value.mark == Mark{3, 1});  // the empty value sits at its key
    CHECK(root.get("d")->value == "x");
}

TEST_CASE("yaml_tree: quoted scalars are not plain")
{
    const auto parsed = parse_yaml(Source("a: 'null'\nb: \"5\"\nc: 5\n"), Lang::en);
    const auto& root = *parsed.root;
    REQUIRE(root.get("a") != nullptr);
    CHECK_FALSE(root.get("a")->is_plain());
    CHECK_FALSE(root.get("b")->is_plain());
    CHECK(root.get("c")->is_plain());
}

TEST_CASE("yaml_tree: aliases are expanded, within the limit")
{
    const auto parsed = parse_yaml(Source("a: &x {k: v}\nb: *x\n"), Lang::en);
    REQUIRE(parsed.root);
    CHECK(parsed.root->get("b")->get("k")->value == "v");

    std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
        laughs += std::string(1, c) + ": &" + c + " [";
        for (int i = 0; i < 10; ++i)
            laughs += std::string(i ? ", *" : "*") + static_cast<char>(c - 1);
        laughs += "]\n";
    }
    const auto bomb = parse_yaml(Source(laughs), Lang::en);
    REQUIRE(bomb.problems.size() == 1);
    CHECK(bomb.problems[0].code == "MEE008");
    CHECK_FALSE(bomb.root);
}

TEST_CASE("yaml_tree: nesting deeper than 64 levels is MEE008, however deep it goes")
{
    for (int depth : {65, 600, 5000}) {
        CAPTURE(depth);
        const std::string flow = std::string(depth, '[') + std::string(depth, ']');
        const auto parsed = parse_yaml(Source(flow), Lang::en);
        REQUIRE(parsed.problems.size() == 1);
        CHECK(parsed.problems[0].code == "MEE008");
    }
    const std::string ok = std::string(64, '[') + std::string(64, ']');
    CHECK(parse_yaml(Source(ok), Lang::en).problems.empty());
}

TEST_CASE("yaml_tree: a key that is not a word is MEE004")
{
    const auto parsed = parse_yaml(Source("? [a, b]\n: x\nc: d\n"), Lang::en);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].code == "MEE004");
    CHECK(parsed.problems[0].message == "a key must be a word, not a list");
    CHECK(parsed.root->get("c")->value == "d");
}

TEST_CASE("yaml_tree: several documents are counted")
{
    const auto parsed = parse_yaml(Source("a: 1\n---\nb: 2\n"), Lang::en);
    CHECK(parsed.documents == 2);
    CHECK(parsed.second_document.line == 2);
    CHECK(parsed.root->get("a") != nullptr);
    CHECK(parsed.root->get("b") == nullptr);
}

TEST_CASE("yaml_tree: an empty stream has no root")
{
    CHECK_FALSE(parse_yaml(Source(""), Lang::en).root);
    CHECK_FALSE(parse_yaml(Source("# only a comment\n"), Lang::en).root);
}

TEST_CASE("yaml_tree: a quote never closed is MEE001 at the quote")
{
    const auto parsed = parse_yaml(Source("soort: plan\ntitel: \"open\nid: PVA-1\n"), Lang::en);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].code == "MEE001");
    CHECK(parsed.problems[0].mark == Mark{2, 8});
    CHECK_FALSE(parsed.root);
    CHECK(parse_yaml(Source("a: 'it''s'\nb: \"q\\\"\"\n"), Lang::en).problems.empty());
}

TEST_CASE("yaml_tree: an empty key is kept, for the schema to report")
{
    const auto parsed = parse_yaml(Source("\"\": leeg\n"), Lang::en);
    REQUIRE(parsed.root);
    CHECK(parsed.root->entry("") != nullptr);
}

TEST_CASE("yaml_tree: MEE008 for aliases points at the alias that went over the limit")
{
    std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
        laughs += std::string(1, c) + ": &" + c + " [";
        for (int i = 0; i < 10; ++i)
            laughs += std::string(i ? ", *" : "*") + static_cast<char>(c - 1);
        laughs += "]\n";
    }
    const auto bomb = parse_yaml(Source(laughs), Lang::en);
    REQUIRE(bomb.problems.size() == 1);
    CHECK(bomb.problems[0].mark.line > 1);
}

TEST_CASE("yaml_tree: a tab between tokens reads as a space; marks stay where they were")
{
    for (const char* text : {"a:\n  -\tx\nb: y\n", "a:\n  - x\n\t\nb: y\n", "\t# note\na:\n  - x\nb: y\n",
                             "a:\n  - x   \t# note\nb:\ty\n"}) {
        CAPTURE(text);
        const auto parsed = parse_yaml(Source(text), Lang::en);
        CHECK(parsed.problems.empty());
        REQUIRE(parsed.root);
        const Node* list = parsed.root->get("a");
        REQUIRE(list != nullptr);
        REQUIRE(list->items.size() == 1);
        CHECK(list->items[0].value == "x");
        CHECK(parsed.root->get("b")->value == "y");
        CHECK(parsed.root->entry("b")->key_mark.column == 1);
    }
    const auto marked = parse_yaml(Source("a:\n  -\tx\n"), Lang::en);
    CHECK(marked.root->get("a")->items[0].mark == Mark{2, 5});
    // A tab inside a text stays a tab.
    CHECK(parse_yaml(Source("a: x\ty\n"), Lang::en).root->get("a")->value == "x\ty");
}

TEST_CASE("yaml_tree: a tab in the indentation is MEE001 that says so")
{
    for (const char* text : {"a:\n\tb: c\n", "a: |\n  \tx\n"}) {
        CAPTURE(text);
        const auto parsed = parse_yaml(Source(text), Lang::en);
        REQUIRE(parsed.problems.size() == 1);
        CHECK(parsed.problems[0].code == "MEE001");
        CHECK(parsed.problems[0].message.find("a tab in the indentation") != std::string::npos);
        CHECK(parsed.problems[0].message.find("replace the tab with spaces") != std::string::npos);
        CHECK_FALSE(parsed.root);
    }
}

TEST_CASE("yaml_tree: parse errors name the place to look and what to do")
{
    struct Case {
        const char* text;
        Mark mark;
        const char* message;
    };
    const Case cases[] = {
        {"a: b\nper ongeluk\nc: d\n",
         {2, 1},
         "this is not valid YAML: this line has no ':' after its key: put ': ' after the key, or put text that spans "
         "lines in quotes"},
        {"a: [b, c]]\n", {1, 10}, "this is not valid YAML: unexpected ]: there is one too many"},
        {"a: 'open\n", {1, 4}, "this is not valid YAML: the quote ' is never closed: add a ' after the text"},
        {"a: *nergens\n",
         {1, 4},
         "this is not valid YAML: the alias *nergens refers to an anchor &nergens that is not there (yet); put the "
         "anchor &nergens earlier in the document, or write the value out"},
        {"a: b\x07\n",
         {1, 5},
         "this is not valid YAML: an invisible control character (U+0007) is not allowed in YAML: remove it"},
        {"a: @b\n",
         {1, 4},
         "this is not valid YAML: the character '@' cannot begin a value here: put the text in quotes"},
        {"a: {b: 1\n",
         {2, 1},
         "this is not valid YAML: the mapping that begins with { at line 1, column 4 is not closed: put a } at its "
         "end, and commas between its pairs"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        const auto parsed = parse_yaml(Source(c.text), Lang::en);
        REQUIRE(parsed.problems.size() == 1);
        CHECK(parsed.problems[0].code == "MEE001");
        CHECK(parsed.problems[0].mark == c.mark);
        CHECK(parsed.problems[0].message == c.message);
    }
}

TEST_CASE("yaml_tree: an empty value points at its key")
{
    const auto parsed = parse_yaml(Source("a:\nb:   \nc: ~\n"), Lang::en);
    CHECK(parsed.root->entry("a")->value.mark == Mark{1, 1});
    CHECK(parsed.root->entry("b")->value.mark == Mark{2, 1});
    CHECK(parsed.root->entry("c")->value.mark == Mark{3, 4});
}

TEST_CASE("yaml_tree: marks count characters after multi-byte text")
{
    const auto parsed = parse_yaml(Source("titel: ééé 😀\nb: [x, ë, y]\n"), Lang::en);
    const Node* b = parsed.root->get("b");
    REQUIRE(b != nullptr);
    CHECK(b->items[2].mark == Mark{2, 11});
    CHECK(parsed.root->entry("b")->key_mark == Mark{2, 1});
}

TEST_CASE("yaml_tree: lines end at LF only, whatever else YAML 1.1 calls a line end")
{
    // A lone CR, U+0085 and U+2028 are line ends to libyaml, not to editors.
    for (const char* text :
         {"a: 'x\ry'\nb: 1\n", "a: 'x\xC2\x85y'\nb: 1\n", "a: 'x\xE2\x80\xA8y'\nb: 1\n", "a: x\r\nb: 1\r\n"}) {
        CAPTURE(text);
        const auto parsed = parse_yaml(Source(text), Lang::en);
        REQUIRE(parsed.root);
        CHECK(parsed.root->entry("b")->key_mark == Mark{2, 1});
        CHECK(parsed.root->get("b")->mark == Mark{2, 4});
    }
}

TEST_CASE("yaml_tree: many tabs between tokens are all read as spaces, within a budget")
{
    std::string list = "a:\n";
    for (int i = 0; i < 500; ++i)
        list += "  -\tx\n";
    const auto parsed = parse_yaml(Source(list), Lang::en);
    CHECK(parsed.problems.empty());
    REQUIRE(parsed.root);
    CHECK(parsed.root->get("a")->items.size() == 500);

    mee::YamlLimits small;
    small.retype_budget = 2000;
    const auto stopped = parse_yaml(Source(list), Lang::en, small);
    REQUIRE(stopped.problems.size() == 1);
    CHECK(stopped.problems[0].code == "MEE001");
    CHECK(stopped.problems[0].message ==
          "this is not valid YAML: too many tabs between the parts of the YAML: replace the tabs with spaces");
    CHECK_FALSE(stopped.root);
}

TEST_CASE("yaml_tree: aliases are counted in bytes too, not only in nodes (MEE008)")
{
    // 64 KiB aliased 300 times: 19 MiB of text in 302 nodes.
    std::string text = "a: &big " + std::string(64 * 1024, 'x') + "\nb:\n";
    for (int i = 0; i < 300; ++i)
        text += "  - *big\n";
    const Source bomb(text);
    const auto parsed = parse_yaml(bomb, Lang::en);
    CHECK_FALSE(parsed.root);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].code == "MEE008");
    CHECK(parsed.problems[0].message.find("more than 16 MiB of text") != std::string::npos);
    CHECK(parsed.problems[0].mark.line > 3);  // at the alias that went over

    // The same text aliased 200 times (12.5 MiB) is within the limit.
    std::string fewer = "a: &big " + std::string(64 * 1024, 'x') + "\nb:\n";
    for (int i = 0; i < 200; ++i)
        fewer += "  - *big\n";
    const Source fine(fewer);
    const auto ok = parse_yaml(fine, Lang::en);
    CHECK(ok.root);
    CHECK(ok.problems.empty());
}

TEST_CASE("yaml_tree: a duplicate key in a big mapping is found, with the first one's place")
{
    std::string text;
    for (int i = 0; i < 5000; ++i)
        text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
    text += "k17: again\n";
    const Source s(text);
    const auto parsed = parse_yaml(s, Lang::en);
    REQUIRE(parsed.root);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].code == "MEE002");
    CHECK(parsed.problems[0].mark.line == 5001);
    CHECK(parsed.problems[0].message.find("first at line 18, column 1") != std::string::npos);
    CHECK(parsed.root->entries.size() == 5000);
    CHECK(parsed.root->get("k17")->value == "17");
}

TEST_CASE("yaml_tree: MEE008 for too many nodes is worded by its cause")
{
    std::string big;
    for (int i = 0; i < 60000; ++i)
        big += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
    const Source plain(big);
    const auto parsed = parse_yaml(plain, Lang::en);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].code == "MEE008");
    CHECK(parsed.problems[0].message.find("the document has more than 100000 nodes") != std::string::npos);
    CHECK(parsed.problems[0].message.find("alias") == std::string::npos);
}
