// Fuzz target: the bytes as a document, read as `mee render` reads it, then
// the report built and written as Markdown and as HTML, with and without
// personal data.

#include "fuzz_common.hpp"

#include "document/document.hpp"
#include "policy/profile.hpp"
#include "document/project_index.hpp"
#include "render/render.hpp"
#include "render/html_page.hpp"
#include "document/schema.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace mee;
    const auto& file = fuzz::write_input(data, size);
    Document doc = load_document(file, "fuzz.yaml", Origin::named, SchemaSet::embedded(), Lang::nl);
    if (!doc.root || !doc.kind || doc.state != LoadState::checked) return 0;

    ProjectIndex project;
    project.add(ProjectDocument{doc.path, *doc.kind, doc.id, &*doc.root, true});
    project.build();
    const bool personal = size != 0 && (data[size - 1] & 1) != 0;
    RenderInput input{project.documents().front(), project, doc.findings, embedded_profile(),
                      size != 0 && (data[0] & 1) != 0 ? Lang::en : Lang::nl, Date{2026, 6, 1},
                      personal ? PersonalData::include : PersonalData::leave_out};
    const Rendered r = render_document(input);
    (void)to_markdown(r.page);
    (void)html_page(r.page);
    return 0;
}
