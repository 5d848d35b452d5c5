# What checks volunteers' changes before they reach the portal: the pre-commit hook
# (.githooks/pre-commit) on a real Git repository, the pull-request workflow
# (.github/workflows/check-content.yml: its check step and its comment step, run here as GitHub
# would run them, the comment posted to a local server standing in for GitHub's API) and the
# GitLab merge-request job (.gitlab-ci.yml check-content: its Code Quality report).
source "$(dirname "$0")/lib.bash"
command -v git >/dev/null && command -v jq >/dev/null && command -v curl >/dev/null || {
  echo "SKIP: git, jq and curl are needed (tools/install-deps.sh --test installs them)"; exit 77; }

# A mistake of the content guide: "oui" for a boolean, at line 4 column 8.
add_mistake() {
  printf -- '---\ntitle: Souper de Noël\ndate: 2026-11-20\ndraft: oui\n---\nTexte.\n' >"$1/content/news/souper-de-noel.md"
}

# --- The pre-commit hook, in a repository with the real content and theme.
repo="$WORK/repo"
mkdir -p "$repo"
cp -r "$SRC/content" "$SRC/themes" "$SRC/.githooks" "$repo/"
cd "$repo" || exit 1
git init -q && git config user.email t@example.org && git config user.name Test
git config core.hooksPath .githooks
export MAILLON
git add -A && git commit -qm "content" >"$WORK/hook.out" 2>&1
expect_status 0 $? "committing valid content"
add_mistake "$repo"
git add -A
git commit -qm "mistake" >"$WORK/hook.out" 2>&1
expect_status 1 $? "committing a mistake"
expect_contains "$WORK/hook.out" "content/news/souper-de-noel.md:4:8: erreur : champ « draft » : attendu : true ou false ; reçu : « oui » ; vouliez-vous dire « true » ?"
expect_contains "$WORK/hook.out" "pre-commit: the commit was refused"
# Fixed in the working files but not staged: the commit (what is staged) is still refused.
sed -i 's/^draft: oui$/draft: true/' content/news/souper-de-noel.md
git commit -qm "mistake" >"$WORK/hook.out" 2>&1
expect_status 1 $? "committing the staged mistake while the working file is fixed"
git add -A && git commit -qm "fixed" >"$WORK/hook.out" 2>&1
expect_status 0 $? "committing the fix"
# A commit that touches neither content nor theme is not checked.
echo notes >notes.txt && git add notes.txt && MAILLON=/nonexistent git commit -qm "notes" >"$WORK/hook.out" 2>&1
expect_status 0 $? "a commit outside content/"

# --- The pull-request workflow: its steps' scripts, in a copy with the mistake.
pr="$WORK/pr"
mkdir -p "$pr/build"
cp -r "$SRC/content" "$SRC/themes" "$pr/"
ln -s "$MAILLON" "$pr/build/maillon"
add_mistake "$pr"
python3 - "$SRC/.github/workflows/check-content.yml" "$WORK/steps" <<'PY' >"$WORK/yaml" 2>&1
import sys, yaml
wf = yaml.safe_load(open(sys.argv[1]))
assert wf[True]["pull_request"]["paths"] == ["content/**", "themes/**", "generator/**"]
assert wf["permissions"]["pull-requests"] == "write"
steps = {s.get("id") or s.get("name"): s for s in wf["jobs"]["check"]["steps"]}
open(sys.argv[2] + ".check", "w").write(steps["check"]["run"])
open(sys.argv[2] + ".comment", "w").write(steps["Comment on the pull request"]["run"])
assert steps["Comment on the pull request"]["if"] == "steps.check.outputs.status != '0'"
print("ok")
PY
expect_contains "$WORK/yaml" "ok"
cd "$pr" || exit 1
GITHUB_OUTPUT="$WORK/github_output" bash -e "$WORK/steps.check" >"$WORK/check.log" 2>&1
expect_status 0 $? "the check step (it records the status, the last step fails the job)"
expect_contains "$WORK/github_output" "status=1"
expect_contains annotations.txt "::error file=content/news/souper-de-noel.md,line=4,col=8,title=Maillon %3A champ « draft »::attendu : true ou false ; reçu : « oui » ; vouliez-vous dire « true » ?"
expect_contains report.txt "    draft: oui"

# The comment step posts to a local server that records the request like GitHub's API would.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 - "$port" "$WORK/posted" <<'PY' &
import http.server, sys
posted = False
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # the readiness probe
        self.send_response(204); self.end_headers()
    def do_POST(self):
        global posted
        body = self.rfile.read(int(self.headers["Content-Length"]))
        open(sys.argv[2], "wb").write(self.headers["Authorization"].encode() + b"\n" + body)
        self.send_response(201); self.end_headers(); self.wfile.write(b"{}")
        posted = True
    def log_message(self, *a): pass
server = http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H)
server.timeout = 1
for _ in range(30):  # 30 s at most
    if posted:
        break
    server.handle_request()
PY
server=$!
for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.1; done
GH_TOKEN=test-token COMMENTS_URL="http://127.0.0.1:$port/repos/o/r/issues/1/comments" \
  bash -e "$WORK/steps.comment" >"$WORK/comment.log" 2>&1
expect_status 0 $? "the comment step ($(cat "$WORK/comment.log"))"
wait "$server"
expect_contains "$WORK/posted" "Bearer test-token"
jq -r .body <(tail -n +2 "$WORK/posted") >"$WORK/comment.md" 2>&1
expect_contains "$WORK/comment.md" "La vérification du contenu a trouvé des erreurs."
expect_contains "$WORK/comment.md" "content/news/souper-de-noel.md:4:8: erreur : champ « draft »"
expect_contains "$WORK/comment.md" '```text'

# --- The GitLab merge-request job: its check line, with and without the mistake.
line=$(grep -o '\./build/maillon check --format gitlab.*' "$SRC/.gitlab-ci.yml")
expect_equal "./build/maillon check --format gitlab > gl-code-quality-report.json || (./build/maillon check; exit 1)" "$line" "the GitLab check line"
(eval "$line") >"$WORK/gitlab.log" 2>&1
expect_status 1 $? "the GitLab check with a mistake"
jq -e '.[0] | .location.path == "content/news/souper-de-noel.md" and .location.lines.begin == 4 and .severity == "major"' gl-code-quality-report.json >/dev/null
expect_status 0 $? "the Code Quality report names the file and line"
expect_contains "$WORK/gitlab.log" "content/news/souper-de-noel.md:4:8: erreur :"
rm content/news/souper-de-noel.md
(eval "$line") >"$WORK/gitlab.log" 2>&1
expect_status 0 $? "the GitLab check without the mistake"
expect_equal "[]" "$(tr -d '\n' <gl-code-quality-report.json)" "an empty report"
finish
