// Across documents: MEE401–MEE403. The project index makes each lookup
// constant time, so the pass is linear in the number of documents.

#include "node_access.hpp"
#include "plan_view.hpp"
#include "project_index.hpp"
#include "rules_more.hpp"

namespace mee::project_rules {

namespace {

// Where another document is, for messages: path:line:column of its `key`.
std::string place(const ProjectDocument& d, std::string_view key)
{
    const Node* node = d.root->get(key);
    const Mark mark = node != nullptr ? node->mark : document_mark(*d.root);
    return fmt::format("{}:{}:{}", d.path, mark.line, mark.column);
}

}  // namespace

void mee401(const RuleInput& in, const Report& report)
{
    const Node* id = in.root.get("id");
    const auto value = scalar_text(id);
    if (!value || value->empty()) return;
    // At most three others by name: with n copies of one id, n findings of
    // n places each would make the output grow as n².
    constexpr std::size_t named = 3;
    std::vector<std::string> others;
    std::size_t more = 0;
    for (const ProjectDocument* d : in.project.with_id(*value)) {
        if (d->root == &in.root) continue;
        if (others.size() < named) {
            others.push_back(place(*d, "id"));
        } else {
            ++more;
        }
    }
    if (others.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < others.size(); ++i)
        list += (i ? ", " : "") + others[i];
    if (more > 0) {
        list += more == 1 ? say(in.lang, {" en nog 1 ander document", " and 1 more document"})
                          : say(in.lang, {" en nog {0} andere documenten", " and {0} more documents"}, more);
    }
    report(id->mark, say(in.lang,
                         {"id '{0}' staat ook in {1}: elk document heeft een eigen id",
                          "id '{0}' is also used in {1}: every document has an id of its own"},
                         *value, list));
}

void mee402(const RuleInput& in, const Report& report)
{
    if (is_inform_only(in.root, in.profile)) return;
    const auto all = moments(in.root);
    if (all.empty()) return;
    const Moment& last = all.back();
    const long days = days_from_civil(in.today) - days_from_civil(last.date);
    if (days <= in.profile.report_days) return;
    const auto id = scalar_text(in.root.get("id"));
    if (id && !in.project.reports_for(*id).empty()) return;
    report(last.node->mark,
           say(in.lang,
               {"het proces eindigde met het laatste planningsmoment ({0}), {1} dagen geleden, en er is geen "
                "eindverslag dat naar dit plan verwijst; het beleid verwacht het binnen {2} dagen: schrijf het "
                "(mee init eindverslag)",
                "the process ended with the last planning moment ({0}), {1} days ago, and no eindverslag refers to "
                "this plan; the policy expects one within {2} days: write it (mee init eindverslag)"},
               format_date(last.date), days, in.profile.report_days));
}

void mee403(const RuleInput& in, const Report& report)
{
    const Node* plan = in.root.get("plan");
    const auto id = scalar_text(plan);
    if (!id) return;
    std::vector<std::string> others;
    for (const ProjectDocument* d : in.project.reports_for(*id)) {
        if (d->root != &in.root) others.push_back(place(*d, "plan"));
    }
    if (others.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < others.size(); ++i)
        list += (i ? ", " : "") + others[i];
    report(plan->mark, say(in.lang,
                           {"er is meer dan een eindverslag voor {0}: ook {1}; voeg ze samen tot een verslag",
                            "there is more than one eindverslag for {0}: also {1}; merge them into one report"},
                           *id, list));
}

}  // namespace mee::project_rules
