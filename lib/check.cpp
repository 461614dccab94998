#include "check.hpp"

#include "deviation.hpp"
#include "rules.hpp"
#include "walk.hpp"

#include <algorithm>
#include <atomic>
#include <functional>
#include <iterator>
#include <set>
#include <thread>

namespace mee {

void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work)
{
    jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
    if (jobs == 1) {
        for (std::size_t i = 0; i < count; ++i) work(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::jthread> threads;
    threads.reserve(jobs);
    for (unsigned t = 0; t < jobs; ++t) {
        threads.emplace_back([&] {
            for (std::size_t i = next++; i < count; i = next++) work(i);
        });
    }
}

namespace {

// Moves the tree of `doc` into `result`; returns it, or nullptr when `doc`
// is not a readable mee document.
const Node* keep_tree(CheckResult& result, Document& doc, bool checked)
{
    if (!doc.root || !doc.kind || doc.state != LoadState::checked) return nullptr;
    result.trees.push_back(std::make_unique<Node>(std::move(*doc.root)));
    doc.root.reset();
    result.project.add(ProjectDocument{doc.path, *doc.kind, doc.id, result.trees.back().get(), checked});
    return result.trees.back().get();
}

// Reads the documents of the project that were not checked, for reference,
// and keeps the trees of all of them. Unreadable files stay out (rules.md).
// Returns the tree of each checked document (nullptr where there is none).
std::vector<const Node*> load_project(const CheckOptions& options, const Project& project, const SchemaSet& schemas,
                  std::vector<Document>& checked, CheckResult& result)
{
    std::set<std::filesystem::path> seen;
    for (const Document& doc : checked) seen.insert(doc.file);
    std::vector<FoundFile> others;
    for (const std::filesystem::path& root : project.roots) {
        std::error_code ec;
        if (!std::filesystem::is_directory(root, ec)) continue;
        auto files = walk_folder(root, options.lang);
        if (!files) continue;  // a folder that cannot be read adds nothing to refer to
        for (FoundFile& f : *files) {
            if (seen.insert(f.file).second) others.push_back(std::move(f));
        }
    }
    std::vector<Document> references(others.size());
    parallel_for(others.size(), options.jobs, [&](std::size_t i) {
        references[i] = load_document(others[i].file, others[i].shown, Origin::walked, schemas, options.lang,
                                      Validate::no);
    });
    std::vector<const Node*> roots;
    for (Document& doc : checked) roots.push_back(keep_tree(result, doc, true));
    for (Document& doc : references) keep_tree(result, doc, false);
    result.project.build();
    return roots;
}

}  // namespace

Expected<CheckResult> run_check(const CheckOptions& options, const Project& project, const SchemaSet& schemas)
{
    const std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
    auto files = find_files(paths, project.top, options.lang);
    if (!files) return Failure{files.error()};

    std::vector<Document> documents(files->size());
    parallel_for(files->size(), options.jobs, [&](std::size_t i) {
        const FoundFile& f = (*files)[i];
        documents[i] = load_document(f.file, f.shown, f.origin, schemas, options.lang);
    });

    const Profile& profile = options.profile != nullptr ? *options.profile : embedded_profile();
    CheckResult result;
    for (const Document& doc : documents) {
        if (doc.state == LoadState::io_error) {
            return Failure{say(options.lang, {"kan '{0}' niet lezen: {1}", "cannot read '{0}': {1}"}, doc.path,
                               doc.io_error)};
        }
    }
    const std::vector<const Node*> roots = load_project(options, project, schemas, documents, result);
    // The rules of each document, in parallel: they only read the project index.
    std::vector<std::vector<Finding>> judged(documents.size());
    parallel_for(documents.size(), options.jobs, [&](std::size_t i) {
        Document& doc = documents[i];
        if (doc.state == LoadState::not_ours) return;
        std::vector<Finding> findings = std::move(doc.findings);
        if (roots[i] != nullptr && doc.rules_apply) {
            const RuleInput input{*roots[i], *doc.kind, profile, options.today, options.lang, result.project, doc.path};
            run_rules(input, findings);
            apply_deviations(*roots[i], doc.path, findings, options.lang);
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
        if (judged[i].empty()) doc.source = Source{};
        std::move(judged[i].begin(), judged[i].end(), std::back_inserter(result.findings));
        result.sources.emplace(doc.path, std::move(doc.source));
    }
    sort_findings(result.findings);
    return result;
}

}  // namespace mee
