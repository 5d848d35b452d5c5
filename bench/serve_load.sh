#!/usr/bin/env bash
# A load check of `maillon serve`: wrk on a few URLs of the real portal, with the live-reload
# streams of 16 open tabs held at the same time. Fails on any socket error or unexpected status.
#   bench/serve_load.sh [MAILLON]      MAILLON defaults to build/maillon (make build)
# Needs wrk (Debian package wrk); not part of `make test`. See bench/README.md.
set -uo pipefail
cd "$(dirname "$0")/.."
MAILLON=$(realpath "${1:-build/maillon}")
DURATION=${DURATION:-5s}

if ! command -v wrk >/dev/null; then
  echo "serve_load: wrk is missing; install it with: sudo apt-get install wrk" >&2
  exit 2
fi
[ -x "$MAILLON" ] || { echo "serve_load: no maillon binary at $MAILLON (make build)" >&2; exit 2; }

WORK=$(mktemp -d)
server_pid=""
stream_pids=()
cleanup() {
  for pid in "${stream_pids[@]}"; do kill "$pid" 2>/dev/null; done
  [ -n "$server_pid" ] && kill -INT "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
# Copies: an edit in the work tree during the run would rebuild the site under load.
cp -r content "$WORK/content"
cp -r themes/default "$WORK/theme"

"$MAILLON" serve --port 0 --content "$WORK/content" --theme "$WORK/theme" \
  --now 2026-11-25T09:00 >"$WORK/out" 2>"$WORK/err" &
server_pid=$!
for _ in $(seq 600); do
  grep -q "Serving http://127.0.0.1:" "$WORK/out" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
port=$(grep -o 'Serving http://127.0.0.1:[0-9]*/' "$WORK/out" | grep -o '[0-9]*/$' | tr -d /)
if [ -z "$port" ]; then
  echo "serve_load: the server did not start" >&2
  cat "$WORK/out" "$WORK/err" >&2
  exit 1
fi
base="http://127.0.0.1:$port"
echo "maillon serve on $base ($(grep -c . "$WORK/out") lines of output so far)"

# 16 live-reload streams, as many tabs would hold: pages must still be answered.
for _ in $(seq 16); do
  timeout 120 curl -sN "$base/__maillon/events" >/dev/null 2>&1 &
  stream_pids+=($!)
done
sleep 0.5

failures=0
# run_wrk PATH EXPECTED: EXPECTED is "2xx" (every answer 2xx or 3xx) or "404" (none of them).
run_wrk() {
  local path=$1 expected=$2 report
  report=$(timeout 60 wrk -t2 -c32 -d"$DURATION" --latency "$base$path" 2>&1)
  local requests errors non2xx
  requests=$(sed -n 's/^ *\([0-9]*\) requests in .*/\1/p' <<<"$report")
  errors=$(sed -n 's/^ *Socket errors: \(.*\)/\1/p' <<<"$report")
  non2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: \([0-9]*\)/\1/p' <<<"$report")
  local rps p99
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' <<<"$report")
  p99=$(sed -n 's/^ *99% *\([0-9.a-z]*\)/\1/p' <<<"$report")
  printf '%-22s %8s requests  %10s req/s  p99 %-8s' "$path" "${requests:-?}" "${rps:-?}" "${p99:-?}"
  local ok=1
  [ -n "$requests" ] && [ "$requests" -gt 0 ] || ok=0
  [ -z "$errors" ] || { ok=0; printf '  socket errors: %s' "$errors"; }
  if [ "$expected" = 2xx ]; then
    [ -z "$non2xx" ] || { ok=0; printf '  %s non-2xx' "$non2xx"; }
  else
    [ "${non2xx:-0}" = "$requests" ] || { ok=0; printf '  only %s of them non-2xx' "${non2xx:-0}"; }
  fi
  if [ "$ok" -eq 1 ]; then echo "  ok"; else echo "  FAILED"; failures=$((failures + 1)); fi
}

run_wrk / 2xx
run_wrk /organismes/ 2xx
run_wrk /assets/style.css 2xx
run_wrk /nulle-part/ 404

open=$(for pid in "${stream_pids[@]}"; do kill -0 "$pid" 2>/dev/null && echo open; done | grep -c .)
echo "live-reload streams still open: $open of 16"
[ "$open" -eq 16 ] || failures=$((failures + 1))
if [ "$failures" -eq 0 ]; then echo "serve_load: ok"; else echo "serve_load: $failures failed"; fi
[ "$failures" -eq 0 ]
