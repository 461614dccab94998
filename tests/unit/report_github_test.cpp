#include "report/github.hpp"

#include <doctest/doctest.h>

using mee::Lang;
using mee::Severity;

TEST_CASE("report_github: GitHub's escaping of data and properties")
{
    CHECK(mee::escape_github_data("50% a:b, c\r\nd") == "50%25 a:b, c%0D%0Ad");
    CHECK(mee::escape_github_property("dir,x/a:b%.yaml\n") == "dir%2Cx/a%3Ab%25.yaml%0A");
}

TEST_CASE("report_github: one workflow command per finding, then the summary")
{
    mee::CheckResult r;
    r.documents = 2;
    r.findings = {
        {"./a,b.yaml", {2, 3}, Severity::error, "MEE005", "unknown key 'x'; 100% sure"},
        {"a,b.yaml", {5, 1}, Severity::warning, "MEE111", "line\none"},
        {"c.yaml", {1, 1}, Severity::info, "MEE109", "domein: x"},
    };
    CHECK(mee::format_github(r, Lang::en, mee::Quiet::no) ==
          "::error file=a%2Cb.yaml,line=2,col=3,title=MEE005::unknown key 'x'; 100%25 sure\n"
          "::warning file=a%2Cb.yaml,line=5,col=1,title=MEE111::line%0Aone\n"
          "::notice file=c.yaml,line=1,col=1,title=MEE109::domein: x\n"
          "1 error, 1 warning and 1 info in 2 documents (mee explain CODE explains a rule)\n");
    CHECK(mee::format_github(r, Lang::en, mee::Quiet::yes).ends_with("domein: x\n"));
}
