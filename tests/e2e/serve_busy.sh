# `maillon serve` under a sub-path base URL and while files change under it: the site is served
# under the base URL's path like in production (the 404 page's links work), and pages keep
# being answered, every one of them good, while a volunteer saves, breaks and fixes files.
source "$(dirname "$0")/lib.bash"

cp -r "$SRC/tests/fixtures/valid/minimal/content" "$WORK/content"
cp -r "$SRC/themes/default" "$WORK/theme"
cd "$WORK"

server_pid=""
clients=()
cleanup() {
  for pid in "${clients[@]}"; do kill "$pid" 2>/dev/null; done
  [ -n "$server_pid" ] && kill -KILL "$server_pid" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

get() {  # get PATH [CURL OPTIONS...]: body into body.txt; prints the status
  local path=$1
  shift
  timeout 10 curl -s --path-as-is -D headers.txt -o body.txt -w '%{http_code}' "$@" "$BASE$path"
}

"$MAILLON" serve --port 0 --content content --theme theme --now "$NOW" \
  --base-url https://example.org/portail >out 2>err &
server_pid=$!
if ! wait_for out "Serving http://127.0.0.1:" 60; then
  fail "the server did not start"; cat out err >&2; finish; exit 1
fi
BASE=$(grep -o 'http://127.0.0.1:[0-9]*' out | head -1)
expect_contains out "Serving $BASE/portail/ (Ctrl-C to stop)"

# ---- the site under /portail/, as it will be published
expect_equal 302 "$(get /)" "GET / with a sub-path base URL"
expect_contains headers.txt "Location: /portail/"
expect_equal 200 "$(get /portail/)" "GET /portail/"
expect_contains body.txt "href=\"$BASE/portail/\""  # canonical: the preview's own address
expect_equal 301 "$(get /portail/organismes)" "GET /portail/organismes"
expect_contains headers.txt "Location: /portail/organismes/"
expect_equal 404 "$(get /organismes/)" "a page outside the sub-path"
expect_equal 404 "$(get /portail/nulle-part/)" "an unknown page"
# The 404 page links from the base path: each of its stylesheet and page links answers.
links=$(grep -o 'href="/portail/[^"]*"' body.txt | sed 's/^href="//; s/"$//' | sort -u)
[ -n "$links" ] && pass || fail "the 404 page has no link under /portail/"
for link in $links; do
  status=$(timeout 10 curl -s -o /dev/null -w '%{http_code}' "$BASE$link")
  expect_equal 200 "$status" "404 page link $link"
done
expect_equal 400 "$(get /portail/%2e%2e/%2e%2e/etc/passwd)" "traversal under the sub-path"
expect_not_contains body.txt "root:"

# ---- requests while files change: 4 clients fetch pages in a loop, each answer's status is
# recorded; meanwhile 12 saves edit, break and fix files.
client() {  # client N: fetches pages until stop exists, one status per line into status.N
  local pages=(/portail/ /portail/organismes/ /portail/projet/ /portail/assets/style.css
               /portail/nouvelles/ /portail/municipalites/manseau/)
  local i=0 deadline=$((SECONDS + 180))
  while [ ! -e stop ] && [ "$SECONDS" -lt "$deadline" ]; do
    curl -s -o /dev/null --max-time 10 -w '%{http_code}\n' "$BASE${pages[$((i % 6))]}" \
      >>"status.$1" || echo "curl-failed" >>"status.$1"
    i=$((i + 1))
  done
}
for n in 1 2 3 4; do
  client "$n" &
  clients+=($!)
done

rebuilds() { grep -cE "changed: (rebuilt|rebuild failed|styles refreshed)" out err | awk -F: '{s+=$2} END {print s+0}'; }
for round in 1 2 3 4; do
  before=$(rebuilds)
  sed -i "s/^title: .*/title: Le projet, version $round/" content/pages/projet.md
  deadline=$((SECONDS + 20))
  while [ "$(rebuilds)" -le "$before" ] && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
  before=$(rebuilds)
  sed -i 's/^title: \(.*\)$/title: [\1/' content/pages/projet.md  # broken YAML
  deadline=$((SECONDS + 20))
  while [ "$(rebuilds)" -le "$before" ] && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
  before=$(rebuilds)
  echo "/* round $round */" >>theme/assets/style.css
  sed -i 's/^title: \[\(.*\)$/title: \1/' content/pages/projet.md  # fixed
  deadline=$((SECONDS + 20))
  while [ "$(rebuilds)" -le "$before" ] && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
done
touch stop
wait "${clients[@]}"

total=$(cat status.* | wc -l)
good=$(cat status.* | grep -c '^200$')
echo "requests while files changed: $total, of which $good answered 200"
[ "$total" -ge 24 ] && pass || fail "only $total requests were made during the edits"
expect_equal "$total" "$good" "requests answered 200 while files changed"
grep -v '^200$' status.* | sort | uniq -c | head >&2
[ "$(rebuilds)" -ge 12 ] && pass || fail "expected 12 rebuilds, saw $(rebuilds)"
grep -q "rebuild failed" err && pass || fail "the broken saves did not fail a rebuild"
kill -0 "$server_pid" 2>/dev/null && pass || fail "the server died while files changed"
expect_equal 200 "$(get /portail/projet/)" "the page after the last fix"
expect_contains body.txt "Le projet, version 4"
expect_not_contains body.txt "maillon-error-overlay"

kill -INT "$server_pid"
deadline=$((SECONDS + 10))
while kill -0 "$server_pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
kill -0 "$server_pid" 2>/dev/null && fail "the server still runs 10 s after SIGINT" || server_pid=""
finish
