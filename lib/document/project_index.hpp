#pragma once
// The documents of the project, indexed for the rules that look across
// documents (an eindverslag's plan, duplicate ids): built once per run, so
// each lookup costs the same for 10 documents or 10,000.

#include "document/kind.hpp"
#include "yaml/tree.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mee {

struct ProjectDocument {
    std::string path;
    DocKind kind;
    std::string id;
    const Node* root;  // owned by whoever built the index
    bool checked;      // named or walked in this run (findings are reported for it)
};

class ProjectIndex {
public:
    // Adds a document; call build() after the last one.
    void add(ProjectDocument document) { documents_.push_back(std::move(document)); }
    void build();

    const std::vector<ProjectDocument>& documents() const { return documents_; }

    // The documents whose id is `id`, in the order they were added.
    std::vector<const ProjectDocument*> with_id(std::string_view id) const;

    // The first plan whose id is `id`, or nullptr.
    const ProjectDocument* plan(std::string_view id) const;

    // The eindverslagen whose `plan` is `id`.
    std::vector<const ProjectDocument*> eindverslagen_for(std::string_view plan_id) const;

    // Where the documents were looked for: the project's folders as the
    // user would type them, and whether one was marked by .mee.yaml or git
    // (else a folder is just that of a named path). MEE201 names them.
    void set_folders(std::vector<std::string> folders, bool marked)
    {
        folders_ = std::move(folders);
        marked_ = marked;
    }
    const std::vector<std::string>& folders() const { return folders_; }
    bool marked() const { return marked_; }

private:
    std::vector<std::string> folders_;
    bool marked_ = false;
    std::vector<ProjectDocument> documents_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_id_;
    std::unordered_map<std::string, std::vector<std::size_t>> eindverslagen_by_plan_;
};

}  // namespace mee
