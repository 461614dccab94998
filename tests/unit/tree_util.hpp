#pragma once
// A YAML text as mee's tree, for tests that look at trees themselves.

#include "yaml/tree.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>

namespace mee::test {

// The tree of `text`; the test stops when it is not a YAML document.
inline Node parse_tree(const std::string& text)
{
    auto parsed = parse_yaml(Source(text), Lang::en);
    REQUIRE(parsed.root.has_value());
    return std::move(*parsed.root);
}

}  // namespace mee::test
