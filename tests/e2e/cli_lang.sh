#!/usr/bin/env bash
# The language of the command line comes from --lang, else `lang:` in
# .mee.yaml, else the locale: Dutch when it names no language (LANG=C, a CI
# container, or no LANG at all), English for an English locale. Help,
# usage errors and .mee.yaml errors all follow it.
set -u
mee=$(realpath "$1")
source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
m() { env -u LC_ALL -u LC_MESSAGES -u LANG -u LANGUAGE "$@"; }
first_line() { head -1; }
usage() { grep -m1 -E '^(Gebruik|Usage):' | cut -d: -f1; }

expect "no LANG: check --help is Dutch" "Gebruik" "$(m "$mee" check --help | usage)"
expect "LANG=C: check --help is Dutch" "Gebruik" "$(m LANG=C "$mee" check --help | usage)"
expect "LANG=POSIX: check --help is Dutch" "Gebruik" "$(m LANG=POSIX "$mee" check --help | usage)"
expect "LANG=C.UTF-8: check --help is Dutch" "Gebruik" "$(m LANG=C.UTF-8 "$mee" check --help | usage)"
expect "LANG=nl_NL.UTF-8: Dutch" "Gebruik" "$(m LANG=nl_NL.UTF-8 "$mee" check --help | usage)"
expect "LANG=en_US.UTF-8: English" "Usage" "$(m LANG=en_US.UTF-8 "$mee" check --help | usage)"
expect "LC_ALL=en_GB.UTF-8 wins over LANG=nl_NL" "Usage" \
  "$(m LANG=nl_NL.UTF-8 LC_ALL=en_GB.UTF-8 "$mee" check --help | usage)"
expect "--lang nl wins over an English locale" "Gebruik" \
  "$(m LANG=en_US.UTF-8 "$mee" check --help --lang nl | usage)"
expect "--lang=en wins over no locale" "Usage" "$(m "$mee" check --lang=en --help | usage)"

m LANG=en_US.UTF-8 "$mee" >out 2>err
expect "bare mee: exit status" 2 $?
expect "bare mee: nothing on stdout" "" "$(cat out)"
expect "bare mee in English: the commands" "Commands:" "$(grep -m1 '^Commands:' err)"
m "$mee" >out 2>err
expect "bare mee without LANG: Dutch" "Opdrachten:" "$(grep -m1 '^Opdrachten:' err)"

expect "unknown option, English locale" \
  "mee: error: unknown option '--frmat' for mee check; did you mean '--format'?" \
  "$(m LANG=en_US.UTF-8 "$mee" check --frmat json 2>&1 | first_line)"
expect "unknown option, no locale" \
  "mee: fout: onbekende optie '--frmat' bij mee check; bedoelde u '--format'?" \
  "$(m "$mee" check --frmat json 2>&1 | first_line)"

# lang: in .mee.yaml beats the locale, --lang beats .mee.yaml.
printf 'lang: en\n' >.mee.yaml
expect ".mee.yaml lang: en beats no locale" "Usage" "$(m "$mee" check --help | usage)"
expect "--lang nl beats .mee.yaml" "Gebruik" "$(m "$mee" check --help --lang nl | usage)"
printf 'lang: nl\nfailon: warning\n' >.mee.yaml
expect "a bad .mee.yaml with lang: nl is told in Dutch under an English locale" \
  "mee: fout: .mee.yaml:2:1: onbekende sleutel 'failon' in .mee.yaml; bedoelde u 'fail_on'?" \
  "$(m LANG=en_US.UTF-8 "$mee" check . 2>&1 | first_line)"
expect "--lang en beats it" \
  "mee: error: .mee.yaml:2:1: unknown key 'failon' in .mee.yaml; did you mean 'fail_on'?" \
  "$(m LANG=en_US.UTF-8 "$mee" check --lang en . 2>&1 | first_line)"
exit $fail
