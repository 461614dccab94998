// The plan rules MEE101–MEE192 (lib/rules_plan_*.cpp), table-driven: each
// row edits one complete, clean plan (the example of documents.md) and lists
// exactly the findings the edit must give, code, line and column, so a row
// proves both that the rule fires where rules.md says it points and that no
// other rule fires for the same cause. Every code has a row that fires and a
// "quiet" row close to it that must give nothing.
//
// A row runs what `mee check` runs on one file: the YAML reader, the schema,
// the rules and the regelafwijkingen (check/check.cpp, document/document.cpp).

#include "check/check.hpp"
#include "clean_documents.hpp"
#include "document/project_index.hpp"
#include "document/schema.hpp"
#include "policy/profile.hpp"
#include "rules/catalog.hpp"
#include "rules/deviation.hpp"
#include "rules/run.hpp"
#include "test_util.hpp"
#include "yaml/tree.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using mee::Date;
using mee::Finding;
using mee::Lang;

namespace {

constexpr Date k_today{2026, 6, 1};

// The plan of documents.md without its comments: no findings on 2026-06-01.
// Its participation moments avoid the school holidays of region noord
// (meivakantie 25 Apr–3 May 2026) and the public holidays (Hemelvaartsdag
// 14 May 2026); the one on 24 March has online_alternatief anyway. Its
// stakeholders are no farmers, so May is no busy period.
const std::string& k_clean = mee::test::k_clean_plan_spaced;

// Where things are in k_clean (line:column), for the expectations below.
//   12 vastgesteld    13:9 its door     17 afweging       18 ruimte   21 geschikt
//   27 besluitstuk    31 opgave         37 doelen (goals at 38:5, 40:5)
//   43 omgevingsanalyse 44 opgesteld_met  46 belanghebbenden (47:7, 51:7, 55:7, 59:7)
//   65 kaders         82 betrokkenheidsniveau (83:11 its niveau)
//   86 werkvormen (87:5, 91:5, 95:5)  100 planning (101:5, 106:5, 110:5, 113:5)
//   118 communicatie  126 capaciteit (128:11 budget)

// A plan being edited: k_clean, changed line by line. Each edit must find
// its text exactly once, so a row cannot silently edit nothing.
class Plan {
public:
    Plan() : text_(k_clean) {}
    explicit Plan(std::string text) : text_(std::move(text)) {}

    // Replaces the one occurrence of `from` (part of a line or whole lines).
    Plan& replace(std::string_view from, std::string_view to)
    {
        const auto at = find_once(from);
        text_.replace(at, from.size(), to);
        return *this;
    }
    // Replaces every occurrence of `from` (at least two).
    Plan& replace_all(std::string_view from, std::string_view to)
    {
        std::size_t count = 0;
        for (auto at = text_.find(from); at != std::string::npos; at = text_.find(from, at + to.size())) {
            text_.replace(at, from.size(), to);
            ++count;
        }
        REQUIRE_MESSAGE(count >= 2, "replace_all wants several of: " << from);
        return *this;
    }
    // Removes `lines` (whole lines, each ending in a newline).
    Plan& remove(std::string_view lines)
    {
        const auto at = find_line(lines);
        text_.erase(at, lines.size());
        return *this;
    }
    // Removes the line `first` (without its newline) and the lines below it
    // that are indented deeper: a section, a list entry, a mapping.
    Plan& remove_block(std::string_view first) { return replace_block(first, ""); }
    // Replaces that block with `lines`.
    Plan& replace_block(std::string_view first, std::string_view lines)
    {
        const auto at = find_line(std::string(first) + "\n");
        const auto indent = first.find_first_not_of(' ');
        auto end = at + first.size() + 1;
        while (end < text_.size()) {
            const auto next = text_.find('\n', end);
            const std::string_view line(text_.data() + end, (next == std::string::npos ? text_.size() : next) - end);
            const auto deeper = line.find_first_not_of(' ');
            if (line.empty() || deeper == std::string_view::npos || deeper <= indent) break;
            end = next == std::string::npos ? text_.size() : next + 1;
        }
        text_.replace(at, end - at, lines);
        return *this;
    }
    // Sets the plan's level (betrokkenheidsniveau.niveau of k_clean).
    Plan& level(std::string_view level)
    {
        return replace("betrokkenheidsniveau:\n  niveau: adviseren",
                       "betrokkenheidsniveau:\n  niveau: " + std::string(level));
    }
    // Inserts `lines` below the line `after` (without its newline).
    Plan& insert_after(std::string_view after, std::string_view lines)
    {
        const auto at = find_line(std::string(after) + "\n");
        text_.insert(at + after.size() + 1, lines);
        return *this;
    }
    Plan& append(std::string_view lines)
    {
        text_ += lines;
        return *this;
    }
    operator std::string() const { return text_; }  // NOLINT: rows read as tables

private:
    std::size_t find_once(std::string_view what) const
    {
        const auto at = text_.find(what);
        REQUIRE_MESSAGE(at != std::string::npos, "not in the plan: " << what);
        REQUIRE_MESSAGE(text_.find(what, at + 1) == std::string::npos, "more than once in the plan: " << what);
        return at;
    }
    // Where whole `lines` start, found once among the line starts.
    std::size_t find_line(std::string_view lines) const
    {
        std::vector<std::size_t> found;
        for (auto at = text_.find(lines); at != std::string::npos; at = text_.find(lines, at + 1)) {
            if (at == 0 || text_[at - 1] == '\n') found.push_back(at);
        }
        REQUIRE_MESSAGE(found.size() == 1, "not once at the start of a line: " << lines);
        return found.front();
    }

    std::string text_;
};

// An inform-only plan (rules.md): an answer nee, the level informeren, and
// only the sections such a plan needs. No findings.
const std::string k_inform_only = R"(soort: plan
id: PVA-2026-021
titel: Vervanging lantaarnpalen Nieuwleusen
datum: 2026-02-16
domein: ruimte
soort_werk: uitvoering
onderdeel_van: los
verantwoordelijke: Beheerder openbare verlichting
status: vastgesteld
vastgesteld:
  door: college
  datum: 2026-03-10
  kenmerk: B&W 2026-0310-04

afweging:
  ruimte:
    antwoord: nee
    toelichting: Type en plaats van de masten liggen vast in het beleidsplan.
  geschikt:
    antwoord: ja
    toelichting: Iedereen ziet de lantaarnpalen in de eigen straat.
  capaciteit:
    antwoord: ja
    toelichting: Het werk past in de planning van het beheerteam.
  besluitstuk:
    soort: collegevoorstel
    kenmerk: CV-2026-031

opgave:
  beschrijving: Vierhonderd lantaarnpalen in Nieuwleusen worden vervangen door ledverlichting.
  voorgeschiedenis: Het beleidsplan openbare verlichting is in 2024 vastgesteld.

betrokkenheidsniveau:
  niveau: informeren
  motivering: Er valt niets te kiezen; bewoners horen wanneer hun straat aan de beurt is.

planning:
  - datum: 2026-04-14
    wat: Bewonersbrief met de planning per straat
    soort: informatie
  - datum: 2026-03-17
    wat: College stelt de vervanging vast
    soort: besluit
    door: college

communicatie:
  middelen: [bewonersbrief, website]
  uitnodiging: Kijk op de website wanneer uw straat aan de beurt is.
  terugkoppeling: Na afloop een bericht op de website over het resultaat.
  verslaglegging: Vragen van bewoners en de antwoorden komen op de projectpagina.
)";
// In k_inform_only: 15 afweging, 33 betrokkenheidsniveau (34:11 its niveau),
// 37 planning (moments at 38:5, 41:5), 46 communicatie.

// One expected finding. A severity or a message, when given, is checked too,
// the message word for word.
struct Want {
    std::string code;
    int line = 0;
    int column = 0;
    std::string severity = {};
    std::string message = {};
};

struct Row {
    std::string name;
    std::string yaml;
    std::vector<Want> want;
    Date today = k_today;
    Lang lang = Lang::en;
};

// The sorted findings of `yaml` as `mee check` gives them for one file.
std::vector<Finding> findings_of(const std::string& yaml, Date today = k_today, Lang lang = Lang::en)
{
    const mee::Source source(yaml);
    mee::ParsedYaml parsed = mee::parse_yaml(source, lang);
    REQUIRE(parsed.root);
    std::vector<Finding> out = parsed.problems;
    const mee::Node& root = *parsed.root;
    for (Finding& f : mee::SchemaSet::embedded().validate(mee::DocKind::plan, root, lang))
        out.push_back(f);
    const std::string path = "plan.yaml";
    mee::ProjectIndex project;
    project.build();
    mee::run_rules(mee::RuleInput{root, mee::DocKind::plan, mee::embedded_profile(), today, lang, project, path}, out);
    for (Finding& f : out)
        f.path = path;
    mee::apply_deviations(root, path, out, lang);
    mee::sort_findings(out);
    return out;
}

std::string show(const std::string& code, int line, int column, std::string_view severity, std::string_view message)
{
    std::ostringstream out;
    out << code << ' ' << line << ':' << column;
    if (!severity.empty()) out << ' ' << severity;
    if (!message.empty()) out << ' ' << message;
    return out.str();
}

