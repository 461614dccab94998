#include "check/check.hpp"

#include "base/parallel.hpp"
#include "check/walk.hpp"
#include "document/reference_tree.hpp"
#include "rules/deviation.hpp"
#include "rules/run.hpp"
#include "yaml/path.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <span>

namespace mee {

namespace {

bool readable(const Document& doc)
{
    return doc.root && doc.kind && doc.state == LoadState::checked;
}

// Moves the tree of `doc` into `result`; returns it, or nullptr when `doc`
// is not a readable mee document.
const Node* keep_tree(CheckResult& result, Document& doc, bool checked)
{
    if (!readable(doc)) return nullptr;
    result.trees.push_back(std::make_unique<Node>(std::move(*doc.root)));
    doc.root.reset();
    result.project.add(ProjectDocument{doc.path, *doc.kind, doc.id, result.trees.back().get(), checked});
    return result.trees.back().get();
}

// Cuts the tree of `doc` down to its reference tree, unless whole trees
// are asked for.
void keep_for_reference(Document& doc, Trees trees)
{
    if (trees == Trees::full || !readable(doc)) return;
    doc.root = reference_tree(std::move(*doc.root), *doc.kind);
}

// `source` with only the lines `lines` (1-based, in any order); the others
// are empty, so every line keeps its number. Output shows only the lines of
// findings, and the text of the documents would be most of what a large run
// keeps.
Source only_lines(const Source& source, std::vector<int> lines)
{
    std::sort(lines.begin(), lines.end());
    std::string text;
    for (int line = 1; !lines.empty() && line <= lines.back(); ++line) {
        if (std::binary_search(lines.begin(), lines.end(), line)) text += source.line(line);
        text += '\n';
    }
    return Source(std::move(text));
}

std::vector<int> lines_of(const std::vector<Finding>& findings)
{
    std::vector<int> lines;
    for (const Finding& f : findings)
        lines.push_back(f.mark.line);
    return lines;
}

// Adds the line of every node and key of `node` to `lines`.
void add_node_lines(const Node& node, std::vector<int>& lines)
{
    lines.push_back(node.mark.line);
    for (const Node& item : node.items)
        add_node_lines(item, lines);
    for (const Entry& e : node.entries) {
        lines.push_back(e.key_mark.line);
        add_node_lines(e.value, lines);
    }
}

// Reads the documents of the project that were not checked, for reference,
// and keeps the trees of all of them. Unreadable files stay out (rules.md).
// Returns the tree of each checked document (nullptr where there is none).
std::vector<const Node*> load_project(const CheckOptions& options, const Project& project, const SchemaSet& schemas,
                                      const std::vector<FoundFile>& named_or_walked, std::vector<Document>& checked,
                                      CheckResult& result)
{
    // By real path: a document is one document, also through a link.
    std::set<std::filesystem::path> seen;
    for (const FoundFile& f : named_or_walked)
        seen.insert(f.real);
    std::vector<FoundFile> others;
    std::vector<std::string> folders;
    const std::filesystem::path here = absolute_normal(".");
    for (const std::filesystem::path& root : project.roots) {
        const std::filesystem::path relative = root.lexically_relative(here);
        const bool below = !relative.empty() && !relative.generic_string().starts_with("..");
        folders.push_back(below ? relative.generic_string() : root.generic_string());
    }
    result.project.set_folders(std::move(folders), project.marked);
    for (const std::filesystem::path& root : project.roots) {
        std::error_code ec;
        if (!std::filesystem::is_directory(root, ec)) continue;
        auto files = walk_folder(root, options.lang);
        if (!files) continue;  // a folder that cannot be read adds nothing to refer to
        for (FoundFile& f : *files) {
            if (seen.insert(f.real).second) others.push_back(std::move(f));
        }
    }
    std::vector<Document> references(others.size());
    parallel_for(others.size(), options.jobs, [&](std::size_t i) {
        Document doc = load_found(others[i], schemas, options.lang, Validate::no);
        keep_for_reference(doc, options.trees);
        doc.source = Source{};  // never shown: no findings are reported for it
        references[i] = std::move(doc);
    });
    std::vector<const Node*> roots;
    for (Document& doc : checked)
        roots.push_back(keep_tree(result, doc, true));
    for (Document& doc : references)
        keep_tree(result, doc, false);
    result.project.build();
    return roots;
}

}  // namespace

Expected<CheckResult> run_check(const CheckOptions& options, const Project& project, const SchemaSet& schemas)
{
    const std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
    auto files = find_files(paths, project.top, options.lang);
    if (!files) return Failure{files.error()};

    // Phase 1, in parallel: each document is read and, unless whole trees
    // are kept, judged by the rules that read only that document while its
    // whole tree is in memory; then only its reference tree is kept. The
    // node paths of those findings need the whole tree, so they are set now.
    const Profile& profile = options.profile != nullptr ? *options.profile : embedded_profile();
    const bool whole = options.trees == Trees::full;
    const ProjectIndex no_project;
    std::vector<Document> documents(files->size());
    parallel_for(files->size(), options.jobs, [&](std::size_t i) {
        const FoundFile& f = (*files)[i];
        Document doc = load_found(f, schemas, options.lang);
        if (readable(doc) && !whole) {
            if (doc.rules_apply) {
                const RuleInput input{*doc.root, *doc.kind, profile, options.today, options.lang, no_project, doc.path};
                run_rules(input, doc.findings, Reach::document);
            }
            set_node_paths(*doc.root, doc.findings);
            keep_for_reference(doc, options.trees);
        }
        if (!whole && doc.state != LoadState::not_ours) {
            // The findings still to come point at a node or key of the
            // reference tree, or at line 1.
            std::vector<int> lines = lines_of(doc.findings);
            lines.push_back(1);
            if (readable(doc)) add_node_lines(*doc.root, lines);
            doc.source = only_lines(doc.source, std::move(lines));
        }
        documents[i] = std::move(doc);
    });

    CheckResult result;
    for (const Document& doc : documents) {
        if (doc.state == LoadState::io_error) {
            return Failure{
                say(options.lang, {"kan '{0}' niet lezen: {1}", "cannot read '{0}': {1}"}, doc.path, doc.io_error)};
        }
    }
    const std::vector<const Node*> roots = load_project(options, project, schemas, *files, documents, result);
    // Phase 2, in parallel: the rules that read other documents (all rules
    // when whole trees are kept), through the project index, then the
    // deviations, which must see every finding of the document.
    std::vector<std::vector<Finding>> judged(documents.size());
    parallel_for(documents.size(), options.jobs, [&](std::size_t i) {
        Document& doc = documents[i];
        if (doc.state == LoadState::not_ours) return;
        std::vector<Finding> findings = std::move(doc.findings);
        if (roots[i] != nullptr) {
            // The findings of phase 1 already have their node paths.
            const std::size_t from = whole ? 0 : findings.size();
            if (doc.rules_apply) {
                const RuleInput input{*roots[i],    *doc.kind,      profile, options.today,
                                      options.lang, result.project, doc.path};
                if (whole) {
                    run_rules(input, findings);
                } else {
                    run_rules(input, findings, Reach::project);
                }
                apply_deviations(*roots[i], doc.path, findings, options.lang);
            }
            // A reference tree gives the same paths as the whole tree: it
            // keeps every kept node's ancestors and list items, and these
            // findings point at nodes it kept.
            set_node_paths(*roots[i], std::span(findings).subspan(from));
        }
        std::erase_if(findings, [&](const Finding& f) {
            return std::find(options.disable.begin(), options.disable.end(), f.code) != options.disable.end();
        });
        judged[i] = std::move(findings);
    });
    for (std::size_t i = 0; i < documents.size(); ++i) {
        Document& doc = documents[i];
        if (doc.state == LoadState::not_ours) {
            result.skipped.push_back(doc.path);
            continue;
        }
        ++result.documents;
        // Lines are shown only for findings: a document without any keeps
        // its place among the inputs but not its text.
        doc.source = judged[i].empty() ? Source{} : only_lines(doc.source, lines_of(judged[i]));
        std::move(judged[i].begin(), judged[i].end(), std::back_inserter(result.findings));
        result.sources.emplace(doc.path, std::move(doc.source));
    }
    sort_findings(result.findings);
    return result;
}

}  // namespace mee
