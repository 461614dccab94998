#include "node_path.hpp"

#include <doctest/doctest.h>

using mee::Lang;
using mee::Mark;

namespace {

mee::Node parse(const std::string& text)
{
    const mee::Source source(text);
    auto parsed = mee::parse_yaml(source, Lang::en);
    REQUIRE(parsed.root.has_value());
    return std::move(*parsed.root);
}

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
    const mee::Node root = parse(k_doc);
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
    const mee::Node root = parse(k_doc);
    const mee::NodePathIndex index(root);
    CHECK(index.at(Mark{1, 1}) == "");
    CHECK(index.at(Mark{5, 30}) == "planning[0].soort");
    CHECK(index.at(Mark{99, 1}) == "[\"gek sleutel\"]");
}

TEST_CASE("node_path: the same path after lines are inserted above")
{
    const mee::Node before = parse(k_doc);
    const mee::Node after = parse(std::string("# one\n# two\n\n") + k_doc);
    CHECK(mee::node_path_at(before, Mark{6, 12}) == mee::node_path_at(after, Mark{9, 12}));
    CHECK(mee::node_path_at(before, Mark{1, 1}) == mee::node_path_at(after, Mark{1, 1}));
}
