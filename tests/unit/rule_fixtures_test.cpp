// The rule fixtures of tests/rules/ (tests/rules/README.md): one fixture per
// rule of the catalogue, each a base document, edits and cases; the findings
// of every case are in the .expected file beside it. Every case runs what
// `mee check` runs, in a fresh temporary project folder with a .mee.yaml.
//
//   MEE_UPDATE=1   write the .expected files instead of comparing
//   MEE_FIXTURE=X  run only the fixtures whose rule starts with X (MEE1, MEE101)

#include "base/date.hpp"
#include "base/finding.hpp"
#include "base/source.hpp"
#include "check/check.hpp"
#include "check/project.hpp"
#include "document/schema.hpp"
#include "rules/catalog.hpp"
#include "test_util.hpp"
#include "yaml/tree.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using mee::Date;
using mee::Finding;
using mee::Lang;
using mee::Node;

namespace {

const std::string k_update_hint = "run `MEE_UPDATE=1 build/tests/mee_tests -tc='rule fixtures*'` and review the diff";

// An error in a fixture: the message says which fixture and case, what is
// wrong and what to do.
struct FixtureError {
    std::string message;
};

[[noreturn]] void fail(const std::string& message)
{
    throw FixtureError{message};
}

struct Edit {
    std::string op;
    std::string what;
    std::string with;
};

// One file of a case's project folder.
struct File {
    std::string path;
    std::string base;                    // a file of tests/rules/base/ without .yaml
    std::optional<std::string> content;  // the whole text instead of a base
    long repeat = 1;                     // content written this many times
    std::vector<Edit> edits;
    bool absent = false;  // a case leaves out a file of the fixture
};

struct Case {
    std::string name;
    std::vector<File> files;  // merged with the fixture's by path
    std::optional<Date> today;
    std::optional<Lang> lang;
    std::optional<std::vector<std::string>> check;
    std::optional<bool> project_file;
    std::optional<bool> map_beside;
};

struct Fixture {
    std::string rule;
    fs::path file;
    std::vector<File> files;  // the main document first, when there is one
    Date today{2026, 6, 1};
    Lang lang = Lang::en;
    std::vector<std::string> check;  // empty: the main document, else "."
    bool project_file = true;
    bool map_beside = true;
    std::vector<Case> cases;
};

fs::path fixture_dir()
{
    return fs::path(MEE_SOURCE_DIR) / "tests" / "rules";
}

std::string read_file(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) fail("cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string base_text(const std::string& base)
{
    const fs::path path = fixture_dir() / "base" / (base + ".yaml");
    if (!fs::is_regular_file(path)) fail("base '" + base + "' is not a file of tests/rules/base/");
    return read_file(path);
}

// --- edits (they mirror the Plan helper of the old table tests) -----------

std::string shown(std::string_view text)
{
    std::string out;
    for (char c : text)
        out += c == '\n' ? std::string("\\n") : std::string(1, c);
    return "\"" + out + "\"";
}

std::size_t find_once(const std::string& text, std::string_view what, std::string_view op)
{
    if (what.empty()) fail(std::string(op) + ": empty text to look for");
    const auto at = text.find(what);
    if (at == std::string::npos) fail(std::string(op) + ": not in the document: " + shown(what));
    if (text.find(what, at + 1) != std::string::npos)
        fail(std::string(op) + ": more than once in the document (make it longer): " + shown(what));
    return at;
}

// Where whole `lines` start, found once among the line starts.
std::size_t find_line(const std::string& text, std::string_view lines, std::string_view op)
{
    std::vector<std::size_t> found;
    for (auto at = text.find(lines); at != std::string::npos; at = text.find(lines, at + 1)) {
        if (at == 0 || text[at - 1] == '\n') found.push_back(at);
    }
    if (found.empty()) fail(std::string(op) + ": not at the start of a line in the document: " + shown(lines));
    if (found.size() > 1) fail(std::string(op) + ": at the start of more than one line: " + shown(lines));
    return found.front();
}

std::string apply_edit(std::string text, const Edit& e)
{
    if (e.op == "replace") {
        text.replace(find_once(text, e.what, e.op), e.what.size(), e.with);
    } else if (e.op == "replace_all") {
        std::size_t count = 0;
        for (auto at = text.find(e.what); at != std::string::npos; at = text.find(e.what, at + e.with.size())) {
            text.replace(at, e.what.size(), e.with);
            ++count;
        }
        if (count < 2) fail("replace_all: wants two or more, found " + std::to_string(count) + ": " + shown(e.what));
    } else if (e.op == "remove") {
        if (!e.what.ends_with('\n')) fail("remove: whole lines, ending in a newline: " + shown(e.what));
        text.erase(find_line(text, e.what, e.op), e.what.size());
    } else if (e.op == "remove_block" || e.op == "replace_block") {
        // The line `what` and the lines below it indented deeper.
        const auto at = find_line(text, e.what + "\n", e.op);
        const auto indent = e.what.find_first_not_of(' ');
        auto end = at + e.what.size() + 1;
        while (end < text.size()) {
            const auto next = text.find('\n', end);
            const std::string_view line(text.data() + end, (next == std::string::npos ? text.size() : next) - end);
            const auto deeper = line.find_first_not_of(' ');
            if (line.empty() || deeper == std::string_view::npos || deeper <= indent) break;
            end = next == std::string::npos ? text.size() : next + 1;
        }
        text.replace(at, end - at, e.op == "remove_block" ? std::string() : e.with);
    } else if (e.op == "insert_after") {
        const auto at = find_line(text, e.what + "\n", e.op);
        text.insert(at + e.what.size() + 1, e.with);
    } else if (e.op == "append") {
        text += e.what;
    } else {
        fail("unknown edit '" + e.op + "'");
    }
    return text;
}

// --- reading a fixture ----------------------------------------------------

std::string where(const Node& node)
{
    return "line " + std::to_string(node.mark.line);
}

const std::string& scalar(const Node& node, std::string_view key)
{
    if (!node.is_scalar()) fail(std::string(key) + " at " + where(node) + " must be a text");
    return node.value;
}

bool boolean(const Node& node, std::string_view key)
{
    const std::string& v = scalar(node, key);
    if (v == "true") return true;
    if (v == "false") return false;
    fail(std::string(key) + " at " + where(node) + " must be true or false");
}

Date date(const Node& node)
{
    const auto d = mee::parse_date(scalar(node, "today"));
    if (!d) fail("today at " + where(node) + " is not a date YYYY-MM-DD");
    return *d;
}

Lang lang(const Node& node)
{
    const std::string& v = scalar(node, "lang");
    if (v == "en") return Lang::en;
    if (v == "nl") return Lang::nl;
    fail("lang at " + where(node) + " must be en or nl");
}

std::vector<std::string> texts(const Node& node, std::string_view key)
{
    std::vector<std::string> out;
    if (node.is_scalar()) return {node.value};
    if (!node.is_sequence()) fail(std::string(key) + " at " + where(node) + " must be a list of paths");
    for (const Node& item : node.items)
        out.push_back(scalar(item, key));
    return out;
}

void only_keys(const Node& node, std::initializer_list<std::string_view> keys, std::string_view what)
{
    if (!node.is_mapping()) fail(std::string(what) + " at " + where(node) + " must be a mapping");
    for (const auto& entry : node.entries) {
        if (std::find(keys.begin(), keys.end(), entry.key) == keys.end()) {
            std::string known;
            for (auto k : keys)
                known += (known.empty() ? "" : ", ") + std::string(k);
            fail("unknown key '" + entry.key + "' in " + std::string(what) + " at line " +
                 std::to_string(entry.key_mark.line) + " (known: " + known + ")");
        }
    }
}

// `\xNN`, `\n`, `\r`, `\t`, `\0` and `\\` in a `bytes:` text.
std::string unescape(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        if (++i >= text.size()) fail("bytes: a lone backslash at the end");
        switch (text[i]) {
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case '0':
                out += '\0';
                break;
            case '\\':
                out += '\\';
                break;
            case 'x': {
                const std::string hex = text.substr(i + 1, 2);
                if (hex.size() != 2 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
                    fail("bytes: \\x wants two hex digits, not '" + hex + "'");
                out += static_cast<char>(std::stoi(hex, nullptr, 16));
                i += 2;
                break;
            }
            default:
                fail(std::string("bytes: unknown escape \\") + text[i] + " (known: \\xNN \\n \\r \\t \\0 \\\\)");
        }
    }
    return out;
}

std::vector<Edit> read_edits(const Node& node)
{
    static const std::set<std::string_view> with_text = {"replace", "replace_all", "replace_block", "insert_after"};
    if (!node.is_sequence()) fail("edits at " + where(node) + " must be a list");
    std::vector<Edit> out;
    for (const Node& item : node.items) {
        only_keys(
            item,
            {"replace", "replace_all", "remove", "remove_block", "replace_block", "insert_after", "append", "with"},
            "an edit");
        Edit e;
        for (const auto& entry : item.entries) {
            if (entry.key == "with") {
                e.with = scalar(entry.value, "with");
            } else {
                if (!e.op.empty()) fail("an edit at " + where(item) + " has two operations");
                e.op = entry.key;
                e.what = entry.value.is_null() ? std::string() : scalar(entry.value, entry.key);
            }
        }
        if (e.op.empty()) fail("an edit at " + where(item) + " has no operation");
        if (with_text.contains(e.op) != (item.entry("with") != nullptr))
            fail("the edit " + e.op + " at " + where(item) +
                 (with_text.contains(e.op) ? " needs `with:`" : " takes no `with:`"));
        out.push_back(std::move(e));
    }
    return out;
}

// The path of a base's document: the base's name up to its first '-'.
std::string default_path(const std::string& base)
{
    return base.substr(0, base.find('-')) + ".yaml";
}

File read_file_entry(const Node& node)
{
    only_keys(node, {"path", "base", "content", "bytes", "repeat", "edits", "absent"}, "a file");
    File f;
    if (const Node* n = node.get("base")) f.base = scalar(*n, "base");
    if (const Node* n = node.get("path"))
        f.path = scalar(*n, "path");
    else if (!f.base.empty())
        f.path = default_path(f.base);
    else
        fail("a file at " + where(node) + " needs a path");
    if (const Node* n = node.get("content")) f.content = scalar(*n, "content");
    if (const Node* n = node.get("bytes")) {
        if (f.content) fail("a file at " + where(node) + " has both content and bytes");
        f.content = unescape(scalar(*n, "bytes"));
    }
    if (const Node* n = node.get("repeat")) f.repeat = std::stol(scalar(*n, "repeat"));
    if (const Node* n = node.get("edits")) f.edits = read_edits(*n);
    if (const Node* n = node.get("absent")) f.absent = boolean(*n, "absent");
    if (!f.base.empty() && f.content) fail("a file at " + where(node) + " has both a base and a content");
    if (!f.base.empty()) base_text(f.base);  // that it exists
    return f;
}

Fixture read_fixture(const fs::path& file)
{
    Fixture fx;
    fx.file = file;
    const mee::ParsedYaml parsed = mee::parse_yaml(mee::Source(read_file(file)), Lang::en);
    if (!parsed.problems.empty() || !parsed.root) {
        fail("not readable YAML" + (parsed.problems.empty()
                                        ? std::string()
                                        : ": line " + std::to_string(parsed.problems.front().mark.line) + ": " +
                                              parsed.problems.front().message));
    }
    const Node& root = *parsed.root;
    only_keys(
        root,
        {"rule", "base", "path", "edits", "files", "today", "lang", "check", "project_file", "map_beside", "cases"},
        "the fixture");
    const Node* rule = root.get("rule");
    if (!rule) fail("no `rule:`");
    fx.rule = scalar(*rule, "rule");
    if (const Node* base = root.get("base")) {
        File main;
        main.base = scalar(*base, "base");
        main.path = default_path(main.base);
        if (const Node* p = root.get("path")) main.path = scalar(*p, "path");
        base_text(main.base);
        fx.files.push_back(main);
    } else if (root.get("path")) {
        fail("`path:` names the path of the base document, and there is no `base:`");
    }
    if (root.get("edits")) fail("edits belong to a case");
    if (const Node* files = root.get("files")) {
        if (!files->is_sequence()) fail("files must be a list");
        for (const Node& item : files->items)
            fx.files.push_back(read_file_entry(item));
    }
    if (const Node* n = root.get("today")) fx.today = date(*n);
    if (const Node* n = root.get("lang")) fx.lang = lang(*n);
    if (const Node* n = root.get("check")) fx.check = texts(*n, "check");
    if (const Node* n = root.get("project_file")) fx.project_file = boolean(*n, "project_file");
    if (const Node* n = root.get("map_beside")) fx.map_beside = boolean(*n, "map_beside");
    const Node* cases = root.get("cases");
    if (!cases || !cases->is_sequence() || cases->items.empty()) fail("no `cases:` list");
    std::set<std::string> names;
    for (const Node& item : cases->items) {
        only_keys(item, {"name", "edits", "files", "today", "lang", "check", "project_file", "map_beside"}, "a case");
        Case c;
        const Node* name = item.get("name");
        if (!name) fail("a case at " + where(item) + " has no name");
        c.name = scalar(*name, "name");
        if (c.name.find('\n') != std::string::npos)
            fail("the name of the case at " + where(item) + " is more than one line");
        if (!names.insert(c.name).second) fail("two cases are called '" + c.name + "'");
        if (const Node* n = item.get("edits")) {
            if (fx.files.empty() || fx.files.front().base.empty())
                fail("case '" + c.name + "' has edits but the fixture has no `base:`; put them under files");
            File main;
            main.path = fx.files.front().path;
            main.edits = read_edits(*n);
            c.files.push_back(std::move(main));
        }
        if (const Node* files = item.get("files")) {
            if (!files->is_sequence()) fail("files of case '" + c.name + "' must be a list");
            for (const Node& f : files->items)
                c.files.push_back(read_file_entry(f));
        }
        if (const Node* n = item.get("today")) c.today = date(*n);
        if (const Node* n = item.get("lang")) c.lang = lang(*n);
        if (const Node* n = item.get("check")) c.check = texts(*n, "check");
        if (const Node* n = item.get("project_file")) c.project_file = boolean(*n, "project_file");
        if (const Node* n = item.get("map_beside")) c.map_beside = boolean(*n, "map_beside");
        fx.cases.push_back(std::move(c));
    }
    return fx;
}

// --- running a case -------------------------------------------------------

// The case's files: the fixture's, then the case's merged by path (an entry
// with only edits adds them to the fixture's file of that path).
std::vector<File> files_of(const Fixture& fx, const Case& c)
{
    std::vector<File> files = fx.files;
    for (const File& f : c.files) {
        auto same = std::find_if(files.begin(), files.end(), [&](const File& g) { return g.path == f.path; });
        const bool only_edits = f.base.empty() && !f.content && !f.absent;
        if (same == files.end()) {
            if (only_edits) fail("edits for " + f.path + ", which the fixture does not have: give a base or a content");
            files.push_back(f);
        } else if (only_edits) {
            same->edits.insert(same->edits.end(), f.edits.begin(), f.edits.end());
        } else {
            *same = f;
        }
    }
    std::erase_if(files, [](const File& f) { return f.absent; });
    return files;
}

std::string text_of(const File& f)
{
    std::string text;
    if (f.content) {
        for (long i = 0; i < f.repeat; ++i)
            text += *f.content;
    } else if (!f.base.empty()) {
        text = base_text(f.base);
    }
    for (std::size_t i = 0; i < f.edits.size(); ++i) {
        try {
            text = apply_edit(std::move(text), f.edits[i]);
        } catch (const FixtureError& e) {
            fail(f.path + ", edit " + std::to_string(i + 1) + ": " + e.message);
        }
    }
    return text;
}

std::vector<Finding> run_case(const Fixture& fx, const Case& c)
{
    const std::vector<File> files = files_of(fx, c);
    mee::test::TempDir dir;
    if (c.project_file.value_or(fx.project_file)) dir.write(".mee.yaml", "");
    const bool map = c.map_beside.value_or(fx.map_beside);
    for (const File& f : files)
        dir.write(f.path, text_of(f), map ? mee::test::TempDir::Map::beside : mee::test::TempDir::Map::absent);
    std::vector<std::string> named = c.check.value_or(fx.check);
    if (named.empty()) named = {fx.files.empty() || fx.files.front().base.empty() ? "." : fx.files.front().path};
    mee::test::InDir in(dir.path());
    const Lang lang = c.lang.value_or(fx.lang);
    auto project = mee::find_project(named, lang);
    if (!project.ok()) fail("the project folder cannot be found: " + project.error());
    mee::CheckOptions options;
    options.paths = named;
    options.lang = lang;
    options.today = c.today.value_or(fx.today);
    auto result = mee::run_check(options, *project, mee::SchemaSet::embedded());
    if (!result.ok()) fail("mee check fails: " + result.error());
    return std::move(result->findings);
}

std::string finding_line(const Finding& f)
{
    return f.path + ":" + std::to_string(f.mark.line) + ":" + std::to_string(f.mark.column) + ": " +
           std::string(mee::severity_name(f.severity)) + " " + f.code + " " + f.message + "\n";
}

std::string expected_block(const std::string& name, const std::vector<Finding>& findings)
{
    std::string out = "case: " + name + "\n";
    for (const Finding& f : findings)
        out += finding_line(f);
    if (findings.empty()) out += "no findings\n";
    return out;
}

std::string expected_header(const Fixture& fx)
{
    return "# The findings of each case of " + fx.rule +
           ".yaml, generated: MEE_UPDATE=1 build/tests/mee_tests -tc='rule fixtures*'\n";
}

// The blocks of a .expected file by case name.
std::map<std::string, std::string> blocks_of(const std::string& text)
{
    std::map<std::string, std::string> out;
    std::istringstream in(text);
    std::string line;
    std::string* block = nullptr;
    while (std::getline(in, line)) {
        if (line.starts_with("case: ")) block = &out[line.substr(6)];
        if (block && !line.empty()) *block += line + "\n";
    }
    return out;
}

bool env_set(const char* name)
{
    const char* v = std::getenv(name);
    return v && *v && std::string_view(v) != "0";
}

std::vector<fs::path> fixture_files()
{
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(fixture_dir())) {
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Runs one fixture: compares (or writes) its .expected file and checks that
// the rule fires in a case and stays quiet in another.
void run_fixture(const fs::path& file, bool update)
{
    const std::string stem = file.stem().string();
    Fixture fx;
    try {
        fx = read_fixture(file);
    } catch (const FixtureError& e) {
        FAIL_CHECK("fixture " << file.filename().string() << ": " << e.message);
        return;
    }
    const mee::Rule* rule = mee::find_rule(fx.rule);
    if (!rule || !rule->is_checked()) {
        FAIL_CHECK("fixture " << stem << ".yaml names rule '" << fx.rule
                              << "', which is not a checked rule of the catalogue (lib/rules/)");
        return;
    }
    if (fx.rule != stem) {
        FAIL_CHECK("fixture " << stem << ".yaml is about " << fx.rule << ": rename the file to " << fx.rule << ".yaml");
        return;
    }
    std::string actual = expected_header(fx);
    bool fires = false;
    bool quiet = false;
    for (const Case& c : fx.cases) {
        std::vector<Finding> findings;
        try {
            findings = run_case(fx, c);
        } catch (const FixtureError& e) {
            FAIL_CHECK("fixture " << stem << ", case '" << c.name << "': " << e.message
                                  << " (an edit must apply exactly as written; correct the fixture)");
            return;
        }
        const bool fired =
            std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == fx.rule; });
        (fired ? fires : quiet) = true;
        const bool named_quiet = c.name.starts_with("quiet:");
        if (named_quiet == fired) {
            FAIL_CHECK("fixture " << stem << ", case '" << c.name << "': " << fx.rule
                                  << (fired ? " fires, yet the case is named quiet"
                                            : " stays quiet, yet the name does not start with 'quiet:'")
                                  << "; a case that expects no finding of its rule is named 'quiet: ...'");
        }
        actual += "\n" + expected_block(c.name, findings);
    }
    if (!fires) FAIL_CHECK("fixture " << stem << ": no case in which " << fx.rule << " fires: add one");
    if (!quiet)
        FAIL_CHECK("fixture " << stem << ": no case in which " << fx.rule
                              << " stays quiet: add a 'quiet: ...' case close to a firing one");
    const fs::path expected_file = fs::path(file).replace_extension(".expected");
    if (update) {
        if (!fs::exists(expected_file) || read_file(expected_file) != actual) {
            std::ofstream(expected_file, std::ios::binary) << actual;
            MESSAGE("wrote " << expected_file.filename().string());
        }
        return;
    }
    if (!fs::exists(expected_file)) {
        FAIL_CHECK("fixture " << stem << ": " << expected_file.filename().string() << " is missing; " << k_update_hint);
        return;
    }
    const std::string expected = read_file(expected_file);
    if (expected == actual) return;
    const auto want = blocks_of(expected);
    const auto got = blocks_of(actual);
    for (const Case& c : fx.cases) {
        const auto w = want.find(c.name);
        const std::string& g = got.at(c.name);
        if (w == want.end()) {
            FAIL_CHECK("fixture " << stem << ", case '" << c.name << "' is not in " << stem << ".expected; "
                                  << k_update_hint);
        } else if (w->second != g) {
            FAIL_CHECK("fixture " << stem << ", case '" << c.name << "': the findings differ from " << stem
                                  << ".expected\n--- expected\n"
                                  << w->second << "--- actual\n"
                                  << g << "If the change is meant, " << k_update_hint);
        }
    }
    for (const auto& [name, block] : want) {
        if (!got.contains(name))
            FAIL_CHECK("fixture " << stem << ".expected has case '" << name << "', which the fixture no longer has; "
                                  << k_update_hint);
    }
    if (want == got) FAIL_CHECK(stem << ".expected differs from what the fixture gives; " << k_update_hint);
}

}  // namespace

