#!/usr/bin/env bash
# The ready-made integrations, tried as far as this machine allows:
#  - examples/ci/github-actions.yml, examples/ci/gitlab-ci.yml and
#    .pre-commit-hooks.yaml are YAML that mee's own reader parses (walked,
#    they are skipped as "no soort", never MEE001), and, where PyYAML is
#    installed, have the structure their tool needs;
#  - the mee commands the GitHub workflow and the GitLab job run are run,
#    exactly as written, in a copy of examples/ standing in for a repository
#    of documents (GITHUB_ACTIONS=true for the workflow), and the files they
#    write are checked: SARIF and Code Quality JSON, JUnit XML, HTML reports;
#  - the pre-commit hook is run as pre-commit runs it: its entry with the
#    staged files that match `files` and not `exclude`.
set -u
mee=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"
mkdir -p "$work/bin" && ln -s "$mee" "$work/bin/mee"
export PATH="$work/bin:$PATH"
workflow=$source_dir/examples/ci/github-actions.yml
gitlab=$source_dir/examples/ci/gitlab-ci.yml
hooks=$source_dir/.pre-commit-hooks.yaml

# 1. mee's own YAML reader: walked, each file is parsed and skipped.
mkdir -p "$work/yaml"
cp "$workflow" "$gitlab" "$work/yaml/"
cp "$hooks" "$work/yaml/pre-commit-hooks.yaml"
out=$(cd "$work/yaml" && env -u GITHUB_ACTIONS mee check --lang en --color never --verbose . 2>&1)
expect "mee's YAML reader parses the three files (exit status)" 0 $?
expect "mee's YAML reader parses the three files (all skipped, none MEE001)" 3 "$(grep -c '^mee: skipped, no soort: ' <<<"$out")"

# 2. Their structure, with PyYAML where it is installed.
python=/usr/bin/python3
if [[ -x $python ]] && "$python" -c 'import yaml' 2>/dev/null; then
  "$python" - "$workflow" "$gitlab" "$hooks" <<'PY'
import re, sys, yaml
workflow, gitlab, hooks = (yaml.safe_load(open(p)) for p in sys.argv[1:4])
problems = []
def need(ok, what):
    print(("ok: " if ok else "FAILED: ") + what)
    if not ok: problems.append(what)
on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key on as true
need(isinstance(on, dict) and "pull_request" in on and "push" in on, "workflow runs on push and pull_request")
need(workflow.get("permissions", {}).get("security-events") == "write", "workflow may upload SARIF")
steps = workflow["jobs"]["mee"]["steps"]
uses = [s.get("uses", "") for s in steps]
upload = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
need(len(upload) == 1 and upload[0]["with"]["sarif_file"] == "mee.sarif", "workflow uploads mee.sarif with upload-sarif")
need("always" in upload[0].get("if", "") or "cancelled" in upload[0].get("if", ""), "the upload runs also when the check fails")
need(any(u.startswith("actions/upload-artifact@") for u in uses), "workflow keeps the reports as an artifact")
runs = "\n".join(s.get("run", "") for s in steps)
need("mee check --fail-on error --output sarif=mee.sarif ." in runs, "workflow checks with a SARIF output, --fail-on pinned")
install = "\n".join(s.get("run", "") for s in steps if "apt-get install" in s.get("run", ""))
need(" libyaml-dev " in install + " ", "workflow installs libyaml-dev, which mee is built with")
need("mee render " in runs, "workflow renders the reports")
job = gitlab["mee"]
reports = job["artifacts"]["reports"]
need(job["artifacts"].get("when") == "always", "GitLab keeps the reports when the check fails")
need(reports.get("codequality") == "gl-code-quality-report.json", "GitLab job has a codequality report")
need(reports.get("junit") == "mee-junit.xml", "GitLab job has a junit report")
need(any(l.startswith("mee check ") and "codequality=gl-code-quality-report.json" in l for l in job["script"]),
     "GitLab job writes the codequality report")
need(any(l.startswith("mee check --fail-on error ") for l in job["script"]), "GitLab job pins --fail-on")
need(" libyaml-dev " in " ".join(job["before_script"]) + " ", "GitLab job installs libyaml-dev, which mee is built with")
need(isinstance(hooks, list) and len(hooks) == 1, ".pre-commit-hooks.yaml has one hook")
h = hooks[0]
need(h["id"] == "mee" and h["entry"] == "mee check" and h["pass_filenames"] is True and h["language"] == "system",
     "the hook: id mee, entry mee check, pass_filenames, language system")
