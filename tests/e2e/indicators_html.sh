#!/usr/bin/env bash
# mee indicators --format html: a self-contained page without script, one
# inline SVG chart per distribution, that Chromium renders (its DOM after
# loading still has the charts and the tables). Skips, saying so, where
# Chromium is absent.
set -u
mee=$(realpath "$1")
examples=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
"$mee" indicators --lang nl --today 2026-12-01 --year 2026 --format html -o indicators.html "$examples" || {
  echo "mee indicators failed"; exit 1; }
# The page itself: no script, no external resources, the charts inline.
if grep -qiE '<script|src="http|href="http|@import|url\(' indicators.html; then
  echo "the page has script or external resources"; exit 1
fi
charts=$(grep -c '<svg class="chart"' indicators.html)
if [[ $charts -lt 10 ]]; then
  echo "expected a chart per distribution (at least 10), found $charts"; exit 1
fi
chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $chromium ]]; then
  echo "SKIP: chromium is not installed; the page was checked without a browser"
  exit 0
fi
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
  --dump-dom "file://$work/indicators.html" >dom.html 2>chromium.log
rendered=$(grep -c '<svg class="chart"' dom.html)
if [[ $rendered != "$charts" ]]; then
  echo "Chromium's DOM has $rendered charts, the page $charts"; tail -5 chromium.log; exit 1
fi
grep -q 'Inwonerbetrokkenheid 2026: jaarlijkse indicatoren' dom.html || { echo "title missing in the DOM"; exit 1; }
grep -q '<th class="num">2025</th>' dom.html || { echo "the year-on-year column is missing"; exit 1; }
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
  --print-to-pdf="$work/indicators.pdf" "file://$work/indicators.html" 2>>chromium.log
[[ -s indicators.pdf ]] || { echo "printing to PDF failed"; tail -5 chromium.log; exit 1; }
echo "indicators html: $charts charts rendered by Chromium, printed to PDF"
