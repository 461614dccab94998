# nul.yaml: a NUL byte in the middle of line 2.
printf 'soort: initiatief\nid: INI\000-2026-009\n' > nul.yaml
