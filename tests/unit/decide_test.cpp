#include "policy/decide.hpp"

#include "yaml/tree.hpp"

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
    CHECK(d.reasons ==
          std::vector<std::string>{
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
          std::vector<std::string>{
              "the outcome is involve, but the plan chooses level informeren: explain why (MEE104)"});
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

TEST_CASE("decide: answers typed in any case, with a space or underscore for the hyphen")
{
    const auto& ruimte = mee::step1_questions()[0];
    const auto& capaciteit = mee::step1_questions()[2];
    CHECK(mee::canonical_answer(ruimte, "Ja") == "ja");
    CHECK(mee::canonical_answer(ruimte, "JA") == "ja");
    CHECK(mee::canonical_answer(ruimte, " nee \r") == "nee");
    CHECK(mee::canonical_answer(ruimte, "Te Maken") == "te-maken");
    CHECK(mee::canonical_answer(capaciteit, "te organiseren") == "te-organiseren");
    CHECK(mee::canonical_answer(capaciteit, "te_organiseren") == "te-organiseren");
    CHECK(mee::canonical_answer(capaciteit, "te-organiseren") == "te-organiseren");
    CHECK_FALSE(mee::canonical_answer(capaciteit, "te-maken"));
    CHECK_FALSE(mee::canonical_answer(ruimte, "te organiseren"));
    CHECK_FALSE(mee::canonical_answer(ruimte, "jaa"));
    CHECK_FALSE(mee::canonical_answer(ruimte, "tema ken"));
    CHECK_FALSE(mee::canonical_answer(ruimte, ""));
}

TEST_CASE("decide: the answers alone say nothing about a plan")
{
    std::array<mee::Answer, 3> answers;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        answers[i].question = mee::step1_questions()[i].key;
        answers[i].value = "ja";
    }
    const auto d = mee::decide_answers(answers, Lang::nl);
    CHECK(d.outcome == Outcome::involve);
    CHECK(mee::format_decision(d, Lang::nl) ==
          "ruimte:     ja\ngeschikt:   ja\ncapaciteit: ja\n\nUitkomst: betrekken\n");
    answers[1].value = "nee";
    CHECK(mee::format_decision(mee::decide_answers(answers, Lang::en), Lang::en).find("plan") == std::string::npos);
}
