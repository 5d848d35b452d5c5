# Helpers shared by the end-to-end scripts: each script gets the maillon binary and the source
# folder, works in a temporary folder and exits non-zero at the first failed expectation.
set -uo pipefail
MAILLON=$(realpath "$1")
SRC=$(realpath "$2")
NOW=2026-11-25T09:00
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
checks=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { checks=$((checks + 1)); }

# expect_contains FILE TEXT: FILE holds TEXT (fixed string).
expect_contains() {
  if grep -qF -- "$2" "$1"; then pass; else fail "$1 does not contain: $2"; echo "--- $1:" >&2; head -50 "$1" >&2; fi
}
expect_not_contains() {
  if grep -qF -- "$2" "$1"; then fail "$1 contains: $2"; else pass; fi
}
expect_status() {  # expect_status WANTED GOT WHAT
  if [ "$1" = "$2" ]; then pass; else fail "$3: exit status $2, expected $1"; fi
}
expect_file() { if [ -f "$1" ]; then pass; else fail "missing file $1"; fi; }

expect_equal() {  # expect_equal WANTED GOT WHAT
  if [ "$1" = "$2" ]; then pass; else fail "$3: got '$2', expected '$1'"; fi
}
# wait_for FILE TEXT SECONDS: true once FILE contains TEXT, false after SECONDS.
wait_for() {
  local deadline=$((SECONDS + $3))
  while [ "$SECONDS" -lt "$deadline" ]; do
    grep -qF -- "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
# wait_for_count FILE TEXT N SECONDS: true once TEXT occurs on N lines of FILE.
wait_for_count() {
  local deadline=$((SECONDS + $4))
  while [ "$SECONDS" -lt "$deadline" ]; do
    [ "$(grep -cF -- "$2" "$1" 2>/dev/null)" -ge "$3" ] && return 0
    sleep 0.1
  done
  return 1
}
# A checksum of every file (paths and bytes) under a folder.
tree_sum() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum); }

finish() {
  echo "$checks passed, $failures failed"
  [ "$failures" -eq 0 ]
}
