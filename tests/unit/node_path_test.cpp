#include "tree_util.hpp"
#include "yaml/path.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using mee::Lang;
using mee::Mark;

namespace {

const char* const k_doc =
    "# comment\n"                // 1
    "soort: plan\n"              // 2
    "planning:\n"                // 3
    "  - datum: 2026-01-01\n"    // 4
    "    soort: participatie\n"  // 5
    "  - datum: 2026-02-01\n"    // 6
    "    doelgroepen: [a, b]\n"  // 7
    "\"gek sleutel\": 1\n";      // 8

}  // namespace

TEST_CASE("node_path: keys joined with dots, indexes 0-based, odd keys quoted")
{
    CHECK(mee::join_key("", "planning") == "planning");
    CHECK(mee::join_key("planning[2]", "datum") == "planning[2].datum");
    CHECK(mee::join_index("planning", 2) == "planning[2]");
    CHECK(mee::join_key("", "a.b") == "[\"a.b\"]");
    CHECK(mee::join_key("x", "met \"quote\"") == "x[\"met \\\"quote\\\"\"]");
    CHECK(mee::join_key("", "") == "[\"\"]");
}

TEST_CASE("node_path: the node or key at a mark")
{
    const mee::Node root = mee::test::parse_tree(k_doc);
    const mee::NodePathIndex index(root);
    CHECK(index.at(Mark{2, 1}) == "");             // the root and its first key start together: the root
    CHECK(index.at(Mark{2, 8}) == "soort");        // a value
    CHECK(index.at(Mark{3, 1}) == "planning");     // a key
    CHECK(index.at(Mark{4, 5}) == "planning[0]");  // an entry and its first key: the entry
    CHECK(index.at(Mark{4, 12}) == "planning[0].datum");
    CHECK(index.at(Mark{5, 5}) == "planning[0].soort");
    CHECK(index.at(Mark{6, 12}) == "planning[1].datum");
    CHECK(index.at(Mark{7, 19}) == "planning[1].doelgroepen[0]");
    CHECK(index.at(Mark{7, 22}) == "planning[1].doelgroepen[1]");
    CHECK(index.at(Mark{8, 1}) == "[\"gek sleutel\"]");
    CHECK(mee::node_path_at(root, Mark{6, 12}) == "planning[1].datum");
}

TEST_CASE("node_path: a mark between nodes belongs to the last node before it; before all, the root")
{
    const mee::Node root = mee::test::parse_tree(k_doc);
    const mee::NodePathIndex index(root);
    CHECK(index.at(Mark{1, 1}) == "");
    CHECK(index.at(Mark{5, 30}) == "planning[0].soort");
    CHECK(index.at(Mark{99, 1}) == "[\"gek sleutel\"]");
}

TEST_CASE("node_path: the same path after lines are inserted above")
{
    const mee::Node before = mee::test::parse_tree(k_doc);
    const mee::Node after = mee::test::parse_tree(std::string("# one\n# two\n\n") + k_doc);
    CHECK(mee::node_path_at(before, Mark{6, 12}) == mee::node_path_at(after, Mark{9, 12}));
    CHECK(mee::node_path_at(before, Mark{1, 1}) == mee::node_path_at(after, Mark{1, 1}));
}

namespace {

// Every YAML file under examples/ and the e2e cases, parsed when it can be.
std::vector<std::pair<std::string, std::string>> yaml_files()
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const char* folder : {"/examples", "/tests/e2e/cases"}) {
        for (const auto& e : std::filesystem::recursive_directory_iterator(std::string(MEE_SOURCE_DIR) + folder)) {
            if (!e.is_regular_file() || e.path().extension() != ".yaml") continue;
            std::ifstream in(e.path(), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            out.emplace_back(e.path().string(), text.str());
        }
    }
    return out;
}

}  // namespace

TEST_CASE("node_path: a single lookup gives what the index gives, at every place of every example")
{
    std::size_t files = 0;
    std::size_t nonempty = 0;
    for (const auto& [name, text] : yaml_files()) {
        const mee::Source source(text);
        auto parsed = mee::parse_yaml(source, Lang::en);
        if (!parsed.root) continue;
        ++files;
        const mee::NodePathIndex index(*parsed.root);
        int lines = 1;
        for (char c : text)
            lines += c == '\n';
        for (int line = 1; line <= lines + 1; ++line) {
            const int width = static_cast<int>(source.line(line).size());
            for (int column = 1; column <= width + 2; ++column) {
                const std::string expected = index.at(Mark{line, column});
                nonempty += !expected.empty();
                if (mee::node_path_at(*parsed.root, Mark{line, column}) != expected) {
                    FAIL_CHECK(name << ":" << line << ":" << column << ": " << expected);
                }
            }
        }
    }
    CHECK(files > 50);
    CHECK(nonempty > 10000);
}

TEST_CASE("node_path: set_node_paths gives what the index gives, for few findings and for many")
{
    const mee::Node root = mee::test::parse_tree(k_doc);
    const mee::NodePathIndex index(root);
    const std::vector<Mark> marks = {{1, 1}, {4, 5}, {4, 7}, {5, 12}, {6, 3}, {7, 20}, {8, 1}, {8, 16}, {9, 1}, {2, 3}};
    for (const std::size_t count : {std::size_t{1}, std::size_t{4}, marks.size()}) {
        std::vector<mee::Finding> findings;
        for (std::size_t i = 0; i < count; ++i)
            findings.push_back(mee::Finding{"a.yaml", marks[i], mee::Severity::error, "MEE004", "x"});
        mee::set_node_paths(root, findings);
        for (const mee::Finding& f : findings)
            CHECK(f.node == index.at(f.mark));
    }
    std::vector<mee::Finding> one = {{"a.yaml", Mark{6, 5}, mee::Severity::error, "MEE004", "x"}};
    mee::set_node_paths(root, one);
    CHECK(one[0].node == "planning[1]");
}

TEST_CASE("node_path: the index of a tree that aliases make deep and large keeps no path per place")
{
    // Each anchor holds 60 levels of lists around the anchor before it: the
    // last one is over 3,000 levels deep and the tree has about 90,000
    // nodes, with paths of up to 10 kB. An index that kept every place's
    // path took 350 MB for these 7 kB.
    std::string text = "x:\n";
    for (int k = 0; k < 55; ++k) {
        const std::string inner = k == 0 ? "1" : "*a" + std::to_string(k - 1);
        text += "  - &a" + std::to_string(k) + " " + std::string(60, '[') + inner + std::string(60, ']') + "\n";
    }
    text += "y: *a54\n";
    const mee::Node root = mee::test::parse_tree(text);
    const mee::NodePathIndex index(root);
    std::string first = "x[0]";
    for (int level = 0; level < 60; ++level)
        first += "[0]";
    CHECK(index.at(Mark{2, 70}) == first);  // the 1 inside a0
    CHECK(index.at(Mark{57, 1}) == "y");
    CHECK(index.at(Mark{57, 4}) == "y");
    for (int line = 1; line <= 58; line += 3) {
        for (int column = 1; column <= 140; column += 9)
            CHECK(index.at(Mark{line, column}) == mee::node_path_at(root, Mark{line, column}));
    }
}
