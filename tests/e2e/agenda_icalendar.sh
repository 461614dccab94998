#!/usr/bin/env bash
# `mee agenda --format ics` read back by an independent parser: Debian's
# python3-icalendar under /usr/bin/python3. Checks the calendar properties,
# the events, all-day dates, summaries with commas and non-ASCII letters,
# the folding (75 octets, never inside a UTF-8 sequence), that two runs give
# the same bytes, and that an unrelated edit of a plan keeps every UID.
# Usage: agenda_icalendar.sh MEE CASE_DIR (a folder with plannen/).
# Exit 77 (skipped) when the icalendar module is not installed.
set -u
mee=$(realpath "$1")
case_dir=$(realpath "$2")
py=/usr/bin/python3
if ! "$py" -c 'import icalendar' 2>/dev/null; then
  echo "SKIPPED: /usr/bin/python3 has no icalendar module; install python3-icalendar (apt) to run this test"
  exit 77
fi
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
cp -r "$case_dir/plannen" "$work/"
cd "$work" || exit 1

run() {
  env -u NO_COLOR LANG=C.UTF-8 "$mee" agenda --lang en --today 2026-03-01 --format ics "$@" 2>/dev/null
}
run -o first.ics plannen >stdout.txt || { echo "mee agenda -o failed"; exit 1; }
[[ ! -s stdout.txt ]] || { echo "with -o, nothing goes to standard output"; exit 1; }
run plannen >second.ics || { echo "mee agenda failed"; exit 1; }
cmp -s first.ics second.ics || { echo "two runs over the same documents differ"; exit 1; }

# An unrelated edit: another moment, another title, the plan's datum.
plan=plannen/centrum-lemelerveld.yaml
sed -i 's/^titel: .*/titel: Herinrichting en vergroening centrum Lemelerveld/; s/^datum: 2026-02-09/datum: 2026-04-20/' "$plan"
printf '  - datum: 2026-03-10\n    wat: Extra spreekuur\n    soort: participatie\n' >>"$plan"
run plannen >edited.ics || { echo "mee agenda failed after the edit"; exit 1; }

"$py" - first.ics edited.ics <<'PY'
import datetime
import sys

import icalendar

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


raw = open(sys.argv[1], "rb").read()
check(raw.endswith(b"\r\n"), "the file ends in CRLF")
check(b"\n" not in raw.replace(b"\r\n", b""), "every line ends in CRLF")
for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
    check(len(line) <= 75, f"line {number} is {len(line)} octets, more than 75")
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        check(False, f"line {number} splits a UTF-8 sequence")

cal = icalendar.Calendar.from_ical(raw)
check(cal.name == "VCALENDAR", "a VCALENDAR")
check(str(cal.get("VERSION")) == "2.0", "VERSION:2.0")
check(str(cal.get("PRODID", "")).startswith("-//mee//"), "a PRODID")
check(str(cal.get("CALSCALE")) == "GREGORIAN", "CALSCALE:GREGORIAN")
check(str(cal.get("X-WR-CALNAME")) == "Participation calendar - Met Elkaar 2.0, gemeente Dalfsen",
      "X-WR-CALNAME, its comma unescaped: " + str(cal.get("X-WR-CALNAME")))

events = cal.walk("VEVENT")
check(len(events) == 7, f"7 events, got {len(events)}")
uids = [str(e["UID"]) for e in events]
check(len(set(uids)) == len(uids), "every UID differs")
for e in events:
    start = e.decoded("DTSTART")
    end = e.decoded("DTEND")
    check(type(start) is datetime.date and type(end) is datetime.date, f"{e['UID']}: all-day (DATE) values")
    check(end - start == datetime.timedelta(days=1), f"{e['UID']}: DTEND the next day")
    check("DTSTAMP" in e and "SUMMARY" in e and "DESCRIPTION" in e, f"{e['UID']}: DTSTAMP, SUMMARY, DESCRIPTION")

by_date = {}
for e in events:
    by_date.setdefault(e.decoded("DTSTART"), []).append(e)
dates = [e.decoded("DTSTART") for e in events]
check(dates == sorted(dates), "events in date order")

may = by_date.get(datetime.date(2026, 5, 12), [])
check(len(may) == 1, "one event on 2026-05-12")
if may:
    want = ("Herinrichting centrum Lemelerveld: Worldcafé over het schetsontwerp, de bomen en de bankjes; "
            "met koffie, thee en een rondgang langs alle plekken die bewoners noemden (ook café De Brink)")
    check(str(may[0]["SUMMARY"]) == want, "the long summary with commas and é: " + str(may[0]["SUMMARY"]))
    categories = may[0].get("CATEGORIES")
    values = [str(c) for c in getattr(categories, "cats", [categories])]
    check(values == ["participatie"], f"CATEGORIES by soort: {values}")
    stamp = may[0].decoded("DTSTAMP")
    check(isinstance(stamp, datetime.datetime) and stamp.date() == datetime.date(2026, 3, 3)
          and stamp.utcoffset() == datetime.timedelta(0), f"DTSTAMP from vastgesteld.datum, in UTC: {stamp}")

march = by_date.get(datetime.date(2026, 3, 24), [])
check(len(march) == 2, "two events on 2026-03-24")
if len(march) == 2:
    check(str(march[0]["UID"]).startswith("PVA-2025-024-"), "the same day sorted by plan id")
    description = str(march[1]["DESCRIPTION"])
    check(description.splitlines() == ["Kind: participation",
                                       "For: Omwonenden centrum, Ondernemersvereniging Lemelerveld",
                                       "Online alternative: yes", "Place: Lemelerveld", "Plan: PVA-2026-014"],
          "the description, line by line: " + repr(description))

for e in events:
    text = str(e["SUMMARY"]) + str(e["DESCRIPTION"])
    check("@example.nl" not in text, "no e-mail address in any event")
    check("J. de Vries" not in text and "A. Jansen" not in text, "no names of staff")

edited = icalendar.Calendar.from_ical(open(sys.argv[2], "rb").read()).walk("VEVENT")
check(len(edited) == 8, f"8 events after the edit, got {len(edited)}")
edited_uids = {str(e["UID"]) for e in edited}
check(set(uids) <= edited_uids, "an unrelated edit keeps every UID")

if failures:
    print("\n".join("FAILED: " + f for f in failures))
    sys.exit(1)
print(f"ok: {len(events)} events parsed by icalendar {icalendar.__version__}")
PY
