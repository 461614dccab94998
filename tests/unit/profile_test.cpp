#include "policy/profile.hpp"

#include "document/schema.hpp"
#include "test_util.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using mee::Date;
using mee::Lang;

namespace {

std::vector<std::string> enum_of(const nlohmann::json& schema, const char* definition, const char* field = "enum")
{
    return schema["definitions"][definition][field].get<std::vector<std::string>>();
}

std::string embedded_yaml()
{
    std::ifstream in(std::string(MEE_SOURCE_DIR) + "/profiles/dalfsen-2025.yaml");
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace

TEST_CASE("profile: the embedded profile holds profile.md's tables")
{
    const mee::Profile& p = mee::embedded_profile();
    CHECK(p.id == "dalfsen-2025");
    CHECK(p.goal_keys() == std::vector<std::string>{"ideeen-ophalen", "zorgvuldige-besluiten", "eigenaarschap",
                                                    "noaberschap", "vertrouwen"});
    CHECK(p.level_keys() ==
          std::vector<std::string>{"informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen"});
    CHECK(p.level_rank("adviseren") == 2);
    CHECK(p.level_rank("luisteren") == -1);
    CHECK(p.werkvormen.size() == 55);
    CHECK(p.werkvorm("focusgroep")->levels == std::vector<std::string>{"raadplegen", "adviseren"});
    CHECK(p.werkvorm("online-enquete")->online);
    CHECK(p.categories.size() == 12);
    CHECK(p.quadrants.at("groot-veel").nl == "betrekken zoveel mogelijk");
    CHECK(p.kernen.size() == 5);
    CHECK(p.buurtschappen.size() == 23);
    CHECK(p.is_place("Den Hulst"));
    CHECK_FALSE(p.is_place("Zwolle"));
    CHECK(p.intake_days == 28);
    CHECK(p.eindverslag_days == 90);
    CHECK(p.flesch_douma_min == 60);
    CHECK(p.sentence_length_max == 15);
}

TEST_CASE("profile: levels by kind of work, with informeren always and the dorpsvisie exception")
{
    const mee::Profile& p = mee::embedded_profile();
    CHECK(p.level_allowed("beleid", "adviseren", false));
    CHECK_FALSE(p.level_allowed("beleid", "meebeslissen", false));
    CHECK(p.level_allowed("beleid", "meebeslissen", true));
    CHECK_FALSE(p.level_allowed("voorbereiding", "coproduceren", true));
    CHECK(p.level_allowed("uitvoering", "meebeslissen", false));
    CHECK_FALSE(p.level_allowed("uitvoering", "raadplegen", false));
    for (const char* kind : {"beleid", "voorbereiding", "uitvoering"})
        CHECK(p.level_allowed(kind, "informeren", false));
}

TEST_CASE("profile: school holidays of region noord and busy periods")
{
    const mee::Profile& p = mee::embedded_profile();
    CHECK(p.school_holiday(Date{2025, 10, 18})->name == "herfstvakantie");
    CHECK(p.school_holiday(Date{2026, 1, 4})->name == "kerstvakantie");
    CHECK(p.school_holiday(Date{2026, 1, 5}) == nullptr);
    CHECK(p.school_holiday(Date{2026, 8, 16})->name == "zomervakantie");
    CHECK(p.school_data_covers(Date{2025, 8, 25}));
    CHECK(p.school_data_covers(Date{2030, 9, 1}));
    CHECK_FALSE(p.school_data_covers(Date{2030, 9, 2}));
    CHECK_FALSE(p.school_data_covers(Date{2025, 8, 24}));
    CHECK(p.busy_period("agrariers", 5) != nullptr);
    CHECK(p.busy_period("agrariers", 9) != nullptr);
    CHECK(p.busy_period("agrariers", 6) == nullptr);
    CHECK(p.busy_period("winkeliers", 12) != nullptr);
    CHECK(p.busy_period("inwoners", 12) == nullptr);
}

TEST_CASE("profile: the embedded schemas enumerate the embedded profile's values")
{
    const mee::Profile& p = mee::embedded_profile();
    const auto plan = nlohmann::json::parse(mee::embedded_schema_text("plan"));
    CHECK(enum_of(plan, "doel") == p.goal_keys());
    CHECK(enum_of(plan, "niveau") == p.level_keys());
    CHECK(enum_of(plan, "categorie") == p.category_keys());
    CHECK(enum_of(plan, "domein", "examples") == p.domains);
    CHECK(enum_of(plan, "werkvorm", "examples") == p.werkvorm_keys());
    const auto initiatief = nlohmann::json::parse(mee::embedded_schema_text("initiatief"));
    CHECK(enum_of(initiatief, "kern", "examples") == p.places());
    CHECK(mee::schema_for_profile(plan, p) == plan);
}

TEST_CASE("profile: another profile replaces the lists in the schema")
{
    mee::test::TempDir dir;
    std::string yaml = embedded_yaml();
    yaml.replace(yaml.find("kernen: [Dalfsen,"), 17, "kernen: [Ommen, Dalfsen,");
    const auto file = dir.write("ander.yaml", yaml);
    const auto profile = mee::load_profile(file, Lang::en);
    REQUIRE(profile.ok());
    CHECK(profile->kernen.front() == "Ommen");
    const auto schema =
        mee::schema_for_profile(nlohmann::json::parse(mee::embedded_schema_text("initiatief")), *profile);
    CHECK(enum_of(schema, "kern", "examples").front() == "Ommen");
}

TEST_CASE("profile: a bad profile fails with the file, place and reason")
{
    mee::test::TempDir dir;
    std::string yaml = embedded_yaml();
    yaml.replace(yaml.find("intake_dagen: 28"), 16, "intake_dagen: vier weken");
    auto file = dir.write("slecht.yaml", yaml);
    auto profile = mee::load_profile(file, Lang::en);
    REQUIRE_FALSE(profile.ok());
    CHECK(profile.error().find("is not a valid profile:") != std::string::npos);
    CHECK(profile.error().find("slecht.yaml:") != std::string::npos);
    // The place and key path, never the value: a profile may be any file --profile names.
    CHECK(profile.error().find(": getallen.intake_dagen: does not match the profile schema (mee schema profile)") !=
          std::string::npos);
    CHECK(profile.error().find("vier weken") == std::string::npos);

    yaml = embedded_yaml();
    yaml.replace(yaml.find("beleid: [raadplegen, adviseren]"), 31, "beleid: [raadplegen, luisteren]");
    file = dir.write("inconsistent.yaml", yaml);
    profile = mee::load_profile(file, Lang::en);
    REQUIRE_FALSE(profile.ok());
    CHECK(profile.error().find("niveau_per_soort_werk.beleid[1]: this level is not one of niveaus") !=
          std::string::npos);

    CHECK_FALSE(mee::load_profile(dir.path() / "nergens.yaml", Lang::en).ok());
}
