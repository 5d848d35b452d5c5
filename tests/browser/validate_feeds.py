#!/usr/bin/python3
"""Checks the machine-readable files of a built site with parsers this project did not write.

  /usr/bin/python3 tests/browser/validate_feeds.py SITE_DIR BASE_URL NOW

- every *.ics: icalendar (Debian's python3-icalendar) parses it; CRLF lines of at most 75
  octets; VCALENDAR has VERSION 2.0 and PRODID; every VEVENT has UID (unique), DTSTAMP,
  DTSTART, a UTC DTSTAMP not after NOW, tz-aware times whose TZID has its VTIMEZONE, DTEND after DTSTART, an absolute URL
  to a page of the site; calendrier.ics has at least one event, none over before NOW;
  municipalites/SLUG/calendrier.ics and activites/SLUG/calendrier.ics for every page,
  soupers/ID/calendrier.ics for every supper page that links to one (at least one);
- every atom.xml: feedparser (python3-feedparser) reads it with bozo == 0 as Atom 1.0; title,
  id, updated; absolute links (in the XML itself, not as feedparser resolves them), entry
  bodies with absolute links too; nouvelles/atom.xml has one entry per news page, newest
  first; municipalites/SLUG/atom.xml for every municipality;
- sitemap.xml (xml.etree): every <loc> is under BASE_URL and maps to a file, no duplicate,
  every HTML page but 404.html listed; robots.txt points at it;
- every *.json parses (strict UTF-8), and so does every page's JSON-LD; recherche/index.json
  follows the search page's contract and lists every item page; donnees/*.json each have a
  .csv twin that the csv module reads with one header and rows of the same width, and that
  names the same items (by slug or id); their URLs under BASE_URL lead to files.
Prints one line per failure and "N passed, M failed" last; exits 1 on any failure.
"""
import csv
import io
import json
import os
import re
import sys
import unicodedata
from datetime import date, datetime, timedelta, timezone
from urllib.parse import unquote, urlparse
import xml.etree.ElementTree as ET

try:
    import feedparser
    import icalendar
except ImportError as e:  # pragma: no cover
    print(f"FAIL: {e}: install python3-icalendar and python3-feedparser (tools/install-deps.sh --test)")
    print("0 passed, 1 failed")
    sys.exit(1)

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SEARCH_KINDS = {"municipality", "organization", "activity", "supper", "community", "news", "page", "category"}
# Sections whose item pages must each appear in the search index (site path prefix -> kind).
INDEXED_SECTIONS = {"municipalites": "municipality", "organismes": "organization", "activites": "activity",
                    "soupers": "supper", "communautes": "community", "nouvelles": "news", "categories": "category"}


class Checks:
    """Counts checks; prints the first few failures of each kind (one cause often fails every
    event of every calendar) and how many more there were."""
    PER_KIND = 3

    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.kinds = {}

    def ok(self, cond, message):
        if cond:
            self.passed += 1
            return True
        self.failed += 1
        kind = re.sub(r"\[[^\]]*\]|\S*[/.]\S*|\d+", "…", message)
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        if self.kinds[kind] <= self.PER_KIND:
            print(f"FAIL: {message}")
        return False

    def summary(self):
        for kind, n in self.kinds.items():
            if n > self.PER_KIND:
                print(f"FAIL: ... and {n - self.PER_KIND} more like: {kind}")


