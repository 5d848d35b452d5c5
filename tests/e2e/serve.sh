# `maillon serve` for real: pages from memory with clean URLs, traversal refused, live reload
# after an edit, the error overlay after a broken file while the last good site stays up, and a
# clean stop on SIGINT. Every wait is bounded: the test fails rather than hangs.
source "$(dirname "$0")/lib.bash"

cp -r "$SRC/tests/fixtures/valid/minimal/content" "$WORK/content"
# A copy: edits to the repository's theme while the test runs must not trigger rebuilds here.
cp -r "$SRC/themes/default" "$WORK/theme"
cd "$WORK"

server_pid=""
sse_pid=""
cleanup() {
  [ -n "$sse_pid" ] && kill "$sse_pid" 2>/dev/null
  [ -n "$server_pid" ] && kill -KILL "$server_pid" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

# get PATH [CURL OPTIONS...]: the body into body.txt, headers into headers.txt; prints the status.
get() {
  local path=$1
  shift
  timeout 10 curl -s --path-as-is -D headers.txt -o body.txt -w '%{http_code}' "$@" "$BASE$path"
}

"$MAILLON" serve --help >out 2>&1
expect_status 0 $? "serve --help"
expect_contains out "--port PORT"
"$MAILLON" serve --port eighty >out 2>&1
expect_status 2 $? "serve with a bad --port"
expect_contains out "--port expects a number from 0 to 65535"
"$MAILLON" serve --port 0 --out site >out 2>&1
expect_status 2 $? "serve with --out"

"$MAILLON" serve --port 0 --content content --theme theme --now "$NOW" >out 2>err &
server_pid=$!
if ! wait_for out "Serving http://127.0.0.1:" 60; then
  fail "the server did not start"; cat out err >&2; finish; exit 1
fi
port=$(grep -o 'Serving http://127.0.0.1:[0-9]*/' out | grep -o '[0-9]*/$' | tr -d /)
BASE="http://127.0.0.1:$port"
expect_contains out "Serving $BASE/ (Ctrl-C to stop)"

# Pages, types, headers.
expect_equal 200 "$(get /)" "GET /"
expect_contains headers.txt "Content-Type: text/html; charset=utf-8"
expect_contains headers.txt "Cache-Control: no-store"
expect_contains body.txt '<script src="/__maillon/live.js" data-generation="'
expect_contains body.txt '"></script></body>'
expect_contains body.txt "href=\"$BASE/\""  # the preview's own base URL
expect_equal 200 "$(get /projet/)" "GET /projet/"
expect_contains body.txt "Pour se rassembler."
expect_equal 200 "$(get /assets/style.css)" "GET a stylesheet"
expect_contains headers.txt "Content-Type: text/css; charset=utf-8"
expect_contains headers.txt "Cache-Control: no-store"
expect_not_contains body.txt "__maillon"
expect_equal 200 "$(get /sitemap.xml)" "GET /sitemap.xml"
expect_contains headers.txt "Content-Type: application/xml"
expect_equal 200 "$(get /__maillon/live.js)" "GET live.js"
expect_contains headers.txt "Content-Type: text/javascript"
expect_contains body.txt "EventSource"
expect_equal 200 "$(get /organismes/ -I)" "HEAD /organismes/"
expect_contains headers.txt "Content-Length:"

# Clean URLs: a folder without its slash redirects; unknown paths get the theme's 404 page.
expect_equal 301 "$(get /organismes)" "GET /organismes"
expect_contains headers.txt "Location: /organismes/"
get /404.html >/dev/null
cp body.txt notfound-page.txt
expect_equal 404 "$(get /nulle-part/)" "GET an unknown page"
if cmp -s body.txt notfound-page.txt; then pass; else fail "the 404 answer is not 404.html"; fi
expect_equal 405 "$(get / -X POST -d x=1)" "POST /"
expect_contains headers.txt "Allow: GET, HEAD"
expect_equal 405 "$(get /index.html -X DELETE)" "DELETE /index.html"

# Traversal, in every spelling: refused or not found, never a file of the machine.
for attempt in '/../' '/%2e%2e/' '/%2e%2e%2f' '//etc/passwd' '/assets/../../../etc/passwd' \
    '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd' '/..%2f..%2f..%2fetc%2fpasswd' \
    '/assets/..%5c..%5cetc%5cpasswd' '/%00' '/assets/%2e%2e/%2e%2e/content/site.yaml'; do
  status=$(get "$attempt")
  case "$status" in
    400|404) pass ;;
    *) fail "$attempt answered $status" ;;
  esac
  expect_not_contains body.txt "root:"
  expect_not_contains body.txt "base_url:"
