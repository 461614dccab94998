#include "check/project.hpp"

#include "test_util.hpp"

#include <doctest/doctest.h>

using mee::FailOn;
using mee::Lang;
using mee::Severity;

TEST_CASE("project: .mee.yaml above the named path is the root, and its defaults are read")
{
    mee::test::TempDir dir;
    dir.write(".mee.yaml", "profile: profielen/ander.yaml\nlang: nl\nfail_on: warning\ndisable: [MEE184, mee009]\n");
    dir.write("plannen/sub/p.yaml", "");
    mee::test::InDir in(dir.path() / "plannen");
    const auto project = mee::find_project({"sub/p.yaml"}, Lang::en);
    REQUIRE(project.ok());
    REQUIRE(project->roots.size() == 1);
    CHECK(project->roots[0] == std::filesystem::canonical(dir.path()));
    REQUIRE(project->config);
    CHECK(project->config->lang == Lang::nl);
    CHECK(project->config->fail_on == FailOn::warning);
    CHECK(project->config->disable == std::vector<std::string>{"MEE184", "MEE009"});
    CHECK(project->config->profile == std::filesystem::canonical(dir.path()) / "profielen/ander.yaml");
}

TEST_CASE("project: without .mee.yaml, the git top; else the named folder or the named file's folder")
{
    mee::test::TempDir dir;
    dir.write("repo/.git/HEAD", "ref: refs/heads/main\n");
    dir.write("repo/a/p.yaml", "");
    dir.write("los/q.yaml", "");
    mee::test::InDir in(dir.path());
    auto project = mee::find_project({"repo/a/p.yaml"}, Lang::en);
    REQUIRE(project.ok());
    CHECK(project->roots[0] == std::filesystem::canonical(dir.path()) / "repo");
    CHECK(project->marked);
    CHECK_FALSE(project->config);
    project = mee::find_project({"los/q.yaml"}, Lang::en);
    REQUIRE(project.ok());
    CHECK(project->roots[0] == std::filesystem::canonical(dir.path()) / "los");
    CHECK(project->top == std::filesystem::canonical(dir.path()) / "los");
    CHECK_FALSE(project->marked);
    project = mee::find_project({"los"}, Lang::en);
    REQUIRE(project.ok());
    CHECK(project->roots[0] == std::filesystem::canonical(dir.path()) / "los");
}

TEST_CASE("project: a bad .mee.yaml fails with file, line and column")
{
    mee::test::TempDir dir;
    dir.write(".mee.yaml", "lang: nl\nfail-on: warning\n");
    auto config = mee::read_config(dir.path() / ".mee.yaml", Lang::en);
    REQUIRE_FALSE(config.ok());
    CHECK(config.error() ==
          (dir.path() / ".mee.yaml").string() + ":2:1: unknown key 'fail-on' in .mee.yaml; did you mean 'fail_on'?");
    dir.write(".mee.yaml", "disable: [MEE999]\n");
    config = mee::read_config(dir.path() / ".mee.yaml", Lang::en);
    REQUIRE_FALSE(config.ok());
    CHECK(config.error().ends_with(":1:11: disable: 'MEE999' is not a rule code of mee (see mee rules)"));
    dir.write(".mee.yaml", "lang: de\n");
    config = mee::read_config(dir.path() / ".mee.yaml", Lang::en);
    REQUIRE_FALSE(config.ok());
    CHECK(config.error().ends_with(":1:7: lang must be nl or en"));
    dir.write(".mee.yaml", "");
    CHECK(mee::read_config(dir.path() / ".mee.yaml", Lang::en).ok());
}

TEST_CASE("project: fail thresholds")
{
    CHECK(mee::fails(Severity::error, FailOn::error));
    CHECK_FALSE(mee::fails(Severity::warning, FailOn::error));
    CHECK(mee::fails(Severity::warning, FailOn::warning));
    CHECK_FALSE(mee::fails(Severity::info, FailOn::warning));
    CHECK(mee::fails(Severity::info, FailOn::info));
    CHECK_FALSE(mee::fails(Severity::error, FailOn::never));
    CHECK(mee::parse_fail_on("never") == FailOn::never);
    CHECK_FALSE(mee::parse_fail_on("fout"));
}
