#include "document/project_index.hpp"

#include "yaml/access.hpp"

namespace mee {

void ProjectIndex::build()
{
    by_id_.clear();
    eindverslagen_by_plan_.clear();
    for (std::size_t i = 0; i < documents_.size(); ++i) {
        const ProjectDocument& d = documents_[i];
        if (!d.id.empty()) by_id_[d.id].push_back(i);
        if (d.kind == DocKind::eindverslag) {
            if (auto plan = scalar_text(d.root->get("plan"))) eindverslagen_by_plan_[std::string(*plan)].push_back(i);
        }
    }
}

namespace {

std::vector<const ProjectDocument*> lookup(const std::unordered_map<std::string, std::vector<std::size_t>>& map,
                                           const std::vector<ProjectDocument>& documents, std::string_view key)
{
    std::vector<const ProjectDocument*> out;
    auto it = map.find(std::string(key));
    if (it == map.end()) return out;
    for (std::size_t i : it->second)
        out.push_back(&documents[i]);
    return out;
}

}  // namespace

std::vector<const ProjectDocument*> ProjectIndex::with_id(std::string_view id) const
{
    return lookup(by_id_, documents_, id);
}

const ProjectDocument* ProjectIndex::plan(std::string_view id) const
{
    for (const ProjectDocument* d : with_id(id)) {
        if (d->kind == DocKind::plan) return d;
    }
    return nullptr;
}

std::vector<const ProjectDocument*> ProjectIndex::eindverslagen_for(std::string_view plan_id) const
{
    return lookup(eindverslagen_by_plan_, documents_, plan_id);
}

}  // namespace mee
