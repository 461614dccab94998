# latin1.yaml: an initiative saved as Latin-1: the e-acute of 'Caf\xe9' is the byte 0xE9.
printf 'soort: initiatief\nid: INI-2026-008\ntitel: Caf\xe9 De Kolk\n' > latin1.yaml