// The findings and the expectations as text, one line each, in the order of
// the output; a finding shows its message where its expectation has one.
void check_row(const Row& row)
{
    INFO("row: " << row.name);
    std::vector<Want> want = row.want;
    std::sort(want.begin(), want.end(), [](const Want& a, const Want& b) {
        return std::tie(a.line, a.column, a.code, a.message) < std::tie(b.line, b.column, b.code, b.message);
    });
    const std::vector<Finding> got = findings_of(row.yaml, row.today, row.lang);
    std::string expected;
    std::string actual;
    for (const Want& w : want)
        expected += show(w.code, w.line, w.column, w.severity, w.message) + "\n";
    for (std::size_t i = 0; i < got.size(); ++i) {
        const Finding& f = got[i];
        const bool with_severity = i < want.size() && !want[i].severity.empty();
        const bool with_message = i < want.size() && !want[i].message.empty();
        actual += show(f.code, f.mark.line, f.mark.column, with_severity ? mee::severity_name(f.severity) : "",
                       with_message ? std::string_view(f.message) : "") +
                  "\n";
    }
    CHECK(actual == expected);
}

void check_rows(const std::vector<Row>& rows)
{
    for (const Row& row : rows)
        check_row(row);
}

// A stakeholder entry to insert into belanghebbenden.
std::string stakeholder(std::string_view naam, std::string_view categorie, std::string_view belang,
                        std::string_view invloed)
{
    return "    - naam: " + std::string(naam) + "\n      categorie: " + std::string(categorie) +
           "\n      belang: " + std::string(belang) + "\n      invloed: " + std::string(invloed) + "\n";
}

const std::string k_last_stakeholder_line = "      invloed: veel\n  kaart: kaarten/centrum-lemelerveld.png";

// k_clean with one more stakeholder after the Waterschap (it starts at line 63).
Plan with_stakeholder(std::string_view naam, std::string_view categorie, std::string_view belang,
                      std::string_view invloed)
{
    Plan plan;
    plan.replace(k_last_stakeholder_line, "      invloed: veel\n" + stakeholder(naam, categorie, belang, invloed) +
                                              "  kaart: kaarten/centrum-lemelerveld.png");
    return plan;
}

// --- step 1 and adoption: MEE101–MEE109 -----------------------------------

std::vector<Row> step1_rows()
{
    const std::string nee = "    antwoord: nee\n    toelichting: Inrichting";
    const std::string ja = "    antwoord: ja\n    toelichting: Inrichting";
    return {
        {"clean plan", Plan(), {}},

        {"MEE101 afweging missing",
         Plan().remove_block("afweging:"),
         {{"MEE101", 1, 1, "error",
           "afweging is missing: answer the three questions of step 1 (ruimte, geschikt, capaciteit), each with an "
           "antwoord and a toelichting"}}},
        {"MEE101 toelichting a placeholder",
         Plan().replace("toelichting: Inrichting en materiaalkeuze liggen nog open binnen het krediet.",
                        "toelichting: nvt"),
         {{"MEE101", 20, 18, "error",
           "the toelichting of question ruimte (is there room for influence?) is not filled: explain in at least "
           "three words why the answer is ja"}}},
        {"MEE101 question without antwoord",
         Plan().replace("  geschikt:\n    antwoord: ja\n", "  geschikt:\n"),
         {{"MEE101", 21, 3, "error", "question geschikt (is the subject suitable?) has no antwoord"}}},
        {"MEE101 question without antwoord and toelichting",
         Plan().replace_block("  capaciteit:", "  capaciteit: {}\n"),
         {{"MEE101", 24, 3, "error",
           "question capaciteit (is there enough time and staff?) has no antwoord and no filled toelichting"}}},
        // rules.md: a missing key points at "the key of its parent mapping",
        // here `afweging` (17:1), not the first key inside it.
        {"MEE101 question missing points at the afweging key",
         Plan().remove_block("  geschikt:"),
         {{"MEE101", 17, 1, "error",
           "question geschikt (is the subject suitable?) is missing from afweging: give an antwoord and a "
           "toelichting"}}},
        {"MEE101 quiet: a toelichting of exactly three words",
         Plan().replace("toelichting: Inrichting en materiaalkeuze liggen nog open binnen het krediet.",
                        "toelichting: Ruimte binnen krediet."),
         {}},

        {"MEE102 nee with level adviseren",
         Plan().replace(ja, nee),
         {{"MEE102", 83, 11, "error",
           "an afweging question is answered nee, so the level is informeren, not adviseren: there is no room for "
           "influence (§2.1.2)"}}},
        {"MEE102 nee with a stakeholder above informeren",
         Plan()
             .replace(ja, nee)
             .level("informeren")
             .insert_after("      invloed: weinig", "      niveau: raadplegen\n"),
         {{"MEE102", 51, 15, "error",
           "an afweging question is answered nee, so stakeholder 'Omwonenden centrum' too gets level informeren, "
           "not raadplegen"}}},
        {"MEE102 quiet: nee with level informeren", Plan().replace(ja, nee).level("informeren"), {}},
        {"MEE102 quiet: te-maken is not nee",
         Plan().replace(ja, "    antwoord: te-maken\n    toelichting: Inrichting"),
         {}},

        {"MEE103 besluitstuk without kenmerk",
         Plan().remove("    kenmerk: BO-2026-004\n"),
         {{"MEE103", 27, 3, "error", "besluitstuk lacks kenmerk"}}},
        {"MEE103 besluitstuk missing",
         Plan().remove_block("  besluitstuk:"),
         {{"MEE103", 17, 1, "error",
           "afweging.besluitstuk is missing: name the document in which the decision is argued, with soort "
           "(bestuursopdracht, collegevoorstel or raadsvoorstel) and kenmerk"}}},
        {"MEE103 besluitstuk without soort and kenmerk",
         Plan().replace_block("  besluitstuk:", "  besluitstuk: {}\n"),
         {{"MEE103", 27, 3, "error", "besluitstuk lacks soort and kenmerk"}}},
        {"MEE103 quiet: a collegevoorstel with kenmerk",
         Plan().replace("    soort: bestuursopdracht\n    kenmerk: BO-2026-004",
                        "    soort: collegevoorstel\n    kenmerk: CV-2026-011"),
         {}},

        {"MEE104 level informeren without a nee",
         Plan().level("informeren"),
         {{"MEE104", 83, 11, "info",
           "no afweging question is answered nee, yet the level is informeren: that is a conscious choice, explain "
           "it in betrokkenheidsniveau.motivering"}}},
        {"MEE104 quiet: level raadplegen", Plan().level("raadplegen"), {}},

        {"MEE105 vastgesteld without kenmerk",
         Plan().remove("  kenmerk: B&W 2026-0303-07\n"),
         {{"MEE105", 12, 1, "error",
           "status is vastgesteld, but vastgesteld lacks kenmerk: say who adopted the plan, when, and under which "
           "kenmerk"}}},
        {"MEE105 vastgesteld missing: at the status that asks for it",
         Plan().remove_block("vastgesteld:"),
         {{"MEE105", 11, 9, "error",
           "status is vastgesteld, but vastgesteld lacks door, datum, kenmerk: say who adopted the plan, when, and "
           "under which kenmerk"}}},
        {"MEE105 quiet: a concept without vastgesteld before participation starts",
         Plan().replace("status: vastgesteld", "status: concept").remove_block("vastgesteld:"),
         {},
         Date{2026, 3, 1}},

        {"MEE106 a moment before adoption",
         Plan().replace("  datum: 2026-03-03", "  datum: 2026-04-01"),
         {{"MEE106", 101, 5, "error",
           "participation moment on 2026-03-24 is before the plan was adopted on 2026-04-01: the plan must be known "
           "beforehand (§2.1.4)"}}},
        {"MEE106 one finding per moment",
         Plan().replace("  datum: 2026-03-03", "  datum: 2026-06-01"),
         {{"MEE106", 101, 5}, {"MEE106", 106, 5}}},
        {"MEE106 quiet: participation on the day of adoption",
         Plan().replace("  datum: 2026-03-03", "  datum: 2026-03-24"),
         {}},

        // One finding, at the first moment by date, although two have passed.
        {"MEE107 concept while participation has started",
         Plan().replace("status: vastgesteld", "status: concept").remove_block("vastgesteld:"),
         {{"MEE107", 97, 5, "warning",
           "the plan is still a concept, but participation has already started (2026-03-24): have the plan adopted "
           "before residents take part"}}},
        {"MEE107 the first moment by date, not by list order",
         Plan()
             .replace("status: vastgesteld", "status: concept")
             .remove_block("vastgesteld:")
             .replace("  - datum: 2026-03-24", "  - datum: 2026-05-26")
             .replace("  - datum: 2026-05-12", "  - datum: 2026-03-31"),
         {{"MEE107", 102, 5, "warning",
           "the plan is still a concept, but participation has already started (2026-03-31): have the plan adopted "
           "before residents take part"}}},
        {"MEE107 --today the day after the first moment",
         Plan().replace("status: vastgesteld", "status: concept").remove_block("vastgesteld:"),
         {{"MEE107", 97, 5}},
         Date{2026, 3, 25}},
        {"MEE107 quiet: --today the day of the first moment",
         Plan().replace("status: vastgesteld", "status: concept").remove_block("vastgesteld:"),
         {},
         Date{2026, 3, 24}},

        {"MEE108 startnotitie adopted by the college",
         Plan().replace("onderdeel_van: projectplan", "onderdeel_van: startnotitie"),
         {{"MEE108", 13, 9, "warning",
           "a plan that is part of a startnotitie is adopted by the raad, not the college (§2.3.1)"}}},
        {"MEE108 quiet: startnotitie adopted by the raad",
         Plan()
             .replace("onderdeel_van: projectplan", "onderdeel_van: startnotitie")
             .replace("  door: college", "  door: raad"),
         {}},

        {"MEE109 unknown domein, near miss",
         Plan().replace("domein: ruimte", "domein: ruimtes"),
         {{"MEE109", 5, 9, "info",
           "domein 'ruimtes' is not in the profile's list; did you mean 'ruimte'? (known: ruimte, sociaal, economie, "
           "veiligheid, dienstverlening, bedrijfsvoering)"}}},
        {"MEE109 unknown domein, nothing close",
         Plan().replace("domein: ruimte", "domein: cultuur"),
         {{"MEE109", 5, 9, "info",
           "domein 'cultuur' is not in the profile's list (known: ruimte, sociaal, economie, veiligheid, "
           "dienstverlening, bedrijfsvoering)"}}},
        {"MEE109 quiet: another domein of the profile",
         Plan().replace("domein: ruimte", "domein: dienstverlening"),
         {}},
    };
}