TEST_CASE("rule fixtures: every fixture gives the findings of its .expected file")
{
    const bool update = env_set("MEE_UPDATE");
    const char* only = std::getenv("MEE_FIXTURE");
    std::size_t ran = 0;
    for (const fs::path& file : fixture_files()) {
        if (only && *only && !file.stem().string().starts_with(only)) continue;
        run_fixture(file, update);
        ++ran;
    }
    CHECK_MESSAGE(ran > 0, "no fixture matches MEE_FIXTURE=" << (only ? only : ""));
}

TEST_CASE("rule fixtures: every checked rule has a fixture, every .expected file a fixture")
{
    for (const mee::Rule& rule : mee::rule_catalog()) {
        if (!rule.is_checked()) continue;
        const std::string code(rule.code);
        CHECK_MESSAGE(fs::exists(fixture_dir() / (code + ".yaml")),
                      code << " has no fixture tests/rules/" << code
                           << ".yaml: write one with a firing and a quiet case (tools/new-rule writes a skeleton)");
    }
    for (const auto& entry : fs::directory_iterator(fixture_dir())) {
        const fs::path& p = entry.path();
        if (p.extension() != ".expected") continue;
        const fs::path fixture = fs::path(p).replace_extension(".yaml");
        if (fs::exists(fixture)) continue;
        if (env_set("MEE_UPDATE")) {
            fs::remove(p);
            MESSAGE("removed " << p.filename().string() << ": no fixture");
        } else {
            FAIL_CHECK(p.filename().string()
                       << " has no fixture " << fixture.filename().string() << ": remove it, or run with MEE_UPDATE=1");
        }
    }
}

