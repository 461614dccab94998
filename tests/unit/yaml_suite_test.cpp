// The official YAML test suite (../shared/testdata/yaml-test-suite): mee's
// tree builder must agree with yaml-cpp on which inputs parse, never crash,
// and never hang. Inputs marked `error` that yaml-cpp accepts anyway are
// counted (yaml-cpp 0.7 is lenient in places); they are not mee's to reject.

#include "yaml_tree.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

TEST_CASE("yaml suite: MEE001 exactly where yaml-cpp rejects the input")
{
    const fs::path suite = fs::path(MEE_SHARED_DIR) / "testdata/yaml-test-suite";
    REQUIRE(fs::is_directory(suite));
    int inputs = 0;
    int marked_error = 0;
    int rejected_error = 0;
    int rejected_valid = 0;
    int caught_beyond_yaml_cpp = 0;
    for (const auto& entry : fs::recursive_directory_iterator(suite)) {
        if (entry.path().filename() != "in.yaml") continue;
        ++inputs;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        std::string text = buffer.str();
        CAPTURE(entry.path().string());

        bool yaml_cpp_rejects = false;
        try {
            YAML::LoadAll(text);
        } catch (const YAML::Exception&) {
            yaml_cpp_rejects = true;
        }
        const mee::ParsedYaml parsed = mee::parse_yaml(mee::Source(text), mee::Lang::en);
        bool mee001 = false;
        for (const auto& p : parsed.problems) mee001 = mee001 || p.code == "MEE001";
        const bool marked = fs::exists(entry.path().parent_path() / "error");
        // Whatever yaml-cpp rejects is MEE001; mee may reject more, but only
        // inputs that are really broken (a quote never closed, CQ3W).
        if (yaml_cpp_rejects) CHECK(mee001);
        if (!yaml_cpp_rejects && mee001) {
            CHECK(marked);
            ++caught_beyond_yaml_cpp;
        }
        for (const auto& p : parsed.problems) {
            CHECK(p.mark.line >= 1);
            CHECK(p.mark.column >= 1);
        }
        if (marked) {
            ++marked_error;
            if (mee001) ++rejected_error;
        } else if (mee001) {
            ++rejected_valid;
        }
    }
    CHECK(inputs > 300);
    MESSAGE("yaml-test-suite: " << inputs << " inputs; " << marked_error << " marked error, of which mee rejects "
                                << rejected_error << " and accepts " << marked_error - rejected_error << "; of the valid ones it rejects "
                                << rejected_valid << "; mee catches " << caught_beyond_yaml_cpp
                                << " more than yaml-cpp (unclosed quotes)");
}
