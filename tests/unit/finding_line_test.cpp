// Every finding stands at the node it is about: over every end-to-end
// case's expected text output, the line a finding points at holds a key or
// value its message names ('doelgroepn', afweging.besluitstuk, openbaar …).
// A missing key points at its parent's key, which the message names too
// ("… ontbreekt in 'belanghebbenden'", afweging.besluitstuk); a missing
// top-level key has no parent key and points at `soort`, or the first key
// of a document without one (document_mark).

#include "rules/catalog.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Rules whose place is not a key or value a message could name, with why.
const std::map<std::string, std::string, std::less<>> k_not_judged = {
    {"MEE001", "a YAML syntax error stands where the parser stopped, not at a node"},
    {"MEE007", "the file's bytes (encoding, NUL, size) are wrong before there are nodes"},
    {"MEE008", "too deep or too many nodes: it stands where the limit was passed"},
    {"MEE131", "in English the message translates the key it stands at (stakeholders for belanghebbenden)"},
    {"MEE132", "in English the message translates the key it stands at (stakeholders for belanghebbenden)"},
    {"MEE178", "a planning moment without door stands at the moment's first line; it names the moment by its soort"},
    {"MEE184", "in English the message translates the key (the invitation for uitnodiging)"},
    {"MEE302", "it stands at ingediend and counts the days since, without naming the key"},
    {"MEE305", "voorwaarden is missing, so it stands at its parent beoordeling, which the message does not name"},
    {"MEE312", "in English the message paraphrases the ondersteuning samenwerking it stands at"},
    {"MEE501", "it stands at the text with the personal data and, on purpose, does not repeat it"},
};

std::string read_text(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Line `number` (1-based) of `path`, without its line end; nullopt when the
// file or the line is not there.
std::optional<std::string> line_of(const fs::path& path, long number)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string line;
    for (long n = 1; std::getline(in, line); ++n) {
        if (n == number) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return line;
        }
    }
    return std::nullopt;
}

// What a file shows at its top level: the lines where a finding about the
// document as a whole may stand (the first line of content, which is not
// blank, a comment, a directive or a document marker; and `soort`'s line),
// and the top-level keys written.
struct TopLevel {
    std::set<long> document_lines;
    std::set<std::string, std::less<>> keys;
};

TopLevel top_level_of(const fs::path& path)
{
    static const std::regex top_key(R"(^([A-Za-z_][A-Za-z0-9_\-]*):(?:\s.*)?\r?$)");
    std::ifstream in(path, std::ios::binary);
    TopLevel out;
    bool content = false;
    std::string line;
    for (long n = 1; std::getline(in, line); ++n) {
        const auto start = line.find_first_not_of(" \t\r");
        if (start == std::string::npos || line[start] == '#' || line[start] == '%' || line.starts_with("---")) continue;
        if (!content) out.document_lines.insert(n);
        content = true;
        std::smatch m;
        if (!std::regex_match(line, m, top_key)) continue;
        out.keys.insert(m[1]);
        if (m[1] == "soort") out.document_lines.insert(n);
    }
    return out;
}

// What a message names: its quoted texts and its words, with dotted paths
// (afweging.besluitstuk, regelafwijkingen[].motivering) split into keys.
struct Named {
    std::vector<std::string> quoted;
    std::set<std::string, std::less<>> words;
};

Named named_in(const std::string& message)
{
    Named out;
    // A quote opens after a space or '(' and closes before a space,
    // punctuation or the end: "collega's" is no quote.
    static const std::regex quote(R"((?:^|[\s(])'([^']+)'(?=$|[\s;:,.)?]))");
    for (auto it = std::sregex_iterator(message.begin(), message.end(), quote); it != std::sregex_iterator(); ++it)
        out.quoted.push_back((*it)[1]);
    static const std::regex word(R"([A-Za-z0-9_][A-Za-z0-9_\-]*)");
    for (auto it = std::sregex_iterator(message.begin(), message.end(), word); it != std::sregex_iterator(); ++it)
        out.words.insert((*it)[0]);
    return out;
}

// The key and the value written on a line of YAML: "  - naam: Jan" has the
// key "naam" and the value "Jan", "  - Jan" only the value.
struct Written {
    std::string key;
    std::string value;
};