files, exclude = re.compile(h["files"]), re.compile(h["exclude"])
for name, wanted in [("plannen/a.yaml", True), ("b.yml", True), ("c.json", False), ("a.yaml.bak", False),
                     (".mee.yaml", False), ("sub/.mee.yaml", False), (".github/workflows/x.yml", False),
                     (".gitlab-ci.yml", False), (".pre-commit-config.yaml", False), ("mee.yaml", True)]:
    got = bool(files.search(name)) and not exclude.search(name)
    need(got == wanted, "the hook %s %s" % ("takes" if wanted else "leaves out", name))
sys.exit(1 if problems else 0)
PY
  [[ $? == 0 ]] || fail=1
  # The exact mee commands, from the files themselves.
  "$python" - "$workflow" "$gitlab" >"$work/commands" <<'PY'
import sys, yaml
workflow, gitlab = (yaml.safe_load(open(p)) for p in sys.argv[1:3])
for s in workflow["jobs"]["mee"]["steps"]:
    for line in s.get("run", "").splitlines():
        if line.startswith("mee ") and line != "mee --version":
            print("github\t" + line)
for line in gitlab["mee"]["script"]:
    if line.startswith("mee "):
        print("gitlab\t" + line)
PY
else
  echo "skipped: PyYAML is not installed; the structure is not checked, the commands are taken with grep"
  { grep -E '^\s+(run: )?mee (check|render) ' "$workflow" | sed -E 's/^\s+(run: )?/github\t/'
    grep -E '^\s+- mee check ' "$gitlab" | sed -E 's/^\s+- /gitlab\t/'; } >"$work/commands"
fi
expect "three mee commands in the two CI files" 3 "$(wc -l <"$work/commands")"

# The packages the README's first command installs to build mee are all in
# both CI files (they once lacked libyaml-dev and could not build mee).
readme_packages=$(grep -m1 -o 'apt-get install -y --no-install-recommends [^&]*' "$source_dir/README.md" |
  sed 's/apt-get install -y --no-install-recommends //')
for package in $readme_packages; do
  for file in "$workflow" "$gitlab"; do
    grep -qE "(^|[ ])$package([ ]|$)" "$file"
    expect "$(basename "$file") installs $package, as the README's first command does" 0 $?
  done
done

# 3. Run them in a copy of the examples, as the CI would.
n=0
while IFS=$'\t' read -r ci command; do
  n=$((n + 1))
  repo=$work/repo-$ci
  [[ -d $repo ]] || cp -r "$source_dir/examples" "$repo"
  if [[ $ci == github ]]; then
    (cd "$repo" && GITHUB_ACTIONS=true LANG=C.UTF-8 bash -c "$command" >"$work/$ci-$n.out" 2>"$work/$ci-$n.err")
  else
    (cd "$repo" && env -u GITHUB_ACTIONS LANG=C.UTF-8 bash -c "$command" >"$work/$ci-$n.out" 2>"$work/$ci-$n.err")
  fi
  status=$?
  case $command in
    "mee check"*) expect "$ci: '$command' fails on the examples' errors" 1 $status ;;
    *) expect "$ci: '$command'" 0 $status ;;
  esac
