# Broken links fail `check` as well as `build`; a link a template writes on every page is
# reported once, at the template's line; a site under a sub-path has no false alarm.
source "$(dirname "$0")/lib.bash"

BASE="$SRC/tests/fixtures/valid/minimal/content"
cd "$WORK"

# check: the fixture's two broken links, as text and as JSON; nothing written.
mkdir -p broken && cp -r "$BASE" broken/content
cp -r "$SRC/tests/fixtures/invalid/broken-link/content/." broken/content/
(cd broken && "$MAILLON" check --theme "$SRC/themes/default" --now "$NOW" >out 2>err)
expect_status 1 $? "check with broken links"
expect_contains broken/err "content/news/lancement.md:7:61: erreur : lien brisé « /soupers/nexiste-pas/ » dans le texte de content/news/lancement.md : cette page n'existe pas"
expect_contains broken/err "2 erreurs, 0 avertissement"
(cd broken && "$MAILLON" check --theme "$SRC/themes/default" --now "$NOW" --format json >json)
expect_status 1 $? "check --format json with broken links"
expect_contains broken/json '"message": "lien brisé « /projet/#nulle-part » dans le texte de content/news/lancement.md : la page /projet/ n'"'"'a pas d'"'"'élément d'"'"'id « nulle-part »"'
if [ -e broken/site ]; then fail "check wrote a site"; else pass; fi

# A sub-path base URL: 404.html links to /portail/..., canonical links are absolute.
mkdir -p sub && cp -r "$BASE" sub/content
(cd sub && "$MAILLON" build --theme "$SRC/themes/default" --now "$NOW" \
  --base-url https://example.org/portail/ >out 2>err)
expect_status 0 $? "building under a sub-path"
if [ -s sub/err ]; then fail "the sub-path build printed:"; cat sub/err >&2; else pass; fi

# A broken link in a partial: one error at the partial's line, naming how many pages show it.
cp -r "$SRC/themes/default" theme
echo '<a href="{{root}}plan-du-site/">plan</a>' >>theme/partials/nav.mustache
mkdir -p tpl && cp -r "$BASE" tpl/content
(cd tpl && "$MAILLON" check --theme "$WORK/theme" --now "$NOW" >out 2>err)
expect_status 1 $? "check with a broken link in a partial"
expect_contains tpl/err "theme/partials/nav.mustache:"
expect_contains tpl/err ": erreur : lien brisé « /plan-du-site/ » sur "
expect_contains tpl/err "1 erreur, 0 avertissement"
finish
