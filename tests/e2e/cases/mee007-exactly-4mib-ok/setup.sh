# big.yaml: a valid plan (begin.txt) followed by comment lines, exactly 4 MiB: allowed.
{ cat begin.txt; yes '# opvulling: een regel commentaar.'; } 2>/dev/null | head -c 4194304 > big.yaml
