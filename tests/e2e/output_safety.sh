# --out never writes into the content or theme folder, nor replaces a folder Maillon did not make;
# a successful rebuild replaces the site, and a failed one leaves it as it was.
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
finish
