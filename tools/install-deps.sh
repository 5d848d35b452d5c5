#!/usr/bin/env bash
# Installs the Debian packages Maillon needs to build and test, skipping those already present.
#   tools/install-deps.sh          what building and `make serve` need
#   tools/install-deps.sh --test   also the browser tests and validators (`make test`): Chromium,
#                                  Node.js and npm, Java (for vnu.jar), Python's icalendar,
#                                  feedparser, jsonschema and yaml (schemas/ against content),
#                                  fonts for screenshots, nginx (the deployment test), clang and
#                                  its libFuzzer (tests/fuzz/); then `npm ci` when
#                                  node_modules is missing or older than package-lock.json.
#   tools/install-deps.sh --bench  also what the benchmark compares with and measures with
#                                  (`make bench`, bench/run.sh, bench/serve_load.sh): Hugo,
#                                  cmark-gfm, GNU time, wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
with_bench=0
case "${1:-}" in
  "") ;;
  --test) with_tests=1 ;;
  --bench) with_bench=1 ;;
  *) echo "usage: $0 [--test | --bench]" >&2; exit 2 ;;
esac

packages=(
  cmake ninja-build g++ pkg-config make
  libcmark-gfm-dev libcmark-gfm-extensions-dev libkainjow-mustache-dev libyaml-cpp-dev
  libcpp-httplib-dev doctest-dev libjemalloc-dev
  python3
)
test_packages=(
  chromium fonts-dejavu-core fonts-liberation ca-certificates
  python3-icalendar python3-feedparser python3-jsonschema python3-yaml jq curl git
  clang libclang-rt-14-dev
)
bench_packages=(
  hugo cmark-gfm time wrk
)
[ "$with_tests" -eq 1 ] && packages+=("${test_packages[@]}")
[ "$with_bench" -eq 1 ] && packages+=("${bench_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "$with_tests" -eq 1 ]; then
  # Commands rather than packages: Node.js may come from another source whose nodejs package
  # already provides npm (and conflicts with Debian's npm package); any Java 11 or later will do.
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  command -v java >/dev/null || missing+=(default-jre-headless)
  # deploy/nginx/maillon.conf is tested in Debian's nginx (tests/e2e/nginx.sh).
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ "$with_tests" -eq 1 ] || exit 0

# Node modules of the browser tests (package-lock.json), installed again only when the lock file
# changed since the last install. --ignore-scripts: no package may download anything (vnu-jar's
# install script would fetch a Java runtime; the system's Java is used instead).
stamp=node_modules/.maillon-package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] \
    || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ ! -d node_modules/vnu-jar ]; then
  echo "Installing node modules (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi
