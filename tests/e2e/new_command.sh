# maillon new: a file of every kind, written from the schema into a copy of the real content,
# passes maillon check as written and with values given for its fields, and its JSON Schema
# when Python's jsonschema is there; a new municipality gets its supper schedule; what is
# refused (a taken slug, a bad slug, value or reference) is said and nothing is written.
source "$(dirname "$0")/lib.bash"
cd "$WORK"
cp -r "$SRC/content" content
check() {  # check WHAT: maillon check on ./content passes
  "$MAILLON" check --content content --theme "$SRC/themes/default" --now "$NOW" >check.out 2>&1
  expect_status 0 $? "maillon check after $1"
  expect_contains check.out "Aucune erreur dans content/"
}
new() {  # new EXPECTED_STATUS ARGS...: maillon new with --now, output in out
  local want=$1
  shift
  "$MAILLON" new "$@" --now "$NOW" >out 2>&1
  expect_status "$want" $? "maillon new $*"
}

# Every kind, with no value given.
kinds="activity news supper organization community page municipality"
for kind in $kinds; do
  new 0 "$kind" "essai-$kind"
done
for file in activities/essai-activity.md news/essai-news.md suppers/essai-supper.yaml \
    organizations/essai-organization.md communities/essai-community.md pages/essai-page.md \
    municipalities/essai-municipality.md; do
  expect_file "content/$file"
done
new 0 page autre-page
expect_equal "content/pages/autre-page.md" "$(cat out)" "what maillon new prints"
head -2 content/activities/essai-activity.md >head.txt
expect_contains head.txt "---"
expect_contains head.txt "# yaml-language-server: \$schema=../../schemas/activity.schema.json"
expect_equal "# yaml-language-server: \$schema=../../schemas/supper.schema.json" \
  "$(head -1 content/suppers/essai-supper.yaml)" "a YAML file's first line"
expect_contains content/activities/essai-activity.md "start: 2026-11-25T13:30"
expect_contains content/activities/essai-activity.md "# recurrence:"
expect_contains content/activities/essai-activity.md "(obligatoire; nom d'un fichier de municipalities/)"
expect_contains content/news/essai-news.md "date: 2026-11-25 "
expect_contains content/news/essai-news.md "title: Essai news "
check "a file of every kind"
expect_contains check.out "la municipalité « essai-municipality » n'a aucun souper citoyen prévu"

# The municipality's supper schedule names it; then it has one.
new 0 supper essai-municipality
expect_contains content/suppers/essai-municipality.yaml "municipality: essai-municipality "
check "the new municipality's supper schedule"
expect_not_contains check.out "« essai-municipality » n'a aucun souper"

# Every kind with values; YAML where the kind allows it.
new 0 activity souper-noel --title "Souper de Noël : spécial #2" --organization cdc-mrc-becancour \
  --municipality lemieux --category alimentation --start 2026-12-18T17:30 --end "2026-12-18 20:00" \
  --recurrence.every week --recurrence.count 3 --venue "Salle municipale" \
  --registration.phone "819-288-5533 poste 5" --registration.email info@example.org \
  --cost Gratuit --description "Un *souper* pour tous."
expect_contains content/activities/souper-noel.md 'title: "Souper de Noël : spécial #2"'
expect_contains content/activities/souper-noel.md "Un *souper* pour tous."
new 0 activity atelier --format yaml --recurrence "{ every: month, by: weekday, until: 2027-06-30 }"
expect_file content/activities/atelier.yaml
new 0 news souper-noel --date 2026-12-01T08:00 --author "Équipe du CAB" --tags "souper, noël" \
  --municipalities "manseau, lemieux" --draft true --image.src images/logo.svg --image.alt Logo
new 0 supper saint-sylvere-hiver --municipality saint-sylvere --suppers.date 2027-01-21 \
  --suppers.time 17:30 --suppers.end_time 20:00 --suppers.status confirmed \
  --suppers.partners cab-mrc-becancour --suppers.registration.phone 811 --suppers.capacity 40
expect_contains content/suppers/saint-sylvere-hiver.yaml '    time: "17:30"'
new 0 organization popote --municipalities all --categories "entraide, aines" \
  --contact.email popote@example.org --hours "Les mardis" --volunteering "Livrer des repas."
new 0 organization comptoir --format yaml --municipalities "[manseau]" --summary 2026
new 0 community partage-lemieux --municipality lemieux --started 2026-03-03 --schedule "Le mardi"
new 0 page nous-joindre --title "Nous joindre" --menu 5 --summary "Qui appeler"
new 0 municipality nouvelle-ville --name Nouvelle-Ville --population 1200 \
  --colors.primary "#1f5f8b" --website https://example.org/ --contacts.name "Sonia Lauzon"
new 0 municipality autre-ville --format yaml --summary "Une ville: la nôtre"
new 0 activities alias-du-dossier
expect_file content/activities/alias-du-dossier.md
check "files with values"

