#pragma once
// A rule of rules.md: everything about it in one definition, written beside
// its check function in its family's file (rules/plan/*.cpp,
// rules/eindverslag.cpp, rules/initiatief.cpp, rules/project.cpp,
// rules/privacy.cpp; the format rules MEE0xx in rules/format.cpp):
//
//     void mee101(const RuleInput& in, const Flag& flag) { ... }
//
//     extern const Rule MEE101{
//         .code = "MEE101", .scope = Scope::plan, .severity = Severity::error,
//         .section = "§2.1.2", .title = {...}, .why = {...}, .fix = {...},
//         .example = "...", .check = mee101, .values = values::filled_words,
//     };
//
// The build collects every `extern const Rule MEExxx` of lib/rules/ into the
// catalogue (cmake/rule_list.cmake, rules/catalog.hpp): no list to keep.
// ARCHITECTURE.md "How to add a rule" has the steps.

#include "base/date.hpp"
#include "base/finding.hpp"
#include "base/text.hpp"
#include "document/kind.hpp"
#include "policy/profile.hpp"
#include "yaml/tree.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace mee {

class ProjectIndex;

// What a rule sees: one document, the profile, the date of the run, and the
// project's documents for rules that look across documents.
struct RuleInput {
    const Node& root;
    DocKind kind;
    const Profile& profile;
    Date today;
    Lang lang;
    const ProjectIndex& project;
    const std::string& path;  // the document's shown path
};

// What a rule calls to flag a place: a finding under the rule's own code
// and severity.
class Flag {
public:
    Flag(std::string path, std::string code, Severity severity, std::vector<Finding>& out)
        : path_(std::move(path)), code_(std::move(code)), severity_(severity), out_(out)
    {
    }
    void operator()(Mark mark, std::string message) const
    {
        out_.push_back(Finding{path_, mark, severity_, code_, std::move(message)});
    }

private:
    std::string path_;
    std::string code_;
    Severity severity_;
    std::vector<Finding>& out_;
};

using RuleFunction = void (*)(const RuleInput&, const Flag&);

// What a rule reads besides the profile and the date: its own document
// only, or other documents of the project too (`RuleInput::project`). `mee
// check` runs the first kind while a document's whole tree is in memory and
// the second once every document is indexed, on trees that keep only what
// those rules read (document/reference_tree.hpp).
enum class Reach { document, project };

// Which documents a rule looks at: `file` rules are applied while reading
// (MEE0xx); the others run on documents of their kind, or on `any` kind.
enum class Scope { file, plan, eindverslag, initiatief, any };

// The profile values a rule reads, as `mee explain` shows them (rules/values.hpp).
using ProfileValues = std::string (*)(const Profile&, Lang);

struct Rule {
    std::string_view code;  // "MEE004"
    Scope scope;
    Severity severity;
    // Where the rule comes from: a policy section ("§2.1.3 bouwsteen 3"),
    // "format" (the document format itself) or "profile:KEY" (a profile list).
    std::string_view section;
    Msg title;  // one line
    // Why the policy asks for it, quoting the section, 2–4 sentences; for a
    // format rule (MEE0xx) the whole explanation, why and what to do.
    Msg why;
    Msg fix;                         // what to do about a finding, 1–3 sentences (empty for MEE0xx)
    std::string_view example = {};   // a YAML fragment (keys as documents.md) satisfying the rule
    RuleFunction check = nullptr;    // the rule; nullptr for format rules, applied while reading
    Reach reach = Reach::document;   // Reach::project: it reads other documents
    ProfileValues values = nullptr;  // the profile values it reads, for `mee explain`

    // Whether this version of mee applies the rule.
    bool is_checked() const;
    // Whether `check` runs on documents of `kind`.
    bool applies_to(DocKind kind) const;
};

}  // namespace mee
