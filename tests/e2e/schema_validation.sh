# The JSON Schemas of schemas/ (what editors check content with) agree with maillon check: every
# YAML file and Markdown front matter of the real content and of the valid fixtures passes its
# schema, as .vscode/settings.json maps them; documents with a wrong enum, a bad date or time,
# an unknown field, a missing required field... are rejected by the schema and by maillon check.
# Needs Python's jsonschema and yaml (tools/install-deps.sh --test installs them): skipped (77)
# without them, unless make test or CI require them (MAILLON_REQUIRE_BROWSER=1, CI).
source "$(dirname "$0")/lib.bash"
CHECKER="$SRC/tests/e2e/json_schema_check.py"

if ! python3 -c 'import jsonschema, yaml' 2>/dev/null; then
  required=${CI:-}
  [ "${MAILLON_REQUIRE_BROWSER:-0}" = 1 ] && required=true
  case "$required" in
    "" | false | 0) echo "SKIPPED: Python's jsonschema is not installed (tools/install-deps.sh --test)"; exit 77 ;;
    *) echo "FAIL: Python's jsonschema is not installed (make test and CI install it)"; exit 1 ;;
  esac
fi
cd "$WORK"

python3 "$CHECKER" "$SRC" valid "$SRC/content" "$SRC"/tests/fixtures/valid/*/content >out 2>&1
expect_status 0 $? "real content and valid fixtures against their schemas"
expect_contains out " problems"
cat out | grep -v "^[0-9]* files checked" >&2

# invalid KIND.CASE.EXT TARGET MESSAGE: the document on stdin must be rejected by KIND's schema
# (checked below), and by maillon check with MESSAGE in a copy of the real content where it
# replaces or joins TARGET.
mkdir invalid
cp -r "$SRC/content" content
"$MAILLON" check --content content --theme "$SRC/themes/default" --now "$NOW" >/dev/null 2>&1
expect_status 0 $? "maillon check on the copy of the real content"
invalid() {
  local file="invalid/$1" target=$2
  cat >"$file"
  rm -rf content && cp -r "$SRC/content" content && cp "$file" "content/$target"
  "$MAILLON" check --content content --theme "$SRC/themes/default" --now "$NOW" >check.out 2>&1
  expect_status 1 $? "maillon check on $1"
  expect_contains check.out "$3"
}
activity='title: Café-rencontre
organization: cab-mrc-becancour
municipality: manseau
category: entraide
start: 2026-01-14T13:30
end: 2026-01-14T15:30'
invalid activity.wrong-enum.yaml activities/x.yaml "valeur inconnue « day » ; valeurs possibles : week, month" < <(printf '%s\nrecurrence: { every: day, count: 3 }\n' "$activity")
invalid activity.bad-date.yaml activities/x.yaml "2026-04-31 n'est pas une date valide (avril 2026 a 30 jours)" < <(printf '%s\n' "$activity" | sed 's/^start: .*/start: 2026-04-31T13:30/')
invalid activity.bad-datetime.yaml activities/x.yaml "vouliez-vous dire « 2026-01-14T15:30 » ?" < <(printf '%s\n' "$activity" | sed 's/^end: .*/end: 2026-01-14T15h30/')
invalid activity.unknown-field.yaml activities/x.yaml "champ inconnu « titel » ; vouliez-vous dire « title » ?" < <(printf '%s\ntitel: Souper\n' "$activity")
invalid activity.missing-required.yaml activities/x.yaml "champ « title » : ce champ obligatoire manque" < <(printf '%s\n' "$activity" | grep -v '^title:')
invalid activity.bad-email.yaml activities/x.yaml "attendu : une adresse courriel" < <(printf '%s\nregistration: { email: inscription.example.org }\n' "$activity")
invalid activity.quoted-number.yaml activities/x.yaml "enlevez les guillemets" < <(printf '%s\nrecurrence: { every: week, count: "3" }\n' "$activity")
invalid activity.bad-slug.yaml activities/x.yaml "attendu : un identifiant" < <(printf '%s\n' "$activity" | sed 's/^municipality: .*/municipality: Manseau/')
invalid supper.bad-time.yaml suppers/manseau.yaml "vouliez-vous dire « 17:30 » ?" < <(printf 'municipality: manseau\nsuppers:\n  - date: 2027-01-21\n    time: 17h30\n')
invalid supper.wrong-enum.yaml suppers/manseau.yaml "valeur inconnue « postponed »" < <(printf 'municipality: manseau\nsuppers:\n  - date: 2027-01-21\n    status: postponed\n')
invalid supper.below-minimum.yaml suppers/manseau.yaml "la valeur doit être au moins 1" < <(printf 'municipality: manseau\nsuppers:\n  - date: 2027-01-21\n    capacity: 0\n')
invalid supper.mapping-for-list.yaml suppers/manseau.yaml "commencez chaque élément par « - »" < <(printf 'municipality: manseau\nsuppers:\n  date: 2027-01-21\n')
invalid news.not-a-bool.md news/x.md "vouliez-vous dire « true » ?" < <(printf -- '---\ntitle: Nouvelle\ndate: 2026-02-19\ndraft: oui\n---\nTexte.\n')
invalid organization.all-in-list.yaml organizations/x.yaml "« all » ne peut pas être un élément d'une liste" < <(printf 'name: CAB\nmunicipalities: [all, manseau]\n')
invalid municipality.unquoted-colour.yaml municipalities/x.yaml "mettez la couleur entre guillemets" < <(printf 'name: Manseau\ncolors:\n  primary: #1f5f8b\n')
invalid municipality.bare-domain.yaml municipalities/x.yaml "vouliez-vous dire « https://www.manseau.ca » ?" < <(printf 'name: Manseau\nwebsite: www.manseau.ca\n')
invalid site.wrong-enum.yaml site.yaml "valeur inconnue « es » ; valeurs possibles : fr, en" < <(printf 'title: Portail\nbase_url: https://example.org/\nlanguage: es\n')
invalid site.bad-path.yaml site.yaml "attendu : un chemin du site" < <(printf 'title: Portail\nbase_url: https://example.org/\nnavigation:\n  - title: Soupers\n    url: //evil.example/\n')
invalid category.missing-name.yaml categories.yaml "champ « [0].name » : ce champ obligatoire manque" < <(printf -- '- slug: entraide\n')
invalid resource.quoted-bool.yaml resources.yaml "enlevez les guillemets" < <(printf -- '- name: 811\n  urgent: "true"\n')
invalid page.blank-title.md pages/x.md "champ « title » : attendu : du texte" < <(printf -- '---\ntitle: "   "\n---\n')

python3 "$CHECKER" "$SRC" invalid invalid/* >out 2>&1
expect_status 0 $? "every invalid document rejected by its schema"
grep -v "rejected as expected" out >&2

# And the check can fail: a valid document among them is reported.
printf '%s\n' "$activity" >invalid/activity.valid.yaml
python3 "$CHECKER" "$SRC" invalid invalid/activity.valid.yaml >out 2>&1
expect_status 1 $? "a valid document in invalid mode"
expect_contains out "accepted by the activity schema, but it is invalid"
finish