// The base documents are clean: together in one project, each checked, no
// finding, in English and in Dutch.
TEST_CASE("rule fixtures: the base documents give no finding")
{
    for (const Lang lang : {Lang::en, Lang::nl}) {
        for (const auto& entry : fs::directory_iterator(fixture_dir() / "base")) {
            const std::string base = entry.path().stem().string();
            CAPTURE(base);
            Fixture fx;
            fx.lang = lang;
            File f;
            f.base = base;
            f.path = default_path(base);
            fx.files = {f};
            // The eindverslag needs its plan in the project.
            if (base.starts_with("eindverslag")) {
                File plan;
                plan.base = "plan";
                plan.path = "plan.yaml";
                fx.files.push_back(plan);
            }
            fx.check = {f.path};
            std::string got;
            for (const Finding& finding : run_case(fx, Case{}))
                got += finding_line(finding);
            CHECK(got == "");
        }
    }
}

// plan-compact is the plan without its blank lines (line numbers of the old
// table tests of the eindverslag and the project rules point into it).
TEST_CASE("rule fixtures: plan-compact is the plan without blank lines")
{
    std::string compact;
    std::istringstream in(base_text("plan"));
    for (std::string line; std::getline(in, line);) {
        if (line.find_first_not_of(' ') != std::string::npos) compact += line + "\n";
    }
    CHECK(base_text("plan-compact") == compact);
}

