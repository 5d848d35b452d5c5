# The real portal in content/ builds with no error and no warning, every page of the product
# brief exists, and links stay relative so the site works under a sub-path.
source "$(dirname "$0")/lib.bash"

cd "$SRC"
"$MAILLON" build --now "$NOW" --out "$WORK/site" >"$WORK/out" 2>"$WORK/err"
expect_status 0 $? "building content/"
if [ -s "$WORK/err" ]; then fail "content/ printed errors or warnings:"; cat "$WORK/err" >&2; else pass; fi
expect_contains "$WORK/out" "Construit : "

S="$WORK/site"
for page in index.html municipalites/index.html organismes/index.html activites/index.html \
    soupers/index.html communautes/index.html nouvelles/index.html categories/index.html \
    aide/index.html 404.html citoyen-maillon/index.html projet/index.html \
    municipalites/manseau/index.html municipalites/saint-sylvere/index.html \
    organismes/cab-mrc-becancour/index.html assets/style.css; do
  expect_file "$S/$page"
done
# Twelve municipalities, each with its page and its widget.
count=$(find "$S/municipalites" -mindepth 2 -maxdepth 2 -name index.html | wc -l)
if [ "$count" -eq 12 ]; then pass; else fail "expected 12 municipality pages, found $count"; fi
count=$(find "$S/municipalites" -path '*/widget/index.html' | wc -l)
if [ "$count" -eq 12 ]; then pass; else fail "expected 12 municipality widgets, found $count"; fi

expect_contains "$S/index.html" "Moi, je m’implique"
expect_contains "$S/index.html" 'lang="fr"'
expect_contains "$S/municipalites/index.html" "Sainte-Cécile-de-Lévrard"
expect_contains "$S/citoyen-maillon/index.html" "résilience communautaire"
expect_contains "$S/aide/index.html" "9-8-8"
# Drafts stay hidden, future news too.
if grep -rl 'draft: true' content/news >/dev/null; then
  draft=$(basename "$(grep -rl 'draft: true' content/news | head -1)" .md)
  [ -e "$S/nouvelles/$draft/index.html" ] && fail "draft news $draft was published" || pass
fi

# No link in any page starts with "/" (they are relative), except in 404.html.
if grep -rhoE '(href|src)="/[^/"][^"]*"' "$S" --include=index.html | head -3 | grep -q .; then
  fail "site-absolute links found:"; grep -rhoE '(href|src)="/[^/"][^"]*"' "$S" --include=index.html | head -3 >&2
else
  pass
fi

# Under a sub-path, the 404 page points at the sub-path; canonical URLs use the base URL.
"$MAILLON" build --now "$NOW" --base-url https://example.org/portail/ --out "$WORK/sub" >/dev/null 2>&1
expect_status 0 $? "building with a sub-path base URL"
expect_contains "$WORK/sub/404.html" 'href="/portail/'
expect_contains "$WORK/sub/index.html" 'https://example.org/portail/'

# Every relative link of every page resolves to a file of the site.
broken=0
while IFS= read -r page; do
  dir=$(dirname "$page")
  while IFS= read -r link; do
    target="${link%%#*}"
    [ -z "$target" ] && continue
    case "$target" in http:*|https:*|mailto:*|tel:*|//*|data:*) continue ;; esac
    path="$dir/$target"
    [ -d "$path" ] && path="$path/index.html"
    if [ ! -e "$path" ]; then broken=$((broken + 1)); echo "broken link in ${page#$S/}: $link" >&2; fi
  done < <(grep -oE '(href|src)="[^"]*"' "$page" | sed -E 's/^(href|src)="//; s/"$//' | sed 's/&amp;/\&/g')
done < <(find "$S" -name index.html)
if [ "$broken" -eq 0 ]; then pass; else fail "$broken broken relative links"; fi
finish
