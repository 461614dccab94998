#pragma once
// `mee agenda` (§3.4): the participation calendar the policy promises
// residents. The planning moments of the plans under the paths, chosen by
// date range, kind of moment and the plan's status, in a stable order.
// Only what the public may see is kept: the plan's title and id, what
// happens, the target groups, whether there is an online alternative, who
// decides, and the places named in the title; never the people in a plan
// (`verantwoordelijke`, `adviseur`), and never a text that holds an e-mail
// address or a phone number (rules.md MEE501).

#include "base/date.hpp"
#include "base/status.hpp"
#include "base/text.hpp"
#include "policy/profile.hpp"
#include "yaml/tree.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

// The planning `soort` values (documents.md), in the policy's order.
inline constexpr std::string_view k_moment_kinds[] = {"participatie", "informatie", "terugkoppeling", "besluit",
                                                      "overig"};
// What the calendar shows unless told otherwise: the moments where residents
// take part, hear back, or see a decision.
inline constexpr std::string_view k_default_moment_kinds[] = {"participatie", "terugkoppeling", "besluit"};

enum class IncludeConcept { no, yes };

// Both ends inclusive.
struct DateRange {
    Date from;
    Date to;
    bool contains(const Date& d) const { return from <= d && d <= to; }
};

// A year from `from`: up to and including the day before the same date a
// year later (2026-06-01 gives 2027-05-31; 2028-02-29 gives 2029-02-28).
DateRange year_from(const Date& from);

struct AgendaOptions {
    DateRange range;
    std::vector<std::string> kinds;  // planning soorten to show; empty: k_default_moment_kinds
    IncludeConcept include_concept = IncludeConcept::no;
    const Profile* profile = nullptr;  // for the places; nullptr: the embedded profile
    Lang lang = Lang::en;
};

struct AgendaItem {
    Date date;
    std::string soort;  // a k_moment_kinds value
    std::string wat;    // what happens; may be empty
    std::string door;   // who decides (a besluit); may be empty
    std::vector<std::string> doelgroepen;
    bool online_alternatief = false;  // absent counts as no
    std::string plan_id;
    std::string plan_title;
    std::string plan_path;            // as found (walked or named)
    bool adopted = false;             // status: vastgesteld
    std::vector<std::string> places;  // kernen and buurtschappen named in the title
    std::size_t order = 0;            // position in the plan's `planning` list
    Date stamp;                       // DTSTAMP: see plan_stamp
    std::string uid;                  // see moment_uid
};

struct Agenda {
    AgendaOptions options;          // with the kinds filled in
    std::vector<AgendaItem> items;  // sorted by date, plan id, order in the plan, path
    // One sentence each, in the user's language, for stderr: files and texts
    // left out, so nothing is dropped without a word.
    std::vector<std::string> notes;
    std::size_t plans_read = 0;                 // plans whose moments were looked at (adopted or not)
    std::size_t read_errors = 0;                // files that could not be read as a document
    std::vector<std::filesystem::path> inputs;  // every file read, so -o never overwrites one
};

// Adds the moments of one plan (a mapping with soort: plan) that pass the
// options. `path` names the plan in notes. A plan without an id is left out
// with a note. The UIDs count every moment of the plan, so which ones pass
// the options never changes them.
void add_plan_moments(Agenda& agenda, const Node& plan, std::string_view path);

// Sorts the items: date, plan id, order in the plan, then path.
void sort_agenda(Agenda& agenda);

// Reads the files under `paths` (walked as `mee check` walks them; `stop` is
// the project top for .meeignore) and gathers the agenda. A file that cannot
// be read, or that cannot be read as a mee document (MEE001, MEE003, MEE006,
// MEE007, MEE008), is left out with a note and counted in read_errors. Fails
// only when a path does not exist or a folder cannot be read.
Expected<Agenda> build_agenda(const std::vector<std::string>& paths, const std::filesystem::path& stop,
                              AgendaOptions options, unsigned jobs);

// The UID of a moment: "<plan id>-<16 hex digits>@mee", the digits a 64-bit
// FNV-1a hash of the plan id, the moment's soort, its `wat` with runs of
// white space made one space and trimmed, and `occurrence`: how many earlier
// moments of the same plan (by date, then list order) have that same soort
// and wat. The date is left out on purpose, so a moment that is moved keeps
// its UID and calendars move the event instead of showing it twice; an
// edit elsewhere in the plan (another moment added, another text changed,
// the order of the list) keeps it too. Changing the moment's soort or wat,
// or the plan's id, makes it a new event. Characters of the plan id other
// than ASCII letters, digits and '-' become '-'.
std::string moment_uid(std::string_view plan_id, std::string_view soort, std::string_view wat, std::size_t occurrence);

// The DTSTAMP date of a plan's events: the later of `datum` (the date of this
// version) and `vastgesteld.datum`, so the output depends on the documents
// only, never on the clock, and a new version of the plan gets a new stamp.
// 1970-01-01 when the plan has neither.
Date plan_stamp(const Node& plan);

// The kernen and buurtschappen of `profile` named in `title`, in the order
// they appear: a whole word, with its capital (so "Holt" the buurtschap, not
// a verb), not right after "gemeente " (the municipality, not the kern).
// Plans have no kern key (documents.md), so the title is all there is; a
// title that names no place gives none.
std::vector<std::string> places_in(std::string_view title, const Profile& profile);

}  // namespace mee
