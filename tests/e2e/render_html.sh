#!/usr/bin/env bash
# `mee render --to html` checked with a real HTML parser (render_html_check.py):
# a folder of documents, clean ones and ones whose every text carries a
# hostile payload, rendered into a folder with an index; each page must have
# its structure (the nine parts, the two drawings, the embedded kaart) and
# no active content; the initiator's personal data only with the flag.
# usage: render_html.sh MEE REPO
set -u
mee=$(realpath "$1")
repo=$(realpath "$2")
check="python3 $repo/tests/e2e/render_html_check.py"
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
fail=0
run() { "$@" || { echo "FAILED: $*"; fail=1; }; }

mkdir -p docs/kaarten
cp "$repo"/tests/e2e/render/hostile-*.yaml docs/
cp "$repo"/examples/plannen/pva-2025-018-kerkstraat-nieuwleusen.yaml docs/plan.yaml
cp "$repo"/examples/eindverslagen/ev-2025-018-kerkstraat-nieuwleusen.yaml docs/eindverslag.yaml
cp "$repo"/examples/initiatieven/ini-2025-011-pumptrack-nieuwleusen.yaml docs/initiatief.yaml
sed -i 's|^  belanghebbenden:|  kaart: kaarten/kerkstraat.png\n  belanghebbenden:|' docs/plan.yaml
python3 - <<'PY'
import struct, zlib
def chunk(t, c): return struct.pack('>I', len(c)) + t + c + struct.pack('>I', zlib.crc32(t + c) & 0xffffffff)
w, h = 40, 30
raw = b''.join(b'\x00' + b''.join(bytes([(x * 6) % 256, (y * 8) % 256, 160]) for x in range(w)) for y in range(h))
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
open('docs/kaarten/kerkstraat.png', 'wb').write(png)
PY
echo "lang: nl" >docs/.mee.yaml

# A folder of documents into a folder of reports with an index.
run "$mee" render docs --to html -o out/ --today 2026-12-01
for f in PVA-2025-018 PVA-2026-666 EV-2025-018 EV-2026-666 INI-2025-011 INI-2026-666 index; do
  [[ -f out/$f.html ]] || { echo "FAILED: out/$f.html was not written"; fail=1; }
done
run $check out/PVA-2025-018.html --expect plan --kaart --present "Herinrichting Kerkstraat Nieuwleusen" \
  --present "Uitkomst: betrekken." --present "Compleetheid: 100 van 100"
run $check out/PVA-2026-666.html --expect plan \
  --present "<script>document.documentElement.setAttribute('data-pwned','titel')</script> Speelplek \"De Haven'" \
  --present "[klik hier](javascript:alert(1))" --present "<iframe src=\"https://evil.example/\"></iframe>" \
  --present "de kaart '../../../../etc/passwd.png' is niet opgenomen"
run $check out/EV-2025-018.html --expect eindverslag --present "Gepland en uitgevoerd" --present "Fietsstraat"
run $check out/EV-2026-666.html --expect eindverslag --present "<h1 onclick=\"alert(1)\">Schommel</h1>" \
  --present "javascript:alert(document.domain)"
for f in INI-2025-011 INI-2026-666; do
  run $check out/$f.html --expect initiatief --absent "S. Bosch" --absent "s.bosch@example.nl" \
    --absent "Jan Geheim" --absent "jan.geheim@example.nl" --absent "Stichting Geheim Groen"
done
run $check out/INI-2026-666.html --expect initiatief --present "[initiatiefnemer]"
run $check out/index.html --expect index --present "PVA-2025-018" --present "INI-2026-666"

# The same folder as Markdown: one .md per document and an index.md linking them.
run "$mee" render docs --to md -o md --today 2026-12-01
for f in PVA-2025-018 PVA-2026-666 EV-2025-018 EV-2026-666 INI-2025-011 INI-2026-666 index; do
  [[ -f md/$f.md ]] || { echo "FAILED: md/$f.md was not written"; fail=1; }
done
grep -qF '[PVA-2025-018](<PVA-2025-018.md>)' md/index.md || { echo "FAILED: index.md does not link PVA-2025-018.md"; fail=1; }
if grep -rq "Jan Geheim" md/; then echo "FAILED: personal data in the Markdown reports"; fail=1; fi
# Rendering again replaces the reports; no temporary files are left behind.
run "$mee" render docs --to md -o md --today 2026-12-01
if ls -A md | grep -q '^\.'; then echo "FAILED: temporary files left in md/"; fail=1; fi

# With --with-personal-data the initiator is in the report, and a warning on stderr says so.
run "$mee" render docs/hostile-initiatief.yaml --to html --with-personal-data -o personal.html --today 2026-12-01 2>err.txt
grep -q "with-personal-data" err.txt || { echo "FAILED: no warning for --with-personal-data"; fail=1; }
run $check personal.html --expect initiatief --present "Jan Geheim" --present "jan.geheim@example.nl"

# One document to stdout is the same page as to a file.
"$mee" render docs/hostile-plan.yaml --to html --today 2026-12-01 >stdout.html || { echo "FAILED: render to stdout"; fail=1; }
run $check stdout.html --expect plan
"$mee" render docs/hostile-plan.yaml --to html --today 2026-12-01 -o file.html
cmp -s stdout.html file.html || { echo "FAILED: stdout and -o FILE differ"; fail=1; }

# English on request.
"$mee" render docs/plan.yaml --to html --lang en --today 2026-12-01 >en.html
run $check en.html --expect plan --kaart --present "Outcome: involve." --present "Stakeholder analysis"
grep -q '<html lang="en">' en.html || { echo "FAILED: --lang en page is not lang=en"; fail=1; }

[[ $fail == 0 ]] && echo "render html: all checks passed"
exit $fail
