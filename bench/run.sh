#!/usr/bin/env bash
# The performance benchmark of issue 5: Maillon against Hugo and the cmark-gfm floor, on generated
# corpora, in one run on one machine. `make bench` runs it (after installing hugo, cmark-gfm and
# time, and building build/maillon); see bench/README.md.
#
#   bench/run.sh [MAILLON]            MAILLON: the binary (default $MAILLON, else build/maillon)
#
# Environment:
#   SIZES="1000 10000 100000"   corpus sizes in HTML pages (default 10000)
#   RUNS=5                      timed runs of each measure, medians reported (default 5)
#   HUGO_MAX=20000              sizes above this are not built by Hugo (at 100,000 pages Hugo
#                               takes some 6 minutes and 17 GB a run); HUGO_MAX=0: never
#   RESULTS=bench/RESULTS.md    where the report goes (default bench/RESULTS.md)
#   PERF=1                      also profile one cold build at the target size with `perf record -g`
#                               and add its top symbols to the report
#   KEEP=1                      keep the work folder (corpora, outputs, logs) under /tmp
#   SERVE_START_TIMEOUT=600     seconds to wait for `maillon serve`'s first build
#   RELOAD_TIMEOUT=60           seconds to wait for each reload event
#
# Per size: writes the corpus (bench/make-corpus.py), checks it has no error and no warning, then
# RUNS rounds of {Maillon cold build, Hugo build, cmark-gfm floor on all cores, cmark-gfm on one
# process, maillon check} (interleaved, so that a slow minute of the machine hits every tool),
# then RUNS one-file edits under `maillon serve`. Any failure of a tool stops the run (status 1).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

MAILLON=${1:-${MAILLON:-build/maillon}}
SIZES=${SIZES:-10000}
RUNS=${RUNS:-5}
HUGO_MAX=${HUGO_MAX:-20000}
RESULTS=${RESULTS:-bench/RESULTS.md}
NOW=2026-11-25T09:00
HUGO_CLOCK=2026-11-25T09:00:00-05:00
THEME=$ROOT/themes/default
PY=/usr/bin/python3
SERVE_START_TIMEOUT=${SERVE_START_TIMEOUT:-600}
RELOAD_TIMEOUT=${RELOAD_TIMEOUT:-60}
CMARK_ARGS=(-e table -e strikethrough -e autolink -e tagfilter -e tasklist --validate-utf8)

die() { echo "bench: $*" >&2; exit 1; }

