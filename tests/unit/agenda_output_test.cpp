#include "agenda/output.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace {

using mee::Date;

mee::AgendaItem item(Date date, std::string soort, std::string wat)
{
    mee::AgendaItem i;
    i.date = date;
    i.soort = std::move(soort);
    i.wat = std::move(wat);
    i.plan_id = "PVA-2026-014";
    i.plan_title = "Herinrichting centrum Lemelerveld";
    i.plan_path = "plannen/centrum.yaml";
    i.adopted = true;
    i.places = {"Lemelerveld"};
    i.stamp = Date{2026, 3, 3};
    i.uid = mee::moment_uid(i.plan_id, i.soort, i.wat, 0);
    return i;
}

mee::Agenda sample(mee::Lang lang)
{
    mee::Agenda agenda;
    agenda.options.range = {{2026, 3, 1}, {2027, 2, 28}};
    agenda.options.kinds = {"participatie", "terugkoppeling", "besluit"};
    agenda.options.lang = lang;
    agenda.items.push_back(item({2026, 3, 31}, "participatie", "Inloopavond, met koffie; en <b>taart</b>"));
    agenda.items.back().doelgroepen = {"Omwonenden centrum", "Ondernemers & winkeliers"};
    agenda.items.back().online_alternatief = true;
    agenda.items.push_back(item({2026, 7, 7}, "besluit", "Raad stelt ontwerp vast"));
    agenda.items.back().door = "raad";
    agenda.items.back().adopted = false;
    return agenda;
}

std::size_t count(const std::string& text, const std::string& what)
{
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("ics: a calendar with an all-day event per moment, CRLF, no line over 75 octets")
{
    const std::string ics = mee::agenda_ics(sample(mee::Lang::nl), mee::embedded_profile());
    CHECK(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    CHECK(ics.ends_with("END:VCALENDAR\r\n"));
    CHECK(ics.find("\r\nCALSCALE:GREGORIAN\r\n") != std::string::npos);
    CHECK(ics.find("\r\nX-WR-CALNAME:Participatiekalender - Met Elkaar 2.0\\, gemeente Dalfsen\r\n") !=
          std::string::npos);
    CHECK(count(ics, "BEGIN:VEVENT\r\n") == 2);
    CHECK(count(ics, "\n") == count(ics, "\r\n"));  // every line ends in CRLF
    std::size_t start = 0;
    for (auto at = ics.find("\r\n"); at != std::string::npos; at = ics.find("\r\n", start)) {
        CHECK(at - start <= 75);
        start = at + 2;
    }
    // The last day of a month ends on the first of the next.
    CHECK(ics.find("DTSTART;VALUE=DATE:20260331\r\nDTEND;VALUE=DATE:20260401\r\n") != std::string::npos);
    CHECK(ics.find("DTSTAMP:20260303T000000Z\r\n") != std::string::npos);
    CHECK(ics.find("CATEGORIES:participatie\r\n") != std::string::npos);
    CHECK(ics.find("STATUS:CONFIRMED\r\n") != std::string::npos);
    CHECK(ics.find("STATUS:TENTATIVE\r\n") != std::string::npos);  // the concept plan
    CHECK(ics.find("LOCATION:") == std::string::npos);             // the title's place is not the venue
    CHECK(ics.find("TRANSP:TRANSPARENT\r\n") != std::string::npos);
}

TEST_CASE("ics: TEXT values escaped, the description on lines of its own")
{
    const std::string ics = mee::agenda_ics(sample(mee::Lang::en), mee::embedded_profile());
    std::string unfolded;
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics.compare(i, 3, "\r\n ") == 0)
            i += 2;
        else
            unfolded += ics[i];
    }
    CHECK(
        unfolded.find("SUMMARY:Herinrichting centrum Lemelerveld: Inloopavond\\, met koffie\\; en <b>taart</b>\r\n") !=
        std::string::npos);
    CHECK(unfolded.find("DESCRIPTION:Kind: participation\\nFor: Omwonenden centrum\\, Ondernemers & winkeliers\\n"
                        "Online alternative: yes\\nPlace: Lemelerveld\\nPlan: PVA-2026-014\r\n") != std::string::npos);
    CHECK(unfolded.find("SUMMARY:Herinrichting centrum Lemelerveld: Raad stelt ontwerp vast (draft)\r\n") !=
          std::string::npos);
    CHECK(unfolded.find("Decided by: municipal council") != std::string::npos);
    CHECK(unfolded.find("UID:PVA-2026-014-") != std::string::npos);
}