TEST_CASE("rule fixtures: an edit that does not apply as written fails")
{
    const std::string text = "a: 1\nb:\n  c: 2\n  d: 3\ne: 1\n";
    CHECK(apply_edit(text, {"replace", "b:", "bb:"}) == "a: 1\nbb:\n  c: 2\n  d: 3\ne: 1\n");
    CHECK(apply_edit(text, {"replace_all", ": 1", ": 9"}) == "a: 9\nb:\n  c: 2\n  d: 3\ne: 9\n");
    CHECK(apply_edit(text, {"remove", "  c: 2\n", ""}) == "a: 1\nb:\n  d: 3\ne: 1\n");
    CHECK(apply_edit(text, {"remove_block", "b:", ""}) == "a: 1\ne: 1\n");
    CHECK(apply_edit(text, {"replace_block", "b:", "b: []\n"}) == "a: 1\nb: []\ne: 1\n");
    CHECK(apply_edit(text, {"insert_after", "  c: 2", "  x: 0\n"}) == "a: 1\nb:\n  c: 2\n  x: 0\n  d: 3\ne: 1\n");
    CHECK(apply_edit(text, {"append", "f: 4\n", ""}) == text + "f: 4\n");
    CHECK_THROWS_AS(apply_edit(text, {"replace", "zz", "y"}), FixtureError);
    CHECK_THROWS_AS(apply_edit(text, {"replace", ": 1", "y"}), FixtureError);
    CHECK_THROWS_AS(apply_edit(text, {"replace_all", "b:", "y"}), FixtureError);
    CHECK_THROWS_AS(apply_edit(text, {"remove", "c: 2\n", ""}), FixtureError);
    CHECK_THROWS_AS(apply_edit(text, {"remove_block", "  x:", ""}), FixtureError);
    CHECK_THROWS_AS(apply_edit(text, {"insert_after", "c: 2", "x\n"}), FixtureError);
    CHECK(unescape("a\\x00\\xff\\n\\\\") == std::string("a\0\xff\n\\", 5));
    CHECK_THROWS_AS(unescape("\\q"), FixtureError);
}
