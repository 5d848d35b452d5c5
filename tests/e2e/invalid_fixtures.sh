# Every fixture under tests/fixtures/invalid/<case>/ is the minimal valid site with the case's
# files laid over it (and the files listed in its `remove` file deleted). The build must fail
# with the exit status in `status` (default 1), print every line of `expected` (each a fixed
# substring of stderr, normally "path:line:col: erreur : ..."), and leave the previous site
# byte for byte as it was. A case whose status is 0 (warnings only) must build. The fixture is
# French, so are its messages; when the case has `expected.en`, it is run again with
# `language: en` in site.yaml and must print those lines in English.
source "$(dirname "$0")/lib.bash"

BASE="$SRC/tests/fixtures/valid/minimal/content"
mkdir -p "$WORK/prev"
cp -r "$BASE" "$WORK/prev/content"
(cd "$WORK/prev" && "$MAILLON" build --theme "$SRC/themes/default" --now "$NOW" --out site >/dev/null 2>"$WORK/prev.err")
expect_status 0 $? "building the minimal fixture"
if [ -s "$WORK/prev.err" ]; then fail "the minimal fixture printed:"; cat "$WORK/prev.err" >&2; else pass; fi
before=$(tree_sum "$WORK/prev/site")

for case_dir in "$SRC"/tests/fixtures/invalid/*/; do
  name=$(basename "$case_dir")
  run="$WORK/run-$name"
  mkdir -p "$run"
  cp -r "$BASE" "$run/content"
  cp -a "$WORK/prev/site" "$run/site"
  [ -d "$case_dir/content" ] && cp -r "$case_dir/content/." "$run/content/"
  if [ -f "$case_dir/remove" ]; then
    while read -r f; do [ -n "$f" ] && rm -rf "$run/content/$f"; done < "$case_dir/remove"
  fi
  [ -x "$case_dir/prepare" ] && (cd "$run" && "$case_dir/prepare")
  (cd "$run" && "$MAILLON" build --theme "$SRC/themes/default" --now "$NOW" >"$run/out" 2>"$run/err")
  status=$?
  wanted=1
  [ -f "$case_dir/status" ] && wanted=$(cat "$case_dir/status")
  expect_status "$wanted" "$status" "$name"
  while IFS= read -r line; do
    [ -n "$line" ] && expect_contains "$run/err" "$line"
  done < "$case_dir/expected"
  if [ -f "$case_dir/expected.en" ]; then
    sed -i 's/^language: fr$/language: en/' "$run/content/site.yaml"
    (cd "$run" && "$MAILLON" check --theme "$SRC/themes/default" --now "$NOW" >/dev/null 2>"$run/err.en")
    expect_status "$wanted" "$?" "$name (in English)"
    while IFS= read -r line; do
      [ -n "$line" ] && expect_contains "$run/err.en" "$line"
    done < "$case_dir/expected.en"
  fi
  if [ "$wanted" != 0 ]; then
    after=$(tree_sum "$run/site")
    if [ "$before" = "$after" ]; then pass; else fail "$name: the previous site changed"; fi
  fi
done
finish