// --- the nine sections and their texts: MEE110, MEE111 --------------------

std::vector<Row> section_rows()
{
    return {
        {"MEE110 opgave missing",
         Plan().remove_block("opgave:"),
         {{"MEE110", 1, 1, "error", "section 1, the task (opgave) is missing"}}},
        {"MEE110 doelen missing, no goal rule",
         Plan().remove_block("doelen:"),
         {{"MEE110", 1, 1, "error", "section 2, the goals of participation (doelen) is missing"}}},
        {"MEE110 omgevingsanalyse missing, no stakeholder rule",
         Plan().remove_block("omgevingsanalyse:"),
         {{"MEE110", 1, 1, "error", "section 3, the stakeholder analysis (omgevingsanalyse) is missing"}}},
        {"MEE110 kaders missing, no MEE141",
         Plan().remove_block("kaders:"),
         {{"MEE110", 1, 1, "error", "section 4, the frameworks (kaders) is missing"}}},
        {"MEE110 betrokkenheidsniveau missing",
         Plan().remove_block("betrokkenheidsniveau:"),
         {{"MEE110", 1, 1, "error", "section 5, the level of involvement (betrokkenheidsniveau) is missing"}}},
        {"MEE110 werkvormen missing, no MEE133/MEE163/MEE164/MEE165",
         Plan().remove_block("werkvormen:"),
         {{"MEE110", 1, 1, "error", "section 6, the methods (werkvormen) is missing"}}},
        {"MEE110 planning missing, no MEE171/MEE172/MEE173",
         Plan().remove_block("planning:"),
         {{"MEE110", 1, 1, "error", "section 7, the planning (planning) is missing"}}},
        {"MEE110 communicatie missing, no MEE181-MEE185",
         Plan().remove_block("communicatie:"),
         {{"MEE110", 1, 1, "error", "section 8, the communication (communicatie) is missing"}}},
        {"MEE110 capaciteit missing, no MEE191",
         Plan().remove_block("capaciteit:"),
         {{"MEE110", 1, 1, "error", "section 9, the capacity (capaciteit) is missing"}}},
        {"MEE110 doelen an empty list",
         Plan().replace_block("doelen:", "doelen: []\n"),
         {{"MEE110", 37, 1, "error", "section 2, the goals of participation (doelen) is empty: fill it in"}}},
        {"MEE110 kaders an empty list, no MEE141",
         Plan().replace_block("kaders:", "kaders: []\n"),
         {{"MEE110", 65, 1, "error", "section 4, the frameworks (kaders) is empty: fill it in"}}},
        {"MEE110 betrokkenheidsniveau without niveau",
         Plan().remove("  niveau: adviseren\n"),
         {{"MEE110", 82, 1, "error", "betrokkenheidsniveau names no niveau: choose the plan's level"}}},
        {"MEE110 a plan of only its header",
         Plan(std::string(k_clean.substr(0, k_clean.find("\nafweging:") + 1))),
         {{"MEE101", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1}}},
        // A misspelt section is one cause: the unknown key (MEE005) names it.
        {"MEE110 quiet: a misspelt section is MEE005 alone",
         Plan().replace("\nkaders:\n", "\nkader:\n"),
         {{"MEE005", 65, 1}}},

        {"MEE111 opgave.voorgeschiedenis a placeholder",
         Plan().replace("voorgeschiedenis: In 2019 is een schetsontwerp gemaakt dat niet is uitgevoerd.",
                        "voorgeschiedenis: n.v.t."),
         {{"MEE111", 33, 21, "warning",
           "opgave.voorgeschiedenis is not filled: 'n.v.t.' is a placeholder; write the text (at least 3 words)"}}},
        {"MEE111 opgave.beschrijving two words",
         Plan().replace("beschrijving: Het centrum is verouderd, onoverzichtelijk voor fietsers en mist groen.",
                        "beschrijving: Zie bijlage"),
         {{"MEE111", 32, 17, "warning", "opgave.beschrijving is not filled: 2 word(s), write at least 3"}}},
        {"MEE111 kaders[].beschrijving",
         Plan().replace("beschrijving: Wegenverkeerswet en de richtlijnen voor fietsvoorzieningen gelden.",
                        "beschrijving: Ligt vast."),
         {{"MEE111", 68, 19, "warning", "kaders[].beschrijving is not filled: 2 word(s), write at least 3"}}},
        {"MEE111 betrokkenheidsniveau.motivering",
         Plan().replace("motivering: Bewoners en ondernemers denken mee over inrichting binnen het krediet.",
                        "motivering: tbd"),
         {{"MEE111", 84, 15, "warning",
           "betrokkenheidsniveau.motivering is not filled: 'tbd' is a placeholder; write the text (at least 3 "
           "words)"}}},
        {"MEE111 capaciteit.toelichting, a placeholder in capitals",
         Plan().replace("toelichting: Procesbegeleider, zaalhuur, drukwerk en een online enquete.", "toelichting: PM"),
         {{"MEE111", 129, 16, "warning",
           "capaciteit.toelichting is not filled: 'PM' is a placeholder; write the text (at least 3 words)"}}},
        {"MEE111 an empty quoted text",
         Plan().replace("voorgeschiedenis: In 2019 is een schetsontwerp gemaakt dat niet is uitgevoerd.",
                        "voorgeschiedenis: \"\""),
         {{"MEE111", 33, 21, "warning", "opgave.voorgeschiedenis is not filled: 0 word(s), write at least 3"}}},
        {"MEE111 quiet: titles, aanleiding and planning[].wat are never checked",
         Plan()
             .replace("titel: Herinrichting centrum Lemelerveld", "titel: TBD")
             .replace("    - Motie M-2025-12 Levendig centrum Lemelerveld", "    - pm")
             .replace("    wat: Inloopavond knelpunten", "    wat: nog invullen"),
         {}},
        {"MEE103 a placeholder kenmerk is said at the value, not as MEE111",
         Plan().replace("kenmerk: BO-2026-004", "kenmerk: volgt"),
         {{"MEE103", 29, 14, "error",
           "besluitstuk.kenmerk is not filled in: 'volgt' is a placeholder; write the kenmerk of the document in which "
           "the decision is argued"}}},
        {"MEE111 quiet: three words are filled",
         Plan().replace("voorgeschiedenis: In 2019 is een schetsontwerp gemaakt dat niet is uitgevoerd.",
                        "voorgeschiedenis: Schetsontwerp 2019 bleef liggen."),
         {}},
    };
}

// --- goals and stakeholders: MEE121–MEE137 --------------------------------

