#!/usr/bin/env bash
# `mee render --to html` laid out by Chromium at the widths people read it
# at: the index of a folder of reports on a 1200 px screen, a plan (its
# step-1 table, its parts) on a 390 px phone. Neither the page nor the
# tables named may scroll sideways. The page itself has no script (its
# Content-Security-Policy forbids it), so a copy without that policy gets a
# script that measures and writes what it finds into the DOM Chromium dumps.
# Exits 77 (skipped) where Chromium is absent.
# usage: render_width.sh MEE REPO
set -u
mee=$(realpath "$1")
repo=$(realpath "$2")
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z $chromium ]]; then
  echo "SKIP: chromium is not installed"
  exit 77
fi
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
fail=0

mkdir docs
cp "$repo"/tests/e2e/render/hostile-*.yaml docs/
cp "$repo"/examples/plannen/*.yaml "$repo"/examples/eindverslagen/*.yaml "$repo"/examples/initiatieven/*.yaml docs/
"$mee" render docs --to html -o out/ --today 2026-12-01 2>/dev/null || { echo "FAILED: mee render"; exit 1; }

# check FILE WIDTH SELECTOR: FILE shown WIDTH px wide (in a frame of that
# width: Chromium's own window is never narrower than 500 px); the page and
# each element SELECTOR matches (at least one) must not be wider than they
# show. The copy of the page in the frame is without its
# Content-Security-Policy, so the outer page may look inside it.
check() {
  local file=$1 width=$2 selector=$3 name
  name=$(basename "$file" .html)-$width
  grep -v 'Content-Security-Policy' "$file" >"$name.html"
  cat >"$name-frame.html" <<HTML
<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="$name.html" style="width:${width}px;height:900px;border:0"></iframe>
<script>window.addEventListener('load', function () { $(measure "$selector") });</script></body></html>
HTML
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/profile" \
    --allow-file-access-from-files --window-size=1400,900 --virtual-time-budget=5000 \
    --dump-dom "file://$work/$name-frame.html" >"$name.dom" 2>>chromium.log
  local result
  result=$(sed -n 's|.*<pre id="width-check">\(.*\)</pre>.*|\1|p' "$name.dom")
  if [[ -z $result ]]; then
    echo "FAILED: $file at $width px: Chromium did not measure the page"; tail -3 chromium.log; fail=1
  elif [[ $result != "ok"* ]]; then
    echo "FAILED: $file at $width px scrolls sideways: $result"; fail=1
  else
    echo "$file at $width px: $result"
  fi
}

# The script that measures, in the outer page: the frame's width against
# its page's and each matched element's, written into <pre id="width-check">.
measure() {
  cat <<JS
var doc = document.getElementById('f').contentDocument, problems = [], seen = 0;
if (!doc) { problems.push('the frame cannot be read'); } else {
  var w = doc.documentElement.clientWidth;
  if (doc.documentElement.scrollWidth > w) problems.push('the page is ' + doc.documentElement.scrollWidth + ' px wide in ' + w + ' px');
  doc.querySelectorAll('$1').forEach(function (e) {
    seen++;
    if (e.scrollWidth > e.clientWidth) problems.push('$1 #' + seen + ' is ' + e.scrollWidth + ' px wide in ' + e.clientWidth + ' px');
  });
  if (seen === 0) problems.push('nothing matches $1');
}
var pre = document.createElement('pre');
pre.id = 'width-check';
pre.textContent = problems.length ? problems.join('; ') : 'ok, ' + seen + ' checked in ' + w + ' px';
document.body.appendChild(pre);
JS
}

check out/index.html 1200 '#index .table-wrap'
for plan in out/PVA-*.html; do
  check "$plan" 390 '#stap-1 .table-wrap'
done

[[ $fail == 0 ]] && echo "render width: no page scrolls sideways"
exit $fail
