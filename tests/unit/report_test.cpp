#include "report/format.hpp"
#include "report/json.hpp"

#include <doctest/doctest.h>

using mee::Finding;
using mee::Lang;
using mee::Severity;

namespace {

mee::CheckResult sample()
{
    mee::CheckResult r;
    r.documents = 2;
    r.findings = {
        {"p.yaml", {2, 3}, Severity::error, "MEE005", "unknown key 'opgav'"},
        {"p.yaml", {3, 2}, Severity::warning, "MEE009", "stale"},
    };
    r.sources.emplace("p.yaml", mee::Source("soort: plan\n\topgav: x\nbé: y\n"));
    return r;
}

}  // namespace

TEST_CASE("report: text with the source line and a caret under the column")
{
    const std::string out = mee::format_text(sample(), {Lang::en, mee::Color::no, mee::Quiet::no});
    CHECK(out ==
          "p.yaml:2:3: error MEE005 unknown key 'opgav'\n"
          " 2 | \topgav: x\n"
          "   | \t ^\n"
          "p.yaml:3:2: warning MEE009 stale\n"
          " 3 | bé: y\n"
          "   |  ^\n"
          "\n"
          "1 error and 1 warning in 2 documents (mee explain CODE explains a rule)\n");
}

TEST_CASE("report: summary lines in Dutch, quiet leaves it out")
{
    auto r = sample();
    CHECK(mee::summary_line(r, Lang::nl) ==
          "1 fout en 1 waarschuwing in 2 documenten (mee explain CODE legt een regel uit)");
    r.findings.push_back({"q.yaml", {1, 1}, Severity::info, "MEE109", "x"});
    r.findings.push_back({"q.yaml", {1, 1}, Severity::info, "MEE109", "y"});
    CHECK(mee::summary_line(r, Lang::nl) ==
          "1 fout, 1 waarschuwing en 2 info in 2 documenten (mee explain CODE legt een regel uit)");
    r.findings.clear();
    r.skipped = {"a.yaml"};
    CHECK(mee::summary_line(r, Lang::en) == "no findings in 2 documents; 1 YAML file without soort skipped");
    CHECK(mee::format_text(r, {Lang::en, mee::Color::no, mee::Quiet::yes}).empty());
}

TEST_CASE("report: colour only when asked")
{
    const std::string out = mee::format_text(sample(), {Lang::en, mee::Color::yes, mee::Quiet::no});
    CHECK(out.find("\033[1;31merror\033[0m") != std::string::npos);
    CHECK(out.find("\033[1;33mwarning\033[0m") != std::string::npos);
}

TEST_CASE("report: json with findings and summary")
{
    const auto json = nlohmann::json::parse(mee::format_json(sample(), Lang::en));
    REQUIRE(json["findings"].size() == 2);
    CHECK(json["findings"][0]["path"] == "p.yaml");
    CHECK(json["findings"][0]["line"] == 2);
    CHECK(json["findings"][0]["column"] == 3);
    CHECK(json["findings"][0]["severity"] == "error");
    CHECK(json["findings"][0]["code"] == "MEE005");
    CHECK(json["findings"][0]["documentation"] == "mee explain MEE005");
    CHECK(json["findings"][0]["rule"] == "unknown key");
    CHECK(json["summary"]["errors"] == 1);
    CHECK(json["summary"]["warnings"] == 1);
    CHECK(json["summary"]["infos"] == 0);
    CHECK(json["summary"]["documents"] == 2);
}

TEST_CASE("report: a very long source line is shown as a window around the column")
{
    mee::CheckResult r;
    r.documents = 1;
    r.findings = {{"p.yaml", {1, 5001}, Severity::error, "MEE008", "deep"}};
    r.sources.emplace("p.yaml", mee::Source("a: " + std::string(10000, '[')));
    const std::string out = mee::format_text(r, {Lang::en, mee::Color::no, mee::Quiet::yes});
    const auto second = out.find('\n') + 1;
    const std::string line = out.substr(second, out.find('\n', second) - second);
    CHECK(line == " 1 | \u2026" + std::string(160, '[') + "\u2026");
    const std::string caret = out.substr(out.find('\n', second) + 1);
    CHECK(caret == "   | " + std::string(81, ' ') + "^\n");
}

TEST_CASE("report: json gives each finding's node path and the number left out by a baseline")
{
    auto r = sample();
    r.baselined = 3;
    const auto json = nlohmann::json::parse(mee::format_json(r, Lang::en));
    CHECK(json["findings"][0]["node"] == "");  // no tree in this sample
    CHECK(json["summary"]["baselined"] == 3);
}

TEST_CASE("report: the summary says how many findings the baseline suppressed")
{
    auto r = sample();
    r.baselined = 1;
    CHECK(mee::summary_line(r, Lang::en) ==
          "1 error and 1 warning in 2 documents; 1 finding suppressed by the baseline (mee explain CODE explains a "
          "rule)");
    r.findings.clear();
    r.baselined = 4;
    CHECK(mee::summary_line(r, Lang::nl) ==
          "geen bevindingen in 2 documenten; 4 bevindingen uit de baseline weggelaten");
}

TEST_CASE("report: format names round-trip and every format is reachable")
{
    REQUIRE(mee::format_names().size() == 6);
    for (std::string_view name : mee::format_names()) {
        const auto format = mee::parse_format(name);
        REQUIRE(format.has_value());
        CHECK(mee::format_names()[static_cast<std::size_t>(*format)] == name);
        mee::ReportOptions options;
        options.version = "0.1.0";
        options.timestamp = "2026-06-01T00:00:00";
        CHECK_FALSE(mee::format_report(*format, sample(), options).empty());
    }
    CHECK_FALSE(mee::parse_format("xml"));
    CHECK_FALSE(mee::parse_format("TEXT"));
    mee::ReportOptions options;
    CHECK(mee::format_report(mee::Format::github, sample(), options).starts_with("::error file=p.yaml,line=2,col=3,"));
    CHECK(mee::format_report(mee::Format::codequality, sample(), options).starts_with("[\n  {\n"));
}