std::vector<Row> analysis_rows()
{
    return {
        {"MEE121 a goal without concreet",
         Plan().remove("    concreet: De raad kent alle belangen voordat hij het ontwerp vaststelt.\n"),
         {{"MEE121", 40, 5, "warning",
           "goal 'zorgvuldige-besluiten' has no filled concreet: write down exactly what you want to achieve, so it "
           "can be tested afterwards (§1.2)"}}},
        {"MEE121 a placeholder concreet is MEE121, not MEE111",
         Plan().replace("concreet: Kennis van bewoners en ondernemers over knelpunten en gebruik ophalen.",
                        "concreet: nog invullen"),
         {{"MEE121", 38, 5}}},
        {"MEE121 quiet: a concreet of three words",
         Plan().replace("concreet: Kennis van bewoners en ondernemers over knelpunten en gebruik ophalen.",
                        "concreet: Twintig ideeen ophalen."),
         {}},

        {"MEE122 the same goal twice",
         Plan().replace("  - doel: zorgvuldige-besluiten", "  - doel: ideeen-ophalen"),
         {{"MEE122", 40, 5, "warning", "goal 'ideeen-ophalen' is listed twice in doelen: merge the two"}}},
        {"MEE122 quiet: three different goals",
         Plan().insert_after(
             "    concreet: De raad kent alle belangen voordat hij het ontwerp vaststelt.",
             "  - doel: noaberschap\n    concreet: Buren spreken samen af wie de bloembakken onderhoudt.\n"),
         {}},

        {"MEE131 no intern stakeholder",
         Plan().remove_block("    - naam: Team beheer openbare ruimte"),
         {{"MEE131", 46, 3, "warning",
           "no stakeholder of categorie intern: do not forget the colleagues within the municipality (bouwsteen 2)"}}},
        {"MEE131 quiet: another, smaller intern stakeholder",
         Plan()
             .remove_block("    - naam: Team beheer openbare ruimte")
             .replace(k_last_stakeholder_line,
                      "      invloed: veel\n" +
                          stakeholder("Afdeling Ruimte en Samenleving", "intern", "klein", "weinig") +
                          "  kaart: kaarten/centrum-lemelerveld.png"),
         {}},

        {"MEE132 no ketenpartner and no bestuursorgaan",
         Plan().remove_block("    - naam: Waterschap Drents Overijsselse Delta"),
         {{"MEE132", 46, 3, "warning",
           "no ketenpartner and no bestuursorgaan among the stakeholders: include partner organisations and other "
           "public bodies (§2.1.3, section 3)"}}},
        {"MEE132 quiet: a bestuursorgaan instead of a ketenpartner",
         Plan().replace("      categorie: ketenpartner", "      categorie: bestuursorgaan"),
         {}},

        {"MEE133 a key player in no werkvorm",
         with_stakeholder("Plaatselijk Belang Lemelerveld", "vereniging", "groot", "veel"),
         {{"MEE133", 63, 7, "warning",
           "'Plaatselijk Belang Lemelerveld' has a large stake and much influence, but is in no werkvorm's "
           "doelgroepen: this group is to be involved as much as possible (bouwsteen 2)"}}},
        {"MEE133 a planning moment does not count, only werkvormen",
         with_stakeholder("Plaatselijk Belang Lemelerveld", "vereniging", "groot", "veel")
             .replace(
                 "    soort: participatie\n    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]",
                 "    soort: participatie\n    doelgroepen: [Plaatselijk Belang Lemelerveld]"),
         {{"MEE133", 63, 7}}},
        {"MEE133 quiet: the key player in a werkvorm",
         with_stakeholder("Plaatselijk Belang Lemelerveld", "vereniging", "groot", "veel")
             .replace("    doelgroepen: [Omwonenden centrum]\n",
                      "    doelgroepen: [Omwonenden centrum, Plaatselijk Belang Lemelerveld]\n"),
         {}},
        {"MEE133 quiet: colleagues take part through the project team",
         with_stakeholder("Team verkeer", "intern", "groot", "veel"),
         {}},

        {"MEE134 inclusie a placeholder, not MEE111",
         Plan().replace("inclusie: Extra inloopuur voor ouderen en mensen met een beperking in De Schakel.",
                        "inclusie: nvt"),
         {{"MEE134", 45, 13, "warning",
           "omgevingsanalyse.inclusie is not filled: write down how people who find it harder to take part are "
           "included (§1.3.2 point 4)"}}},
        {"MEE134 inclusie missing",
         Plan().remove("  inclusie: Extra inloopuur voor ouderen en mensen met een beperking in De Schakel.\n"),
         {{"MEE134", 43, 1}}},
        {"MEE134 quiet: inclusie of three words",
         Plan().replace("inclusie: Extra inloopuur voor ouderen en mensen met een beperking in De Schakel.",
                        "inclusie: Extra inloopuur ouderen."),
         {}},

        {"MEE135 a werkvorm doelgroep with a typo",
         Plan().replace("    doelgroepen: [Omwonenden centrum]\n", "    doelgroepen: [Omwonenden centrun]\n"),
         {{"MEE135", 94, 19, "error",
           "doelgroep 'Omwonenden centrun' in werkvormen is not a stakeholder of the omgevingsanalyse; did you mean "
           "'Omwonenden centrum'?"}}},
        {"MEE135 a planning doelgroep that is no stakeholder",
         Plan().replace(
             "    soort: participatie\n    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]",
             "    soort: participatie\n    doelgroepen: [Ondernemersvereniging Lemelerveld, Jongerenraad]"),
         {{"MEE135", 109, 54, "error",
           "doelgroep 'Jongerenraad' in planning is not a stakeholder of the omgevingsanalyse: add it to "
           "belanghebbenden or use the name written there"}}},
        {"MEE135 a stakeholder name with a comma, split by a flow list: one finding, no MEE133",
         with_stakeholder("Ondernemers, winkeliers Prinsenstraat", "winkeliers", "groot", "veel")
             .replace("    doelgroepen: [Omwonenden centrum]\n",
                      "    doelgroepen: [Omwonenden centrum, Ondernemers, winkeliers Prinsenstraat]\n"),
         {{"MEE135", 98, 39, "error",
           "in werkvormen, the comma in [ ] splits the stakeholder 'Ondernemers, winkeliers Prinsenstraat' into 2 "
           "names; put the name in quotes: \"Ondernemers, winkeliers Prinsenstraat\""}}},
        {"MEE135 a name split in three, without spaces after the commas",
         with_stakeholder("Bakker,Slager,Groenteboer", "winkeliers", "klein", "weinig")
             .replace("    doelgroepen: [Omwonenden centrum]\n", "    doelgroepen: [Bakker,Slager,Groenteboer]\n"),
         {{"MEE135", 98, 19, "error",
           "in werkvormen, the comma in [ ] splits the stakeholder 'Bakker,Slager,Groenteboer' into 3 names; put "
           "the name in quotes: \"Bakker,Slager,Groenteboer\""}}},
        {"MEE135 two names in a block list are two names, even when joined they are a stakeholder",
         with_stakeholder("Ondernemers, winkeliers Prinsenstraat", "winkeliers", "klein", "weinig")
             .replace("    doelgroepen: [Omwonenden centrum]\n",
                      "    doelgroepen:\n      - Ondernemers\n      - winkeliers Prinsenstraat\n"),
         {{"MEE135", 99, 9}, {"MEE135", 100, 9}}},
        {"MEE135 quiet: the name with a comma in quotes",
         with_stakeholder("Ondernemers, winkeliers Prinsenstraat", "winkeliers", "groot", "veel")
             .replace("    doelgroepen: [Omwonenden centrum]\n",
                      "    doelgroepen: [Omwonenden centrum, \"Ondernemers, winkeliers Prinsenstraat\"]\n"),
         {}},
        {"MEE135 quiet: a doelgroep naming the intern stakeholder",
         Plan().replace("    doelgroepen: [Omwonenden centrum]\n",
                        "    doelgroepen: [Omwonenden centrum, Team beheer openbare ruimte]\n"),
         {}},

        {"MEE136 opgesteld_met one person",
         Plan().replace("  opgesteld_met: [projectleider, beleidsadviseur verkeer, adviseur inwonerbetrokkenheid]",
                        "  opgesteld_met: [projectleider]"),
         {{"MEE136", 44, 3, "warning",
           "the omgevingsanalyse was made with 1 person: make it with a group (opgesteld_met, at least two "
           "people)"}}},
        {"MEE136 opgesteld_met missing",
         Plan().remove("  opgesteld_met: [projectleider, beleidsadviseur verkeer, adviseur inwonerbetrokkenheid]\n"),
         {{"MEE136", 43, 1, "warning",
           "the omgevingsanalyse was made with 0 people: make it with a group (opgesteld_met, at least two "
           "people)"}}},
        {"MEE136 quiet: two people",
         Plan().replace("  opgesteld_met: [projectleider, beleidsadviseur verkeer, adviseur inwonerbetrokkenheid]",
                        "  opgesteld_met: [projectleider, adviseur inwonerbetrokkenheid]"),
         {}},

        {"MEE137 two stakeholders share a naam",
         with_stakeholder("Omwonenden centrum", "jongeren", "klein", "weinig"),
         {{"MEE137", 63, 7, "error",
           "two stakeholders are called 'Omwonenden centrum': give each its own name, doelgroepen refer to them"}}},
        {"MEE137 quiet: a name that differs", with_stakeholder("Jongeren centrum", "jongeren", "klein", "weinig"), {}},
    };
}

// MEE138 looks on disk, from the plan's folder: these rows run in a folder
// that holds plan.yaml and kaart.png, and no kaarten/ (file_rows_test).
std::vector<Row> file_rows()
{
    return {
        {"MEE138 the map is not there",
         Plan(),
         {{"MEE138", 63, 10, "warning",
           "the map 'kaarten/centrum-lemelerveld.png' does not exist (looked for kaarten/centrum-lemelerveld.png; the "
           "path starts from this plan's folder): put the file there, or correct the path"}}},
        {"MEE138 quiet: the map beside the plan",
         Plan().replace("  kaart: kaarten/centrum-lemelerveld.png", "  kaart: kaart.png"),
         {}},
        {"MEE138 a path out of the plan's folder is not looked up",
         Plan().replace("  kaart: kaarten/centrum-lemelerveld.png", "  kaart: ../kaart.png"),
         {{"MEE138", 63, 10, "warning",
           "the map '../kaart.png' lies outside this plan's folder: put the file in the plan's folder (or a folder "
           "below it) and give the path from there"}}},
        {"MEE138 an absolute path is not looked up",
         Plan().replace("  kaart: kaarten/centrum-lemelerveld.png", "  kaart: /etc/passwd"),
         {{"MEE138", 63, 10, "warning",
           "the map '/etc/passwd' lies outside this plan's folder: put the file in the plan's folder (or a folder "
           "below it) and give the path from there"}}},
        {"MEE138 quiet: a web address is no file",
         Plan().replace("  kaart: kaarten/centrum-lemelerveld.png", "  kaart: https://kaart.dalfsen.nl/centrum"),
         {}},
    };
}

