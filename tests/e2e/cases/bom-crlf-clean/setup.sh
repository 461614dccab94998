# plan.yaml: the full example plan (plan.txt) with a UTF-8 byte order mark and CRLF line ends.
{ printf '\357\273\277'; sed 's/$/\r/' plan.txt; } > plan.yaml
