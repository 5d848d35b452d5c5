# --out never writes into the content or theme folder, nor replaces a folder Maillon did not make;
# a successful rebuild replaces the site, and a failed one leaves it as it was. Markup in
# Markdown and in text fields never becomes live markup in the pages, feeds or calendars.
source "$(dirname "$0")/lib.bash"

cp -r "$SRC/tests/fixtures/valid/minimal/content" "$WORK/content"
cp -r "$SRC/themes" "$WORK/themes"
cd "$WORK"

"$MAILLON" build --now "$NOW" --out content/site >out 2>err
expect_status 2 $? "--out inside content"
expect_contains err "refusing to write the site into 'content/site'"

"$MAILLON" build --now "$NOW" --out themes >out 2>err
expect_status 2 $? "--out containing the theme"
expect_contains err "overlaps the folder 'themes/default'"

mkdir precious && echo "do not lose me" > precious/notes.txt
"$MAILLON" build --now "$NOW" --out precious >out 2>err
expect_status 2 $? "--out on a folder Maillon did not make"
expect_contains err "refusing to replace 'precious'"
expect_contains precious/notes.txt "do not lose me"

"$MAILLON" build --now "$NOW" --out site >out 2>err
expect_status 0 $? "first build"
expect_file site/.maillon-output
expect_file site/index.html
sum1=$(tree_sum site)

"$MAILLON" build --now "$NOW" --out site >out 2>err
expect_status 0 $? "rebuild"
expect_contains out "inchangé"
sum2=$(tree_sum site)
if [ "$sum1" = "$sum2" ]; then pass; else fail "a rebuild of the same content changed the site"; fi

echo "titre: cassé" >> content/news/lancement.md
sed -i 's/^title: Lancement du portail/title: [oops/' content/news/lancement.md
"$MAILLON" build --now "$NOW" --out site >out 2>err
expect_status 1 $? "build with a broken file"
expect_contains err "Échec de la construction"
sum3=$(tree_sum site)
if [ "$sum1" = "$sum3" ]; then pass; else fail "a failed build changed the site"; fi
ls -a | grep -q '\.site\.tmp' && fail "temporary folder left behind" || pass

# Markup in a news item and a page (text fields and Markdown bodies). By default raw HTML is left
# out and dangerous URLs emptied: no script, event handler, frame, SVG or javascript:/data: link
# reaches the output as markup; the text around them does, and the fields as escaped text.
cd "$WORK"
mkdir markup
cp -r "$SRC/tests/fixtures/valid/minimal/content" markup/content
hostile_body='Texte visible <script>alert(3)</script> <img src="https://photos.example.com/x.png" onerror="alert(4)"> <a href="javascript:alert(5)">a</a>
[lien](javascript:alert(6)) [autre](JaVaScRiPt:alert(7)) [ent](&#106;avascript:alert(8))
<iframe src="https://exemple.ca/"></iframe> <svg onload="alert(9)"><circle/></svg>
![image](data:image/svg+xml;base64,PHN2Zz4=) [page](data:text/html,<script>alert(10)</script>)

<script>alert(11)</script>

<div onclick="alert(12)">bloc</div>'
printf -- '---\ntitle: "Piège </script><script>alert(1)</script>"\ndate: 2026-11-02\nsummary: "<img src=x onerror=alert(2)>"\n---\n%s\n' \
  "$hostile_body" >markup/content/news/piege.md
printf -- '---\ntitle: "Page <b onmouseover=alert(13)>piège</b>"\nmenu: 2\n---\n%s\n' "$hostile_body" \
  >markup/content/pages/piege.md
(cd markup && "$MAILLON" build --theme "$SRC/themes/default" --now "$NOW" --out site >out 2>err)
expect_status 0 $? "building pages with markup in their text"
expect_contains markup/site/nouvelles/piege/index.html "Texte visible"
expect_contains markup/site/nouvelles/piege/index.html "Piège &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
expect_contains markup/site/piege/index.html "Texte visible"
live_markup() {  # the pages, feeds and calendars holding one of these as markup
  grep -rlE -e '<script>alert|<img src=x onerror|onerror="alert|onload="alert|onclick="alert' \
    -e '<b onmouseover|<iframe|<svg onload|href="(javascript|data:text)|src="data:image/svg' \
    --include='*.html' --include='*.xml' --include='*.ics' "$1"
}
found=$(live_markup markup/site)
[ -z "$found" ] && pass || fail "live markup from the content in: $found"

# With raw HTML allowed (site.yaml options: unsafe_html), authors' own HTML stays, but scripts
# and frames are still escaped and dangerous link URLs still emptied.
printf 'options:\n  unsafe_html: true\n' >>markup/content/site.yaml
(cd markup && "$MAILLON" build --theme "$SRC/themes/default" --now "$NOW" --out site >out 2>err)
expect_status 0 $? "building with unsafe_html"
expect_contains markup/site/nouvelles/piege/index.html '<div onclick="alert(12)">bloc</div>'
expect_contains markup/site/nouvelles/piege/index.html '&lt;script>alert(11)&lt;/script>'
expect_contains markup/site/nouvelles/piege/index.html '&lt;iframe src="https://exemple.ca/">'
expect_not_contains markup/site/nouvelles/piege/index.html 'href="javascript:alert(6)'
expect_not_contains markup/site/nouvelles/piege/index.html 'JaVaScRiPt:'
# The authors' raw HTML is live markup now: the search above does find it.
[ -n "$(live_markup markup/site)" ] && pass || fail "live_markup does not see raw HTML"
finish