// --- frameworks, level and methods: MEE141–MEE165 -------------------------

std::vector<Row> approach_rows()
{
    const std::string soft_inhoudelijk = "  - categorie: inhoudelijk\n    hard: false";
    return {
        {"MEE141 one category missing",
         Plan().remove_block("  - categorie: financieel"),
         {{"MEE141", 65, 1, "error",
           "kader 'financieel' is missing: add a kader with categorie financieel and describe what is fixed, even "
           "if it is little (§2.1.3, section 4)"}}},
        {"MEE141 one finding per missing category",
         Plan()
             .remove_block("  - categorie: juridisch")
             .remove_block("  - categorie: financieel")
             .remove_block("  - categorie: organisatorisch")
             .remove_block("  - categorie: politiek-bestuurlijk"),
         {{"MEE141", 65, 1, "error",
           "kader 'juridisch' is missing: add a kader with categorie juridisch and describe what is fixed, even if "
           "it is little (§2.1.3, section 4)"},
          {"MEE141", 65, 1, "error",
           "kader 'organisatorisch' is missing: add a kader with categorie organisatorisch and describe what is "
           "fixed, even if it is little (§2.1.3, section 4)"},
          {"MEE141", 65, 1, "error",
           "kader 'politiek-bestuurlijk' is missing: add a kader with categorie politiek-bestuurlijk and describe "
           "what is fixed, even if it is little (§2.1.3, section 4)"},
          {"MEE141", 65, 1, "error",
           "kader 'financieel' is missing: add a kader with categorie financieel and describe what is fixed, even "
           "if it is little (§2.1.3, section 4)"}}},
        {"MEE141 quiet: all five, one of them twice",
         Plan().insert_after("    beschrijving: Toezegging aan Plaatselijk Belang over een ontmoetingsplek.",
                             "  - categorie: juridisch\n    hard: true\n"
                             "    beschrijving: De kapvergunning voor de oude lindes is nodig.\n"),
         {}},

        {"MEE142 every kader hard",
         Plan().replace_all("    hard: false", "    hard: true"),
         {{"MEE142", 65, 1, "warning",
           "every kader is hard while the level is adviseren: then there is nothing to influence; name the soft "
           "frameworks where there is room (bouwsteen 3)"}}},
        {"MEE142 quiet: one soft kader left",
         Plan().replace(soft_inhoudelijk, "  - categorie: inhoudelijk\n    hard: true"),
         {}},
        {"MEE142 quiet: every kader hard in a plan that only informs",
         Plan()
             .replace_all("    hard: false", "    hard: true")
             .replace("    antwoord: ja\n    toelichting: Inrichting", "    antwoord: nee\n    toelichting: Inrichting")
             .level("informeren"),
         {}},

        {"MEE151 plan level not allowed for the soort_werk",
         Plan().replace("soort_werk: voorbereiding", "soort_werk: uitvoering").level("raadplegen"),
         {{"MEE151", 83, 11, "warning",
           "level raadplegen does not fit soort_werk uitvoering: the policy allows informeren, adviseren, coproduceren "
           "or "
           "meebeslissen there (bouwsteen 4); choose one of those levels or explain the deviation "
           "in regelafwijkingen"}}},
        {"MEE151 a stakeholder's own level",
         Plan().insert_after("      invloed: weinig", "      niveau: meebeslissen\n"),
         {{"MEE151", 51, 15, "warning",
           "the level of 'Omwonenden centrum', meebeslissen does not fit soort_werk voorbereiding: the policy "
           "allows informeren, raadplegen or adviseren there (bouwsteen 4); choose one of those levels or "
           "explain the deviation in regelafwijkingen"}}},
        {"MEE151 beleid at coproduceren",
         Plan()
             .replace("soort_werk: voorbereiding", "soort_werk: beleid")
             .level("coproduceren")
             .replace("  - werkvorm: worldcafe\n    niveau: adviseren",
                      "  - werkvorm: ontwerpatelier\n    niveau: coproduceren"),
         {{"MEE151", 83, 11}}},
        {"MEE151 quiet: a dorpsvisie may use any level",
         Plan()
             .replace("soort_werk: voorbereiding", "soort_werk: beleid")
             .replace("dorpsvisie: false", "dorpsvisie: true")
             .level("coproduceren")
             .replace("  - werkvorm: worldcafe\n    niveau: adviseren",
                      "  - werkvorm: ontwerpatelier\n    niveau: coproduceren"),
         {}},
        {"MEE151 quiet: a stakeholder at informeren is always allowed",
         Plan()
             .replace("soort_werk: voorbereiding", "soort_werk: uitvoering")
             .insert_after("      invloed: weinig", "      niveau: informeren\n"),
         {}},

        {"MEE161 a werkvorm at a level the catalogue does not list it under",
         Plan().replace("  - werkvorm: inloopavond\n    niveau: raadplegen",
                        "  - werkvorm: inloopavond\n    niveau: adviseren"),
         {{"MEE161", 88, 13, "warning",
           "werkvorm 'inloopavond' is listed in the catalogue under raadplegen, not under adviseren (bouwsteen 5)"}}},
        {"MEE161 a werkvorm listed under two levels",
         Plan().replace("  - werkvorm: online-enquete\n    niveau: raadplegen",
                        "  - werkvorm: online-gesprek\n    niveau: meebeslissen"),
         {{"MEE161", 92, 13, "warning",
           "werkvorm 'online-gesprek' is listed in the catalogue under raadplegen or adviseren, not under "
           "meebeslissen (bouwsteen 5)"}}},
        {"MEE161 quiet: focusgroep sits under raadplegen and adviseren",
         Plan().replace("  - werkvorm: inloopavond\n    niveau: raadplegen",
                        "  - werkvorm: focusgroep\n    niveau: adviseren"),
         {}},

        {"MEE162 a werkvorm not in the catalogue, near miss",
         Plan().replace("werkvorm: worldcafe", "werkvorm: world-cafe"),
         {{"MEE162", 95, 15, "info", "werkvorm 'world-cafe' is not in the catalogue; did you mean 'worldcafe'?"}}},
        {"MEE162 a werkvorm not in the catalogue, nothing close",
         Plan().replace("werkvorm: worldcafe", "werkvorm: theatervoorstelling"),
         {{"MEE162", 95, 15, "info",
           "werkvorm 'theatervoorstelling' is not in the catalogue (that is allowed; mee explain MEE162 shows the "
           "catalogue)"}}},
        {"MEE162 quiet: brainstormsessie is in the catalogue",
         Plan().replace("werkvorm: worldcafe", "werkvorm: brainstormsessie"),
         {}},

        {"MEE163 no werkvorm at the plan's level",
         Plan().replace("  - werkvorm: worldcafe\n    niveau: adviseren",
                        "  - werkvorm: klankbordgroep\n    niveau: raadplegen"),
         {{"MEE163", 86, 1, "warning",
           "no werkvorm is at the plan's level (adviseren): choose at least one werkvorm that fits adviseren "
           "(bouwsteen 5)"}}},
        {"MEE163 quiet: the plan's level lowered to that of its werkvormen",
         Plan()
             .replace("  - werkvorm: worldcafe\n    niveau: adviseren",
                      "  - werkvorm: klankbordgroep\n    niveau: raadplegen")
             .level("raadplegen"),
         {}},

        {"MEE163 quiet: a misspelt niveau key counts as the level meant; MEE005 is the one finding",
         Plan().replace("  - werkvorm: worldcafe\n    niveau: adviseren",
                        "  - werkvorm: worldcafe\n    nivau: adviseren"),
         {{"MEE005", 96, 5, "error", "unknown key 'nivau'; did you mean 'niveau'?"}}},

        {"MEE164 no werkvorm online",
         Plan().replace("    online: true\n", "    online: false\n"),
         {{"MEE164", 86, 1, "warning",
           "no werkvorm is online: add an online one, so everyone can take part (accessible and low-threshold, "
           "bouwsteen 5)"}}},
        {"MEE164 every werkvorm online",
         Plan().replace_all("    online: false\n", "    online: true\n"),
         {{"MEE164", 86, 1, "warning",
           "every werkvorm is online: add one that meets in person, so everyone can take part (accessible and "
           "low-threshold, bouwsteen 5)"}}},
        {"MEE164 the plan's online wins over the catalogue's",
         Plan().replace("    online: true\n", "    online: false\n").replace("werkvorm: worldcafe", "werkvorm: mail"),
         {{"MEE164", 86, 1}}},
        {"MEE164 quiet: without online the catalogue's column counts",
         Plan().replace_all("    online: false\n", "").replace("    online: true\n", ""),
         {}},

        {"MEE165 one werkvorm (MEE165 alone: one cause)",
         Plan().remove_block("  - werkvorm: inloopavond").remove_block("  - werkvorm: online-enquete"),
         {{"MEE165", 86, 1, "warning",
           "only one werkvorm: use different methods to reach as many people as possible (bouwsteen 5)"}}},
        {"MEE165 quiet: two werkvormen, one online", Plan().remove_block("  - werkvorm: inloopavond"), {}},
    };
}

