#include "yaml/scalar.hpp"

#include "yaml/json.hpp"
#include "yaml/tree.hpp"

#include <doctest/doctest.h>

using mee::resolve_plain;
using mee::ScalarType;

TEST_CASE("yaml_scalar: the YAML 1.2 core schema")
{
    struct Case {
        const char* text;
        ScalarType type;
    };
    const Case cases[] = {
        {"", ScalarType::null},        {"~", ScalarType::null},        {"null", ScalarType::null},
        {"Null", ScalarType::null},    {"NULL", ScalarType::null},     {"nul", ScalarType::string},
        {"true", ScalarType::boolean}, {"False", ScalarType::boolean}, {"yes", ScalarType::string},
        {"on", ScalarType::string},    {"12500", ScalarType::integer}, {"-3", ScalarType::integer},
        {"0o17", ScalarType::integer}, {"0x1F", ScalarType::integer},  {"12.500", ScalarType::number},
        {"1e3", ScalarType::number},   {".5", ScalarType::number},     {".inf", ScalarType::number},
        {"-.Inf", ScalarType::number}, {".nan", ScalarType::number},   {"2026-02-09", ScalarType::string},
        {"12,5", ScalarType::string},  {"1.2.3", ScalarType::string},  {"+", ScalarType::string},
        {".", ScalarType::string},     {"e3", ScalarType::string},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CHECK(resolve_plain(c.text) == c.type);
    }
}

TEST_CASE("yaml_scalar: to JSON with types, null entries left out")
{
    const auto parsed = mee::parse_yaml(
        mee::Source("a: 12500\nb: 12.500\nc: '5'\nd: true\ne: null\nf: !!str 7\ng: [1, x]\nh: 2026-02-09\n"),
        mee::Lang::en);
    const auto json = mee::to_json(*parsed.root);
    CHECK(json["a"] == 12500);
    CHECK(json["b"] == 12.5);
    CHECK(json["c"] == "5");
    CHECK(json["d"] == true);
    CHECK_FALSE(json.contains("e"));
    CHECK(json["f"] == "7");
    CHECK(json["g"] == nlohmann::json::array({1, "x"}));
    CHECK(json["h"] == "2026-02-09");
}
