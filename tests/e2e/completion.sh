#!/usr/bin/env bash
# `mee completion bash|zsh|fish` prints scripts the shells accept. bash is
# always here, so its script is also exercised: completing commands, options,
# an option's values, rule codes after `explain` and kinds after `init`, all
# as mee itself lists them. zsh and fish are checked when installed.
set -u
mee=$(realpath "$1")
source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"
script=$("$mee" completion bash)
expect "completion bash: exit status" 0 $?
bash -n <(printf '%s\n' "$script")
expect "the bash script parses" 0 $?

complete_words() {  # WORDS... (the last one is being completed)
  bash --norc --noprofile -c '
    complete() { :; }; compopt() { :; }
    eval "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
    _mee
    printf "%s\n" "${COMPREPLY[@]}"' _ "$script" "$@" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'
}
expect "commands" "check" "$(complete_words mee ch)"
expect "options of check" "--fail-on --format" "$(complete_words mee check --f)"
expect "values of --format" "sarif" "$(complete_words mee check --format sa)"
expect "values of --fail-on" "error" "$(complete_words mee check --fail-on e)"
expect "kinds for init" "eindverslag" "$(complete_words mee init ei)"
expect "a flag takes no value" "MEE001 MEE002" "$(complete_words mee explain --quiet MEE00 | cut -d' ' -f1-2)"
expect "kinds for schema" "plan profile" "$(complete_words mee schema p)"
expect "shells for completion" "zsh" "$(complete_words mee completion z)"
codes=$("$mee" rules --lang en | awk 'NR > 1 { print $1 }' | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
expect "every rule code of mee rules for explain" "$codes" "$(complete_words mee explain MEE)"
expect "MEE1 codes" "$(printf '%s\n' $codes | grep '^MEE1' | tr '\n' ' ' | sed 's/ $//')" "$(complete_words mee explain MEE1)"
for c in $("$mee" --help --lang en | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
  [[ " $(complete_words mee '') " == *" $c "* ]] || { echo "FAILED: command $c is not completed"; fail=1; }
done

for shell in zsh fish; do
  out=$("$mee" completion "$shell")
  expect "completion $shell: exit status" 0 $?
  if ! command -v "$shell" >/dev/null; then
    echo "skipped: $shell is not installed, its script is not parsed"
    continue
  fi
  if [[ $shell == zsh ]]; then
    zsh -n <(printf '%s\n' "$out")
  else
    printf '%s\n' "$out" | fish --no-execute
  fi
  expect "the $shell script parses" 0 $?
done
if command -v fish >/dev/null; then
  got=$(fish --no-config -c "$("$mee" completion fish); complete -C 'mee check --format sa'" | cut -f1)
  expect "fish completes --format values" "sarif" "$got"
  got=$(fish --no-config -c "$("$mee" completion fish); complete -C 'mee explain MEE00'" | cut -f1 | head -1)
  expect "fish completes rule codes" "MEE001" "$got"
fi
if command -v zsh >/dev/null; then
  # Load the function the way compinit would and check it defines _mee.
  got=$(zsh -f -c "autoload -Uz compinit && compinit -u -D; source <($mee completion zsh) 2>/dev/null; whence -w _mee" 2>&1)
  expect "zsh defines _mee" "_mee: function" "$got"
fi
"$mee" completion powershell >/dev/null 2>&1
expect "an unknown shell: exit status" 2 $?
exit $fail
