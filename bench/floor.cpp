// The floor of the benchmark: the least any YAML checker built on yaml-cpp must
// do. Reads every *.yaml file under the given folder and runs yaml-cpp's event
// parser over it with an empty handler, on N threads (default 2). Builds no
// tree and judges nothing. Prints the number of files parsed; exit 1 when a
// file could not be read, 0 otherwise (a YAML syntax error is counted, not fatal).
// With --libyaml it runs libyaml's event parser instead, the one mee uses.
//
// usage: floor [--libyaml] FOLDER [THREADS]
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>
#include <yaml.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

class NullHandler : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// Whether yaml-cpp parses `text` without a syntax error.
bool parse_yaml_cpp(const std::string& text)
{
    NullHandler handler;
    std::istringstream stream(text);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(handler)) {
        }
    } catch (const YAML::Exception&) {
        return false;
    }
    return true;
}

// Whether libyaml parses `text` without a syntax error.
bool parse_libyaml(const std::string& text)
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    bool ok = true;
    for (bool end = false; !end;) {
        yaml_event_t event;
        if (yaml_parser_parse(&parser, &event) == 0) {
            ok = false;
            break;
        }
        end = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return ok;
}

}  // namespace

int main(int argc, char** argv)
{
    bool (*parse)(const std::string&) = parse_yaml_cpp;
    if (argc > 1 && std::string(argv[1]) == "--libyaml") {
        parse = parse_libyaml;
        ++argv;
        --argc;
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: floor [--libyaml] FOLDER [THREADS]\n");
        return 2;
    }
    const unsigned threads = argc > 2 ? static_cast<unsigned>(std::max(1, std::atoi(argv[2]))) : 2;
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1]))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml" &&
            entry.path().filename().string()[0] != '.') files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());

    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> syntax_errors{0};
    std::atomic<bool> unreadable{false};
    auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            std::ifstream in(files[i], std::ios::binary);
            if (!in) {
                unreadable = true;
                continue;
            }
            std::ostringstream text;
            text << in.rdbuf();
            if (!parse(text.str())) ++syntax_errors;
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    for (auto& t : pool) t.join();
    std::printf("%zu files parsed, %zu with a syntax error\n", files.size(), syntax_errors.load());
    return unreadable ? 1 : 0;
}
