# Hostile and broken input: the minimal valid site with one hostile file added, built by the real
# binary under `timeout`, so that a hang fails as surely as a crash. Each case ends with exit
# status 1 and its message at file:line:col, or builds (status 0) where the input is handled.
# Messages are asserted in English (language: en); empty files and invalid UTF-8 are cases of
# tests/fixtures/invalid/ (invalid_fixtures.sh), hostile Markdown markup of output_safety.sh.
source "$(dirname "$0")/lib.bash"
PYTHON=${PYTHON:-python3}
LIMIT=30  # seconds for any one build: each case takes well under one

mkdir -p "$WORK/base"
cp -r "$SRC/tests/fixtures/valid/minimal/content" "$WORK/base/content"
sed -i 's/^language: fr$/language: en/' "$WORK/base/content/site.yaml"

# fresh NAME: a copy of the site in $WORK/NAME, which becomes the working folder.
fresh() {
  rm -rf "${WORK:?}/$1"
  cp -r "$WORK/base" "$WORK/$1"
  cd "$WORK/$1" || exit 1
}
# build WANTED WHAT: builds the current copy; its exit status must be WANTED (124: it hung).
build() {
  timeout "$LIMIT" "$MAILLON" build --theme "$SRC/themes/default" --now "$NOW" --out site \
    >out 2>err
  local status=$?
  [ "$status" = 124 ] && fail "$2: still running after $LIMIT s"
  expect_status "$1" "$status" "$2"
  if [ "$status" -ge 128 ]; then fail "$2: killed by signal $((status - 128))"; cat err >&2; fi
}
# pyfile PATH CODE: writes the bytes the Python expression CODE makes (b: bytes, s: text).
pyfile() { "$PYTHON" -c "import sys; open(sys.argv[1], 'wb').write($2)" "$1"; }

# Deep nesting: 100000 levels of '[', of flow mappings and of one-line block lists.
fresh nesting
pyfile content/news/deep.md "b'---\ntitle: ' + b'[' * 100000 + b'\n---\n'"
build 1 "100000 nested ["
expect_contains err "content/news/deep.md:2:72: error: values are nested more than 64 levels deep; flatten the data"
pyfile content/news/deep.md "b'---\ntitle: ' + b'{a: ' * 100000 + b'\n---\n'"
build 1 "100000 nested mappings"
expect_contains err "content/news/deep.md:2:264: error: values are nested more than 64 levels deep"
pyfile content/news/deep.md "b'---\ntitle:\n' + b'- ' * 100000 + b'x\n---\n'"
build 1 "100000 nested lists"
expect_contains err "content/news/deep.md:3:127: error: values are nested more than 64 levels deep"

