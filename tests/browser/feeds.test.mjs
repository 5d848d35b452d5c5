// Calendars, feeds, sitemap, robots.txt, search index and open data of the real portal and of
// the larger fixture, read by parsers this project did not write (validate_feeds.py: Debian's
// python3-icalendar and python3-feedparser, Python's xml.etree, json and csv).
//
//   node tests/browser/feeds.test.mjs MAILLON_BINARY SOURCE_DIR
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { args, test, finish, check, buildSite, siteSpecs, tempDir, NOW } from './lib.mjs';

const { maillon, src } = args();
const python = process.env.MAILLON_PYTHON ?? '/usr/bin/python3'; // Debian's, which sees python3-icalendar
const script = join(src, 'tests', 'browser', 'validate_feeds.py');
// A sub-path base URL, so that "absolute" really means base URL + path.
const BASE = 'https://exemple.org/portail/';

for (const spec of siteSpecs({ maillon, src })) {
  await test(`[${spec.key}] calendars, feeds, sitemap, search index and open data of the ${spec.name}`, async () => {
    const out = join(tempDir(`feeds-${spec.key}`), 'site');
    buildSite({ ...spec, out, baseUrl: BASE });
    const r = spawnSync(python, [script, out, BASE, NOW], { encoding: 'utf8', timeout: 120000 });
    check(!r.error, () => `could not run ${python}: ${r.error.message}`);
    const output = `${r.stdout}${r.stderr}`.trim();
    check(r.status === 0, () => output);
    console.log(`     ${output.split('\n').pop()}`);
  });
}
finish();