// --- planning: MEE171–MEE178 ----------------------------------------------

std::vector<Row> planning_rows()
{
    const std::string second_moment = "  - datum: 2026-05-12";
    return {
        {"MEE171 no participatie moment",
         Plan().replace_all("    soort: participatie", "    soort: informatie"),
         {{"MEE171", 100, 1, "error",
           "the planning has no moment of soort participatie: put in when residents take part (bouwsteen 6)"}}},
        // One cause: the misspelt soort is the schema's finding alone.
        {"MEE171 quiet: a misspelt participatie is MEE004 alone",
         Plan()
             .replace("    wat: Inloopavond knelpunten\n    soort: participatie",
                      "    wat: Inloopavond knelpunten\n    soort: informatie")
             .replace("    wat: Worldcafe over het schetsontwerp\n    soort: participatie",
                      "    wat: Worldcafe over het schetsontwerp\n    soort: particpatie"),
         {{"MEE004", 108, 12}}},

        {"MEE172 no terugkoppeling moment",
         Plan().replace("    soort: terugkoppeling", "    soort: overig"),
         {{"MEE172", 100, 1, "error",
           "the planning has no moment of soort terugkoppeling: put in when participants hear what was done with "
           "their input (bouwsteen 6)"}}},
        {"MEE172 quiet: the terugkoppeling after the besluit, in the zomervakantie",
         Plan().replace("  - datum: 2026-06-16", "  - datum: 2026-07-14"),
         {}},

        {"MEE173 no besluit moment",
         Plan().replace("    soort: besluit", "    soort: overig"),
         {{"MEE173", 100, 1, "error",
           "the planning has no moment of soort besluit: put in when and by whom the decision is taken (bouwsteen "
           "6)"}}},
        {"MEE173 quiet: the besluit listed first in a plan that only informs",
         Plan(k_inform_only)
             .remove_block("  - datum: 2026-03-17")
             .replace("planning:\n", "planning:\n  - datum: 2026-03-17\n    soort: besluit\n    door: college\n"),
         {}},

        {"MEE174 a moment in the meivakantie",
         Plan().replace(second_moment, "  - datum: 2026-04-28"),
         {{"MEE174", 106, 5, "warning",
           "participation moment on 2026-04-28 falls in the meivakantie (region noord): choose another date, or set "
           "online_alternatief: true with an online option or a second moment (bouwsteen 6)"}}},
        {"MEE174 a moment on Hemelvaartsdag",
         Plan().replace(second_moment, "  - datum: 2026-05-14"),
         {{"MEE174", 106, 5, "warning",
           "participation moment on 2026-05-14 falls on Ascension Day: choose another date, or set "
           "online_alternatief: true with an online option or a second moment (bouwsteen 6)"}}},
        {"MEE174 the first day of a school holiday",
         Plan().replace(second_moment, "  - datum: 2026-04-25"),
         {{"MEE174", 106, 5}}},
        {"MEE174 quiet: a school holiday with online_alternatief",
         Plan()
             .replace(second_moment, "  - datum: 2026-04-28")
             .replace(
                 "    soort: participatie\n    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]\n",
                 "    soort: participatie\n    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]\n"
                 "    online_alternatief: true\n"),
         {}},
        {"MEE174 quiet: the day after the meivakantie", Plan().replace(second_moment, "  - datum: 2026-05-04"), {}},
        {"MEE174 quiet: a terugkoppeling on Pinksteren is no participation",
         Plan().replace("  - datum: 2026-06-16", "  - datum: 2026-05-25"),
         {}},

        {"MEE175 farmers in May",
         with_stakeholder("LTO Noord afdeling Dalfsen", "agrariers", "klein", "weinig")
             .replace(
                 "    soort: participatie\n    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]",
                 "    soort: participatie\n    doelgroepen: [LTO Noord afdeling Dalfsen, Omwonenden centrum]"),
         {{"MEE175", 110, 5, "warning",
           "participation moment on 2026-05-12 falls in a busy period for agrariers (first grass cut in May, maize "
           "harvest in September and October): choose another date, or set online_alternatief: true with an online "
           "option or several moments (bouwsteen 6)"}}},
        {"MEE175 a moment without doelgroepen concerns every stakeholder",
         with_stakeholder("LTO Noord afdeling Dalfsen", "agrariers", "klein", "weinig")
             .replace(
                 "    soort: participatie\n    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]\n",
                 "    soort: participatie\n"),
         {{"MEE175", 110, 5}}},
        {"MEE175 quiet: the farmers are not among the moment's doelgroepen",
         with_stakeholder("LTO Noord afdeling Dalfsen", "agrariers", "klein", "weinig"),
         {}},
        {"MEE175 quiet: farmers in May with online_alternatief",
         with_stakeholder("LTO Noord afdeling Dalfsen", "agrariers", "klein", "weinig")
             .replace(
                 "    soort: participatie\n    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]",
                 "    soort: participatie\n    doelgroepen: [LTO Noord afdeling Dalfsen, Omwonenden centrum]\n"
                 "    online_alternatief: true"),
         {}},

        {"MEE176 terugkoppeling before the first participation",
         Plan().replace("  - datum: 2026-06-16", "  - datum: 2026-03-20"),
         {{"MEE176", 110, 5, "warning",
           "terugkoppeling on 2026-03-20 is before the first participation moment (2026-03-24): there is nothing to "
           "report back yet"}}},
        {"MEE176 besluit before the last participation",
         Plan().replace("  - datum: 2026-07-07", "  - datum: 2026-05-06"),
         {{"MEE176", 113, 5, "warning",
           "besluit on 2026-05-06 is before the last participation moment (2026-05-12): the input must be in before "
           "the decision is taken"}}},
        {"MEE176 quiet: the list in reverse order, the dates in order",
         Plan(k_clean.substr(0, k_clean.find("planning:\n")) +
              "planning:\n"
              "  - datum: 2026-07-07\n    wat: Raad stelt definitief ontwerp vast\n    soort: besluit\n    door: raad\n"
              "  - datum: 2026-06-16\n    wat: Terugkoppeling per bewonersbrief\n    soort: terugkoppeling\n"
              "  - datum: 2026-05-12\n    wat: Worldcafe over het schetsontwerp\n    soort: participatie\n"
              "  - datum: 2026-03-24\n    wat: Inloopavond knelpunten\n    soort: participatie\n"
              "    online_alternatief: true\n" +
              k_clean.substr(k_clean.find("\ncommunicatie:\n"))),
         {}},
        {"MEE176 quiet: terugkoppeling on the first and besluit on the last participation day",
         Plan()
             .replace("  - datum: 2026-06-16", "  - datum: 2026-03-24")
             .replace("  - datum: 2026-07-07", "  - datum: 2026-05-12"),
         {}},

        {"MEE177 a moment after the school-holiday data",
         Plan()
             .replace(second_moment, "  - datum: 2026-09-08")
             .replace("  - datum: 2026-06-16", "  - datum: 2026-09-29")
             .replace("  - datum: 2026-07-07", "  - datum: 2026-10-13"),
         {{"MEE177", 106, 5, "info",
           "the profile has no school holidays for 2026-09-08 (it covers 2025-08-25 to 2026-08-31), so mee could not "
           "check whether the moment falls in a school holiday; public holidays were checked"}}},
        {"MEE177 Christmas after the data: holiday, busy period and no data are three causes",
         Plan()
             .replace(second_moment, "  - datum: 2026-12-25")
             .replace("  - datum: 2026-06-16", "  - datum: 2027-01-12")
             .replace("  - datum: 2026-07-07", "  - datum: 2027-02-02"),
         {{"MEE174", 106, 5, "warning",
           "participation moment on 2026-12-25 falls on Christmas Day: choose another date, or set "
           "online_alternatief: true with an online option or a second moment (bouwsteen 6)"},
          {"MEE175", 106, 5, "warning",
           "participation moment on 2026-12-25 falls in a busy period for winkeliers (the December trade): choose "
           "another date, or set online_alternatief: true with an online option or several moments (bouwsteen 6)"},
          {"MEE177", 106, 5}}},
        {"MEE177 quiet: the last day the data covers",
         Plan()
             .replace(second_moment, "  - datum: 2026-08-31")
             .replace("  - datum: 2026-06-16", "  - datum: 2026-09-15")
             .replace("  - datum: 2026-07-07", "  - datum: 2026-10-06"),
         {}},

        {"MEE178 besluit without door",
         Plan().remove("    door: raad\n"),
         {{"MEE178", 113, 5, "warning",
           "besluit moment without door: say who finally decides (ambtelijk-opdrachtgever, college or raad), so it "
           "is clear from the start (§1.3.2 point 3)"}}},
        {"MEE178 quiet: decided by the ambtelijk opdrachtgever",
         Plan().replace("    door: raad\n", "    door: ambtelijk-opdrachtgever\n"),
         {}},
    };
}

// --- communication and capacity: MEE181–MEE192 ----------------------------