Written written_on(const std::string& line)
{
    static const std::regex key_value(R"(^\s*(?:-\s+)*([^\s:#'"][^:#]*?|'[^']*'|"[^"]*"):(?:\s+(.*))?$)");
    static const std::regex item(R"(^\s*(?:-\s+)+(.*)$)");
    std::smatch m;
    Written w;
    if (std::regex_match(line, m, key_value)) {
        w.key = m[1];
        w.value = m[2];
    } else if (std::regex_match(line, m, item)) {
        w.value = m[1];
    }
    const auto unquote = [](std::string& s) {
        if (const auto hash = s.find(" #"); hash != std::string::npos) s.erase(hash);
        while (!s.empty() && s.back() == ' ')
            s.pop_back();
        if (s.size() >= 2 && (s.front() == '\'' || s.front() == '"') && s.back() == s.front())
            s = s.substr(1, s.size() - 2);
    };
    unquote(w.key);
    unquote(w.value);
    return w;
}

// Whether `line` holds what `message` names.
bool holds_named(const std::string& line, const std::string& message)
{
    const Named named = named_in(message);
    for (const std::string& q : named.quoted) {
        if (line.find(q) != std::string::npos) return true;
    }
    const Written w = written_on(line);
    // A list's key in the plural, named in the singular: kaders, kader.
    for (const std::string_view ending : {"", "s", "n", "en"}) {
        if (w.key.size() > ending.size() && w.key.ends_with(ending) &&
            named.words.contains(w.key.substr(0, w.key.size() - ending.size())))
            return true;
    }
    // A key missing in a list's item stands at the item ("in an item of 'kaders'").
    static const std::regex item_start(R"(^\s*-\s.*)");
    if (std::regex_match(line, item_start) && named.words.contains("item")) return true;
    if (!w.value.empty() && named.words.contains(w.value)) return true;
    return false;
}

struct Checked {
    std::string where;  // case: file:line:col: … as printed
    std::string code;
    std::string line;
};

}  // namespace

TEST_CASE("finding_line: a message's key or value is on the line it points at")
{
    CHECK(holds_named("doelgroepn:", "unknown key 'doelgroepn'; did you mean 'doelgroepen'?"));
    CHECK(holds_named("afweging:", "afweging.besluitstuk ontbreekt: noem het stuk"));
    CHECK(holds_named("  - naam: Winkeliers", "stakeholder 'Winkeliers' too gets level informeren"));
    CHECK(holds_named("    datum: 2026-03-24", "participatiemoment op 2026-03-24 ligt voor de vaststelling"));
    CHECK_FALSE(holds_named("# yaml-language-server: $schema=../schemas/plan.schema.json", "openbaar is missing"));
    CHECK_FALSE(holds_named("titel: Herinrichting", "section 2, the goals of participation (doelen) is missing"));
    CHECK_FALSE(holds_named("kern: Dalfsen", "de collega's binnen de gemeente"));
}

TEST_CASE("finding_line: every finding of every end-to-end case stands at the node it names")
{
    static const std::regex finding(R"(^([^ ].*?):(\d+):(\d+): (?:error|warning|info) (MEE\d{3}) (.*)$)");
    std::vector<fs::path> cases;
    for (const auto& e : fs::directory_iterator(fs::path(MEE_SOURCE_DIR) / "tests/e2e/cases"))
        if (e.is_directory()) cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());

    std::set<std::string> judged;
    std::vector<Checked> wrong;
    std::size_t count = 0;
    for (const fs::path& folder : cases) {
        std::istringstream out(read_text(folder / "stdout"));
        for (std::string text; std::getline(out, text);) {
            std::smatch m;
            if (!std::regex_match(text, m, finding)) continue;
            const std::string code = m[4];
            if (k_not_judged.contains(code)) continue;
            // A file setup.sh makes, or a path outside the case: not judged here.
            const auto line = line_of(folder / std::string(m[1]), std::stol(m[2]));
            if (!line) continue;
            ++count;
            judged.insert(code);
            if (holds_named(*line, m[5])) continue;
            // At the document's own line (document_mark): right when what the
            // message names is not a top-level key the document has.
            const TopLevel top = top_level_of(folder / std::string(m[1]));
            const Named named = named_in(m[5]);
            const bool names_a_key = std::any_of(named.words.begin(), named.words.end(),
                                                 [&](const std::string& w) { return top.keys.contains(w); });
            if (top.document_lines.contains(std::stol(m[2])) && !names_a_key) continue;
            wrong.push_back({folder.filename().string() + ": " + text, code, *line});
        }
    }
    for (const Checked& c : wrong) {
        INFO(c.where);
        INFO("the line: ", c.line);
        CHECK_MESSAGE(false, "the line does not hold the key or value the message names");
    }
    CHECK(count > 100);

    // Every rule that has a firing case was judged: each rule mee applies
    // fires in some end-to-end case with text output.
    std::vector<std::string> unjudged;
    for (const mee::Rule& rule : mee::rule_catalog()) {
        const std::string code(rule.code);
        if (!rule.is_checked() && !code.starts_with("MEE00")) continue;
        if (!judged.contains(code) && !k_not_judged.contains(code)) unjudged.push_back(code);
    }
    std::string list;
    for (const std::string& code : unjudged)
        list += (list.empty() ? "" : ", ") + code;
    INFO("rules no end-to-end case shows in text output: ", list);
    CHECK(unjudged.empty());
}
