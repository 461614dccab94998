#include "rule_help.hpp"

#include "yaml_tree.hpp"

#include <doctest/doctest.h>

#include <iterator>
#include <string>
#include <string_view>

namespace {

// Every code MEE101–MEE501 of rules.md, in code order.
constexpr std::string_view k_codes[] = {
    "MEE101", "MEE102", "MEE103", "MEE104", "MEE105", "MEE106", "MEE107", "MEE108", "MEE109", "MEE110", "MEE111",
    "MEE121", "MEE122", "MEE131", "MEE132", "MEE133", "MEE134", "MEE135", "MEE136", "MEE137", "MEE138", "MEE141",
    "MEE142", "MEE151", "MEE161", "MEE162", "MEE163", "MEE164", "MEE165", "MEE171", "MEE172", "MEE173", "MEE174",
    "MEE175", "MEE176", "MEE177", "MEE178", "MEE181", "MEE182", "MEE183", "MEE184", "MEE185", "MEE191", "MEE192",
    "MEE201", "MEE202", "MEE203", "MEE204", "MEE205", "MEE206", "MEE207", "MEE208", "MEE209", "MEE210", "MEE211",
    "MEE212", "MEE213", "MEE301", "MEE302", "MEE303", "MEE304", "MEE305", "MEE306", "MEE307", "MEE308", "MEE309",
    "MEE310", "MEE311", "MEE312", "MEE313", "MEE317", "MEE401", "MEE402", "MEE403", "MEE501",
};

}  // namespace

TEST_CASE("rule_help: every rule code MEE101-MEE501 of rules.md has help in both languages")
{
    CHECK(std::size(k_codes) == 75);
    for (std::string_view code : k_codes) {
        CAPTURE(code);
        const mee::RuleHelp* help = mee::find_rule_help(code);
        REQUIRE(help != nullptr);
        CHECK(help->code == code);
        const std::string why_nl = help->why.nl;
        const std::string why_en = help->why.en;
        const std::string fix_nl = help->fix.nl;
        const std::string fix_en = help->fix.en;
        CHECK_FALSE(why_nl.empty());
        CHECK_FALSE(why_en.empty());
        CHECK_FALSE(fix_nl.empty());
        CHECK_FALSE(fix_en.empty());
        CHECK(why_nl.find("§") != std::string::npos);
        CHECK(why_en.find("§") != std::string::npos);
    }
}

TEST_CASE("rule_help: unknown codes have none")
{
    CHECK(mee::find_rule_help("MEE999") == nullptr);
    CHECK(mee::find_rule_help("MEE001") == nullptr);
    CHECK(mee::find_rule_help("mee151") == nullptr);  // exact, upper case
    CHECK(mee::find_rule_help("") == nullptr);
}

TEST_CASE("rule_help: the texts say what rules.md says")
{
    const std::string mee184 = mee::find_rule_help("MEE184")->why.en;
    CHECK(mee184.find("heuristic") != std::string::npos);
    CHECK(mee184.find("no official formula") != std::string::npos);
    CHECK(mee184.find("60") != std::string::npos);
    CHECK(mee184.find("15") != std::string::npos);
    const std::string mee151 = mee::find_rule_help("MEE151")->why.nl;
    CHECK(mee151.find("dorpsvisie") != std::string::npos);
    CHECK(mee151.find("meebeslissen") != std::string::npos);
    const std::string mee175 = mee::find_rule_help("MEE175")->why.en;
    CHECK(mee175.find("December") != std::string::npos);
    CHECK(mee175.find("harvest") != std::string::npos);
}

TEST_CASE("rule_help: every example is YAML that parses without problems")
{
    for (std::string_view code : k_codes) {
        CAPTURE(code);
        const mee::RuleHelp* help = mee::find_rule_help(code);
        REQUIRE(help != nullptr);
        if (help->example.empty()) continue;
        CHECK(help->example.back() == '\n');
        const auto parsed = mee::parse_yaml(mee::Source(std::string(help->example)), mee::Lang::en);
        CHECK(parsed.problems.empty());
        REQUIRE(parsed.root);
        CHECK(parsed.root->is_mapping());
    }
}