std::vector<Row> resources_rows()
{
    const std::string invitation =
        "  uitnodiging: |\n    Wat vindt u van het centrum? Kom naar de inloopavond op 24 maart.\n"
        "    U kunt ook online meedoen.\n";
    const std::string terugkoppeling =
        "terugkoppeling: Na elke bijeenkomst een verslag op de website en per mail aan deelnemers.";
    const std::string verslaglegging = "verslaglegging: Verslagen met alle inbreng komen op de projectpagina.";
    return {
        {"MEE181 no middelen",
         Plan().remove("  middelen: [bewonersbrief, website, Dalfser Marskramer, social media]\n"),
         {{"MEE181", 118, 1, "error",
           "communicatie names no middelen: put in how you reach people (letter, website, newspaper, social media "
           "…)"}}},
        {"MEE181 middelen an empty list",
         Plan().replace("  middelen: [bewonersbrief, website, Dalfser Marskramer, social media]", "  middelen: []"),
         {{"MEE181", 119, 3}}},
        {"MEE181 quiet: one middel",
         Plan().replace("  middelen: [bewonersbrief, website, Dalfser Marskramer, social media]",
                        "  middelen: [website]"),
         {}},

        {"MEE182 terugkoppeling a placeholder, not MEE111",
         Plan().replace(terugkoppeling, "terugkoppeling: volgt"),
         {{"MEE182", 123, 19, "error",
           "communicatie.terugkoppeling is not filled: write down how participants hear what happens with their "
           "input"}}},
        {"MEE182 terugkoppeling missing", Plan().remove("  " + terugkoppeling + "\n"), {{"MEE182", 118, 1}}},
        {"MEE182 quiet: three words", Plan().replace(terugkoppeling, "terugkoppeling: Verslag op website."), {}},

        {"MEE183 verslaglegging a placeholder",
         Plan().replace(verslaglegging, "verslaglegging: '...'"),
         {{"MEE183", 124, 19, "error",
           "communicatie.verslaglegging is not filled: write down how the input is recorded and where the reports "
           "go"}}},
        {"MEE183 verslaglegging missing", Plan().remove("  " + verslaglegging + "\n"), {{"MEE183", 118, 1}}},
        {"MEE183 quiet: three words",
         Plan().replace(verslaglegging, "verslaglegging: Verslagen op projectpagina."),
         {}},

        {"MEE184 sentences too long",
         Plan().replace(invitation,
                        "  uitnodiging: Kom op dinsdag 24 maart om acht uur naar de zaal van De Schakel in het dorp "
                        "en praat met ons mee over het plein.\n"),
         {{"MEE184", 120, 16, "warning",
           "the invitation is probably harder than B1: reading ease 97.9 (at least 60), 24.0 words per sentence (at "
           "most 15); write shorter sentences with shorter words (mee explain MEE184)"}}},
        {"MEE184 words too long",
         Plan().replace(invitation,
                        "  uitnodiging: Kom naar de inloopavond. Wij bespreken daar de herinrichtingsvoorstellen, de "
                        "verkeersveiligheidsmaatregelen en de groenvoorzieningen.\n"),
         {{"MEE184", 120, 16, "warning",
           "the invitation is probably harder than B1: reading ease -3.2 (at least 60), 7.0 words per sentence (at "
           "most 15); write shorter sentences with shorter words (mee explain MEE184)"}}},
        {"MEE184 quiet: two plain sentences",
         Plan().replace(invitation,
                        "  uitnodiging: Kom naar de inloopavond op dinsdag 24 maart in De Schakel. Daar praten we "
                        "met elkaar over het nieuwe plein en de bomen.\n"),
         {}},

        {"MEE185 no uitnodiging",
         Plan().remove(invitation),
         {{"MEE185", 118, 1, "info",
           "no uitnodiging in communicatie, so mee cannot check that it is B1 level: add the text of the "
           "invitation"}}},
        {"MEE185 quiet: a one-line uitnodiging",
         Plan().replace(invitation, "  uitnodiging: Kom ook naar De Schakel.\n"),
         {}},

        {"MEE191 neither uren nor budget",
         Plan().remove("  uren: 160\n  budget: 12500\n"),
         {{"MEE191", 126, 1, "error",
           "capaciteit gives neither uren nor budget: estimate how much time and money the participation costs"}}},
        {"MEE191 quiet: uren alone", Plan().remove("  budget: 12500\n"), {}},
        {"MEE191 quiet: budget alone", Plan().remove("  uren: 160\n"), {}},

        {"MEE192 a thousands dot",
         Plan().replace("  budget: 12500", "  budget: 12.500"),
         {{"MEE192", 128, 11, "warning",
           "YAML reads budget 12.500 as the number 12.5; if you mean 12500 euros, write 12500 without a dot"}}},
        {"MEE192 a thousands dot in a smaller amount",
         Plan().replace("  budget: 12500", "  budget: 1.250"),
         {{"MEE192", 128, 11, "warning",
           "YAML reads budget 1.250 as the number 1.25; if you mean 1250 euros, write 1250 without a dot"}}},
        {"MEE192 quiet: two decimals are cents", Plan().replace("  budget: 12500", "  budget: 12500.00"), {}},
    };
}

// --- inform-only plans (rules.md "Inform-only plans") ---------------------

