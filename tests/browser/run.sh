#!/usr/bin/env bash
# Runs one browser suite for ctest: tests/browser/SUITE.test.mjs with the maillon binary and the
# source folder. The suites need the test stack that `tools/install-deps.sh --test` installs
# (make test does): Node.js, node_modules (npm ci), Chromium, Java, python3-icalendar and
# python3-feedparser. When some of it is missing, the suite is skipped (exit 77, which ctest
# shows as "Skipped") on a developer machine, and fails in CI (CI set, and not "false" or "0")
# and under make test (MAILLON_REQUIRE_BROWSER=1: it has just installed the stack).
#
#   bash tests/browser/run.sh portal|live|html|feeds MAILLON_BINARY SOURCE_DIR
set -uo pipefail
suite=$1
maillon=$2
src=$3

missing=()
command -v node >/dev/null || missing+=("node (Debian package nodejs)")
need_module() { [ -d "$src/node_modules/$1" ] || missing+=("node module $1 (npm ci)"); }
case "$suite" in
  portal | live)
    need_module playwright-core
    need_module axe-core
    [ -x "${MAILLON_CHROMIUM:-/usr/bin/chromium}" ] || missing+=("${MAILLON_CHROMIUM:-/usr/bin/chromium} (Debian package chromium)")
    ;;
  html)
    need_module vnu-jar
    command -v "${JAVA:-java}" >/dev/null || missing+=("java (Debian package default-jre-headless)")
    ;;
  feeds)
    "${MAILLON_PYTHON:-/usr/bin/python3}" -c 'import icalendar' 2>/dev/null || missing+=("python3-icalendar")
    "${MAILLON_PYTHON:-/usr/bin/python3}" -c 'import feedparser' 2>/dev/null || missing+=("python3-feedparser")
    ;;
  *)
    echo "unknown suite '$suite' (portal, live, html or feeds)" >&2
    exit 2
    ;;
esac

if [ ${#missing[@]} -gt 0 ]; then
  what=$(printf '%s, ' "${missing[@]}")
  what=${what%, }
  required=${CI:-}
  [ "${MAILLON_REQUIRE_BROWSER:-0}" = 1 ] && required=true
  case "$required" in
    "" | false | 0)
      echo "SKIPPED browser suite '$suite': missing $what."
      echo "Install the test stack with: tools/install-deps.sh --test (make test does it)."
      exit 77
      ;;
    *)
      echo "FAIL browser suite '$suite': missing $what (CI or make test: the test stack must be installed)."
      echo "0 passed, 1 failed"
      exit 1
      ;;
  esac
fi

exec node "$src/tests/browser/$suite.test.mjs" "$maillon" "$src"
