#include "check.hpp"

#include "deviation.hpp"
#include "walk.hpp"

#include <algorithm>
#include <atomic>
#include <functional>
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

    CheckResult result;
    for (Document& doc : documents) {
        if (doc.state == LoadState::io_error) {
            return Failure{say(options.lang, {"kan '{0}' niet lezen: {1}", "cannot read '{0}': {1}"}, doc.path,
                               doc.io_error)};
        }
        if (doc.state == LoadState::not_ours) {
            result.skipped.push_back(doc.path);
            continue;
        }
        ++result.documents;
        std::vector<Finding> findings = std::move(doc.findings);
        if (doc.root && doc.kind) apply_deviations(*doc.root, doc.path, findings, options.lang);
        for (Finding& f : findings) {
            if (std::find(options.disable.begin(), options.disable.end(), f.code) != options.disable.end()) continue;
            result.findings.push_back(std::move(f));
        }
        result.sources.emplace(doc.path, std::move(doc.source));
    }
    sort_findings(result.findings);
    return result;
}

}  // namespace mee