std::vector<Row> inform_only_rows()
{
    const std::string nee = "    antwoord: nee\n    toelichting: Type";
    const std::string ja = "    antwoord: ja\n    toelichting: Type";
    const std::string letter =
        "  - datum: 2026-04-14\n    wat: Bewonersbrief met de planning per straat\n    soort: informatie";
    return {
        {"inform-only: five sections are enough, no MEE110, MEE171, MEE172", Plan(k_inform_only), {}},
        {"inform-only: level informeren without a nee is MEE104 alone",
         Plan(k_inform_only).replace(nee, ja),
         {{"MEE104", 34, 11, "info"}}},
        {"inform-only: nee with level adviseren is MEE102 alone",
         Plan(k_inform_only).replace("  niveau: informeren", "  niveau: adviseren"),
         {{"MEE102", 34, 11, "error"}}},
        {"inform-only: MEE173 still applies",
         Plan(k_inform_only).replace("    soort: besluit", "    soort: overig"),
         {{"MEE173", 37, 1, "error"}}},
        {"inform-only: planning and communicatie are still required",
         Plan(k_inform_only).remove_block("planning:").remove_block("communicatie:"),
         {{"MEE110", 1, 1, "error", "section 7, the planning (planning) is missing (an inform-only plan needs it too)"},
          {"MEE110", 1, 1, "error",
           "section 8, the communication (communicatie) is missing (an inform-only plan needs it too)"}}},
        {"inform-only: MEE101 and MEE103 still apply",
         Plan(k_inform_only)
             .remove("    kenmerk: CV-2026-031\n")
             .replace("    toelichting: Iedereen ziet de lantaarnpalen in de eigen straat.", "    toelichting: ja"),
         {{"MEE101", 21, 18}, {"MEE103", 25, 3}}},
        {"inform-only: the other sections' rules do not apply",
         Plan(k_inform_only)
             .append("kaders:\n  - categorie: juridisch\n    hard: true\n    beschrijving: nvt\n"
                     "werkvormen:\n  - werkvorm: bewonersbrief\n    niveau: informeren\n"
                     "capaciteit:\n  toelichting: pm\n"
                     "omgevingsanalyse:\n  inclusie: nvt\n  belanghebbenden:\n"
                     "    - naam: Bewoners Nieuwleusen\n      categorie: inwoners\n"
                     "      belang: groot\n      invloed: veel\n"
                     "doelen:\n  - doel: vertrouwen\n"),
         {}},
        {"inform-only: a participation moment in a holiday is still MEE174",
         Plan(k_inform_only)
             .replace(letter, "  - datum: 2026-04-28\n    wat: Inloop in de bouwkeet\n    soort: participatie")
             .replace("  - datum: 2026-03-17", "  - datum: 2026-05-19"),
         {{"MEE174", 38, 5, "warning"}}},
        {"inform-only: a participation moment before adoption is still MEE106",
         Plan(k_inform_only)
             .replace(letter, "  - datum: 2026-03-03\n    wat: Inloop in de bouwkeet\n    soort: participatie"),
         {{"MEE106", 38, 5, "error"}}},
        // Without afweging there is no nee: at level adviseren the plan needs
        // all nine sections and the participation moments.
        {"not inform-only: no afweging and level adviseren",
         Plan(k_inform_only).remove_block("afweging:").replace("  niveau: informeren", "  niveau: adviseren"),
         {{"MEE101", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE110", 1, 1},
          {"MEE171", 24, 1},
          {"MEE172", 24, 1}}},
    };
}

// --- motivated deviation (rules.md "Motivated deviation") ------------------

const std::string k_motivering =
    "    motivering: De raad wil bij dit project uitdrukkelijk alleen geraadpleegd worden.\n";

std::vector<Row> deviation_rows()
{
    const auto uitvoering_raadplegen = [] {
        return Plan().replace("soort_werk: voorbereiding", "soort_werk: uitvoering").level("raadplegen");
    };
    return {
        {"deviation: a motivated MEE151 becomes info",
         uitvoering_raadplegen().append("\nregelafwijkingen:\n  - regel: MEE151\n" + k_motivering),
         {{"MEE151", 83, 11, "info",
           "deviated with motivation: level raadplegen does not fit soort_werk uitvoering: the policy allows "
           "informeren, adviseren, coproduceren or meebeslissen there (bouwsteen 4); choose one of those levels "
           "or explain the deviation in regelafwijkingen (motivation: De raad wil bij dit project uitdrukkelijk "
           "alleen geraadpleegd worden.)"}}},
        {"deviation: every finding of the code becomes info",
         Plan()
             .remove_block("  - categorie: financieel")
             .remove_block("  - categorie: juridisch")
             .append("\nregelafwijkingen:\n  - regel: MEE141\n"
                     "    motivering: Juridische en financiele kaders volgen pas uit de verkenning.\n"),
         {{"MEE141", 65, 1, "info", ""}, {"MEE141", 65, 1, "info", ""}}},
        {"deviation: a stale one is MEE009 at its regel",
         Plan().append("\nregelafwijkingen:\n  - regel: MEE151\n" + k_motivering),
         {{"MEE009", 132, 12, "warning",
           "deviation from MEE151, but MEE151 finds nothing in this document; remove this deviation"}}},
        {"deviation: an unfilled motivering changes nothing and is MEE111",
         uitvoering_raadplegen().append("\nregelafwijkingen:\n  - regel: MEE151\n    motivering: pm\n"),
         {{"MEE151", 83, 11, "warning", ""},
          {"MEE111", 133, 17, "warning",
           "regelafwijkingen[].motivering is not filled: 'pm' is a placeholder; write the text (at least 3 words)"}}},
        {"deviation: MEE4xx cannot be deviated from",
         Plan().append("\nregelafwijkingen:\n  - regel: MEE402\n" + k_motivering),
         {{"MEE004", 132, 12}}},
        {"deviation: a code that does not exist",
         Plan().append("\nregelafwijkingen:\n  - regel: MEE199\n" + k_motivering),
         {{"MEE004", 132, 12}}},
    };
}

// --- Dutch messages --------------------------------------------------------

std::vector<Row> dutch_rows()
{
    const auto nl = [](std::string name, std::string yaml, std::vector<Want> want) {
        return Row{std::move(name), std::move(yaml), std::move(want), k_today, Lang::nl};
    };
    return {
        nl("nl MEE101", Plan().remove_block("afweging:"),
           {{"MEE101", 1, 1, "error",
             "afweging ontbreekt: beantwoord de drie vragen van stap 1 (ruimte, geschikt, capaciteit), elk met een "
             "antwoord en een toelichting"}}),
        nl("nl MEE110", Plan().remove_block("capaciteit:"),
           {{"MEE110", 1, 1, "error", "onderdeel 9, de capaciteit (capaciteit) ontbreekt"}}),
        nl("nl MEE110 inform-only", Plan(k_inform_only).remove_block("communicatie:"),
           {{"MEE110", 1, 1, "error",
             "onderdeel 8, de communicatie (communicatie) ontbreekt (ook een plan dat alleen informeert heeft het "
             "nodig)"}}),
        nl("nl MEE136",
           Plan().replace("  opgesteld_met: [projectleider, beleidsadviseur verkeer, adviseur inwonerbetrokkenheid]",
                          "  opgesteld_met: [projectleider]"),
           {{"MEE136", 44, 3, "warning",
             "de omgevingsanalyse is met 1 persoon opgesteld: maak hem met een groep (opgesteld_met, minstens twee "
             "mensen)"}}),
        nl("nl MEE174", Plan().replace("  - datum: 2026-05-12", "  - datum: 2026-05-14"),
           {{"MEE174", 106, 5, "warning",
             "participatiemoment op 2026-05-14 valt op Hemelvaartsdag: kies een andere datum, of zet "
             "online_alternatief: true met een online optie of een tweede moment (bouwsteen 6)"}}),
        nl("nl MEE192", Plan().replace("  budget: 12500", "  budget: 12.500"),
           {{"MEE192", 128, 11, "warning",
             "YAML leest budget 12.500 als het getal 12,5; bedoelt u 12500 euro, schrijf dan 12500 zonder punt"}}),
        nl("nl deviation",
           Plan()
               .replace("soort_werk: voorbereiding", "soort_werk: uitvoering")
               .level("raadplegen")
               .append("\nregelafwijkingen:\n  - regel: MEE151\n" + k_motivering),
           {{"MEE151", 83, 11, "info",
             "gemotiveerd afgeweken: niveau raadplegen past niet bij soort_werk uitvoering: het beleid staat daar "
             "informeren, adviseren, coproduceren of meebeslissen toe (bouwsteen 4); kies een van die niveaus of "
             "motiveer de afwijking in regelafwijkingen (motivering: De raad wil bij dit project uitdrukkelijk "
             "alleen geraadpleegd worden.)"}}),
        nl("nl MEE009", Plan().append("\nregelafwijkingen:\n  - regel: MEE151\n" + k_motivering),
           {{"MEE009", 132, 12, "warning",
             "regelafwijking voor MEE151, maar MEE151 vindt niets in dit document; verwijder deze afwijking"}}),
    };
}

}  // namespace

TEST_CASE("rules_plan: the clean plan and the inform-only plan give no findings")
{
    CHECK(findings_of(k_clean).empty());
    CHECK(findings_of(k_inform_only).empty());
    CHECK(findings_of(k_clean, k_today, Lang::nl).empty());
}

TEST_CASE("rules_plan: step 1 and adoption, MEE101-MEE109")
{
    check_rows(step1_rows());
}

TEST_CASE("rules_plan: sections and texts, MEE110-MEE111")
{
    check_rows(section_rows());
}

TEST_CASE("rules_plan: goals and stakeholders, MEE121-MEE137")
{
    check_rows(analysis_rows());
}

TEST_CASE("rules_plan: the map named by the plan, MEE138")
{
    mee::test::TempDir dir;
    dir.write("plan.yaml", k_clean, mee::test::TempDir::Map::absent);
    dir.write("kaart.png", "\x89PNG\r\n\x1a\n");
    mee::test::InDir in(dir.path());
    check_rows(file_rows());
}

TEST_CASE("rules_plan: frameworks, level and methods, MEE141-MEE165")
{
    check_rows(approach_rows());
}

TEST_CASE("rules_plan: planning, MEE171-MEE178")
{
    check_rows(planning_rows());
}

TEST_CASE("rules_plan: communication and capacity, MEE181-MEE192")
{
    check_rows(resources_rows());
}

// rules.md MEE185: "no uitnodiging text, so B1 cannot be checked". An empty
// text is no text (regression: mee once said nothing, as MEE184 skipped a
// text without words and MEE185 only looked whether the key was there). The
// finding is about a wrong value, so it points at the value.
TEST_CASE("rules_plan: an empty uitnodiging is MEE185")
{
    check_row(
        {"MEE185 empty uitnodiging",
         Plan().replace("  uitnodiging: |\n    Wat vindt u van het centrum? Kom naar de inloopavond op 24 maart.\n"
                        "    U kunt ook online meedoen.\n",
                        "  uitnodiging: \"\"\n"),
         {{"MEE185", 120, 16, "info"}}});
}

// rules.md "One finding per cause": a text of the wrong type is the schema's
// finding (MEE004); the rules stay quiet then ("the schema reports the
// type"). Regression: MEE101 and MEE121 once reported the same node again.
TEST_CASE("rules_plan: a toelichting of the wrong type is MEE004 alone")
{
    check_row({"MEE101 toelichting a number",
               Plan().replace("toelichting: Inrichting en materiaalkeuze liggen nog open binnen het krediet.",
                              "toelichting: 2026"),
               {{"MEE004", 20, 18}}});
}

TEST_CASE("rules_plan: a concreet of the wrong type is MEE004 alone")
{
    check_row(
        {"MEE121 concreet a number",
         Plan().replace("concreet: De raad kent alle belangen voordat hij het ontwerp vaststelt.", "concreet: 2026"),
         {{"MEE004", 41, 15}}});
}

TEST_CASE("rules_plan: inform-only plans")
{
    check_rows(inform_only_rows());
}

TEST_CASE("rules_plan: motivated deviation")
{
    check_rows(deviation_rows());
}

TEST_CASE("rules_plan: Dutch messages")
{
    check_rows(dutch_rows());
}

// Every plan code of the rule table has a row that fires it with its
// message, and a quiet row; a rule added without rows fails here.
TEST_CASE("rules_plan: every plan code has a firing row with its message and a quiet row")
{
    std::vector<Row> all;
    for (auto rows : {step1_rows(), section_rows(), analysis_rows(), file_rows(), approach_rows(), planning_rows(),
                      resources_rows(), inform_only_rows(), deviation_rows()}) {
        all.insert(all.end(), rows.begin(), rows.end());
    }
    std::set<std::string> with_message;
    std::set<std::string> quiet;
    for (const Row& row : all) {
        for (const Want& w : row.want) {
            if (!w.message.empty()) with_message.insert(w.code);
        }
        if (row.name.starts_with("MEE") && row.name.find(" quiet: ") == 6) quiet.insert(row.name.substr(0, 6));
    }
    std::size_t plan_codes = 0;
    for (const mee::Rule& rule : mee::rule_catalog()) {
        const bool plan_rule = rule.code >= "MEE101" && rule.code <= "MEE199";
        if (!plan_rule || !rule.applies_to(mee::DocKind::plan)) continue;
        ++plan_codes;
        const std::string code(rule.code);
        CAPTURE(code);
        CHECK(with_message.count(code) == 1);
        CHECK(quiet.count(code) == 1);
    }
    CHECK(plan_codes == 44);  // MEE101-MEE111, 121-122, 131-138, 141-142, 151, 161-165, 171-178, 181-185, 191-192
}
