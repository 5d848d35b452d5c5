# Each municipality's widget (an <iframe>-able page), its events as JSON and its calendar, and
# the code to paste, shown on its portal page.
source "$(dirname "$0")/lib.bash"

cd "$SRC"
"$MAILLON" build --now "$NOW" --out "$WORK/site" >"$WORK/out" 2>"$WORK/err"
expect_status 0 $? "building content/"
S="$WORK/site"
W="$S/municipalites/manseau/widget/index.html"
expect_file "$W"
expect_contains "$W" '<html lang="fr">'
expect_contains "$W" '<meta name="robots" content="noindex">'
expect_contains "$W" "<title>Prochains soupers citoyens et activités à Manseau</title>"
expect_contains "$W" 'Souper citoyen à Manseau</a>'
expect_contains "$W" 'Café-rencontre du mercredi</a>'
expect_contains "$W" 'target="_blank" rel="noopener"'
expect_contains "$W" 'href="../../../activites/cafe-rencontre-manseau/"'
# Light and private: no script, no stylesheet or font from elsewhere, no cookie.
expect_not_contains "$W" "<script"
expect_not_contains "$W" "<link"
expect_not_contains "$W" "http://"
expect_contains "$W" "a { color: #8c2f14; font-weight: 600; }"
# Widgets are not pages to find.
expect_not_contains "$S/sitemap.xml" "/widget/"

# The code to paste, on the municipality's page: the widget's absolute address, escaped.
P="$S/municipalites/manseau/index.html"
expect_contains "$P" '<h2 id="bloc-integrer">Sur le site de votre municipalité</h2>'
expect_contains "$P" '&lt;iframe src=&quot;https://moijemimplique.ca/municipalites/manseau/widget/&quot; title=&quot;Prochains soupers citoyens et activités à Manseau&quot;'
expect_contains "$P" '<a href="calendrier.ics">https://moijemimplique.ca/municipalites/manseau/calendrier.ics</a>'

# The events as JSON: well formed, in the order they come, with absolute addresses.
J="$S/municipalites/manseau/evenements.json"
python3 - "$J" <<'PY' >"$WORK/json" 2>&1
import json, sys
d = json.load(open(sys.argv[1]))
assert d["municipality"] == "manseau" and d["municipality_name"] == "Manseau", d
events = d["events"]
assert events, "no event"
starts = [e["start"] or e["date"] for e in events]
assert starts == sorted(starts), starts
kinds = {e["kind"] for e in events}
assert kinds == {"supper", "activity"}, kinds
assert all(e["url"].startswith("https://moijemimplique.ca/") for e in events)
print("ok", len(events))
PY
expect_contains "$WORK/json" "ok "

# A sub-site has no widget of its own: it is already the municipality's.
"$MAILLON" build --municipality manseau --base-url https://www.manseau.example/ --now "$NOW" \
  --out "$WORK/sub" >/dev/null 2>&1
expect_status 0 $? "Manseau's sub-site"
expect_not_contains "$WORK/sub/index.html" "bloc-integrer"

finish
