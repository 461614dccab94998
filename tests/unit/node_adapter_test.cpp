// The valijson adapter over mee's tree shows the tree exactly as to_json
// does: read back through the adapter, every document gives the same JSON.

#include "document/schema_adapter.hpp"
#include "yaml/tree.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

using valijson::adapters::MeeNodeAdapter;

// The JSON that valijson sees through `adapter`.
nlohmann::json seen(const MeeNodeAdapter& adapter)
{
    if (adapter.isNull()) return nullptr;
    bool b = false;
    if (adapter.isBool() && adapter.getBool(b)) return b;
    std::int64_t i = 0;
    if (adapter.isInteger() && adapter.getInteger(i)) return i;
    double d = 0;
    if (adapter.isDouble() && adapter.getDouble(d)) return d;
    std::string s;
    if (adapter.isString() && adapter.getString(s)) return s;
    if (adapter.isArray()) {
        nlohmann::json array = nlohmann::json::array();
        for (const MeeNodeAdapter& item : adapter.getArray())
            array.push_back(seen(item));
        std::size_t size = 0;
        CHECK(adapter.getArraySize(size));
        CHECK(size == array.size());
        return array;
    }
    if (adapter.isObject()) {
        nlohmann::json object = nlohmann::json::object();
        for (const auto& [key, value] : adapter.getObject())
            object[key] = seen(value);
        std::size_t size = 0;
        CHECK(adapter.getObjectSize(size));
        CHECK(size == object.size());
        return object;
    }
    FAIL("a value of no type");
    return nullptr;
}

}  // namespace

TEST_CASE("node adapter: valijson sees what to_json gives")
{
    const char* texts[] = {
        "a: 1\nb: -7\nc: 0x1F\nd: 0o17\ne: 1.5\nf: .inf\ng: -.Inf\nh: true\ni: False\nj: tekst\nk: '12'\n",
        "leeg:\nnul: null\ntilde: ~\nlijst: [1, two, null, {x: ~, y: 2}]\n",
        "groot: 123456789012345678901234567890\ntag: !!str 12\nint: !!int '3'\nfloat: !!float 2\n",
        "a:\n  b:\n    - c: |\n        regel\n      d: >-\n        gevouwen\n",
        "- 1\n- [a, [b, [c]]]\n- {}\n- []\n",
    };
    for (const char* text : texts) {
        CAPTURE(text);
        const auto parsed = mee::parse_yaml(mee::Source(text), mee::Lang::en);
        REQUIRE(parsed.root);
        CHECK(seen(MeeNodeAdapter(*parsed.root)) == mee::to_json(*parsed.root));
    }
}

TEST_CASE("node adapter: find passes over null entries, as the JSON leaves them out")
{
    const auto parsed = mee::parse_yaml(mee::Source("a:\nb: 2\nc: ~\n"), mee::Lang::en);
    const MeeNodeAdapter adapter(*parsed.root);
    const auto object = adapter.getObject();
    CHECK(object.find("a") == object.end());
    CHECK(object.find("c") == object.end());
    REQUIRE(object.find("b") != object.end());
    CHECK(object.find("b")->second.getNumber() == 2);
    CHECK(object.size() == 1);
}
