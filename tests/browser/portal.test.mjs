// Browser tests in Debian's Chromium, driven by playwright-core: the real portal and the larger
// fixture are built with the real binary, served on 127.0.0.1, and checked like a visitor would:
// the next suppers on the home page, the search page with an unaccented query, the menu on a
// 375 px phone, the keyboard, axe-core (WCAG 2.0/2.1 A and AA) on every page of the portal and
// every kind of page of the larger fixture, and no console error, failed request or outside
// request. Screenshots go to tests/artifacts/.
//
//   node tests/browser/portal.test.mjs MAILLON_BINARY SOURCE_DIR
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  args, test, finish, check, CheckError, buildSite, siteSpecs, startServer, tempDir,
  CHROMIUM, CHROMIUM_ARGS, requireModule, NOW,
} from './lib.mjs';
import { LARGE_FIXTURE } from './make-large-fixture.mjs';

const { maillon, src } = args();
const { chromium } = await import(pathToFileURL(join(requireModule(src, 'playwright-core'), 'index.mjs')).href);
// axe-core is served beside each site (a cached script loads far faster than inlined text).
const AXE_PATH = '/__maillon-tests__/axe.min.js';
const axeFile = join(requireModule(src, 'axe-core'), 'axe.min.js');
const artifacts = join(src, 'tests', 'artifacts');
mkdirSync(artifacts, { recursive: true });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NOW_MS = Date.parse(`${NOW}:00-05:00`);

// What each site is searched for, which free page it has, and extra pages worth a look.
const EXTRA = {
  portal: {
    search: { slug: 'cab-mrc-becancour', queries: ['becancour', 'cab mrc becancour'], title: /Centre d.action bénévole/ },
    freePage: 'projet/',
    extraPages: [['activities archive', 'activites/archives/']],
  },
  large: {
    search: { slug: LARGE_FIXTURE.searchOrganization.slug, queries: [LARGE_FIXTURE.searchOrganization.query, 'eloise'], title: /Éloïse-Bérubé/ },
    freePage: 'accessibilite/',
    extraPages: [['activities archive', 'activites/archives/'], ['news list, page 2', 'nouvelles/page/2/']],
  },
};

// A bound on the whole suite, so that a hung page never outlives ctest's own timeout
// (exiting lets playwright-core close Chromium).
setTimeout(() => { console.log('FAIL: the browser suite took more than 240 s\n0 passed, 1 failed'); process.exit(1); }, 240000).unref();

// ---- build and serve both sites (each on its own port, so base URLs are exact).
const sites = [];
for (const spec of siteSpecs({ maillon, src })) {
  const server = await startServer({ extra: { [AXE_PATH]: axeFile } });
  await test(`[${spec.key}] build the ${spec.name} for http://127.0.0.1:${server.port}/`, async () => {
    const out = join(tempDir(`browser-${spec.key}`), 'site');
    buildSite({ maillon, src, content: spec.content, out, baseUrl: server.url });
    server.serve(out);
    sites.push({ ...spec, ...EXTRA[spec.key], server, base: server.url, out });
  });
}
if (sites.length === 0) {
  finish();
  process.exit();
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60000 });
console.log(`Chromium ${browser.version()} at ${CHROMIUM}`);

