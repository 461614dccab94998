#pragma once
// The rules of rules.md as small functions over a parsed document and the
// profile. Each function reports findings of one code; the rule table
// (rule_catalog) says which code, severity and document kind it belongs to.

#include "date.hpp"
#include "finding.hpp"
#include "kind.hpp"
#include "profile.hpp"
#include "text.hpp"
#include "yaml_tree.hpp"

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

// Collects a rule's findings under its own code and severity.
class Report {
public:
    Report(std::string path, std::string code, Severity severity, std::vector<Finding>& out)
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

using RuleFunction = void (*)(const RuleInput&, const Report&);

// What a rule reads besides the profile and the date: its own document
// only, or other documents of the project too (`RuleInput::project`). `mee
// check` runs the first kind while a document's whole tree is in memory and
// the second once every document is indexed, on trees that keep only what
// those rules read (reference_tree.hpp).
enum class Reach { document, project };

// Runs every rule of the table that applies to `input.kind` and appends
// their findings to `out`, in the table's order.
void run_rules(const RuleInput& input, std::vector<Finding>& out);

// The same for the rules of one reach only.
void run_rules(const RuleInput& input, std::vector<Finding>& out, Reach reach);

}  // namespace mee
