#include "base/base64.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("base64: the test vectors of RFC 4648 section 10")
{
    const std::pair<const char*, const char*> cases[] = {
        {"", ""},
        {"f", "Zg=="},
        {"fo", "Zm8="},
        {"foo", "Zm9v"},
        {"foob", "Zm9vYg=="},
        {"fooba", "Zm9vYmE="},
        {"foobar", "Zm9vYmFy"},
    };
    for (const auto& [in, out] : cases)
        CHECK(mee::base64_encode(in) == out);
}

TEST_CASE("base64: every byte value, high bits included")
{
    CHECK(mee::base64_encode(std::string("\x00\xff\xfe", 3)) == "AP/+");
    CHECK(mee::base64_encode(std::string("\x89PNG\r\n\x1a\n", 8)) == "iVBORw0KGgo=");
}
