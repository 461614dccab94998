#include "check/project_lang.hpp"

#include "test_util.hpp"

#include <doctest/doctest.h>

using mee::Lang;

TEST_CASE("project_lang: the language of .mee.yaml, also when the rest of it is wrong")
{
    mee::test::TempDir dir;
    dir.write("sub/plan.yaml", "soort: plan\n");
    const std::string sub = (dir.path() / "sub").string();
    CHECK_FALSE(mee::project_lang({sub}));
    dir.write(".mee.yaml", "lang: en\nfailon: warning\n");
    CHECK(mee::project_lang({sub}) == Lang::en);
    CHECK(mee::project_lang({(dir.path() / "sub/plan.yaml").string()}) == Lang::en);
    dir.write(".mee.yaml", "\xEF\xBB\xBFlang: nl\n");
    CHECK(mee::project_lang({sub}) == Lang::nl);
    dir.write(".mee.yaml", "lang: de\n");
    CHECK_FALSE(mee::project_lang({sub}));
    dir.write(".mee.yaml", "lang: [en\n");
    CHECK_FALSE(mee::project_lang({sub}));
}