def main():
    if len(sys.argv) != 4:
        print(__doc__.split("\n\n")[0])
        return 2
    site, base, now_text = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    if not base.endswith("/"):
        base += "/"
    # NOW is a Toronto wall-clock time; -05:00 in late November (EST).
    now = datetime.fromisoformat(now_text).replace(tzinfo=timezone(timedelta(hours=-5)))
    c = Checks()
    files = sorted(os.path.relpath(os.path.join(d, f), site).replace(os.sep, "/")
                   for d, _, fs in os.walk(site) for f in fs)
    fileset = set(files)

    def site_file(url):
        """The file of the site an absolute URL under base names, or None."""
        if not url.startswith(base):
            return None
        path = unquote(urlparse(url).path)[len(urlparse(base).path):]
        if path == "" or path.endswith("/"):
            path += "index.html"
        return path if path in fileset else None

    def pages_under(section, exclude=()):
        return sorted({f.split("/")[1] for f in files
                       if f.startswith(section + "/") and f.endswith("/index.html") and f.count("/") == 2
                       and f.split("/")[1] not in exclude})

    html_pages = [f for f in files if f.endswith(".html")]

    # ---------------------------------------------------------------- required files
    required = ["calendrier.ics", "nouvelles/atom.xml", "sitemap.xml", "robots.txt", "recherche/index.json",
                "recherche/index.html"]
    for m in pages_under("municipalites"):
        required += [f"municipalites/{m}/calendrier.ics", f"municipalites/{m}/atom.xml"]
    for a in pages_under("activites", exclude=("archives",)):
        required.append(f"activites/{a}/calendrier.ics")
    for s in pages_under("soupers"):
        with open(os.path.join(site, "soupers", s, "index.html"), encoding="utf-8") as fh:
            if re.search(r'href="[^"]*calendrier\.ics"', fh.read()):
                required.append(f"soupers/{s}/calendrier.ics")
    missing = [r for r in required if r not in fileset]
    c.ok(not missing, f"{len(missing)} missing file(s): " + ", ".join(missing[:25]) + (" ..." if len(missing) > 25 else ""))
    c.ok(any(re.match(r"soupers/[^/]+/calendrier\.ics$", f) for f in files), "no soupers/ID/calendrier.ics at all")
    donnees_json = [f for f in files if re.match(r"donnees/[^/]+\.json$", f)]
    donnees_csv = [f for f in files if re.match(r"donnees/[^/]+\.csv$", f)]
    c.ok(donnees_json, "no donnees/*.json open-data file")
    c.ok(donnees_csv, "no donnees/*.csv open-data file")

    # ---------------------------------------------------------------- iCalendar
    for f in (f for f in files if f.endswith(".ics")):
        raw = open(os.path.join(site, f), "rb").read()
        where = f
        c.ok(raw.endswith(b"\r\n"), f"{where}: does not end with CRLF")
        bare_lf = [i + 1 for i, l in enumerate(raw.split(b"\n")[:-1]) if not l.endswith(b"\r")]
        c.ok(not bare_lf, f"{where}: bare LF line ending(s) at line(s) {bare_lf[:5]} (RFC 5545 wants CRLF)")
        lines = raw.replace(b"\r\n", b"\n").split(b"\n")
        long = [i + 1 for i, l in enumerate(lines) if len(l) > 75]
        c.ok(not long, f"{where}: line(s) {long[:5]} longer than 75 octets (RFC 5545 3.1 folding)")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as e:
            c.ok(False, f"{where}: not UTF-8: {e}")
            continue
        try:
            cal = icalendar.Calendar.from_ical(raw)
        except Exception as e:  # icalendar raises ValueError and friends
            c.ok(False, f"{where}: icalendar cannot parse it: {e!r}")
            continue
        c.ok(cal.name == "VCALENDAR", f"{where}: top component is {cal.name}")
        c.ok(str(cal.get("VERSION", "")) == "2.0", f"{where}: VERSION is {cal.get('VERSION')!r}, expected 2.0")
        c.ok(cal.get("PRODID"), f"{where}: no PRODID")
        errors = [(comp.name, err) for comp in cal.walk() for err in getattr(comp, "errors", [])]
        c.ok(not errors, f"{where}: icalendar reported property errors: {errors[:5]}")
        tzids = {str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")}
        events = cal.walk("VEVENT")
        uids = [str(e.get("UID", "")) for e in events]
        c.ok(len(set(uids)) == len(uids), f"{where}: duplicate UIDs: {sorted({u for u in uids if uids.count(u) > 1})[:5]}")
        if f == "calendrier.ics" or re.match(r"(soupers|activites)/[^/]+/calendrier\.ics$", f):
            c.ok(events, f"{where}: no VEVENT")
        if re.match(r"soupers/[^/]+/calendrier\.ics$", f):
            c.ok(len(events) == 1, f"{where}: {len(events)} VEVENTs, expected the supper's one")
        for ev in events:
            uid = str(ev.get("UID", ""))
            w = f"{where} [{uid or 'no UID'}]"
            c.ok(uid, f"{w}: VEVENT without UID")
            stamp = ev.get("DTSTAMP")
            if c.ok(stamp is not None, f"{w}: no DTSTAMP (required by RFC 5545)"):
                # RFC 5545 3.8.7.2: a UTC time; with METHOD, when the calendar was made (so not
                # after the build's "now").
                sdt = stamp.dt
                if c.ok(isinstance(sdt, datetime) and sdt.utcoffset() == timedelta(0),
                        f"{w}: DTSTAMP {stamp.to_ical().decode()} is not a UTC date-time"):
                    c.ok(sdt <= now, f"{w}: DTSTAMP {stamp.to_ical().decode()} is after the build's now ({now_text}): "
                                     "it should say when the calendar was made")
            c.ok(ev.get("SUMMARY"), f"{w}: no SUMMARY")
            start_prop = ev.get("DTSTART")
            if not c.ok(start_prop is not None, f"{w}: no DTSTART"):
                continue
            start = start_prop.dt
            end_prop = ev.get("DTEND")
            end = end_prop.dt if end_prop is not None else None
            for name, prop, value in (("DTSTART", start_prop, start), ("DTEND", end_prop, end)):
                if value is None:
                    continue
                if isinstance(value, datetime):
                    c.ok(value.tzinfo is not None and value.utcoffset() is not None,
                         f"{w}: {name} {prop.to_ical().decode()} is a floating time (no TZID, no Z)")
                    tzid = prop.params.get("TZID")
                    if tzid:
                        c.ok(str(tzid) in tzids, f"{w}: {name} uses TZID={tzid} but the file has no such VTIMEZONE")
                else:
                    c.ok(isinstance(value, date) and prop.params.get("VALUE") == "DATE",
                         f"{w}: {name} is a date without VALUE=DATE")
            if end is not None:
                comparable = type(end) is type(start) and (
                    not isinstance(start, datetime) or (start.tzinfo is None) == (end.tzinfo is None))
                c.ok(comparable, f"{w}: DTSTART {start!r} and DTEND {end!r} are not of the same kind")
                if comparable:
                    c.ok(end > start, f"{w}: DTEND {end} is not after DTSTART {start}")
            status = ev.get("STATUS")
            if status is not None:
                c.ok(str(status) in ("CONFIRMED", "TENTATIVE", "CANCELLED"), f"{w}: STATUS {status}")
            if ev.get("RRULE") is not None:
                c.ok(ev.get("RRULE").get("FREQ"), f"{w}: RRULE without FREQ")
            url = ev.get("URL")
            if c.ok(url is not None, f"{w}: no URL to its page"):
                c.ok(site_file(str(url)), f"{w}: URL {url} is not an absolute URL of a page of the site ({base})")
            last = end if end is not None else start
            if isinstance(last, date) and not isinstance(last, datetime):
                last = datetime.combine(last, datetime.min.time(), now.tzinfo)
            if f == "calendrier.ics" and last.tzinfo is not None:
                c.ok(last >= now, f"{w}: over on {last}, before {now_text}, yet in the portal's calendar of upcoming events")

    # ---------------------------------------------------------------- Atom feeds
    news_pages = pages_under("nouvelles", exclude=("page",))
    for f in (f for f in files if f.endswith("atom.xml")):
        path = os.path.join(site, f)
        d = feedparser.parse(path)
        where = f
        if not c.ok(d.bozo == 0, f"{where}: feedparser bozo={d.bozo}: {d.get('bozo_exception')!r}"):
            continue
        c.ok(d.version == "atom10", f"{where}: feedparser reads it as {d.version!r}, expected atom10")
        c.ok(d.feed.get("title"), f"{where}: no feed title")
        c.ok(d.feed.get("id"), f"{where}: no feed id")
        c.ok(d.feed.get("updated"), f"{where}: no feed updated")
        # Links exactly as written (feedparser resolves relative ones, which would hide them).
        root = ET.parse(path).getroot()
        hrefs = [(el.get("rel", "alternate"), el.get("href", "")) for el in root.iter(f"{ATOM}link")]
        rels = {rel for rel, _ in hrefs}
        c.ok("self" in rels, f"{where}: no rel=self link")
        for rel, href in hrefs:
            c.ok(site_file(href) or (rel == "self" and href == base + f),
                 f"{where}: link rel={rel} href={href!r} is not an absolute URL of a file of the site ({base})")
        entries = root.findall(f"{ATOM}entry")
        for e in entries:
            eid = e.findtext(f"{ATOM}id") or "?"
            c.ok(e.findtext(f"{ATOM}title"), f"{where} [{eid}]: entry without title")
            c.ok(e.findtext(f"{ATOM}updated"), f"{where} [{eid}]: entry without updated")
            for el in e.findall(f"{ATOM}content") + e.findall(f"{ATOM}summary"):
                if el.get("type") == "html":
                    rel_links = [u for u in re.findall(r'(?:href|src)\s*=\s*["\']([^"\']*)["\']', el.text or "")
                                 if not re.match(r"(https?:|mailto:|tel:|#)", u)]
                    c.ok(not rel_links, f"{where} [{eid}]: relative links in the entry body: {rel_links[:5]}")
        c.ok(len(d.entries) == len(entries), f"{where}: feedparser sees {len(d.entries)} entries, the XML has {len(entries)}")
        if f == "nouvelles/atom.xml":
            c.ok(entries, f"{where}: no entry")
            # feed_limit: the newest 20 news (the default), or all of them when fewer.
            c.ok(len(entries) == min(len(news_pages), 20),
                 f"{where}: {len(entries)} entries for {len(news_pages)} news pages in nouvelles/ (limit 20)")
            stamps = [x.get("updated_parsed") or x.get("published_parsed") for x in d.entries]
            c.ok(all(stamps) and stamps == sorted(stamps, reverse=True), f"{where}: entries are not newest first")

    # ---------------------------------------------------------------- sitemap.xml and robots.txt
    if "sitemap.xml" in fileset:
        try:
            root = ET.parse(os.path.join(site, "sitemap.xml")).getroot()
        except ET.ParseError as e:
            c.ok(False, f"sitemap.xml: not well-formed XML: {e}")
            root = None
        if root is not None:
            c.ok(root.tag == f"{SITEMAP}urlset", f"sitemap.xml: root element {root.tag}, expected sitemaps.org urlset")
            locs = [(u.findtext(f"{SITEMAP}loc") or "").strip() for u in root.findall(f"{SITEMAP}url")]
            c.ok(locs, "sitemap.xml: no <url>")
            bad = [l for l in locs if not site_file(l)]
            c.ok(not bad, f"sitemap.xml: {len(bad)} <loc> not mapping to a file of the site under {base}: {bad[:5]}")
            c.ok(len(set(locs)) == len(locs), "sitemap.xml: duplicate <loc>")
            listed = {site_file(l) for l in locs}
            # Pages that ask search engines not to index them (404.html, the widgets other sites
            # embed) stay out; every other page must be there, and none of those listed.
            def noindex(p):
                with open(os.path.join(site, p), encoding="utf-8") as f:
                    return '<meta name="robots" content="noindex">' in f.read()
            unlisted = [p for p in html_pages if p not in listed and not noindex(p)]
            c.ok(not unlisted, f"sitemap.xml: {len(unlisted)} HTML page(s) not listed: {unlisted[:5]}")
            hidden = [p for p in html_pages if p in listed and noindex(p)]
            c.ok(not hidden, f"sitemap.xml: {len(hidden)} noindex page(s) listed: {hidden[:5]}")
            for u in root.findall(f"{SITEMAP}url"):
                lastmod = u.findtext(f"{SITEMAP}lastmod")
                if lastmod is not None:
                    c.ok(re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?", lastmod.strip()),
                         f"sitemap.xml: lastmod {lastmod!r} is not a W3C datetime")
    if "robots.txt" in fileset:
        robots = open(os.path.join(site, "robots.txt"), encoding="utf-8").read()
        sitemaps = re.findall(r"(?im)^sitemap:\s*(\S+)", robots)
        c.ok(sitemaps == [base + "sitemap.xml"], f"robots.txt: Sitemap lines {sitemaps}, expected [{base}sitemap.xml]")
        c.ok(re.search(r"(?im)^user-agent:", robots), "robots.txt: no User-agent line")

    # ---------------------------------------------------------------- JSON, JSON-LD, CSV
    parsed = {}
    for f in (f for f in files if f.endswith(".json")):
        try:
            with open(os.path.join(site, f), encoding="utf-8", errors="strict") as fh:
                parsed[f] = json.load(fh)
            c.ok(True, "")
        except (ValueError, UnicodeDecodeError) as e:
            c.ok(False, f"{f}: not valid UTF-8 JSON: {e}")
    bad_ld = []
    for f in html_pages:
        text = open(os.path.join(site, f), encoding="utf-8").read()
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
            try:
                ld = json.loads(block)
                if not (isinstance(ld, (dict, list)) and ("@context" in json.dumps(ld))):
                    bad_ld.append(f"{f}: JSON-LD without @context")
            except ValueError as e:
                bad_ld.append(f"{f}: {e}")
    c.ok(not bad_ld, f"{len(bad_ld)} bad JSON-LD block(s): {bad_ld[:5]}")

    index = parsed.get("recherche/index.json")
    if index is not None and c.ok(isinstance(index, list) and index, "recherche/index.json: not a non-empty array"):
        keys = {"title", "summary", "kind", "municipality", "categories", "url", "text"}
        shape = [i for i, e in enumerate(index) if not (isinstance(e, dict) and keys <= set(e)
                 and isinstance(e["municipality"], list) and isinstance(e["categories"], list))]
        c.ok(not shape, f"recherche/index.json: {len(shape)} entries without the agreed fields {sorted(keys)} (first: #{shape[:1]})")
        kinds = [e.get("kind") for e in index if isinstance(e, dict)]
        c.ok(all(k in SEARCH_KINDS for k in kinds), f"recherche/index.json: unknown kinds {sorted(set(kinds) - SEARCH_KINDS)}")
        urls = [e.get("url", "") for e in index if isinstance(e, dict)]
        bad = [u for u in urls if not (isinstance(u, str) and u.endswith("/") and not re.match(r"(/|[a-z]+:)", u)
                                       and (u + "index.html") in fileset)]
        c.ok(not bad, f"recherche/index.json: {len(bad)} url(s) not a relative site path of a page: {bad[:5]}")
        unfolded = [e.get("text") for e in index if isinstance(e, dict) and (
            not isinstance(e.get("text"), str) or e["text"] != e["text"].lower()
            or any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", e["text"])))]
        c.ok(not unfolded, f"recherche/index.json: {len(unfolded)} text field(s) not lowercase and accent-folded: {unfolded[:3]}")
        indexed = set(urls)
        for section, kind in INDEXED_SECTIONS.items():
            pages = pages_under(section, exclude=("archives", "page"))
            absent = [p for p in pages if f"{section}/{p}/" not in indexed]
            c.ok(not absent, f"recherche/index.json: {len(absent)} {kind} page(s) of {section}/ not in the index: {absent[:5]}")

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v)

    for f in donnees_json:
        twin = f[:-5] + ".csv"
        c.ok(twin in fileset, f"{f}: no CSV twin {twin}")
        dead = sorted({u for u in strings(parsed.get(f)) if u.startswith(base) and not site_file(u)})
        c.ok(not dead, f"{f}: {len(dead)} URL(s) of the site that lead to no file: {dead[:5]}")
    for f in donnees_csv:
        twin = f[:-4] + ".json"
        c.ok(twin in fileset, f"{f}: no JSON twin {twin}")
        raw = open(os.path.join(site, f), "rb").read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            c.ok(False, f"{f}: not UTF-8: {e}")
            continue
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if not c.ok(rows, f"{f}: empty"):
            continue
        header = rows[0]
        c.ok(all(h.strip() for h in header) and len(set(header)) == len(header), f"{f}: header has empty or duplicate names: {header}")
        dead = sorted({u for r in rows for u in r if u.startswith(base) and not site_file(u)})
        c.ok(not dead, f"{f}: {len(dead)} URL(s) of the site that lead to no file: {dead[:5]}")
        ragged = [i + 1 for i, r in enumerate(rows) if len(r) != len(header)]
        c.ok(not ragged, f"{f}: record(s) {ragged[:5]} do not have the header's {len(header)} fields")
        # The CSV may flatten (one row per occurrence, say): compare the items, by slug or id.
        data = parsed.get(twin)
        records = data if isinstance(data, list) else None
        if isinstance(data, dict):
            lists = [v for v in data.values() if isinstance(v, list)]
            records = lists[0] if len(lists) == 1 else None
        key = next((k for k in ("slug", "id") if k in header), None)
        if records is not None and key and all(isinstance(r, dict) and key in r for r in records):
            in_csv = {r[header.index(key)] for r in rows[1:] if len(r) == len(header)}
            in_json = {str(r[key]) for r in records}
            c.ok(in_csv == in_json, f"{f}: its {key}s differ from {twin}'s: only in CSV {sorted(in_csv - in_json)[:5]}, "
                                    f"only in JSON {sorted(in_json - in_csv)[:5]}")

    c.summary()
    print(f"{c.passed} passed, {c.failed} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
