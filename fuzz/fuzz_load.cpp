// Fuzz target: the bytes as one document named on the command line, through
// everything `mee check` does to it: size and encoding, the YAML tree, the
// kind, the schema, every rule, the deviations; then the score and the
// step-1 decision, which `mee score` and `mee decide` run on any readable
// document, valid or not.

#include "fuzz_common.hpp"

#include "policy/decide.hpp"
#include "rules/deviation.hpp"
#include "document/document.hpp"
#include "base/finding.hpp"
#include "policy/profile.hpp"
#include "document/project_index.hpp"
#include "rules/run.hpp"
#include "document/schema.hpp"
#include "stats/score.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace mee;
    const auto& file = fuzz::write_input(data, size);
    const Lang lang = size != 0 && (data[0] & 1) != 0 ? Lang::nl : Lang::en;
    Document doc = load_document(file, "fuzz.yaml", Origin::named, SchemaSet::embedded(), lang);
    if (!doc.root || !doc.kind || doc.state != LoadState::checked) return 0;

    const Profile& profile = embedded_profile();
    ProjectIndex project;
    project.add(ProjectDocument{doc.path, *doc.kind, doc.id, &*doc.root, true});
    project.build();
    std::vector<Finding> findings = std::move(doc.findings);
    if (doc.rules_apply) {
        const RuleInput input{*doc.root, *doc.kind, profile, Date{2026, 6, 1}, lang, project, doc.path};
        run_rules(input, findings);
        apply_deviations(*doc.root, doc.path, findings, lang);
    }
    sort_findings(findings);
    for (const Finding& f : findings) {
        // Every finding points into the file.
        if (f.mark.line < 1 || f.mark.column < 1) __builtin_trap();
    }
    switch (*doc.kind) {
    case DocKind::plan:
        (void)score_plan(*doc.root, profile);
        (void)format_decision(decide_plan(*doc.root, profile, lang), lang);
        break;
    case DocKind::eindverslag:
        (void)score_eindverslag(*doc.root, nullptr, profile);
        break;
    default:
        break;
    }
    return 0;
}
