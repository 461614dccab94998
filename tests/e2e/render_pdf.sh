#!/usr/bin/env bash
# A rendered report in a real browser: headless Chromium loads the page,
# nothing in it runs (checked without the page's Content-Security-Policy,
# so the escaping alone must hold), and print-to-PDF gives a document of
# several pages. Skipped (exit 77) where Chromium is not installed.
# usage: render_pdf.sh MEE REPO
set -u
mee=$(realpath "$1")
repo=$(realpath "$2")
browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser=$(command -v "$b"); break; fi
done
if [[ -z $browser ]]; then
  echo "SKIPPED: Chromium is not installed (apt-get install chromium), so the print-to-PDF check did not run"
  exit 77
fi
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
fail=0
chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" "$@" 2>/dev/null
}

cp "$repo"/examples/plannen/pva-2025-018-kerkstraat-nieuwleusen.yaml plan.yaml
cp "$repo"/tests/e2e/render/hostile-plan.yaml hostile.yaml
"$mee" render plan.yaml --to html --today 2026-12-01 -o plan.html || { echo "FAILED: render plan.yaml"; exit 1; }
"$mee" render hostile.yaml --to html --today 2026-12-01 -o hostile.html || { echo "FAILED: render hostile.yaml"; exit 1; }

# Print to PDF: a real PDF with more than one page (the parts start on new pages).
chrome --print-to-pdf="$work/plan.pdf" --no-pdf-header-footer "file://$work/plan.html" >/dev/null
if [[ ! -s plan.pdf ]] || [[ $(head -c 5 plan.pdf) != "%PDF-" ]]; then
  echo "FAILED: Chromium made no PDF of the report"
  fail=1
else
  pages=$(grep -a -o "/Type */Pages\?" plan.pdf | grep -c -v "Pages")
  if ((pages < 2)); then
    echo "FAILED: the PDF has $pages page(s); expected the summary and the parts on several pages"
    fail=1
  else
    echo "PDF of the plan report: $pages pages, $(wc -c <plan.pdf) bytes"
  fi
fi

# Load the hostile page without its Content-Security-Policy: every payload
# would set data-pwned on <html> if it ran; the DOM after loading must not have it.
sed '/Content-Security-Policy/d' hostile.html >hostile-no-csp.html
chrome --dump-dom "file://$work/hostile-no-csp.html" >dom.html
if ! grep -q "Speelplek" dom.html; then
  echo "FAILED: Chromium did not load the hostile report"
  fail=1
elif grep -q 'data-pwned="' dom.html; then
  echo "FAILED: a payload ran in the browser: $(grep -o 'data-pwned="[^"]*"' dom.html | head -3)"
  fail=1
else
  echo "hostile report loaded; no payload ran"
fi
[[ $fail == 0 ]] && echo "render pdf: all checks passed"
exit $fail
