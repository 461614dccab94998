#include "report/junit.hpp"

#include "check_util.hpp"

#include <doctest/doctest.h>

using mee::Finding;
using mee::Lang;
using mee::Severity;

TEST_CASE("report_junit: XML escaping, also of what XML cannot hold")
{
    CHECK(mee::escape_xml("a<b>&\"c'", false) == "a&lt;b&gt;&amp;&quot;c&apos;");
    CHECK(mee::escape_xml("r1\nr2\tx\r", false) == "r1\nr2\tx&#13;");
    CHECK(mee::escape_xml("r1\nr2\tx", true) == "r1&#10;r2&#9;x");
    CHECK(mee::escape_xml(std::string("a\x01"
                                      "b\x7f",
                                      4),
                          false) ==
          "a\xEF\xBF\xBD"
          "b\xEF\xBF\xBD");
    CHECK(mee::escape_xml("\xEF\xBF\xBE\xEF\xBF\xBF\xEF\xBF\xBD", false) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(mee::escape_xml("café §2.1", true) == "café §2.1");
}

TEST_CASE("report_junit: a testcase per document, one failure listing its findings at or above --fail-on")
{
    mee::CheckResult r;
    r.documents = 3;
    r.sources.emplace("a.yaml", mee::Source("x"));
    r.sources.emplace("b <&>.yaml", mee::Source("x"));
    r.sources.emplace("c.yaml", mee::Source("x"));
    r.findings = {
        {"a.yaml", {2, 3}, Severity::warning, "MEE111", "not filled"},
        {"b <&>.yaml", {1, 1}, Severity::error, "MEE003", "soort \"x\" is unknown"},
        {"b <&>.yaml", {4, 2}, Severity::warning, "MEE111", "also"},
        {"c.yaml", {1, 1}, Severity::info, "MEE109", "domein"},
    };
    const std::string out = mee::format_junit(r, {Lang::en, mee::FailOn::warning, "2026-06-01T00:00:00"});
    CHECK(out ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuite name=\"mee\" timestamp=\"2026-06-01T00:00:00\" hostname=\"localhost\" tests=\"3\" failures=\"2\" "
          "errors=\"0\" skipped=\"0\" time=\"0\">\n"
          "  <properties>\n"
          "    <property name=\"fail-on\" value=\"warning\"/>\n"
          "    <property name=\"baselined\" value=\"0\"/>\n"
          "  </properties>\n"
          "  <testcase name=\"a.yaml\" classname=\"mee\" time=\"0\">\n"
          "    <failure message=\"MEE111 not filled\" type=\"warning\">a.yaml:2:3: warning MEE111 not filled\n"
          "</failure>\n"
          "  </testcase>\n"
          "  <testcase name=\"b &lt;&amp;&gt;.yaml\" classname=\"mee\" time=\"0\">\n"
          "    <failure message=\"MEE003 soort &quot;x&quot; is unknown (and 1 more)\" type=\"error\">"
          "b &lt;&amp;&gt;.yaml:1:1: error MEE003 soort &quot;x&quot; is unknown\n"
          "b &lt;&amp;&gt;.yaml:4:2: warning MEE111 also\n"
          "</failure>\n"
          "  </testcase>\n"
          "  <testcase name=\"c.yaml\" classname=\"mee\" time=\"0\"/>\n"
          "  <system-out>c.yaml:1:1: info MEE109 domein\n"
          "</system-out>\n"
          "  <system-err></system-err>\n"
          "</testsuite>\n");
    const std::string nl = mee::format_junit(r, {Lang::nl, mee::FailOn::never, "2026-06-01T00:00:00"});
    CHECK(nl.find("<failure") == std::string::npos);
    CHECK(nl.find("failures=\"0\"") != std::string::npos);
}

TEST_CASE("report_junit: the classname is the document's kind")
{
    mee::test::TempDir dir;
    mee::test::InDir in(dir.path());
    dir.write("a.yaml", mee::test::k_minimal_plan);
    dir.write("kapot.yaml", "soort: plan\n  titel: [\n");
    const auto result = mee::test::check_paths({"."});
    const std::string out = mee::format_junit(result, {Lang::en, mee::FailOn::error, "2026-06-01T00:00:00"});
    CHECK(out.find("<testcase name=\"a.yaml\" classname=\"plan\"") != std::string::npos);
    CHECK(out.find("<testcase name=\"kapot.yaml\" classname=\"mee\"") != std::string::npos);
    CHECK(out.find("tests=\"2\"") != std::string::npos);
}
