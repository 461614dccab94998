#include "decide.hpp"

#include "yaml_tree.hpp"

#include <doctest/doctest.h>

using mee::Lang;
using mee::Outcome;

namespace {

mee::Decision decide(const std::string& afweging, const std::string& level = "adviseren")
{
    const std::string yaml = "soort: plan\n" + afweging + "betrokkenheidsniveau:\n  niveau: " + level + "\n";
    const auto parsed = mee::parse_yaml(mee::Source(yaml), Lang::en);
    REQUIRE(parsed.root);
    return mee::decide_plan(*parsed.root, mee::embedded_profile(), Lang::en);
}

const std::string k_all_yes =
    "afweging:\n  ruimte:\n    antwoord: ja\n    toelichting: Er is ruimte genoeg.\n"
    "  geschikt:\n    antwoord: te-maken\n    toelichting: Met tekeningen wordt het begrijpelijk.\n"
    "  capaciteit:\n    antwoord: ja\n    toelichting: Het team heeft tijd.\n";

}  // namespace

TEST_CASE("decide: no nee is involve, and a plan above informeren follows it")
{
    const auto d = decide(k_all_yes);
    CHECK(d.outcome == Outcome::involve);
    CHECK(d.consistency.empty());
    CHECK(d.reasons == std::vector<std::string>{
                           "geschikt is te-maken: that needs work beforehand (Met tekeningen wordt het begrijpelijk.)"});
    CHECK(mee::format_decision(d, Lang::en) ==
          "ruimte:     ja\ngeschikt:   te-maken\ncapaciteit: ja\n\nOutcome: involve (betrekken)\n"
          "  - geschikt is te-maken: that needs work beforehand (Met tekeningen wordt het begrijpelijk.)\n"
          "\nThe plan follows the outcome.\n");
}

TEST_CASE("decide: any nee is inform only, and the level must follow (MEE102)")
{
    std::string afweging = k_all_yes;
    afweging.replace(afweging.find("antwoord: ja"), 12, "antwoord: nee");
    const auto d = decide(afweging);
    CHECK(d.outcome == Outcome::inform_only);
    REQUIRE(d.consistency.size() == 1);
    CHECK(d.consistency[0] == "the plan chooses level adviseren, but the outcome is inform only (MEE102)");
    CHECK(decide(afweging, "informeren").consistency.empty());
}

TEST_CASE("decide: involve with level informeren asks why (MEE104); missing answers are incomplete")
{
    CHECK(decide(k_all_yes, "informeren").consistency ==
          std::vector<std::string>{"the outcome is involve, but the plan chooses level informeren: explain why (MEE104)"});
    const auto d = decide("");
    CHECK(d.outcome == Outcome::incomplete);
    CHECK(d.reasons.size() == 3);
}

TEST_CASE("decide: the afweging block parses and quotes what needs quoting")
{
    std::array<mee::Answer, 3> answers;
    answers[0] = {"ruimte", "ja", "Ruimte: veel"};
    answers[1] = {"geschikt", "nee", "Te technisch"};
    answers[2] = {"capaciteit", "te-organiseren", ""};
    const std::string block = mee::afweging_block(answers);
    const auto parsed = mee::parse_yaml(mee::Source(block), Lang::en);
    REQUIRE(parsed.root);
    CHECK(parsed.problems.empty());
    const auto* ruimte = parsed.root->get("afweging")->get("ruimte");
    CHECK(ruimte->get("toelichting")->value == "Ruimte: veel");
    CHECK(parsed.root->get("afweging")->get("geschikt")->get("antwoord")->value == "nee");
    CHECK(mee::decide_answers(answers, Lang::nl).outcome == Outcome::inform_only);
}
