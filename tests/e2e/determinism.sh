# The same output whatever the parallelism: the real portal and a generated corpus of some 2,000
# pages (bench/make-corpus.py, every kind of page and recurrence) are built with --jobs 1 and
# --jobs 4 and compared byte for byte; a rebuild over the previous output changes nothing.
source "$(dirname "$0")/lib.bash"

PYTHON=${MAILLON_PYTHON:-/usr/bin/python3}
"$PYTHON" "$SRC/bench/make-corpus.py" --pages 2000 --out "$WORK/corpus" >/dev/null
expect_status 0 $? "make-corpus.py --pages 2000"

for content in "$SRC/content" "$WORK/corpus/content"; do
  name=$(basename "$(dirname "$content")")
  for jobs in 1 4; do
    "$MAILLON" build --content "$content" --theme "$SRC/themes/default" --out "$WORK/$name-$jobs" \
      --jobs "$jobs" --now "$NOW" \
      >"$WORK/$name-$jobs.out" 2>&1
    expect_status 0 $? "build $name with --jobs $jobs"
  done
  one=$(tree_sum "$WORK/$name-1")
  four=$(tree_sum "$WORK/$name-4")
  expect_equal "$one" "$four" "$name: the trees built with --jobs 1 and --jobs 4"
  if [ "$one" != "$four" ]; then
    diff -rq "$WORK/$name-1" "$WORK/$name-4" | head -5 >&2
  fi
  # Rebuilt over itself: every file unchanged (hard-linked), the same tree.
  "$MAILLON" build --content "$content" --theme "$SRC/themes/default" --out "$WORK/$name-4" \
    --jobs 2 --now "$NOW" >"$WORK/again" 2>&1
  expect_status 0 $? "rebuild $name"
  expect_equal "$one" "$(tree_sum "$WORK/$name-4")" "$name: a rebuild over the output"
  grep -Eq "\(([0-9]+) fichiers, \1 inchangés\)" "$WORK/again" && pass \
    || fail "$name: a rebuild of unchanged content rewrote files: $(cat "$WORK/again")"
done
pages=$(grep -o 'Construit : [0-9]* pages' "$WORK/corpus-1.out" | grep -o '[0-9]*')
[ "${pages:-0}" -ge 1500 ] && pass || fail "the corpus gave ${pages:-no} pages, expected about 2,000"
finish