# Editors check these files with the same rules (when Python's jsonschema is installed).
if python3 -c 'import jsonschema, yaml' 2>/dev/null; then
  python3 "$SRC/tests/e2e/json_schema_check.py" "$SRC" valid content >schema.out 2>&1
  expect_status 0 $? "the new files against their JSON Schemas"
  grep -v "0 problems" schema.out >&2
fi

# Refused: nothing is written, and the message says why.
before=$(tree_sum content)
new 1 activity cafe-rencontre-manseau
expect_contains out "content/activities/cafe-rencontre-manseau.md existe déjà ; maillon new ne remplace jamais un fichier"
new 1 activity cafe-rencontre-manseau --format yaml
expect_contains out "(l'identifiant est le nom du fichier, quelle que soit son extension)"
new 1 news "Souper Manseau"
expect_contains out "« Souper Manseau » n'est pas un identifiant : un identifiant s'écrit en lettres minuscules, chiffres et traits d'union ; vouliez-vous dire « souper-manseau » ?"
new 1 activity x --start demain
expect_contains out "--start « demain » : attendu : une date et une heure comme 2026-01-14T13:30 ; reçu : « demain »"
expect_contains out "Rien n'a été écrit."
new 1 news x --date 2026-02-30
expect_contains out "--date « 2026-02-30 » : 2026-02-30 n'est pas une date valide (février 2026 a 28 jours)"
new 1 activity x --municipality mansau
expect_contains out "--municipality « mansau » : municipalité inconnue « mansau » ; attendu : le nom d'un fichier de municipalities/ (sans extension) ; vouliez-vous dire « manseau » ?"
new 1 news x --draft oui
expect_contains out "--draft « oui » : attendu : true ou false ; reçu : « oui » ; vouliez-vous dire « true » ?"
new 1 supper x --suppers.time 17h30
expect_contains out "--suppers.time « 17h30 » : attendu : une heure comme 17:30 (sur 24 h) ; reçu : « 17h30 » ; vouliez-vous dire « 17:30 » ?"
new 1 activity x --start 2026-12-01T18:00
expect_contains out "champ « end » : la fin (end) 2026-11-25T15:30 est avant le début (start) 2026-12-01T18:00"
new 1 page soupers
expect_contains out "l'identifiant de page « soupers » est pris par la section /soupers/ du portail"
new 1 news x --image.src images/photo.png --image.alt Photo
expect_contains out "--image.src « images/photo.png » : « images/photo.png » n'est pas un fichier de content/static/ ; vouliez-vous dire « images/logo.svg » ?"
new 1 activity x --registration "{ phone: 811"
expect_contains out "erreur de syntaxe YAML"
expect_equal "$before" "$(tree_sum content)" "content after refusals"

# Wrong usage.
new 2 activite x
expect_contains out "unknown kind 'activite'; did you mean 'activity'?"
new 2 site x
expect_contains out "there is one site.yaml: edit it rather"
new 2 activity x --titel Souper
expect_contains out "unknown field '--titel' for activity; did you mean '--title'?"
new 2 news x --format yaml
expect_contains out "news files are Markdown only: --format md"
new 2 news
expect_contains out "expected a kind and a slug"
new 2 news x --format txt
"$MAILLON" new news x --now demain >out 2>&1; expect_status 2 $? "bad --now"
expect_equal "$before" "$(tree_sum content)" "content after usage errors"
"$MAILLON" new --help >out 2>&1; expect_status 0 $? "maillon new --help"
expect_contains out "Usage: maillon new KIND SLUG [--FIELD VALUE]... [options]"
"$MAILLON" new activity --help >out 2>&1; expect_status 0 $? "maillon new activity --help"
expect_contains out "--recurrence.every"

# An English site gets English comments; references default to what exists there.
cp -r "$SRC/tests/fixtures/valid/english/content" english
"$MAILLON" new activity potluck --content english --now "$NOW" >out 2>&1
expect_status 0 $? "maillon new in the English fixture"
expect_contains english/activities/potluck.md "# its title (required)"
expect_contains english/activities/potluck.md "organization: cab-essai "
expect_not_contains english/activities/potluck.md "obligatoire"
"$MAILLON" check --content english --theme "$SRC/themes/default" --now "$NOW" >out 2>&1
expect_status 0 $? "maillon check on the English fixture with a new activity"
"$MAILLON" new activity potluck-2 --content english --now "$NOW" --start demain >out 2>&1
expect_status 1 $? "a bad value in the English fixture"
expect_contains out "--start 'demain': expected a date and time like 2026-01-14T13:30, got 'demain'"
expect_contains out "Nothing was written."
"$MAILLON" new news "Potluck Night" --content english --now "$NOW" >out 2>&1
expect_status 1 $? "a bad slug in the English fixture"
expect_contains out "'Potluck Night' is not a slug: a slug is lowercase letters, digits and hyphens; did you mean 'potluck-night'?"

# Without content (no site.yaml), the folder is made and references are not checked.
"$MAILLON" new news premiere --content vide --now "$NOW" >out 2>&1
expect_status 0 $? "maillon new without content"
expect_file vide/news/premiere.md
expect_contains vide/news/premiere.md "# Une nouvelle."
finish
