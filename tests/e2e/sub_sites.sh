# Municipalities' sub-sites of the real portal: each builds with no error (the link check fails
# a build on any broken link), holds its own home, items and files, and its links leave it only
# for the regional portal, absolute, or for other hosts the portal links to as well.
source "$(dirname "$0")/lib.bash"

cd "$SRC"
PORTAL=$(sed -n 's/^base_url: *//p' content/site.yaml | tr -d '"' | sed 's:/*$:/:')
BASE=https://www.municipalite.example/portail/

"$MAILLON" build --all-municipalities --base-url "$BASE" --out "$WORK/subs" --now "$NOW" \
  >"$WORK/out" 2>"$WORK/err"
expect_status 0 $? "building every sub-site"
if [ -s "$WORK/err" ]; then fail "sub-sites printed errors or warnings:"; cat "$WORK/err" >&2; else pass; fi
count=$(find "$WORK/subs" -mindepth 2 -maxdepth 2 -name index.html | wc -l)
expect_equal 12 "$count" "sub-sites with a home"

M="$WORK/subs/manseau"
for file in index.html aide/index.html 404.html nouvelles/index.html nouvelles/atom.xml \
    calendrier.ics sitemap.xml robots.txt assets/style.css \
    soupers/manseau-2027-03-11/index.html soupers/manseau-2027-03-11/calendrier.ics \
    communautes/communaute-de-partage-manseau/index.html organismes/cab-mrc-becancour/index.html; do
  expect_file "$M/$file"
done
# Only Manseau: no other municipality's supper, no portal section, no search.
[ -e "$M/soupers/index.html" ] && fail "the portal's supper list is in the sub-site" || pass
[ -e "$M/recherche/index.html" ] && fail "the search page is in the sub-site" || pass
if ls "$M/soupers" | grep -qv '^manseau-'; then fail "another municipality's supper in Manseau's sub-site"; else pass; fi
expect_contains "$M/index.html" "<title>Manseau — Moi, je m’implique</title>"
expect_contains "$M/index.html" '<link rel="canonical" href="'"$BASE"'manseau/">'
expect_contains "$M/calendrier.ics" "X-WR-CALNAME:Moi\\, je m’implique — Manseau"
expect_contains "$M/nouvelles/atom.xml" "$BASE"manseau/nouvelles/
# Its own portal page is its home; the menu leads back to the portal.
expect_not_contains "$M/soupers/manseau-2027-03-11/index.html" "municipalites/manseau/"
expect_contains "$M/index.html" '<a href="'"$PORTAL"'">'

# Every absolute link goes to the sub-site itself, the portal, or another host the portal
# itself links to (an organisation's web site, a phone line's page).
"$MAILLON" build --out "$WORK/portal" --now "$NOW" >/dev/null 2>&1
grep -rhoE 'href="https?://[^"]*"' "$WORK/portal" --include='*.html' | sed 's/^href="//; s/"$//' |
  sort -u >"$WORK/portal-links"
bad=0
while read -r url; do
  case "$url" in
    "$BASE"*|"$PORTAL"*) ;;
    *) grep -qxF -- "$url" "$WORK/portal-links" || { fail "link to another host in a sub-site: $url"; bad=1; } ;;
  esac
done < <(grep -rhoE 'href="https?://[^"]*"' "$WORK/subs" --include='*.html' | sed 's/^href="//; s/"$//' | sort -u)
[ "$bad" -eq 0 ] && pass

# Building it alone gives the same files as within --all-municipalities.
"$MAILLON" build --municipality manseau --base-url "${BASE}manseau/" --out "$WORK/manseau" \
  --now "$NOW" >/dev/null 2>&1
expect_status 0 $? "building Manseau alone"
rm "$WORK/manseau/.maillon-output"  # the one file a folder of its own holds besides
expect_equal "$(tree_sum "$M")" "$(tree_sum "$WORK/manseau")" "Manseau alone and within all"

# Mistakes: an unknown municipality (with a suggestion), no --base-url, both flags.
"$MAILLON" build --municipality mansau --base-url "$BASE" --out "$WORK/x" --now "$NOW" \
  >"$WORK/out" 2>"$WORK/err"
expect_status 1 $? "an unknown municipality"
expect_contains "$WORK/err" "municipalité inconnue « mansau »"
expect_contains "$WORK/err" "vouliez-vous dire « manseau » ?"
[ -e "$WORK/x" ] && fail "a failed sub-site build wrote $WORK/x" || pass
"$MAILLON" build --municipality manseau --out "$WORK/x" --now "$NOW" >"$WORK/out" 2>"$WORK/err"
expect_status 2 $? "a sub-site without --base-url"
expect_contains "$WORK/err" "--municipality needs --base-url"
"$MAILLON" build --municipality manseau --all-municipalities --base-url "$BASE" --now "$NOW" \
  >"$WORK/out" 2>"$WORK/err"
expect_status 2 $? "--municipality with --all-municipalities"

finish