// A browser context that only ever reaches 127.0.0.1 and records every problem a page has:
// console errors, uncaught exceptions, failed or refused requests, requests that leave the host.
async function newContext(options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 }, locale: 'fr-CA', timezoneId: 'America/Toronto', ...options,
  });
  context.setDefaultTimeout(10000);
  context.setDefaultNavigationTimeout(15000);
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    context.__problems?.push(`request leaves the machine: ${url.href}`);
    return route.abort('blockedbyclient');
  });
  return context;
}
function watch(context, page) {
  const problems = [];
  context.__problems = problems;
  page.on('console', (m) => {
    // "Failed to load resource" repeats what the response handler reports (and the 404 page's own status).
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console error: ${m.text()} (${m.location()?.url ?? ''})`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) return; // already reported as leaving the machine
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => { if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`HTTP ${r.status()} for ${r.url()}`); });
  return problems;
}

// Opens path on a site and checks the status of the document.
async function open(page, site, path, expectStatus = 200) {
  const response = await page.goto(site.base + path, { waitUntil: 'load' });
  check(response, `no response for ${site.base}${path}`);
  check(response.status() === expectStatus, () => expectStatus === 200 && response.status() === 404
    ? `${path} does not exist on the ${site.name} (HTTP 404)`
    : `${path}: HTTP ${response.status()}, expected ${expectStatus}`);
  return response;
}

// The first link on a list page whose site path matches re (e.g. /^municipalites\/[^/]+\/$/).
async function firstLink(page, site, listPath, re) {
  await open(page, site, listPath);
  const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => a.href));
  const paths = hrefs.filter((h) => h.startsWith(site.base)).map((h) => h.slice(site.base.length).split('#')[0]);
  const found = paths.find((p) => re.test(p));
  check(found, `no link matching ${re} on ${listPath} of the ${site.name}`);
  return found;
}

function formatViolations(violations) {
  return violations.map((v) => [
    `axe ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`,
    ...v.nodes.slice(0, 8).map((n) => `    at ${n.target.join(' ')}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 220)}\n      ${(n.failureSummary ?? '').replace(/\n\s*/g, ' / ')}`),
    v.nodes.length > 8 ? `    ... and ${v.nodes.length - 8} more nodes` : null,
  ].filter(Boolean).join('\n')).join('\n');
}

async function runAxe(page, origin) {
  await page.addScriptTag({ url: origin.replace(/\/$/, '') + AXE_PATH });
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

const desktop = await newContext();
const phone = await newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });

// The harness itself: axe finds the faults of a page made to have them (so zero means zero).
await test('axe-core runs and reports the faults of a known-bad page', async () => {
  const page = await desktop.newPage();
  try {
    await page.goto(sites[0].base + 'cette-page-n-existe-pas/');
    await page.setContent('<!doctype html><html><head></head><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"><a href="#"></a></body></html>');
    const ids = (await runAxe(page, sites[0].base)).map((v) => v.id);
    for (const id of ['image-alt', 'html-has-lang', 'label', 'link-name']) check(ids.includes(id), `axe did not report ${id} on a page made to fail it (reported: ${ids.join(', ')})`);
  } finally {
    await page.close();
  }
});

for (const site of sites) {
  const tag = `[${site.key}]`;

  // ---- the home page shows the next suppers: a section titled "souper(s)" with dated cards.
  await test(`${tag} home page lists the next suppers, with dates, soonest first`, async () => {
    const page = await desktop.newPage();
    const problems = watch(desktop, page);
    try {
      await open(page, site, '');
      const section = page.locator('main section').filter({ has: page.locator('h2', { hasText: /souper/i }) }).first();
      check(await section.count() === 1, 'no section with a heading about suppers ("souper") on the home page');
      check(await section.isVisible(), 'the suppers section of the home page is not visible');
      const cards = await section.evaluate((s) => [...s.querySelectorAll('a[href*="soupers/"]')]
        .filter((a) => !/soupers\/?$/.test(a.getAttribute('href')))
        .map((a) => {
          const card = a.closest('li, article') ?? a.parentElement;
          const time = card.querySelector('time[datetime]');
          return { href: a.getAttribute('href'), title: a.textContent.trim(), datetime: time?.getAttribute('datetime') ?? null, text: time?.textContent.trim() ?? null };
        }));
      check(cards.length > 0, 'the suppers section lists no supper (no link to soupers/ID/)');
      const dated = cards.filter((c) => c.datetime);
      check(dated.length > 0, () => `no supper card shows a date (<time datetime>): ${JSON.stringify(cards)}`);
      for (const c of dated) {
        check(c.text, `the date of ${c.href} has no visible text`);
        const t = Date.parse(c.datetime);
        check(!Number.isNaN(t), `unreadable datetime "${c.datetime}" on ${c.href}`);
        check(t >= NOW_MS - 12 * 3600e3, `${c.href} (${c.datetime}) is in the past, yet listed among the next suppers`);
      }
      const times = dated.map((c) => Date.parse(c.datetime));
      check(times.every((t, i) => i === 0 || times[i - 1] <= t), () => `next suppers are not in date order: ${dated.map((c) => c.datetime).join(', ')}`);
      const target = site.base + dated[0].href.replace(/^\.\//, '');
      const r = await page.goto(target);
      check(r.status() === 200, `the first supper card links to ${target}, HTTP ${r.status()}`);
      check(problems.length === 0, () => problems.join('\n'));
    } finally {
      await page.close();
    }
  });

  // ---- search: /recherche/ with an <input type="search">; typing shows result links that were
  // not on the page before (the page may also list a static directory), and a live region
  // (aria-live, or role status/log) announces the outcome.
  await test(`${tag} search finds ${site.search.slug} from ${site.search.queries.map((s) => `"${s}"`).join(' and ')}`, async () => {
    const page = await desktop.newPage();
    const problems = watch(desktop, page);
    const wanted = `organismes/${site.search.slug}/`;
    // Visible links to `wanted` that the script added (the static ones are marked beforehand).
    const results = () => page.evaluate((w) => [...document.querySelectorAll('main a[href]')]
      .filter((a) => !a.hasAttribute('data-test-static') && a.getAttribute('href').endsWith(w) && a.getClientRects().length > 0)
      .map((a) => a.getAttribute('href')), wanted);
    const allResults = () => page.evaluate(() => [...document.querySelectorAll('main a[href]')]
      .filter((a) => !a.hasAttribute('data-test-static') && a.getClientRects().length > 0)
      .map((a) => `${a.textContent.trim().replace(/\s+/g, ' ')} -> ${a.getAttribute('href')}`));
    const liveText = () => page.evaluate(() => [...document.querySelectorAll('[aria-live], [role="status"], [role="log"]')]
      .map((e) => e.textContent.trim()).filter(Boolean).join(' | '));
    const waitFor = async (fn, ms) => {
      for (const end = Date.now() + ms; Date.now() < end; await page.waitForTimeout(100)) if (await fn()) return true;
      return false;
    };
    const type = async (query) => {
      await input.fill('');
      await input.pressSequentially(query, { delay: 10 });
      if (await waitFor(async () => (await results()).length > 0, 4000)) return true;
      await input.press('Enter'); // a design that searches on submit only
      return waitFor(async () => (await results()).length > 0, 3000);
    };
    const input = page.locator('main input[type="search"]').first();
    try {
      await open(page, site, 'recherche/');
      await page.evaluate(() => document.querySelectorAll('main a[href]').forEach((a) => a.setAttribute('data-test-static', '')));
      check(await input.count() === 1, 'recherche/ has no <input type="search"> in <main>');
      check(await input.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false),
        'the search field of recherche/ never becomes visible');
      check(await page.locator('[aria-live], [role="status"], [role="log"]').count() > 0, 'recherche/ has no live region (aria-live, role=status or log) to announce results');
      for (const query of site.search.queries) {
        if (!(await type(query))) {
          const shown = await allResults();
          throw new CheckError(`query "${query}": no result links to ${wanted}; live region: "${await liveText()}"; result links shown (${shown.length}):\n  ` +
            `${shown.slice(0, 15).join('\n  ') || '(none)'}${problems.length ? `\npage problems:\n  ${problems.join('\n  ')}` : ''}`);
        }
        check(await waitFor(async () => (await liveText()).length > 0, 3000), `query "${query}": the live region announces nothing`);
      }
      // Nonsense finds nothing, and says so.
      await input.fill('');
      await input.pressSequentially('zqxjkwvy', { delay: 10 });
      await input.press('Enter');
      check(await waitFor(async () => (await allResults()).length === 0, 4000), 'query "zqxjkwvy" still shows result links');
      check(await waitFor(async () => (await liveText()).length > 0, 3000), 'query "zqxjkwvy": the live region does not say that nothing was found');
      // The result leads to the organisation's page.
      check(await type(site.search.queries[0]), 'the result link disappeared on the second search');
      await page.screenshot({ path: join(artifacts, `${site.key}-search-1280.png`) });
      const violations = await runAxe(page, site.base); // the page as the script left it
      check(violations.length === 0, () => `recherche/ with results shown: ${violations.length} axe violation(s):\n${formatViolations(violations)}`);
      const link = page.locator(`main a[href$="${wanted}"]:not([data-test-static])`).first();
      await Promise.all([page.waitForURL((u) => u.href.endsWith(wanted)), link.click()]);
      const h1 = await page.locator('h1').first().textContent();
      check(site.search.title.test(h1), `the search result opened a page titled "${h1}"`);
      check(problems.length === 0, () => problems.join('\n'));
    } finally {
      await page.close();
    }
  });

  // ---- a 375 px phone: no sideways scrolling, every menu link reachable, "Municipalités" works.
  await test(`${tag} 375 px: the menu is reachable and "Municipalités" opens /municipalites/`, async () => {
    const page = await phone.newPage();
    const problems = watch(phone, page);
    try {
      await open(page, site, '');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      check(width <= 376, `the home page is ${width} px wide on a 375 px screen (sideways scrolling)`);
      const nav = page.locator('header nav, nav[aria-label]').first();
      check(await nav.count() === 1, 'no <nav> in the header');
      const link = nav.getByRole('link', { name: 'Municipalités', exact: true });
      check(await link.count() === 1, 'the menu has no link named "Municipalités"');
      if (!(await link.isVisible())) { // a collapsed menu: its toggle must open it
        const toggle = page.locator('header button[aria-expanded], header [aria-controls]').first();
        check(await toggle.count() === 1, 'the menu link is hidden and there is no menu button (aria-expanded) to show it');
        await toggle.click();
        check(await toggle.getAttribute('aria-expanded') === 'true', 'the menu button does not set aria-expanded="true" once opened');
        await link.waitFor({ state: 'visible', timeout: 3000 });
      }
      const links = await nav.locator('a').all();
      for (const a of links) {
        await a.scrollIntoViewIfNeeded();
        const box = await a.boundingBox();
        const name = (await a.textContent()).trim();
        check(box && (await a.isVisible()), `menu link "${name}" is not visible on a 375 px screen`);
        check(box.x >= 0 && box.x + box.width <= 375 + 1, `menu link "${name}" is outside the 375 px screen (x=${box.x}, width=${box.width})`);
      }
      await page.screenshot({ path: join(artifacts, `${site.key}-menu-375.png`) });
      await Promise.all([page.waitForURL((u) => u.href === `${site.base}municipalites/`), link.tap()]);
      check(/Municipalités/.test(await page.locator('h1').first().textContent()), 'the municipalities page has no "Municipalités" heading');
      check(problems.length === 0, () => problems.join('\n'));
    } finally {
      await page.close();
    }
  });

  // ---- the keyboard: the skip link comes first, the menu is reached with Tab, focus is visible.
  await test(`${tag} keyboard: skip link first, menu reached with Tab, focus visible`, async () => {
    const page = await desktop.newPage();
    try {
      await open(page, site, '');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({ href: document.activeElement.getAttribute('href'), text: document.activeElement.textContent.trim() }));
      check(first.href && first.href.startsWith('#'), `the first Tab stop is not a skip link: ${JSON.stringify(first)}`);
      let reached = null;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => {
          const a = document.activeElement;
          if (!a || a.tagName !== 'A' || a.textContent.trim() !== 'Municipalités' || !a.closest('nav')) return null;
          const s = getComputedStyle(a);
          return { outline: `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow, visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' };
        });
      }
      check(reached, 'Tab never reached the "Municipalités" menu link (40 presses)');
      check(reached.visible, `the focused menu link shows no focus indicator (outline: ${reached.outline}, box-shadow: ${reached.shadow})`);
      await Promise.all([page.waitForURL((u) => u.href === `${site.base}municipalites/`), page.keyboard.press('Enter')]);
    } finally {
      await page.close();
    }
  });

  // ---- axe-core on every kind of page.
  const kinds = [
    ['home', async () => ''],
    ['municipalities', async () => 'municipalites/'],
    ['one municipality', (p) => firstLink(p, site, 'municipalites/', /^municipalites\/[^/]+\/$/)],
    ['organisations', async () => 'organismes/'],
    ['one organisation', (p) => firstLink(p, site, 'organismes/', /^organismes\/[^/]+\/$/)],
    ['activities', async () => 'activites/'],
    ['one activity', (p) => firstLink(p, site, 'activites/', /^activites\/(?!archives\/)[^/]+\/$/)],
    ['suppers', async () => 'soupers/'],
    ['one supper', (p) => firstLink(p, site, 'soupers/', /^soupers\/[^/]+\/$/)],
    ['communities', async () => 'communautes/'],
    ['one community', (p) => firstLink(p, site, 'communautes/', /^communautes\/[^/]+\/$/)],
    ['news list', async () => 'nouvelles/'],
    ['one news item', (p) => firstLink(p, site, 'nouvelles/', /^nouvelles\/(?!page\/)[^/]+\/$/)],
    ['categories', async () => 'categories/'],
    ['one category', (p) => firstLink(p, site, 'categories/', /^categories\/[^/]+\/$/)],
    ['free page', async () => site.freePage],
    ['help', async () => 'aide/'],
    ['404', async () => 'cette-page-n-existe-pas/'],
    ['search', async () => 'recherche/'],
    ...site.extraPages.map(([name, path]) => [name, async () => path]),
  ];
  for (const [kind, pathOf] of kinds) {
    await test(`${tag} axe (WCAG 2.1 A/AA): ${kind}`, async () => {
      const page = await desktop.newPage();
      const problems = watch(desktop, page);
      try {
        const path = await pathOf(page);
        problems.length = 0;
        await open(page, site, path, kind === '404' ? 404 : 200);
        const violations = await runAxe(page, site.base);
        const h1 = await page.locator('h1').count();
        const messages = [];
        if (violations.length) messages.push(`/${path}: ${violations.length} axe violation(s):\n${formatViolations(violations)}`);
        if (h1 !== 1) messages.push(`/${path}: ${h1} <h1> elements, expected 1`);
        if (problems.length) messages.push(`/${path}: ${problems.join('\n')}`);
        check(messages.length === 0, () => messages.join('\n'));
      } finally {
        await page.close();
      }
    });
  }

  // ---- axe-core on every page of the real portal (the sample above covers the larger fixture).
  if (site.key === 'portal') {
    await test(`${tag} axe (WCAG 2.1 A/AA): every page of the portal`, async () => {
      const paths = readdirSync(site.out, { recursive: true })
        .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
        .map((f) => f.slice(0, -'index.html'.length))
        .sort();
      check(paths.length > 50, `only ${paths.length} pages found in ${site.out}`);
      const messages = [];
      const page = await desktop.newPage();
      try {
        for (const path of paths) {
          await open(page, site, path, 200);
          const violations = await runAxe(page, site.base);
          if (violations.length) messages.push(`/${path}: ${violations.length} axe violation(s):\n${formatViolations(violations)}`);
        }
      } finally {
        await page.close();
      }
      check(messages.length === 0, () => messages.join('\n'));
    });
  }

  // ---- screenshots of the home page, whole page, desktop and phone (looked at by people).
  await test(`${tag} screenshots of the home page (1280 px and 375 px, full page)`, async () => {
    for (const [context, width] of [[desktop, 1280], [phone, 375]]) {
      const page = await context.newPage();
      try {
        await open(page, site, '');
        await page.evaluate(() => document.fonts.ready);
        const file = join(artifacts, `${site.key === 'portal' ? '' : `${site.key}-`}home-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
      } finally {
        await page.close();
      }
    }
  });
}

// ---- every municipality's sub-site (maillon build --all-municipalities): each home, and the
// kinds of pages of one of them, pass axe-core with no problem (request, console error).
{
  const server = await startServer({ extra: { [AXE_PATH]: axeFile } });
  const out = join(tempDir('browser-subsites'), 'sites');
  let homes = [];
  await test('[sub-sites] build every municipality\'s sub-site', async () => {
    const argv = ['build', '--all-municipalities', '--now', NOW, '--out', out, '--base-url', server.url];
    const r = spawnSync(maillon, argv, { cwd: src, encoding: 'utf8', timeout: 120000 });
    check(r.status === 0, () => `maillon ${argv.join(' ')} exited with ${r.status}\n${r.stdout}${r.stderr}`);
    server.serve(out);
    homes = readdirSync(out).filter((d) => d !== '.maillon-output').sort();
    check(homes.length === 12, `${homes.length} sub-sites built, expected 12`);
  });
  const context = await newContext();
  const page = await context.newPage();
  const problems = watch(context, page);
  const site = { name: 'sub-sites', base: server.url };
  await test('[sub-sites] axe (WCAG 2.1 A/AA): every sub-site\'s home, and every page of one', async () => {
    const paths = homes.map((h) => `${h}/`);
    const one = join(out, 'manseau');
    for (const f of readdirSync(one, { recursive: true })) {
      if (f.endsWith('index.html') && f !== 'index.html') paths.push(`manseau/${f.slice(0, -'index.html'.length)}`);
    }
    const messages = [];
    for (const path of paths) {
      await open(page, site, path, 200);
      const violations = await runAxe(page, server.url);
      if (violations.length) messages.push(`/${path}: ${violations.length} axe violation(s):\n${formatViolations(violations)}`);
    }
    messages.push(...problems);
    check(messages.length === 0, () => messages.join('\n'));
  });
  await test('[sub-sites] screenshot of a sub-site\'s home (1280 px, full page)', async () => {
    await open(page, site, 'manseau/');
    await page.screenshot({ path: join(artifacts, 'subsite-home-1280.png'), fullPage: true });
  });
  await context.close();
  await server.close();
}

await browser.close();
for (const s of sites) await s.server.close();
finish();
process.exit();