# ---- preconditions
[ -x "$MAILLON" ] || die "no maillon binary at $MAILLON (make build, or pass the path)"
MAILLON=$(realpath "$MAILLON")
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v cmark-gfm >/dev/null || missing+=(cmark-gfm)
[ -x /usr/bin/time ] || missing+=(time)
[ -x "$PY" ] || missing+=(python3)
[ ${#missing[@]} -eq 0 ] || die "missing: ${missing[*]}; install them with tools/install-deps.sh --bench (make bench does)"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, got '$RUNS'"
for s in $SIZES; do [[ "$s" =~ ^[0-9]+$ ]] && [ "$s" -ge 200 ] || die "SIZES: '$s' is not a number of pages >= 200"; done
if [ "${PERF:-0}" = 1 ] && ! command -v perf >/dev/null; then die "PERF=1 needs perf (Debian package linux-perf)"; fi
NPROC=$(nproc)

# ---- work folder and cleanup: servers stopped, temporary files removed, whatever happens.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/maillon-bench.XXXXXX")
serve_pid=""
stop_serve() {
  [ -n "$serve_pid" ] || return 0
  if kill -0 "$serve_pid" 2>/dev/null; then
    kill -INT "$serve_pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$serve_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$serve_pid" 2>/dev/null || true
  fi
  wait "$serve_pid" 2>/dev/null || true
  serve_pid=""
}
cleanup() {
  local status=$?
  stop_serve
  if [ "${KEEP:-0}" = 1 ]; then
    echo "bench: work folder kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

DATA=$WORK/results.tsv   # size, metric, value: one row per measurement
META=$WORK/meta.tsv      # key, value
: >"$DATA"
: >"$META"
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$DATA"; }
meta() { printf '%s\t%s\n' "$1" "$2" >>"$META"; }

# timed LOG CMD...: runs CMD with stdout and stderr in LOG (stdout in $TIMED_STDOUT when set);
# sets ELAPSED (seconds, wall clock around the command), CPU (user + system seconds, children
# included) and PEAK_KB (peak resident memory), the last two from GNU time; dies if CMD fails.
timed() {
  local log=$1
  shift
  : >"$log"
  sync  # the previous run's writes must not be flushed during this one
  local start=$EPOCHREALTIME
  if ! /usr/bin/time -f '%M %U %S' -o "$log.rss" "$@" >"${TIMED_STDOUT:-$log}" 2>>"$log"; then
    echo "bench: failed: $*" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  local end=$EPOCHREALTIME
  ELAPSED=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')
  read -r PEAK_KB USER_S SYS_S < <(tail -n 1 "$log.rss")
  CPU=$(awk -v u="$USER_S" -v s="$SYS_S" 'BEGIN { printf "%.2f", u + s }')
}

# ---- versions and machine
commit=unknown
if [ -f .git/HEAD ]; then  # read, not `git`: the benchmark must not need git
  head_ref=$(cat .git/HEAD)
  if [[ "$head_ref" == ref:* ]]; then
    ref=${head_ref#ref: }
    if [ -f ".git/$ref" ]; then commit=$(cat ".git/$ref")
    elif [ -f .git/packed-refs ]; then commit=$(awk -v r="$ref" '$2 == r { print $1 }' .git/packed-refs)
    fi
  else
    commit=$head_ref
  fi
fi
meta maillon_commit "${commit:-unknown}"
meta maillon_binary "$MAILLON"
meta hugo_version "$(hugo version | head -n 1)"
meta cmark_version "$(cmark-gfm --version | head -n 1)"
meta nproc "$NPROC"
meta cpu "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
meta ram_kb "$(awk '/^MemTotal/ { print $2 }' /proc/meminfo)"
meta os "$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}")"
meta kernel "$(uname -r)"
meta filesystem "$(df -T "$WORK" | awk 'NR == 2 { print $2 }')"
meta date "$(date -u +%Y-%m-%dT%H:%MZ)"
meta load_start "$(cut -d' ' -f1-3 /proc/loadavg)"
meta runs "$RUNS"
meta sizes "$SIZES"

echo "Benchmark: sizes $SIZES, $RUNS runs each, $NPROC cores; maillon $MAILLON; work folder $WORK"
# Nothing is deleted until the end: on ext4, creating files within minutes of deleting thousands
# of others is several times slower (the inode allocator skips recently deleted inodes; 0.6 s
# against 3.4 s to write 10,000 pages here), which would time the filesystem, not the tools. So
# every run writes into a folder of its own. Per page: some 12 KB of corpus, 21 KB of Maillon
# output and 19 KB of Hugo output per run, 42 KB more for the profiled builds.
need_kb=0
for s in $SIZES; do need_kb=$((need_kb + s * (RUNS * 40 + 60))); done
free_kb=$(df -Pk "$WORK" | awk 'NR == 2 { print $4 }')
[ "$free_kb" -gt "$need_kb" ] || die "about $((need_kb / 1024 / 1024 + 1)) GB must be free under $WORK for SIZES=\"$SIZES\" and RUNS=$RUNS; $((free_kb / 1024 / 1024)) GB are (fewer RUNS or sizes, or TMPDIR elsewhere)"
load1=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$load1" -v n="$NPROC" 'BEGIN { exit !(l > n / 2) }'; then
  echo "bench: WARNING: load average $load1 on $NPROC cores: other work will slow every tool and" >&2
  echo "       spread the runs; the CPU-time rows of the report are less sensitive to it." >&2
fi

for size in $SIZES; do
  C=$WORK/corpus-$size
  echo
  echo "== $size pages =="
  $PY bench/make-corpus.py --pages "$size" --out "$C"
  expected=$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["expected_maillon_pages"])' "$C/corpus.json")
  record "$size" corpus_pages "$expected"
  record "$size" markdown_files "$(find "$C/markdown" -name '*.md' | wc -l)"
  record "$size" markdown_bytes "$(find "$C/markdown" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }')"

  # The corpus must be valid Maillon content: no error, no warning.
  timed "$WORK/check0.log" "$MAILLON" check --content "$C/content" --theme "$THEME" --now "$NOW"
  if grep -qi 'warning' "$WORK/check0.log"; then
    cat "$WORK/check0.log" >&2
    die "maillon check reports warnings on the $size-page corpus; bench/make-corpus.py must write clean content"
  fi

  # The floor's input: every Markdown text of the corpus, split in one share per core.
  (cd "$C/markdown" && find . -name '*.md' -print0 | sort -z) >"$WORK/md.list"
  nfiles=$(tr -cd '\0' <"$WORK/md.list" | wc -c)
  chunk=$(((nfiles + NPROC - 1) / NPROC))

  # Every run writes into folders of its own, all removed only at the end (see above).
  OUTS=$WORK/outputs-$size
  mkdir -p "$OUTS"
  for run in $(seq "$RUNS"); do
    echo "-- run $run/$RUNS"
    M_OUT=$OUTS/maillon-$run
    H_OUT=$OUTS/hugo-$run
    MAILLON_TIMINGS=1 timed "$WORK/maillon.log" \
      "$MAILLON" build --content "$C/content" --theme "$THEME" --out "$M_OUT" --now "$NOW"
    record "$size" maillon_build_s "$ELAPSED"
    record "$size" maillon_build_kb "$PEAK_KB"
    record "$size" maillon_build_cpu_s "$CPU"
    record "$size" maillon_build_user_s "$USER_S"
    record "$size" maillon_build_sys_s "$SYS_S"
    built=$(sed -En 's/^(Built|Construit :) ([0-9]*) pages.*/\2/p' "$WORK/maillon.log")
    echo "   maillon build  ${ELAPSED} s  $((PEAK_KB / 1024)) MB  ($built pages)"
    # "Timings: load 0.669 s, validate 0.070 s, ..." (MAILLON_TIMINGS=1)
    sed -n 's/.*Timings: //p' "$WORK/maillon.log" | tr ',' '\n' |
      awk -v s="$size" 'NF >= 2 { printf "%s\tphase_%s_s\t%s\n", s, $1, $2 }' >>"$DATA"

    if [ "$size" -le "$HUGO_MAX" ]; then
      timed "$WORK/hugo.log" hugo --source "$ROOT/bench/hugo" \
        --config "$ROOT/bench/hugo/config.toml,$C/hugo/config.toml" \
        --destination "$H_OUT" --cacheDir "$OUTS/hugo-cache-$run" --noBuildLock \
        --clock "$HUGO_CLOCK" --quiet
      record "$size" hugo_build_s "$ELAPSED"
      record "$size" hugo_build_kb "$PEAK_KB"
      record "$size" hugo_build_cpu_s "$CPU"
      if [ -s "$WORK/hugo.log" ]; then echo "   hugo said:"; sed 's/^/     /' "$WORK/hugo.log" | head -n 20; fi
      echo "   hugo build     ${ELAPSED} s  $((PEAK_KB / 1024)) MB"
    fi

    # The floor: the same Markdown to HTML, nothing else (output discarded), on every core.
    cd "$C/markdown"
    TIMED_STDOUT=/dev/null timed "$WORK/cmark.log" \
      xargs -0 -P "$NPROC" -n "$chunk" cmark-gfm "${CMARK_ARGS[@]}" <"$WORK/md.list"
    record "$size" cmark_floor_s "$ELAPSED"
    record "$size" cmark_floor_cpu_s "$CPU"
    echo "   cmark-gfm floor ${ELAPSED} s  ($NPROC processes, $nfiles files)"
    TIMED_STDOUT=/dev/null timed "$WORK/cmark1.log" xargs -0 cmark-gfm "${CMARK_ARGS[@]}" <"$WORK/md.list"
    record "$size" cmark_one_s "$ELAPSED"
    echo "   cmark-gfm 1 process ${ELAPSED} s"
    cd "$ROOT"

    # The write floor: Maillon's folders and files made again by one plain process.
    $PY bench/write_floor.py --list "$M_OUT" >"$WORK/site.list"
    timed "$WORK/write-floor.log" $PY bench/write_floor.py --create "$WORK/site.list" "$OUTS/write-floor-$run"
    record "$size" write_floor_s "$ELAPSED"
    record "$size" write_floor_cpu_s "$CPU"
    echo "   write floor    ${ELAPSED} s  ($(wc -l <"$WORK/site.list") files, one process)"

    timed "$WORK/check.log" "$MAILLON" check --content "$C/content" --theme "$THEME" --now "$NOW"
    record "$size" maillon_check_s "$ELAPSED"
    record "$size" maillon_check_kb "$PEAK_KB"
    echo "   maillon check  ${ELAPSED} s  $((PEAK_KB / 1024)) MB"
  done
  # What the two tools wrote (last run): the outputs must be of the same size for a fair race.
  record "$size" maillon_pages "$built"
  [ "$built" = "$expected" ] || echo "bench: WARNING: maillon built $built pages, the corpus plans $expected" >&2
  record "$size" maillon_html "$(find "$M_OUT" -name '*.html' | wc -l)"
  if [ -d "$H_OUT" ]; then
    record "$size" hugo_html "$(find "$H_OUT" -name '*.html' | wc -l)"
    record "$size" hugo_html_bytes "$(find "$H_OUT" -name '*.html' -printf '%s\n' | awk '{ s += $1 } END { print s }')"
    record "$size" hugo_out_bytes "$(du -sb "$H_OUT" | cut -f1)"
  fi
  record "$size" maillon_html_bytes "$(find "$M_OUT" -name '*.html' -printf '%s\n' | awk '{ s += $1 } END { print s }')"
  record "$size" maillon_out_bytes "$(du -sb "$M_OUT" | cut -f1)"

  if [ "${PERF:-0}" = 1 ] && { [ "$size" = 10000 ] || [ "$(wc -w <<<"$SIZES")" = 1 ]; }; then
    echo "-- perf record -g on one cold build"
    sync
    perf record -g -o "$WORK/perf.data" -- "$MAILLON" build --content "$C/content" --theme "$THEME" \
      --out "$OUTS/maillon-perf" --now "$NOW" >"$WORK/perf-build.log" 2>&1 || die "perf record failed (see $WORK/perf-build.log)"
    perf report -i "$WORK/perf.data" --no-children --sort symbol --stdio --percent-limit 0.8 2>/dev/null |
      grep -E '^ +[0-9.]+%' | head -n 25 >"$WORK/perf-top-$size.txt" || true
    # Time including callees needs whole stacks; the release binary keeps no frame pointers, so
    # a second build is profiled with DWARF unwinding (Maillon's own functions only).
    sync
    perf record -F 250 --call-graph dwarf,16384 -o "$WORK/perf-dwarf.data" -- "$MAILLON" build \
      --content "$C/content" --theme "$THEME" --out "$OUTS/maillon-perf-dwarf" --now "$NOW" \
      >"$WORK/perf-build.log" 2>&1 || die "perf record failed (see $WORK/perf-build.log)"
    perf report -i "$WORK/perf-dwarf.data" --children --sort symbol --stdio -g none --percent-limit 1.5 2>/dev/null |
      grep -E '^ +[0-9.]+%' | grep -E 'maillon::|kainjow::|cmark_|YAML::' | head -n 30 >"$WORK/perf-children-$size.txt" || true
    meta perf_size "$size"
  fi

  # ---- incremental rebuilds in `maillon serve`: edit a news file, wait for the reload event.
  echo "-- maillon serve: $RUNS one-file edits"
  serve_log=$WORK/serve-$size.log
  "$MAILLON" serve --port 0 --content "$C/content" --theme "$THEME" --now "$NOW" >"$serve_log" 2>&1 &
  serve_pid=$!
  port=""
  for _ in $(seq $((SERVE_START_TIMEOUT * 10))); do
    port=$(grep -so 'Serving http://127.0.0.1:[0-9]*/' "$serve_log" | grep -o '[0-9]*/$' | tr -d / || true)
    [ -n "$port" ] && break
    kill -0 "$serve_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    cat "$serve_log" >&2
    die "maillon serve did not start on the $size-page corpus within ${SERVE_START_TIMEOUT} s"
  fi
  if grep -q 'polling' "$serve_log"; then
    echo "bench: WARNING: maillon serve watches by polling (no inotify); reload times include it" >&2
    meta "watch_$size" polling
  fi
  first=$(sed -n 's/.*built ([0-9]* pages) in \([0-9.]*\) s.*/\1/p' "$serve_log" | head -n 1)
  record "$size" serve_first_build_s "${first:-nan}"
  mapfile -t edits < <($PY -c '
import json, sys
files = json.load(open(sys.argv[1]))["news_files"]
n = int(sys.argv[2])
print("\n".join(sys.argv[3] + "/" + files[(2 * k + 1) * len(files) // (2 * n)] for k in range(n)))
' "$C/corpus.json" "$RUNS" "$C/content")
  if ! $PY bench/sse_latency.py --port "$port" --runs "$RUNS" --timeout "$RELOAD_TIMEOUT" \
      --log "$serve_log" "${edits[@]}" >"$WORK/sse.json"; then
    tail -n 40 "$serve_log" >&2
    die "incremental rebuild measure failed on the $size-page corpus"
  fi
  serve_kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$serve_pid/status" 2>/dev/null || echo nan)
  record "$size" serve_peak_kb "${serve_kb:-nan}"
  $PY -c '
import json, sys
d = json.load(open(sys.argv[1]))
for v in d["latencies_ms"]: print("%s\tincremental_ms\t%.2f" % (sys.argv[2], v))
for v in d.get("server_seconds", []): print("%s\tserver_rebuild_s\t%s" % (sys.argv[2], v))
for v in d.get("server_rendered", []): print("%s\tserver_rendered\t%s" % (sys.argv[2], v))
' "$WORK/sse.json" "$size" >>"$DATA"
  stop_serve
done

meta load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
$PY bench/report.py --data "$DATA" --meta "$META" --perf-dir "$WORK" --out "$RESULTS"
