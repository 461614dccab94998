#include "rules/explain.hpp"

#include "rules/catalog.hpp"

#include <doctest/doctest.h>

using mee::Lang;

TEST_CASE("explain: every checked rule has a full text in both languages")
{
    for (const mee::Rule& rule : mee::rule_catalog()) {
        if (!rule.is_checked()) continue;
        CAPTURE(rule.code);
        for (Lang lang : {Lang::nl, Lang::en}) {
            const std::string text = mee::explain_rule(rule, mee::embedded_profile(), lang);
            CHECK(text.starts_with(std::string(rule.code) + " (" + std::string(mee::severity_name(rule.severity)) +
                                   "): "));
            CHECK(text.size() > 200);
        }
    }
}

TEST_CASE("explain: the profile values a rule uses")
{
    const auto& p = mee::embedded_profile();
    CHECK(mee::profile_values("MEE151", p, Lang::en) ==
          "  beleid: raadplegen, adviseren (a dorpsvisie: any level)\n"
          "  uitvoering: adviseren, coproduceren, meebeslissen\n"
          "  voorbereiding: raadplegen, adviseren\n"
          "  informeren is always allowed\n");
    CHECK(mee::profile_values("MEE184", p, Lang::nl) ==
          "  Flesch-Douma leesgemak: minstens 60\n  gemiddelde zinslengte: hoogstens 15 woorden\n");
    CHECK(mee::profile_values("MEE301", p, Lang::en) == "  first contact within 28 days\n");
    CHECK(mee::profile_values("MEE175", p, Lang::en).find("agrariers: month 5, 9, 10") != std::string::npos);
    CHECK(mee::profile_values("MEE162", p, Lang::en).find("  raadplegen (online): burgerpanel, online-enquete") !=
          std::string::npos);
    CHECK(mee::profile_values("MEE005", p, Lang::en).empty());
}

TEST_CASE("explain: MEE184 with a document's invitation shows its figures")
{
    const std::string text = mee::explain_rule(*mee::find_rule("MEE184"), mee::embedded_profile(), Lang::en,
                                               "Wat vindt u van het centrum? Kom naar de inloopavond op 24 maart.\n"
                                               "U kunt ook online meedoen.\n");
    CHECK(text.find("heuristic") != std::string::npos);
    CHECK(text.find("This invitation: 3 sentences, 17 words, 24 syllables; 5.7 words per sentence, 1.41 syllables "
                    "per word; reading ease 92.9\n") != std::string::npos);
}

TEST_CASE("explain: no rule's text names a file of mee's own sources or specification")
{
    for (const mee::Rule& rule : mee::rule_catalog()) {
        CAPTURE(rule.code);
        for (Lang lang : {Lang::nl, Lang::en}) {
            const std::string text = mee::explain_rule(rule, mee::embedded_profile(), lang);
            CAPTURE(text);
            CHECK(text.find(".md") == std::string::npos);
            CHECK(text.find(".cpp") == std::string::npos);
            CHECK(text.find(".hpp") == std::string::npos);
        }
    }
}

TEST_CASE("explain: the source is the policy section, the document format or the profile key")
{
    CHECK(mee::rule_source(*mee::find_rule("MEE151"), Lang::nl) == "beleid Met Elkaar 2.0, §2.1.3 bouwsteen 4");
    CHECK(mee::rule_source(*mee::find_rule("MEE151"), Lang::en) == "policy Met Elkaar 2.0, §2.1.3 bouwsteen 4");
    CHECK(mee::rule_source(*mee::find_rule("MEE005"), Lang::nl) == "het documentformaat van mee (mee schema)");
    CHECK(mee::rule_source(*mee::find_rule("MEE005"), Lang::en) == "mee's document format (mee schema)");
    CHECK(mee::rule_source(*mee::find_rule("MEE109"), Lang::nl) == "het profiel, sleutel domeinen");
    CHECK(mee::rule_source(*mee::find_rule("MEE109"), Lang::en) == "the profile, key domeinen");
}

TEST_CASE("explain: Dutch words keep their diaeresis")
{
    for (const mee::Rule& rule : mee::rule_catalog()) {
        CAPTURE(rule.code);
        const std::string text = mee::explain_rule(rule, mee::embedded_profile(), Lang::nl);
        for (const char* wrong : {"geevalueerd", "beinvloed", "ideeen ", "ideeen;", "categorieen", "Agrariers"}) {
            CAPTURE(wrong);
            CHECK(text.find(wrong) == std::string::npos);
        }
    }
}