done

# Live reload: an edit (sed -i writes aside and renames, like many editors) reloads the pages.
timeout 60 curl -sN "$BASE/__maillon/events" >sse.txt 2>/dev/null &
sse_pid=$!
wait_for sse.txt "event: hello" 10 && pass || fail "no hello on the event stream"
sed -i 's/Pour se rassembler\./Pour se rassembler, enfin./' content/pages/projet.md
if wait_for_count sse.txt "event: reload" 1 15; then pass; else fail "no reload after an edit"; fi
get /projet/ >/dev/null
expect_contains body.txt "Pour se rassembler, enfin."
expect_not_contains body.txt "maillon-error-overlay"
wait_for out "content/pages/projet.md changed: rebuilt" 5 && pass || fail "no rebuild line"
# Only the pages the edit touched are rendered again; the rest come from the page cache.
grep -E "projet.md changed: rebuilt \([0-9]+ pages: [0-9]+ rendered, [1-9][0-9]* reused\)" out \
  >/dev/null && pass || fail "the rebuild line does not count reused pages"

# A stylesheet alone: pages refresh their styles rather than reload.
echo "/* edited */" >>theme/assets/style.css
if wait_for sse.txt "event: css" 15; then pass; else fail "no css event after a style edit"; fi
get /assets/style.css >/dev/null
expect_contains body.txt "/* edited */"

# A YAML error: the last good site stays up, with the overlay over its pages.
sed -i 's/^title: Le projet$/title: [Le projet/' content/pages/projet.md
if wait_for sse.txt "event: error" 15; then pass; else fail "no error event after a broken file"; fi
expect_contains sse.txt "data: content/pages/projet.md:2:"
expect_equal 200 "$(get /projet/)" "GET /projet/ while broken"
expect_contains body.txt "Pour se rassembler, enfin."
expect_contains body.txt 'id="maillon-error-overlay" role="alert"'
expect_contains body.txt "content/pages/projet.md:2:"
expect_contains body.txt "title: [Le projet"
expect_contains err "content/pages/projet.md:2:"
wait_for err "rebuild failed (1 error)" 5 && pass || fail "no failed-rebuild line"
headline=$(grep -m1 -o 'content/pages/projet.md:2:[0-9]*: erreur : [^<]*' err | head -c 60)
[ -n "$headline" ] && pass || fail "no headline for the broken file in the terminal"
expect_contains body.txt "$headline"
# A page that connects while the site is broken gets the error right after the greeting.
timeout 3 curl -sN "$BASE/__maillon/events" >sse-late.txt 2>/dev/null
expect_contains sse-late.txt "event: hello"
expect_contains sse-late.txt "event: error"
expect_contains sse-late.txt "data: content/pages/projet.md:2:"

# Fixed: the next rebuild succeeds, pages reload and the overlay is gone.
sed -i 's/^title: \[Le projet$/title: Le projet réparé/' content/pages/projet.md
if wait_for_count sse.txt "event: reload" 2 15; then pass; else fail "no reload after the fix"; fi
get /projet/ >/dev/null
expect_contains body.txt "Le projet réparé"
expect_not_contains body.txt "maillon-error-overlay"

# A second server on the same port: a clear error, exit 2.
timeout 30 "$MAILLON" serve --port "$port" --content content --theme theme --now "$NOW" \
  >out2 2>err2
expect_status 2 $? "serve on a taken port"
expect_contains err2 "the port is already in use"

# Ctrl-C: a clean, prompt stop, even with an event stream open.
kill -INT "$server_pid"
deadline=$((SECONDS + 10))
while kill -0 "$server_pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
if kill -0 "$server_pid" 2>/dev/null; then
  fail "the server still runs 10 s after SIGINT"
else
  wait "$server_pid"
  expect_status 0 $? "serve after SIGINT"
  server_pid=""
fi
expect_contains out "Preview server stopped."
finish
