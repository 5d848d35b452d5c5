# deploy/nginx/maillon.conf, as it is in the repository (but for the lines marked TEST: port and
# folders), in Debian's nginx on 127.0.0.1, serving the real portal and Manseau's sub-site
# under /manseau/: clean URLs, the 404 pages, calendar and feed types, caching headers, gzip,
# and every link of both home pages answering.
# Needs nginx (tools/install-deps.sh --test installs it): skipped (77) without it, unless make
# test or CI require it (MAILLON_REQUIRE_BROWSER=1, CI).
source "$(dirname "$0")/lib.bash"

NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$NGINX" ]; then
  required=${CI:-}
  [ "${MAILLON_REQUIRE_BROWSER:-0}" = 1 ] && required=true
  case "$required" in
    "" | false | 0) echo "SKIPPED: nginx is not installed (tools/install-deps.sh --test installs it)"; exit 77 ;;
    *) echo "FAIL: nginx is not installed (make test and CI install it)"; exit 1 ;;
  esac
fi

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ORIGIN="http://127.0.0.1:$PORT"
mkdir -p "$WORK/srv" "$WORK/logs" "$WORK/tmp"
cd "$SRC"
"$MAILLON" build --now "$NOW" --base-url "$ORIGIN/" --out "$WORK/srv/site" >/dev/null 2>"$WORK/err"
expect_status 0 $? "building the portal"
"$MAILLON" build --now "$NOW" --municipality manseau --base-url "$ORIGIN/manseau/" \
  --out "$WORK/srv/manseau" >/dev/null 2>>"$WORK/err"
expect_status 0 $? "building Manseau's sub-site"

# The repository's server block, only its TEST lines changed.
sed -e "s|^\( *\)listen 80; *# TEST|\1listen 127.0.0.1:$PORT;|" \
    -e "s|^\( *\)root /srv/maillon/site; *# TEST|\1root $WORK/srv/site;|" \
    -e "s|^\( *\)alias /srv/maillon/manseau/; *# TEST|\1alias $WORK/srv/manseau/;|" \
    "$SRC/deploy/nginx/maillon.conf" >"$WORK/site.conf"
if grep -v '^ *#' "$WORK/site.conf" | grep -q '/srv/maillon'; then fail "a TEST line of deploy/nginx/maillon.conf was not found"; else pass; fi
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root;"  # workers read the test's private folder
cat >"$WORK/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $WORK/logs/access.log;
    client_body_temp_path $WORK/tmp/body;
    proxy_temp_path $WORK/tmp/proxy;
    fastcgi_temp_path $WORK/tmp/fastcgi;
    uwsgi_temp_path $WORK/tmp/uwsgi;
    scgi_temp_path $WORK/tmp/scgi;
    include $WORK/site.conf;
}
CONF
"$NGINX" -t -p "$WORK" -c "$WORK/nginx.conf" >"$WORK/t.log" 2>&1
expect_status 0 $? "nginx -t: $(tail -3 "$WORK/t.log")"
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -g "daemon off;" 2>>"$WORK/logs/error.log" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; rm -rf "$WORK"' EXIT

python3 - "$ORIGIN" "$WORK" <<'PY' >"$WORK/checks" 2>&1
import gzip, http.client, re, sys, time
origin, work = sys.argv[1], sys.argv[2]
host, port = origin[len("http://"):].split(":")
failures = 0

def get(path, headers=None):
    for _ in range(100):  # nginx takes a moment to listen
        try:
            c = http.client.HTTPConnection(host, int(port), timeout=5)
            c.request("GET", path, headers=headers or {})
            r = c.getresponse()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
        except ConnectionRefusedError:
            time.sleep(0.1)
    raise SystemExit("nginx never answered")

def check(ok, what):
    global failures
    print(("ok   " if ok else "FAIL ") + what)
    failures += not ok

def expect(path, status, type_=None, cache=None, body=None, location=None):
    s, h, b = get(path)
    check(s == status, f"{path}: HTTP {s}, expected {status}")
    if type_: check(h.get("content-type") == type_, f"{path}: Content-Type {h.get('content-type')}, expected {type_}")
    if cache: check(h.get("cache-control") == cache, f"{path}: Cache-Control {h.get('cache-control')}, expected {cache}")
    if body: check(body in b.decode("utf-8", "replace"), f"{path}: body lacks {body!r}")
    if location: check(h.get("location") == location, f"{path}: Location {h.get('location')}, expected {location}")
    return b.decode("utf-8", "replace")

html = "text/html; charset=utf-8"
home = expect("/", 200, html, "no-cache", "Moi, je m’implique")
expect("/soupers", 301, location="/soupers/")
expect("/soupers/", 200, html, "no-cache", "Soupers citoyens")
expect("/nexiste-pas/", 404, html, body="introuvable")
expect("/calendrier.ics", 200, "text/calendar; charset=utf-8", "public, max-age=3600", "BEGIN:VCALENDAR")
expect("/nouvelles/atom.xml", 200, "application/atom+xml; charset=utf-8", "public, max-age=3600")
expect("/donnees/soupers.json", 200, "application/json; charset=utf-8", "public, max-age=3600")
expect("/municipalites/manseau/widget/", 200, html, "no-cache", "Prochains soupers")
s, h, b = get("/assets/style.css", {"Accept-Encoding": "gzip"})
check(s == 200 and h.get("content-encoding") == "gzip", f"/assets/style.css gzip: {h.get('content-encoding')}")
check(h.get("vary") == "Accept-Encoding", f"/assets/style.css Vary: {h.get('vary')}")
check(h.get("cache-control") == "public, max-age=86400", f"/assets/style.css Cache-Control: {h.get('cache-control')}")
check(b"--brand" in gzip.decompress(b), "/assets/style.css: gzip body decompresses to the style sheet")

sub = expect("/manseau/", 200, html, "no-cache", "<h1>Manseau</h1>")
expect("/manseau/aide", 301, location="/manseau/aide/")
expect("/manseau/nexiste-pas/", 404, html, body="introuvable")
expect("/manseau/calendrier.ics", 200, "text/calendar; charset=utf-8", "public, max-age=3600", "BEGIN:VCALENDAR")
expect("/manseau/nouvelles/atom.xml", 200, "application/atom+xml; charset=utf-8", "public, max-age=3600")
expect("/manseau/assets/style.css", 200, "text/css; charset=utf-8", "public, max-age=86400")

# Every link of both home pages that stays on this host answers 200.
for page, base in ((home, "/"), (sub, "/manseau/")):
    for href in sorted(set(re.findall(r'href="([^"#]*)', page))):
        if not href or re.match(r"^[a-z]+:", href) and not href.startswith(origin):
            continue
        path = href[len(origin):] if href.startswith(origin) else base + href
        path = re.sub(r"/\./", "/", path)
        while "/../" in path:
            path = re.sub(r"[^/]+/\.\./", "", path, count=1)
        s, _, _ = get(path)
        check(s == 200, f"{base} links to {path}: HTTP {s}")
print(f"{failures} failed")
PY
cat "$WORK/checks" | grep -v '^ok' >&2
if grep -q '^0 failed$' "$WORK/checks"; then pass; else fail "nginx checks (see above; error log: $(tail -3 "$WORK/logs/error.log"))"; fi
checks=$((checks + $(grep -c '^ok' "$WORK/checks")))

finish
