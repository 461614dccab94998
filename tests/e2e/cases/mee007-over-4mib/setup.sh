# big.yaml: a valid plan (begin.txt) followed by comment lines, 5 MiB in all.
{ cat begin.txt; yes '# opvulling: een regel commentaar.'; } 2>/dev/null | head -c 5242880 > big.yaml
