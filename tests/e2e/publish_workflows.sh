# The GitHub Pages and GitLab Pages workflows: valid YAML with the jobs the hosts expect, and
# their `maillon build` commands, run here as the hosts would (their variables set to a test
# address), give the portal in public/ and every sub-site in public/sites/.
source "$(dirname "$0")/lib.bash"

cd "$SRC"
python3 - <<'PY' >"$WORK/yaml" 2>&1
import yaml
gh = yaml.safe_load(open(".github/workflows/pages.yml"))
assert gh["permissions"]["pages"] == "write" and gh["permissions"]["id-token"] == "write"
assert [s.get("uses", "").split("@")[0] for s in gh["jobs"]["deploy"]["steps"]] == ["actions/deploy-pages"]
assert any(s.get("uses", "").startswith("actions/upload-pages-artifact") for s in gh["jobs"]["build"]["steps"])
assert gh[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads "on" as true
gl = yaml.safe_load(open(".gitlab-ci.yml"))
assert gl["pages"]["artifacts"]["paths"] == ["public"]
print("ok")
PY
expect_contains "$WORK/yaml" "ok"

# The render commands of each workflow, in a copy of the repository's content and themes, with
# the host's variables set and this build's binary.
for file in .github/workflows/pages.yml .gitlab-ci.yml; do
  d="$WORK/$(basename "$file").d"
  mkdir -p "$d"
  cp -r content themes "$d/"
  grep -o '\./build/maillon build .*' "$file" >"$WORK/commands"
  expect_equal 2 "$(wc -l <"$WORK/commands")" "maillon build commands in $file"
  (
    cd "$d" || exit 1
    export BASE_URL=https://example.github.io/portail/ CI_PAGES_URL=https://example.gitlab.io/portail
    while read -r command; do
      eval "\"\$MAILLON\" ${command#./build/maillon }" >>"$WORK/render.log" 2>&1 || exit 1
    done <"$WORK/commands"
  )
  expect_status 0 $? "the render commands of $file ($(tail -2 "$WORK/render.log"))"
  expect_file "$d/public/index.html"
  expect_file "$d/public/sites/manseau/index.html"
  expect_file "$d/public/sites/saint-sylvere/calendrier.ics"
done
expect_contains "$WORK/pages.yml.d/public/index.html" '<link rel="canonical" href="https://example.github.io/portail/">'
expect_contains "$WORK/pages.yml.d/public/sites/manseau/index.html" '<link rel="canonical" href="https://example.github.io/portail/sites/manseau/">'
expect_contains "$WORK/.gitlab-ci.yml.d/public/index.html" '<link rel="canonical" href="https://example.gitlab.io/portail/">'

finish
