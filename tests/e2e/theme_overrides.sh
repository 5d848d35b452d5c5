# A municipality's (or the whole site's) look: its own theme folder shadows the default theme
# file by file, its colours go into its pages' stylesheet, and a colour that would make a page
# unreadable is an error at its line, with a shade that passes.
source "$(dirname "$0")/lib.bash"

cp -r "$SRC/content" "$WORK/content"
mkdir -p "$WORK/themes"
cp -r "$SRC/themes/default" "$WORK/themes/default"
T="$WORK/themes/default"
C="$WORK/content"
BASE=https://www.municipalite.example/
build() {  # build OUT [build options...]
  local out=$1
  shift
  "$MAILLON" build --content "$C" --theme "$T" --now "$NOW" --out "$out" "$@" >"$WORK/out" 2>"$WORK/err"
}

# Manseau shadows one partial: its sub-site shows it, the other sub-sites and the portal do not.
mkdir -p "$WORK/themes/manseau/partials"
sed 's|<footer class="site-footer">|<footer class="site-footer"><!-- pied de Manseau -->|' \
  "$T/partials/footer.mustache" >"$WORK/themes/manseau/partials/footer.mustache"
build "$WORK/manseau" --municipality manseau --base-url "$BASE"
expect_status 0 $? "Manseau's sub-site with its own footer"
expect_contains "$WORK/manseau/index.html" "<!-- pied de Manseau -->"
expect_contains "$WORK/manseau/aide/index.html" "<!-- pied de Manseau -->"
build "$WORK/fortierville" --municipality fortierville --base-url "$BASE"
expect_not_contains "$WORK/fortierville/index.html" "<!-- pied de Manseau -->"
build "$WORK/all" --all-municipalities --base-url "$BASE"
expect_status 0 $? "every sub-site"
expect_contains "$WORK/all/manseau/index.html" "<!-- pied de Manseau -->"
expect_not_contains "$WORK/all/lemieux/index.html" "<!-- pied de Manseau -->"
build "$WORK/portal"
expect_not_contains "$WORK/portal/index.html" "<!-- pied de Manseau -->"
expect_not_contains "$WORK/portal/index.html" "<style>"

# A template error in the shadowing file is reported in that file.
printf '{{#oops}}\n' >"$WORK/themes/manseau/partials/footer.mustache"
build "$WORK/manseau" --municipality manseau --base-url "$BASE"
expect_status 1 $? "a broken shadowing partial"
expect_contains "$WORK/err" "themes/manseau/partials/footer.mustache:1:1: erreur :"
rm -r "$WORK/themes/manseau"

# Its colours colour its own pages, not the portal's.
sed -i 's|^name: Manseau$|name: Manseau\ncolors: { primary: "#1f5f8b", accent: "#f2a900" }|' \
  "$C/municipalities/manseau.md"
build "$WORK/manseau2" --municipality manseau --base-url "$BASE"
expect_status 0 $? "Manseau's sub-site in its colours"
expect_contains "$WORK/manseau2/index.html" "--brand: #1f5f8b; --link: #1f5f8b; --brand-dark: #194c6f;"
expect_contains "$WORK/manseau2/index.html" "--accent: #f2a900;"
build "$WORK/portal2"
expect_not_contains "$WORK/portal2/municipalites/manseau/index.html" "#1f5f8b"

# A main colour too light for white text: an error at the colour, the last output untouched.
sed -i 's|primary: "#1f5f8b"|primary: "#f6c453"|' "$C/municipalities/manseau.md"
before=$(tree_sum "$WORK/manseau2")
build "$WORK/manseau2" --municipality manseau --base-url "$BASE"
expect_status 1 $? "a main colour that white text cannot be read on"
expect_contains "$WORK/err" "municipalities/manseau.md:3:20: erreur : champ « colors.primary » : la couleur « #f6c453 » donne un contraste de 1.6:1"
expect_contains "$WORK/err" 'une teinte plus foncée conviendrait, par exemple "#876c2e"'
expect_contains "$WORK/err" '                       ^'
expect_equal "$before" "$(tree_sum "$WORK/manseau2")" "the previous sub-site after a failed build"
sed -i '/^colors:/d' "$C/municipalities/manseau.md"

# The whole site: site.yaml names a theme beside the default one, which shadows a style sheet.
mkdir -p "$WORK/themes/village/assets"
printf 'body { color: #111111; }\n' >"$WORK/themes/village/assets/style.css"
printf 'theme: village\n' >>"$C/site.yaml"
build "$WORK/village"
expect_status 0 $? "the portal with site.yaml's theme"
expect_equal "body { color: #111111; }" "$(cat "$WORK/village/assets/style.css")" "the shadowed style sheet"
sed -i 's/^theme: village$/theme: hameau/' "$C/site.yaml"
build "$WORK/hameau"
expect_status 1 $? "a theme that no folder holds"
expect_contains "$WORK/err" "champ « theme » : thème « hameau » introuvable : attendu : un dossier « hameau » à côté de"

# The preview of a sub-site watches its own theme folder: a save there shows without a restart.
sed -i '/^theme: hameau$/d' "$C/site.yaml"
mkdir -p "$WORK/themes/manseau/partials"
sed 's|<footer class="site-footer">|<footer class="site-footer"><!-- pied A -->|' \
  "$T/partials/footer.mustache" >"$WORK/themes/manseau/partials/footer.mustache"
"$MAILLON" serve --port 0 --content "$C" --theme "$T" --now "$NOW" --municipality manseau \
  --base-url "$BASE" >"$WORK/serve.out" 2>"$WORK/serve.err" &
server=$!
trap 'kill -KILL "$server" 2>/dev/null; rm -rf "$WORK"' EXIT
if wait_for "$WORK/serve.out" "Serving http://127.0.0.1:" 60; then
  url=$(grep -o 'Serving http://127.0.0.1:[0-9]*/' "$WORK/serve.out" | cut -d' ' -f2)
  timeout 10 curl -s "$url" >"$WORK/page.html"
  expect_contains "$WORK/page.html" "<!-- pied A -->"
  sed -i 's|<!-- pied A -->|<!-- pied B -->|' "$WORK/themes/manseau/partials/footer.mustache"
  for _ in $(seq 100); do
    timeout 10 curl -s "$url" >"$WORK/page.html"
    grep -qF "<!-- pied B -->" "$WORK/page.html" && break
    sleep 0.1
  done
  expect_contains "$WORK/page.html" "<!-- pied B -->"
else
  fail "the sub-site's preview did not start: $(cat "$WORK/serve.err")"
fi
kill -INT "$server" 2>/dev/null
wait "$server"

finish
