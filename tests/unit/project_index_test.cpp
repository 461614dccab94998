// The project index (lib/document/project_index.cpp): lookups by id, the plan of an
// id, and the eindverslagen of a plan, over parsed documents.

#include "document/project_index.hpp"

#include "yaml/tree.hpp"

#include <doctest/doctest.h>

#include <deque>
#include <string>

using mee::DocKind;
using mee::ProjectDocument;

namespace {

// Owns the trees the index points to.
class Builder {
public:
    void add(const std::string& path, DocKind kind, const std::string& id, const std::string& yaml, bool checked = true)
    {
        auto parsed = mee::parse_yaml(mee::Source(yaml), mee::Lang::en);
        REQUIRE(parsed.root);
        trees_.push_back(std::move(*parsed.root));
        index.add(ProjectDocument{path, kind, id, &trees_.back(), checked});
    }
    mee::ProjectIndex index;

private:
    std::deque<mee::Node> trees_;
};

const mee::ProjectDocument* by_path(const mee::ProjectIndex& index, const std::string& path)
{
    for (const ProjectDocument& d : index.documents()) {
        if (d.path == path) return &d;
    }
    FAIL("no document " << path);
    return nullptr;
}

std::vector<std::string> paths(const std::vector<const ProjectDocument*>& documents)
{
    std::vector<std::string> out;
    for (const ProjectDocument* d : documents)
        out.push_back(d->path);
    return out;
}

using Paths = std::vector<std::string>;

void fill(Builder& b)
{
    b.add("initiatieven/ini.yaml", DocKind::initiatief, "PVA-2026-014", "soort: initiatief\nid: PVA-2026-014\n");
    b.add("plannen/centrum.yaml", DocKind::plan, "PVA-2026-014", "soort: plan\nid: PVA-2026-014\n");
    b.add("plannen/kopie.yaml", DocKind::plan, "PVA-2026-014", "soort: plan\nid: PVA-2026-014\n", false);
    b.add("plannen/riolering.yaml", DocKind::plan, "PVA-2026-012", "soort: plan\nid: PVA-2026-012\n", false);
    b.add("verslagen/ev-1.yaml", DocKind::eindverslag, "EV-2026-014",
          "soort: eindverslag\nid: EV-2026-014\nplan: PVA-2026-014\n");
    b.add("verslagen/ev-2.yaml", DocKind::eindverslag, "EV-2026-015",
          "soort: eindverslag\nid: EV-2026-015\nplan: PVA-2026-014\n", false);
    b.add("verslagen/getal.yaml", DocKind::eindverslag, "EV-2026-016",
          "soort: eindverslag\nid: EV-2026-016\nplan: 2026\n", false);
    b.add("verslagen/geen-plan.yaml", DocKind::eindverslag, "EV-2026-017", "soort: eindverslag\nid: EV-2026-017\n",
          false);
    b.add("verslagen/lijst.yaml", DocKind::eindverslag, "EV-2026-018",
          "soort: eindverslag\nid: EV-2026-018\nplan: [PVA-2026-012]\n", false);
    b.add("naamloos.yaml", DocKind::plan, "", "soort: plan\n", false);
    b.index.build();
}

}  // namespace

TEST_CASE("project_index: with_id, in the order the documents were added")
{
    Builder b;
    fill(b);
    CHECK(paths(b.index.with_id("PVA-2026-014")) ==
          Paths{"initiatieven/ini.yaml", "plannen/centrum.yaml", "plannen/kopie.yaml"});
    CHECK(paths(b.index.with_id("EV-2026-015")) == Paths{"verslagen/ev-2.yaml"});
    CHECK(paths(b.index.with_id("PVA-2026-999")) == Paths{});
    CHECK(paths(b.index.with_id("pva-2026-014")) == Paths{});  // ids are exact
    CHECK(paths(b.index.with_id("")) == Paths{});              // a document without id is not indexed under ""
    CHECK(b.index.documents().size() == 10);
}

TEST_CASE("project_index: plan() is the first plan with the id, never another kind")
{
    Builder b;
    fill(b);
    CHECK(b.index.plan("PVA-2026-014") == by_path(b.index, "plannen/centrum.yaml"));
    CHECK(b.index.plan("PVA-2026-012") == by_path(b.index, "plannen/riolering.yaml"));
    CHECK(b.index.plan("EV-2026-014") == nullptr);  // an eindverslag
    CHECK(b.index.plan("PVA-2026-999") == nullptr);

    Builder only_initiative;
    only_initiative.add("ini.yaml", DocKind::initiatief, "INI-2026-007", "soort: initiatief\nid: INI-2026-007\n");
    only_initiative.index.build();
    CHECK(only_initiative.index.plan("INI-2026-007") == nullptr);
    CHECK(paths(only_initiative.index.with_id("INI-2026-007")) == Paths{"ini.yaml"});
}

TEST_CASE("project_index: reports_for() finds the eindverslagen by their plan")
{
    Builder b;
    fill(b);
    CHECK(paths(b.index.eindverslagen_for("PVA-2026-014")) == Paths{"verslagen/ev-1.yaml", "verslagen/ev-2.yaml"});
    CHECK(paths(b.index.eindverslagen_for("2026")) == Paths{"verslagen/getal.yaml"});  // a plan id written as a number
    CHECK(paths(b.index.eindverslagen_for("PVA-2026-012")) == Paths{});                // a list is no plan id
    CHECK(paths(b.index.eindverslagen_for("EV-2026-014")) == Paths{});
    CHECK(paths(b.index.eindverslagen_for("PVA-2026-999")) == Paths{});
}

TEST_CASE("project_index: build() twice indexes each document once")
{
    Builder b;
    fill(b);
    b.index.build();
    CHECK(b.index.with_id("PVA-2026-014").size() == 3);
    CHECK(b.index.eindverslagen_for("PVA-2026-014").size() == 2);
}

TEST_CASE("project_index: documents keep whether they were checked")
{
    Builder b;
    fill(b);
    CHECK(by_path(b.index, "plannen/centrum.yaml")->checked);
    CHECK_FALSE(by_path(b.index, "plannen/kopie.yaml")->checked);
}
