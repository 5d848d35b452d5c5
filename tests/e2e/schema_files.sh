# The JSON Schemas committed in schemas/ are what `maillon schema` generates from the schema the
# validator uses: a change to generator/validate/schema.cpp without `maillon schema` fails here.
# .vscode/settings.json maps every one of them to content files.
source "$(dirname "$0")/lib.bash"
cd "$WORK"

"$MAILLON" schema --out generated >out 2>&1; expect_status 0 $? "maillon schema"
expect_contains out "Wrote 10 JSON Schemas into generated/"
if diff -r "$SRC/schemas" generated >diff.txt; then pass; else
  fail "schemas/ differs from what maillon generates; run: build/maillon schema --out schemas"
  head -40 diff.txt >&2
fi
for file in generated/*.schema.json; do
  name=$(basename "$file")
  expect_contains "$SRC/.vscode/settings.json" "\"./schemas/$name\": ["
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$file" || fail "$file is not JSON"
done
expect_contains "$SRC/.vscode/extensions.json" '"redhat.vscode-yaml"'

# Files that would not change are left alone; a changed one is written again.
touch -d 2020-01-01 generated/news.schema.json
echo '{}' >generated/page.schema.json
"$MAILLON" schema --out generated >/dev/null 2>&1; expect_status 0 $? "maillon schema again"
expect_equal 2020 "$(date -r generated/news.schema.json +%Y)" "unchanged file's date"
if cmp -s generated/page.schema.json "$SRC/schemas/page.schema.json"; then pass; else fail "page.schema.json not rewritten"; fi

"$MAILLON" schema --help >out 2>&1; expect_status 0 $? "maillon schema --help"
expect_contains out "Usage: maillon schema [--out DIR]"
"$MAILLON" schema extra >out 2>&1; expect_status 2 $? "maillon schema with an argument"
"$MAILLON" schema --uot x >out 2>&1; expect_status 2 $? "maillon schema with a misspelt option"
expect_contains out "did you mean '--out'?"
finish
