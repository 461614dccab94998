#include "policy/plan_view.hpp"

#include "yaml/access.hpp"

#include <algorithm>

namespace mee {

const Node* section(const Node& plan, std::string_view name)
{
    const Node* node = plan.get(name);
    if (node == nullptr) return nullptr;
    if (node->is_mapping() && node->entries.empty()) return nullptr;
    if (node->is_sequence() && node->items.empty()) return nullptr;
    return node;
}

bool section_missing(const Node& plan, std::string_view name)
{
    return section(plan, name) == nullptr;
}

std::optional<std::string_view> plan_level(const Node& plan)
{
    return text_at(plan.get("betrokkenheidsniveau"), "niveau");
}

bool has_no_answer(const Node& plan)
{
    const Node* afweging = plan.get("afweging");
    if (afweging == nullptr || !afweging->is_mapping()) return false;
    for (std::string_view q : k_questions) {
        const Node* question = afweging->get(q);
        if (question != nullptr && question->is_mapping() && text_at(question, "antwoord") == "nee") return true;
    }
    return false;
}

bool is_inform_only(const Node& plan, const Profile& profile)
{
    if (plan.get("afweging") == nullptr) return false;  // rules.md: and it gets MEE101
    if (has_no_answer(plan)) return true;
    const auto level = plan_level(plan);
    return level && !profile.levels.empty() && *level == profile.levels.front().key;
}

std::vector<const Node*> stakeholders(const Node& plan)
{
    std::vector<const Node*> out;
    const Node* analysis = plan.get("omgevingsanalyse");
    if (analysis == nullptr || !analysis->is_mapping()) return out;
    for (const Node& s : items_of(analysis->get("belanghebbenden"))) {
        if (s.is_mapping()) out.push_back(&s);
    }
    return out;
}

const Node* stakeholder_named(const Node& plan, std::string_view name)
{
    for (const Node* s : stakeholders(plan)) {
        if (scalar_text(s->get("naam")) == name) return s;
    }
    return nullptr;
}

std::vector<GroupName> group_names(const Node& plan, const Node* list)
{
    constexpr std::size_t k_max_parts = 6;
    const std::vector<Node>& items = items_of(list);
    std::vector<GroupName> out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto name = scalar_text(&items[i]);
        if (!name) continue;
        std::size_t parts = 1;
        std::string joined;
        if (items[i].is_plain() && stakeholder_named(plan, *name) == nullptr) {
            for (std::string_view separator : {", ", ","}) {
                std::string run(*name);
                for (std::size_t j = i + 1; j < items.size() && j - i < k_max_parts; ++j) {
                    const Node& next = items[j];
                    if (!next.is_plain() || next.mark.line != items[j - 1].mark.line) break;
                    run += separator;
                    run += next.value;
                    if (stakeholder_named(plan, run) != nullptr) {
                        parts = j - i + 1;
                        joined = run;
                        break;
                    }
                }
                if (parts > 1) break;
            }
        }
        out.push_back(GroupName{parts > 1 ? joined : std::string(*name), &items[i], parts});
        i += parts - 1;
    }
    return out;
}

std::vector<Moment> moments(const Node& plan)
{
    std::vector<Moment> out;
    for (const Node& m : items_of(plan.get("planning"))) {
        if (!m.is_mapping()) continue;
        const auto date = date_value(m.get("datum"));
        const auto soort = text_at(&m, "soort");
        if (date && soort) out.push_back(Moment{&m, *date, *soort});
    }
    std::stable_sort(out.begin(), out.end(), [](const Moment& a, const Moment& b) { return a.date < b.date; });
    return out;
}

Mark top_key_mark(const Node& root, std::string_view key)
{
    const Entry* e = root.entry(key);
    return e != nullptr ? e->key_mark : document_mark(root);
}

Mark mark_of_value_or_parent(const Node& root, const Node* parent, std::string_view parent_key, std::string_view key)
{
    if (parent != nullptr && parent->is_mapping()) {
        if (const Node* value = parent->get(key)) return value->mark;
    }
    return top_key_mark(root, parent_key);
}

}  // namespace mee