# Billion laughs: ten levels of nine aliases would expand to a billion values.
fresh laughs
"$PYTHON" - content/news/laughs.md <<'EOF'
import sys
lines = ["---", "title: Rires", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
lines += ["a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 9)) for i in range(1, 10)]
open(sys.argv[1], "w").write("\n".join(lines + ["---", ""]))
EOF
build 1 "billion laughs"
expect_contains err "content/news/laughs.md:8:5: error: more than 1000000 values once aliases are expanded; use fewer aliases ('*name')"

# A 50 MB file: refused unread past the limit on content files, 10 MB.
fresh big
head -c $((50 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >content/news/big.md
build 1 "a 50 MB file"
expect_contains err "content/news/big.md:1:1: error: cannot read the file: it is larger than 10 MB, the limit for a content or theme file"

# Binary files: a PNG named .md, and random bytes (fixed seed).
fresh binary
pyfile content/news/image.md "b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10'"
"$PYTHON" -c "import random, sys; r = random.Random(7); open(sys.argv[1], 'wb').write(bytes(r.randrange(256) for _ in range(4096)))" content/pages/bruit.md
build 1 "binary files"
expect_contains err "content/news/image.md:1:1: error: invalid UTF-8 byte 0x89; save the file as UTF-8"
grep -qE '^content/pages/bruit\.md:[0-9]+:[0-9]+: error: (invalid UTF-8 byte|NUL byte)' err \
  && pass || fail "random bytes: no encoding error at a line and column"

# NUL bytes in a text file: reported at the first one.
fresh nul
pyfile content/news/nul.md "b'---\ntitle: Nul\ndate: 2026-11-01\n---\n\nUn\x00octet\n'"
build 1 "a NUL byte"
expect_contains err "content/news/nul.md:6:3: error: NUL byte (0x00) in a text file; this looks like a binary or UTF-16 file, save it as UTF-8 text"

# CRLF line endings and a UTF-8 BOM in every file give the site LF files give, byte for byte.
fresh lf
build 0 "the site with LF line endings"
reference=$(tree_sum site)
for variant in crlf bom; do
  fresh "$variant"
  while IFS= read -r -d '' f; do
    if [ "$variant" = crlf ]; then sed -i 's/$/\r/' "$f"; else sed -i '1s/^/\xef\xbb\xbf/' "$f"; fi
  done < <(find content -type f -print0)
  build 0 "the site with $variant"
  expect_equal "$reference" "$(tree_sum site)" "the site built from files with $variant"
done

# Symbolic links: a loop, a folder linked to itself, and links out of the content folder, which
# are never followed (the secret must not reach the site nor the messages).
fresh links
echo "mot de passe: hunter2" >"$WORK/secret.md"
ln -s boucle.md content/news/boucle.md
ln -s . content/news/sous-dossier
ln -s "$WORK/secret.md" content/news/vole.md
build 1 "symbolic links"
expect_contains err "content/news/boucle.md:1:1: error: symbolic link loop: the link leads back to itself; point it at a file or remove it"
expect_contains err "content/news/sous-dossier:1:1: warning: subfolder 'sous-dossier' is not supported and is ignored"
expect_contains err "content/news/vole.md:1:1: error: symbolic link to a file outside the content folder, which is never read; copy the file here instead"
expect_not_contains err "hunter2"
rm content/news/boucle.md content/news/vole.md
mkdir -p content/static
ln -s "$WORK/secret.md" content/static/cle.txt
ln -s .. content/static/boucle
build 0 "symbolic links in static/"
expect_contains err "content/static/cle.txt:1:1: warning: symbolic link to a file outside the content folder is not copied; copy the file here instead"
[ -e site/cle.txt ] && fail "a file outside the content folder was copied into the site" || pass
grep -rq hunter2 site && fail "the secret reached the site" || pass

# An unreadable file. Root reads it anyway: then the case runs as nobody where the system
# allows it, and is skipped otherwise.
fresh unreadable
chmod 000 content/news/lancement.md
runner=()
if [ "$(id -u)" = 0 ]; then
  nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod -R a+rX "$WORK" && chmod 000 content/news/lancement.md
  if command -v setpriv >/dev/null && "${nobody[@]}" test -x "$MAILLON" &&
     "${nobody[@]}" test -r "$SRC/themes/default/layouts/base.mustache"; then
    runner=("${nobody[@]}")
  else
    runner=(skip)
  fi
fi
if [ "${runner[*]}" = skip ]; then
  echo "skipped: unreadable file (running as root, and cannot run as nobody)"
else
  "${runner[@]}" timeout "$LIMIT" "$MAILLON" check --theme "$SRC/themes/default" --now "$NOW" \
    >out 2>err
  expect_status 1 $? "an unreadable file"
  expect_contains err "content/news/lancement.md:1:1: error: cannot read the file: permission denied"
fi
chmod 644 content/news/lancement.md

# A file with only the front matter fences: no fields, so the required ones are missing.
fresh fences
printf -- '---\n---\n' >content/news/vide.md
build 1 "only front matter fences"
expect_contains err "content/news/vide.md:1:1: error: field 'title': missing required field 'title'"

# A folder named like a content file is not read, with a warning.
fresh folder
mkdir -p content/news/dossier.md
build 0 "a folder named dossier.md"
expect_contains err "content/news/dossier.md:1:1: warning: subfolder 'dossier.md' is not supported and is ignored"

# Markdown the renderer would take minutes on is refused where it is; deep nesting renders.
fresh markdown
pyfile content/news/pi.md "b'---\ntitle: PI\ndate: 2026-11-01\n---\nIntro\n\na' + b'<?' * 50000 + b'\n'"
pyfile content/pages/tableau.md "b'---\ntitle: Tableau\n---\n' + b'a|' * 2000 + b'\n' + b'-|' * 2000 + b'\n' + b'a\n' * 10000"
build 1 "slow Markdown"
expect_contains err "content/news/pi.md:7:2: error: too many '<?' with no '?>' after them in their paragraph"
expect_contains err "content/pages/tableau.md:4:1: error: table row with 2000 columns ('|'), more than 200"
rm content/news/pi.md content/pages/tableau.md
pyfile content/pages/profond.md "b'---\ntitle: Profond\n---\n' + b'*' * 500000 + b'a' + b'*' * 500000 + b'\n\n## ' + b'![' * 100000 + b'b' + b'](https://photos.example.com/c.png)' * 100000 + b'\n'"
build 0 "deeply nested Markdown"
expect_contains site/profond/index.html '<h2 id="b">'
finish
