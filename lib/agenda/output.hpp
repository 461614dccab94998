#pragma once
// The forms of `mee agenda`: an iCalendar file for calendar programs, a web
// page for the public, Markdown for the intranet, JSON for scripts. They
// format what agenda/agenda.hpp chose and never choose themselves. Every text from
// a document is escaped for its form (ical_text, escape_html,
// escape_markdown, JSON). The output depends on the agenda alone, never on
// the clock, so two runs over the same documents give the same bytes.

#include "agenda/agenda.hpp"
#include "base/text.hpp"
#include "policy/profile.hpp"

#include <string>

namespace mee {

// RFC 5545: one all-day VEVENT per item, CRLF line ends, folded lines.
std::string agenda_ics(const Agenda& agenda, const Profile& profile);

// A self-contained HTML page (no script, CSS in the page), one section per
// month; the calendar itself is one <div class="mee-agenda"> to embed.
std::string agenda_html(const Agenda& agenda, const Profile& profile);

// GitHub-flavoured Markdown, one section per month.
std::string agenda_markdown(const Agenda& agenda, const Profile& profile);

// {"from", "to", "kinds", "include_concept", "moments": [...]}: see the README.
std::string agenda_json(const Agenda& agenda);

}  // namespace mee
