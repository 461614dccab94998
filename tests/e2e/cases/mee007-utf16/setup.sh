# utf16.yaml: 'soort: plan' saved as UTF-16 little-endian with its byte order mark.
printf '\377\376s\000o\000o\000r\000t\000:\000 \000p\000l\000a\000n\000\n\000' > utf16.yaml
