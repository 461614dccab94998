#include "check/walk.hpp"

#include "test_util.hpp"

#include <doctest/doctest.h>

using mee::Lang;
using mee::Origin;

namespace {

std::vector<std::string> shown(const mee::Expected<std::vector<mee::FoundFile>>& files)
{
    std::vector<std::string> out;
    for (const auto& f : *files)
        out.push_back(f.shown);
    return out;
}

}  // namespace

TEST_CASE("walk: yaml and yml files, sorted, hidden and ignored ones skipped")
{
    mee::test::TempDir dir;
    dir.write("docs/b.yaml", "");
    dir.write("docs/a.yml", "");
    dir.write("docs/c.txt", "");
    dir.write("docs/.verborgen.yaml", "");
    dir.write("docs/.git/x.yaml", "");
    dir.write("docs/concept/d.yaml", "");
    dir.write("docs/sub/e.oud.yaml", "");
    dir.write("docs/sub/f.yaml", "");
    dir.write("docs/.meeignore", "concept/\n*.oud.yaml\n");
    mee::test::InDir in(dir.path());
    const auto files = mee::find_files({"docs"}, dir.path(), Lang::en);
    REQUIRE(files.ok());
    CHECK(shown(files) == std::vector<std::string>{"docs/a.yml", "docs/b.yaml", "docs/sub/f.yaml"});
    CHECK((*files)[0].origin == Origin::walked);
}

TEST_CASE("walk: a named file is taken as it is, once, even when hidden or walked too")
{
    mee::test::TempDir dir;
    dir.write("d/.x.yaml", "");
    dir.write("d/y.yaml", "");
    mee::test::InDir in(dir.path());
    const auto files = mee::find_files({"./d/.x.yaml", "d", "d/y.yaml"}, dir.path(), Lang::en);
    REQUIRE(files.ok());
    CHECK(shown(files) == std::vector<std::string>{"d/.x.yaml", "d/y.yaml"});
    CHECK((*files)[1].origin == Origin::named);
}

TEST_CASE("walk: .meeignore above the walked folder applies, up to the project top")
{
    mee::test::TempDir dir;
    dir.write(".meeignore", "oud/\n");
    dir.write("a/oud/x.yaml", "");
    dir.write("a/nieuw/y.yaml", "");
    mee::test::InDir in(dir.path());
    const auto files = mee::find_files({"a"}, dir.path(), Lang::en);
    REQUIRE(files.ok());
    CHECK(shown(files) == std::vector<std::string>{"a/nieuw/y.yaml"});
}

TEST_CASE("walk: a path that does not exist fails")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    const auto files = mee::find_files({"nergens"}, dir.path(), Lang::nl);
    REQUIRE_FALSE(files.ok());
    CHECK(files.error() == "'nergens' bestaat niet");
}

TEST_CASE("walk: the current folder shows paths without ./")
{
    mee::test::TempDir dir;
    dir.write("p.yaml", "");
    mee::test::InDir in(dir.path());
    CHECK(shown(mee::find_files({"."}, dir.path(), Lang::en)) == std::vector<std::string>{"p.yaml"});
}
