#!/usr/bin/env bash
# Builds the libFuzzer targets (the "fuzz" preset: clang, ASan, UBSan) and runs each a few
# seconds from its corpus (tests/fuzz/corpus/<target>/, read only: new inputs go to a temporary
# folder). Fails on any crash, broken invariant, leak, timeout (-timeout) or memory excess
# (-rss_limit_mb); the input that did it is kept in build-fuzz/artifacts/. Exits 77 (skip)
# without clang's libFuzzer, which `tools/install-deps.sh --test` installs.
#   tests/fuzz/run.sh [SOURCE_DIR]
#   FUZZ_SECONDS=600 tests/fuzz/run.sh   every target ten minutes (default: about a minute in all)
#   FUZZ_MERGE=1 tests/fuzz/run.sh       then add the inputs that found new code to the corpus
set -uo pipefail
SRC=$(realpath "${1:-$(dirname "$0")/../..}")
cd "$SRC" || exit 1

# Seconds per target: the whole build of a file is the slowest to run, so it gets the most.
declare -A seconds=([front_matter]=7 [load_document]=11 [validate_document]=14 [build_file]=18)
targets=(front_matter load_document validate_document build_file)

probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' \
  >"$probe/probe.cpp"
if ! command -v clang++ >/dev/null ||
   ! clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" 2>/dev/null; then
  echo "SKIP: clang++ with libFuzzer is missing (tools/install-deps.sh --test installs clang and libclang-rt-14-dev)"
  exit 77
fi

if ! { cmake --preset fuzz >/dev/null && cmake --build --preset fuzz -j 2; } >"$probe/build.log" 2>&1; then
  cat "$probe/build.log"
  echo "FAIL: the fuzz targets do not build"
  exit 1
fi

artifacts="$SRC/build-fuzz/artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TMPDIR="$probe"  # build_file's site copy, removed by the trap even after a crash
failed=0
for t in "${targets[@]}"; do
  found="$probe/new-$t"
  mkdir -p "$found"
  log="$SRC/build-fuzz/fuzz-$t.log"
  # -error_exitcode: libFuzzer's default, 77, would read as "skipped" to ctest.
  "$SRC/build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="${FUZZ_SECONDS:-${seconds[$t]}}" \
    -timeout=5 -rss_limit_mb=2048 -max_len=16384 -error_exitcode=1 -timeout_exitcode=1 \
    -print_final_stats=1 -dict="$SRC/tests/fuzz/maillon.dict" -artifact_prefix="$artifacts/$t-" \
    "$found" "$SRC/tests/fuzz/corpus/$t" >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  if [ "$status" -ne 0 ]; then
    failed=1
    grep -E 'invariant|ERROR|SUMMARY|Test unit written' "$log" | head -20
    echo "FAIL: $t (exit $status) after ${runs:-?} runs; full log: $log"
    echo "      reproduce: build-fuzz/tests/fuzz/fuzz_$t <the artifact above>; once fixed, copy it"
    echo "      to tests/fuzz/corpus/$t/found-<what> with a unit test that would have caught it"
  else
    echo "ok: $t, ${runs:-?} runs, $(ls "$found" | wc -l) new inputs"
    if [ "${FUZZ_MERGE:-0}" = 1 ]; then
      "$SRC/build-fuzz/tests/fuzz/fuzz_$t" -merge=1 -max_len=16384 \
        "$SRC/tests/fuzz/corpus/$t" "$found" >>"$log" 2>&1
    fi
  fi
done
exit "$failed"