TEST_CASE("html: a page in the user's language, grouped by month, every text escaped")
{
    const std::string html = mee::agenda_html(sample(mee::Lang::nl), mee::embedded_profile());
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    CHECK(html.find("<meta name=\"viewport\"") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<h2 id=\"mee-agenda-2026-03\">Maart 2026</h2>") != std::string::npos);
    CHECK(html.find("<h2 id=\"mee-agenda-2026-07\">Juli 2026</h2>") != std::string::npos);
    CHECK(html.find("<time datetime=\"2026-03-31\">dinsdag 31 maart 2026</time>") != std::string::npos);
    CHECK(html.find("Inloopavond, met koffie; en &lt;b&gt;taart&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("<b>taart") == std::string::npos);
    CHECK(html.find("Ondernemers &amp; winkeliers") != std::string::npos);
    CHECK(html.find("<dt>Plaats</dt><dd>Lemelerveld</dd>") != std::string::npos);
    CHECK(html.find("<span class=\"mee-agenda-concept\">concept</span>") != std::string::npos);
    CHECK(count(html, "<section ") == 2);
    CHECK(count(html, "</section>") == 2);
    const std::string en = mee::agenda_html(sample(mee::Lang::en), mee::embedded_profile());
    CHECK(en.find("<html lang=\"en\">") != std::string::npos);
    CHECK(en.find(">Tuesday 31 March 2026<") != std::string::npos);
    CHECK(en.find(">July 2026</h2>") != std::string::npos);
}

TEST_CASE("html and md say so when there is nothing in the period")
{
    mee::Agenda empty = sample(mee::Lang::en);
    empty.items.clear();
    CHECK(mee::agenda_html(empty, mee::embedded_profile()).find("<p>There are no moments in this period.</p>") !=
          std::string::npos);
    CHECK(mee::agenda_markdown(empty, mee::embedded_profile()).ends_with("\nThere are no moments in this period.\n"));
}

TEST_CASE("md: a list per month, every text escaped")
{
    const std::string md = mee::agenda_markdown(sample(mee::Lang::nl), mee::embedded_profile());
    CHECK(md.starts_with("# Participatiekalender\n"));
    CHECK(md.find("\n## Maart 2026\n\n- **dinsdag 31 maart 2026**: Inloopavond, met koffie; en \\<b>taart\\</b>\n") !=
          std::string::npos);
    CHECK(md.find("  - Plan: PVA-2026-014\n") != std::string::npos);
    CHECK(md.find("  - Besluit door: gemeenteraad\n") != std::string::npos);
    CHECK(md.find("*(concept)*") != std::string::npos);
}

TEST_CASE("json: the same data for scripts")
{
    const auto json = nlohmann::json::parse(mee::agenda_json(sample(mee::Lang::en)));
    CHECK(json["from"] == "2026-03-01");
    CHECK(json["to"] == "2027-02-28");
    CHECK(json["kinds"].size() == 3);
    REQUIRE(json["moments"].size() == 2);
    const auto& m = json["moments"][0];
    CHECK(m["date"] == "2026-03-31");
    CHECK(m["kind"] == "participatie");
    CHECK(m["what"] == "Inloopavond, met koffie; en <b>taart</b>");
    CHECK(m["decided_by"].is_null());
    CHECK(m["target_groups"][1] == "Ondernemers & winkeliers");
    CHECK(m["online_alternative"] == true);
    CHECK(m["places"][0] == "Lemelerveld");
    CHECK(m["plan"]["id"] == "PVA-2026-014");
    CHECK(m["plan"]["status"] == "vastgesteld");
    CHECK(json["moments"][1]["plan"]["status"] == "concept");
    CHECK(json["moments"][1]["decided_by"] == "raad");
}