done <"$work/commands"
gh=$work/repo-github
[[ -s $gh/mee.sarif ]] && "$python" -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["version"] == "2.1.0" and d["runs"][0]["results"] else 1)' "$gh/mee.sarif" 2>/dev/null
expect "github: mee.sarif is SARIF with results" 0 $?
expect "github: the check printed annotations" 1 "$(grep -c '^::error file=eindverslagen/ev-2025-024-speelplek-hoonhorst.yaml,line=50,col=5,title=MEE207::' "$work/github-1.out")"
ls "$gh"/mee-rapporten/*.html >/dev/null 2>&1
expect "github: HTML reports were rendered" 0 $?
first=$(cd "$gh" && GITHUB_ACTIONS=true mee check --format text --color never . | head -1)
expect "GITHUB_ACTIONS=true with --format text: text" "eindverslagen/ev-2025-024-speelplek-hoonhorst.yaml:50:5: error MEE207" "$(cut -d' ' -f1-3 <<<"$first")"
first=$(cd "$gh" && GITHUB_ACTIONS=false mee check --color never . | head -1)
expect "GITHUB_ACTIONS=false: text" "eindverslagen/ev-2025-024-speelplek-hoonhorst.yaml:50:5: error MEE207" "$(cut -d' ' -f1-3 <<<"$first")"
gl=$work/repo-gitlab
"$python" -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if isinstance(d, list) and d and all("fingerprint" in i for i in d) else 1)' "$gl/gl-code-quality-report.json" 2>/dev/null
expect "gitlab: gl-code-quality-report.json is a Code Quality array" 0 $?
junit_xsd=${MEE_TESTDATA:-$source_dir/../shared/testdata}/schemas/junit.xsd
if ! command -v xmllint >/dev/null; then
  echo "skipped: xmllint is not installed; mee-junit.xml is not checked against the XSD (e2e.junit-xsd says more)"
elif [[ ! -f $junit_xsd ]]; then
  echo "skipped: $junit_xsd is not there (MEE_TESTDATA); mee-junit.xml is not checked against the XSD"
else
  xmllint --noout --schema "$junit_xsd" "$gl/mee-junit.xml" 2>/dev/null
  expect "gitlab: mee-junit.xml is valid JUnit XML" 0 $?
fi

# 4. The pre-commit hook, as pre-commit runs it: `entry` and the matching files.
repo=$work/precommit
mkdir -p "$repo/plannen" "$repo/.github/workflows"
cd "$repo" || exit 2
git init -q . && : >.mee.yaml
cp "$source_dir/tests/e2e/cases/clean-plan/plan.yaml" plannen/goed.yaml
cp "$workflow" .github/workflows/mee.yml
printf 'repos: []\n' >.pre-commit-config.yaml
git add -A
hook_files() {
  git diff --cached --name-only | "$python" -c '
import re, sys, yaml
h = yaml.safe_load(open(sys.argv[1]))[0]
files, exclude = re.compile(h["files"]), re.compile(h["exclude"])
print("\n".join(n for n in sys.stdin.read().split() if files.search(n) and not exclude.search(n)))' "$hooks"
}
if "$python" -c 'import yaml' 2>/dev/null; then
  entry=$("$python" -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))[0]["entry"])' "$hooks")
  expect "the hook passes only the document" "plannen/goed.yaml" "$(hook_files | tr '\n' ' ' | sed 's/ $//')"
  env -u GITHUB_ACTIONS $entry $(hook_files) >/dev/null
  expect "the hook passes a clean commit" 0 $?
  sed 's/^domein: ruimte/domein: ruimte\nonbekend: x/' plannen/goed.yaml >plannen/fout.yaml
  git add plannen/fout.yaml
  env -u GITHUB_ACTIONS $entry $(hook_files) >"$work/hook.out"
  expect "the hook stops a commit with an error" 1 $?
  grep -q "^plannen/fout.yaml:[0-9]*:1: error MEE005" "$work/hook.out"
  expect "the hook names the error" 0 $?
fi
if command -v pre-commit >/dev/null; then
  # pre-commit itself, with the manifest committed in a repository of its own.
  hook_repo=$work/hook-repo
  mkdir -p "$hook_repo" && cp "$hooks" "$hook_repo/"
  git -C "$hook_repo" init -q . && git -C "$hook_repo" add -A
  git -C "$hook_repo" -c user.name=mee -c user.email=mee@example.org commit -qm hook
  git -c user.name=mee -c user.email=mee@example.org commit -qm documents --no-verify
  export PRE_COMMIT_HOME=$work/pre-commit-home
  pre-commit try-repo "$hook_repo" mee --all-files >"$work/try.out" 2>&1
  expect "pre-commit try-repo: the hook fails on the error" 1 $?
  grep -q '^mee check\.*Failed$' "$work/try.out" && grep -q "^plannen/fout.yaml:[0-9]*:1: error MEE005" "$work/try.out"
  expect "pre-commit try-repo: it is mee that failed, naming the error" 0 $?
  git rm -q plannen/fout.yaml
  git -c user.name=mee -c user.email=mee@example.org commit -qm fixed --no-verify
  pre-commit try-repo "$hook_repo" mee --all-files >"$work/try.out" 2>&1
  expect "pre-commit try-repo: the hook passes a clean repository" 0 $?
  grep -q '^mee check\.*Passed$' "$work/try.out"
  expect "pre-commit try-repo: mee check passed" 0 $?
else
  echo "skipped: pre-commit is not installed; the hook was run as pre-commit would"
fi
exit $fail
