#pragma once
// `mee render`: a readable report of a plan, an eindverslag or an
// initiative, for the college, the raad and the public. A report is built
// once, as sections of Markdown blocks; the Markdown form prints them, the
// HTML form (render/html_page.hpp) turns them into a page with cmark-gfm and puts
// mee's own drawings where a block carries them.
//
// Text from documents is data, never markup: every text goes through
// escape_markdown (Markdown) or escape_html (what mee inserts into the
// page itself), so no field can become a link, an image or raw HTML.

#include "base/date.hpp"
#include "base/finding.hpp"
#include "base/text.hpp"
#include "document/kind.hpp"
#include "document/project_index.hpp"
#include "policy/profile.hpp"
#include "render/markdown.hpp"
#include "stats/score.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

struct PageBlock {
    std::string markdown;  // CommonMark/GFM, ending in a newline; may be empty when `html` is set
    std::string html;      // when set: what the HTML page shows instead (an SVG or image mee built and escaped)
};

struct PageSection {
    std::string id;         // the HTML id: "opgave", "aandachtspunten" …
    std::string css_class;  // "part" for the parts of the document ("part new-page": starts a printed page), "box …"
                            // for the summary boxes
    std::vector<PageBlock> blocks;
};

struct RenderedPage {
    Lang lang = Lang::nl;
    std::string title;  // plain text, for the page's <title>
    std::vector<PageSection> sections;
    std::string footer;  // Markdown
};

// Whether an initiative's `initiatiefnemer` is shown (--with-personal-data).
enum class PersonalData { leave_out, include };

// Whether the attention points show their rule codes and lines (--with-codes,
// for staff), or only the messages (for the college, the raad and residents).
enum class FindingCodes { leave_out, show };

struct RenderInput {
    const ProjectDocument& document;  // the document to render (its tree, kind, id, shown path)
    const ProjectIndex& project;      // for an eindverslag's plan
    std::vector<Finding> findings;    // `mee check`'s findings of this document, sorted
    const Profile& profile;
    Lang lang = Lang::nl;
    Date today;  // the date the report is made
    PersonalData personal = PersonalData::leave_out;
    FindingCodes codes = FindingCodes::leave_out;
};

// What the index lists about a rendered document.
struct IndexEntry {
    std::string file;  // the report's file name in the output folder
    DocKind kind = DocKind::plan;
    std::string id;
    std::string title;
    std::string status;        // in the report's language
    std::optional<int> score;  // plans and eindverslagen
    std::size_t open = 0;      // the attention points the report lists (attention_points)
};

struct Rendered {
    RenderedPage page;
    IndexEntry entry;  // without `file`
};

// The report of the document in `input`, by its kind.
Rendered render_document(const RenderInput& input);
Rendered render_plan(const RenderInput& input);
Rendered render_eindverslag(const RenderInput& input);
Rendered render_initiatief(const RenderInput& input);

// The index of a folder of reports, in the order given.
RenderedPage render_index(const std::vector<IndexEntry>& entries, Lang lang, const Date& today);

// The page as one Markdown document: the sections' blocks in order, the
// footer last.
std::string to_markdown(const RenderedPage& page);

// A file name for the report of `id` with `extension` ("md", "html"):
// letters, digits, '.', '-' and '_' kept, anything else '_'; `fallback`
// (a file stem) when `id` leaves nothing.
std::string page_file_name(std::string_view id, std::string_view fallback, std::string_view extension);

// ---- Shared by the renderers of each kind (render/render.cpp) ----

// The label of a value of a closed list in the report's language ("te-maken"
// → "te maken", "juridisch" → "legal"); the value itself when unknown. Not
// escaped.
std::string value_label(std::string_view field, std::string_view value, Lang lang);

// The box of attention points and motivated deviations ("aandachtspunten"):
// each finding's message as a sentence, grouped as "moet nog" (errors),
// "let op" (warnings) and "ter informatie"; with `codes`, each with its
// rule code and line.
PageSection findings_section(const std::vector<Finding>& findings, Lang lang,
                             FindingCodes codes = FindingCodes::leave_out);

// The completeness score with each section's share and what it still lacks.
PageSection score_section(const Score& score, Lang lang);

// `text` with each whole-word occurrence of one of `secrets` (compared
// without regard to ASCII case, any white space in the text matching a
// space in the secret; secrets shorter than 3 characters are ignored)
// replaced by `placeholder`: an initiator's name or address that a free
// text repeats stays out of a report too.
std::string redact(std::string_view text, const std::vector<std::string>& secrets, std::string_view placeholder);

// `text` with every run of white space (also no-break and zero-width
// spaces, line ends) as one space, without spaces at the ends.
std::string normalised_secret(std::string_view text);

// What of an initiative's `initiatiefnemer` a public report must not show,
// whatever its shape (a mapping, one text, extra keys, a list): every text
// under it, and the parts of a name (each word of at least three letters
// that is not a particle such as "van" or "der").
std::vector<std::string> initiator_secrets(const Node* initiatiefnemer);

// The number of attention points findings_section lists: every finding
// but the motivated deviations. The index shows this number.
std::size_t attention_points(const std::vector<Finding>& findings);

// `text` as a sentence: its first letter a capital, a full stop at the end
// unless it ends in one already (or in '!', '?', '…').
std::string as_sentence(std::string_view text);

// Whether `text` ends a sentence by itself ('.', '!', '?', '…', also just
// before a closing ')'), so a template adds no full stop of its own.
bool ends_sentence(std::string_view text);

// `text` with a full stop at the end unless it has one (ends_sentence) or is empty.
std::string sentence(std::string_view text);

// The footer: who made the report, when, from which document.
std::string footer_text(const ProjectDocument& document, const Date& today, Lang lang);

}  // namespace mee
