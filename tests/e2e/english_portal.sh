# `language: en` in site.yaml gives an English portal with the same theme: English interface
# texts, dates and times, <html lang="en">, en_CA metadata, and no French left in the interface.
source "$(dirname "$0")/lib.bash"

CONTENT="$SRC/tests/fixtures/valid/english/content"
"$MAILLON" build --content "$CONTENT" --theme "$SRC/themes/default" --now "$NOW" \
  --out "$WORK/site" >"$WORK/out" 2>"$WORK/err"
status=$?
expect_status 0 $status "building the English fixture"
[ "$status" -eq 0 ] || { cat "$WORK/err" >&2; finish; exit 1; }
if [ -s "$WORK/err" ]; then
  fail "the English fixture printed errors or warnings:"; cat "$WORK/err" >&2
else
  pass
fi

S="$WORK/site"
for page in index.html soupers/index.html soupers/manseau-2027-02-18/index.html \
    activites/cafe-rencontre/index.html municipalites/manseau/index.html \
    organismes/cab-essai/index.html recherche/index.html aide/index.html 404.html; do
  expect_file "$S/$page"
  expect_contains "$S/$page" '<html lang="en">'
  expect_contains "$S/$page" 'Skip to content'
  expect_contains "$S/$page" '<meta property="og:locale" content="en_CA">'
  expect_not_contains "$S/$page" 'Aller au contenu'
done

# Interface texts, dates and times in English.
expect_contains "$S/index.html" 'Next citizen suppers'
expect_contains "$S/index.html" 'Main menu'
expect_contains "$S/soupers/index.html" 'Date to be confirmed (Spring 2027)'
supper="$S/soupers/manseau-2027-02-18/index.html"
expect_contains "$supper" 'Citizen supper in Manseau'
expect_contains "$supper" 'Thursday, February 18, 2027</time>, from 5:30 to 8:00'
expect_contains "$supper" 'Add to my calendar'
expect_contains "$supper" '"startDate":"2027-02-18T17:30-05:00"'
expect_contains "$S/activites/cafe-rencontre/index.html" 'Every week'
expect_contains "$S/recherche/index.html" 'What are you looking for?'
expect_contains "$S/recherche/index.html" '"organization":"Organization"'
expect_contains "$S/404.html" 'Page not found'
# The organisation's body started with "# About the centre": still one <h1> on its page.
org="$S/organismes/cab-essai/index.html"
count=$(grep -o '<h1' "$org" | wc -l)
if [ "$count" -eq 1 ]; then pass; else fail "$org has $count <h1>, expected 1"; fi
expect_contains "$org" '<h2>About the centre</h2>'

# No French typography in English: no narrow no-break space before "?" or ":".
french_spacing=$(grep -rl $'\u202f[?:!;]' "$S" --include=index.html)
if [ -n "$french_spacing" ]; then
  fail "French spacing in the English portal:"; echo "$french_spacing" >&2
else
  pass
fi
finish
