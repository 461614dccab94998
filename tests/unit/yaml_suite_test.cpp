// The official YAML test suite ($MEE_TESTDATA/yaml-test-suite, by default
// ../shared/testdata beside the source folder; ctest runs this case as the
// entry unit.yaml-test-suite, skipped when the suite is not there): mee's
// tree builder never crashes or hangs on any of its inputs, and it rejects
// (MEE001) exactly the inputs the suite marks `error`, apart from the known
// differences of libyaml 0.2.5, the parser mee reads YAML with. Those are
// listed by name, so that any other difference fails here.

#include "yaml/tree.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

// Valid YAML that libyaml 0.2.5 rejects: flow keys over several lines,
// empty keys, a ':' right after a flow key, anchors with ':' in the name,
// reserved directives, a tab in the indentation of a block text's first
// line, and a few more corner cases of YAML 1.2 that mee documents do not
// use.
const std::set<std::string> k_valid_rejected = {
    "2JQS",    "2LFX",    "2SXE",    "4ABK", "4MUZ/00", "4MUZ/01", "4MUZ/02", "58MP", "5MUD",    "5T43",
    "6CA3",    "6LVF",    "6M2F",    "7Z25", "8XYN",    "96NN/00", "96NN/01", "9SA2", "BEC7",    "CFD4",
    "DBG4",    "DK3J",    "DK95/00", "FP8R", "FRK4",    "HM87/00", "HWV9",    "K3WX", "M2N8/00", "M7A3",
    "MUS6/05", "MUS6/06", "NHX8",    "NJ66", "NKF9",    "Q5MG",    "QT73",    "R4YG", "S3PD",    "SM9W/01",
    "UKK6/00", "UT92",    "VJP3/01", "W4TN", "W5VH",    "Y79Y/001"};

// Invalid YAML that mee accepts: libyaml 0.2.5 lets these pass, and a tab
// next to a block indicator (Y79Y/003 to 009) reads as a space, as a tab
// between tokens does everywhere in mee (yaml/tree.cpp, separating_blanks).
const std::set<std::string> k_error_accepted = {
    "9C9N", "9HCY", "9JBA", "CVW2",     "DK95/01",  "EB22",     "G5U8",     "MUS6/00",  "MUS6/01",  "QB6E",     "RHX7",
    "S98Z", "SU5Z", "X4QW", "Y79Y/003", "Y79Y/004", "Y79Y/005", "Y79Y/006", "Y79Y/007", "Y79Y/008", "Y79Y/009", "YJV2"};

}  // namespace

TEST_CASE("yaml suite: MEE001 for the inputs marked error, with libyaml's known differences")
{
    const char* testdata = std::getenv("MEE_TESTDATA");
    const fs::path suite = (testdata != nullptr && *testdata != '\0')
                               ? fs::path(testdata) / "yaml-test-suite"
                               : fs::path(MEE_SOURCE_DIR) / "../shared/testdata/yaml-test-suite";
    INFO("the YAML test suite is not at " << suite.string() << "; set MEE_TESTDATA");
    REQUIRE(fs::is_directory(suite));
    int inputs = 0;
    std::set<std::string> valid_rejected;
    std::set<std::string> error_accepted;
    for (const auto& entry : fs::recursive_directory_iterator(suite)) {
        if (entry.path().filename() != "in.yaml") continue;
        ++inputs;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string name = entry.path().parent_path().lexically_relative(suite).generic_string();
        CAPTURE(name);

        const mee::ParsedYaml parsed = mee::parse_yaml(mee::Source(buffer.str()), mee::Lang::en);
        bool mee001 = false;
        for (const auto& p : parsed.problems) {
            mee001 = mee001 || p.code == "MEE001";
            CHECK(p.mark.line >= 1);
            CHECK(p.mark.column >= 1);
            CHECK_FALSE(p.message.empty());
        }
        if (mee001) CHECK_FALSE(parsed.root);
        const bool marked = fs::exists(entry.path().parent_path() / "error");
        if (marked && !mee001) error_accepted.insert(name);
        if (!marked && mee001) valid_rejected.insert(name);
    }
    CHECK(inputs > 300);
    CHECK(valid_rejected == k_valid_rejected);
    CHECK(error_accepted == k_error_accepted);
}
