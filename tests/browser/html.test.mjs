// The Nu HTML Checker (vnu.jar, from the npm package vnu-jar, run with the system's Java) over
// every HTML page of the real portal and of the larger fixture: zero errors required.
//
//   node tests/browser/html.test.mjs MAILLON_BINARY SOURCE_DIR
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { args, test, finish, check, buildSite, siteSpecs, tempDir, listFiles, requireModule } from './lib.mjs';

const { maillon, src } = args();
const jar = join(requireModule(src, 'vnu-jar'), 'build', 'dist', 'vnu.jar');
check(existsSync(jar), `vnu.jar not found at ${jar}`);
const java = process.env.JAVA ?? 'java';

// A sub-path base URL: pages must stay valid whatever the site's address.
const sites = [];
for (const spec of siteSpecs({ maillon, src })) {
  await test(`[${spec.key}] build the ${spec.name}`, async () => {
    const out = join(tempDir(`html-${spec.key}`), 'site');
    buildSite({ ...spec, out, baseUrl: 'https://exemple.org/portail/' });
    sites.push({ ...spec, out, pages: listFiles(out, (f) => f.endsWith('.html')) });
  });
}

// A page made to fail, checked with the others: the checker must report it (so zero means zero).
const badPage = join(tempDir('html-selfcheck'), 'bad.html');
writeFileSync(badPage, '<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>x</title></head>\n<body><img src="x.png"><p><div>x</div></p></body></html>\n');

// One JVM for every file of both sites (starting Java is the slow part).
const files = [badPage, ...sites.flatMap((s) => s.pages.map((p) => join(s.out, p)))];
let messages = [];
let crash = null;
if (files.length > 1) {
  const started = Date.now();
  const r = spawnSync(java, ['-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 240000 });
  console.log(`vnu checked ${files.length} pages in ${Date.now() - started} ms`);
  if (r.error) crash = `could not run ${java} -jar ${jar}: ${r.error.message}`;
  else {
    try {
      messages = JSON.parse(r.stderr || r.stdout).messages;
    } catch {
      crash = `vnu exited with ${r.status} and no JSON report:\n${r.stdout}\n${r.stderr}`.slice(0, 4000);
    }
  }
} else {
  crash = 'no site was built';
}

await test('the Nu HTML Checker runs, reports in JSON, and finds the faults of a known-bad page', async () => {
  check(!crash, crash);
  // A non-document failure (an unreadable file, a crash) is a message without a url.
  const odd = messages.filter((m) => !m.url || m.type === 'non-document-error');
  check(odd.length === 0, () => odd.map((m) => JSON.stringify(m)).join('\n'));
  const selfErrors = messages.filter((m) => m.url && m.url.endsWith('/bad.html') && m.type === 'error');
  check(selfErrors.length >= 2, () => `vnu reported ${selfErrors.length} error(s) on a page made to have at least 2 (img without alt, p around div)`);
});

for (const site of sites) {
  await test(`[${site.key}] Nu HTML Checker: no error in ${site.pages.length} pages of the ${site.name}`, async () => {
    check(!crash, 'vnu did not run');
    check(site.pages.length > 10, `only ${site.pages.length} HTML pages in the ${site.name}`);
    const prefix = `file:${site.out}/`;
    const mine = messages.filter((m) => m.url && decodeURIComponent(m.url.replace(/^file:\/*/, 'file:/')).startsWith(prefix));
    const errors = mine.filter((m) => m.type === 'error' || m.subType === 'fatal');
    const byPage = new Map();
    for (const m of errors) {
      const page = decodeURIComponent(m.url.replace(/^file:\/*/, 'file:/')).slice(prefix.length);
      if (!byPage.has(page)) byPage.set(page, []);
      byPage.get(page).push(`  ${page}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.message}` +
        (m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : ''));
    }
    check(errors.length === 0, () => `${errors.length} error(s) in ${byPage.size} page(s):\n` +
      [...byPage.values()].map((lines) => lines.slice(0, 10).join('\n') + (lines.length > 10 ? `\n  ... and ${lines.length - 10} more` : '')).join('\n'));
  });
}

finish();
