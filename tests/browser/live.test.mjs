// Live reload of the preview server (`maillon serve`) in Debian's Chromium, driven by
// playwright-core: the real binary serves a copy of the minimal fixture and of the default theme,
// and the test edits those copies like a volunteer with an editor would. It checks that a page
// connects to the event stream, reloads by itself after a content edit, swaps its stylesheet
// without reloading after a theme edit, shows the error overlay with the terminal's own report
// after a broken YAML file (over the last good page, passing axe-core, usable with the keyboard),
// shows that overlay on load when opened while the site is broken, and drops it once the file is
// fixed. The screenshot of the overlay goes to tests/artifacts/live-overlay.png.
//
// Every wait is event driven (a page event, a DOM condition, a line of the server's output) and
// bounded; nothing sleeps to let things happen.
//
//   node tests/browser/live.test.mjs MAILLON_BINARY SOURCE_DIR
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  args, test, finish, check, CheckError, tempDir, CHROMIUM, CHROMIUM_ARGS, requireModule, NOW,
} from './lib.mjs';

const { maillon, src } = args();
const { chromium } = await import(pathToFileURL(join(requireModule(src, 'playwright-core'), 'index.mjs')).href);
const axeFile = join(requireModule(src, 'axe-core'), 'axe.min.js');
const artifacts = join(src, 'tests', 'artifacts');
mkdirSync(artifacts, { recursive: true });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The longest any one thing may take: a rebuild and the page's reaction to it, on a busy machine.
const WAIT = 30000;
const OVERLAY = '#maillon-error-overlay';
const NEWS = 'content/news/lancement.md';
const STYLE = 'theme/assets/style.css';
const TITLE_0 = 'Lancement du portail';
const TITLE_1 = 'Lancement du portail renouvelé';
const TITLE_2 = 'Lancement du portail réparé';

// ---- the server: always killed, whatever happens (a failed check, an exception, the time bound).
let server = null;
process.on('exit', () => {
  if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { console.log(`stopped by ${sig}`); process.exit(1); });
// A bound on the whole suite, below ctest's own timeout (exiting kills the server and lets
// playwright-core close Chromium).
setTimeout(() => { console.log('FAIL: the live-reload suite took more than 240 s\n0 passed, 1 failed'); process.exit(1); }, 240000).unref();

const work = tempDir('live');
cpSync(join(src, 'tests', 'fixtures', 'valid', 'minimal', 'content'), join(work, 'content'), { recursive: true });
cpSync(join(src, 'themes', 'default'), join(work, 'theme'), { recursive: true });

// Starts `maillon serve` in `work` (relative paths, so messages read "content/..." as a volunteer
// running it in the site's folder would see them) and records its output.
function startServer() {
  const child = spawn(maillon, ['serve', '--port', '0', '--content', 'content', '--theme', 'theme', '--now', NOW],
    { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  const s = { child, stdout: '', stderr: '', waiters: new Set(), exit: null };
  const poke = () => { for (const w of [...s.waiters]) w(); };
  child.stdout.setEncoding('utf8').on('data', (d) => { s.stdout += d; poke(); });
  child.stderr.setEncoding('utf8').on('data', (d) => { s.stderr += d; poke(); });
  child.on('error', (e) => { s.exit = `could not start: ${e.message}`; poke(); });
  child.on('exit', (code, signal) => { s.exit = `exited with ${code ?? signal}`; poke(); });
  // Settles (rejects) only if the server goes away: raced against every wait on the browser.
  s.gone = new Promise((_, reject) => s.waiters.add(() => {
    if (s.exit) reject(new CheckError(`the server ${s.exit}\n${s.output()}`));
  }));
  s.gone.catch(() => {});
  s.output = () => `--- server stdout:\n${s.stdout}--- server stderr:\n${s.stderr}---`;
  // Resolves with fn(stdout, stderr) once it is truthy; fails after ms, or when the server exits.
  s.waitFor = (what, fn, ms = WAIT) => new Promise((resolve, reject) => {
    const done = (f) => { s.waiters.delete(probe); clearTimeout(timer); f(); };
    const probe = () => {
      const v = fn(s.stdout, s.stderr);
      if (v) done(() => resolve(v));
      else if (s.exit) done(() => reject(new CheckError(`the server ${s.exit} while waiting for ${what}\n${s.output()}`)));
    };
    const timer = setTimeout(() => done(() => reject(new CheckError(`no ${what} within ${ms / 1000} s\n${s.output()}`))), ms);
    s.waiters.add(probe);
    probe();
  });
  return s;
}

// Waits for a browser-side promise, failing at once (with the server's output) if the server dies.
const guard = (promise) => Promise.race([promise, server.gone]);

// Edits a file of the site copy like an editor that saves atomically: the new text is written
// beside the site, then renamed over the file. `from` must occur in the file.
function edit(rel, from, to) {
  const path = join(work, rel);
  const text = readFileSync(path, 'utf8');
  check(text.includes(from), `${rel} does not contain "${from}" (the fixture changed?)`);
  const aside = join(work, '.edit-in-progress');
  writeFileSync(aside, text.replace(from, to));
  renameSync(aside, path);
}

// Every live-reload event a page's EventSource receives, recorded by a transparent subclass
// installed before any script of the page runs. The log also goes to sessionStorage, so that after
// a reload the test can see what the previous document received (the "reload" that caused it).
function recordLiveEvents() {
  const state = { doc: Math.random().toString(36).slice(2), events: [] };
  Object.defineProperty(window, '__liveTest', { value: state });
  const log = (type, data) => {
    state.events.push({ type, data });
    try {
      const all = JSON.parse(sessionStorage.getItem('__liveTestLog') || '[]');
      all.push({ doc: state.doc, type, data });
      sessionStorage.setItem('__liveTestLog', JSON.stringify(all));
    } catch { /* storage refused: the in-page log is enough */ }
  };
  const Native = window.EventSource;
  if (!Native) return;
  window.EventSource = class extends Native {
    constructor(url, init) {
      super(url, init);
      state.source = this;
      this.addEventListener('open', () => log('open', null));
      for (const type of ['hello', 'reload', 'css', 'error']) {
        this.addEventListener(type, (e) => log(type, typeof e.data === 'string' ? e.data : null));
      }
    }
  };
}

// This document's live.js has its stream open and the server's greeting: every event published
// from now on reaches it. Returns the document's id.
async function connected(page) {
  await guard(page.waitForFunction(
    () => window.__liveTest?.source?.readyState === 1 && window.__liveTest.events.some((e) => e.type === 'hello'),
    null, { timeout: WAIT })).catch((e) => {
    if (e instanceof CheckError) throw e;
    throw new CheckError(`live.js did not connect to /__maillon/events within ${WAIT / 1000} s (${e.message.split('\n')[0]})`);
  });
  return page.evaluate(() => window.__liveTest.doc);
}
const liveLog = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('__liveTestLog') || '[]'));
const h1 = (page) => page.locator('h1').first().textContent().then((t) => t.trim());

// The diagnostics block the terminal printed for `file` in `text` (from its "file:line:col: erreur :"
// headline to the "N erreurs, M avertissements" line: the portal is French), or null.
function terminalReport(text, file) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${file}:`) && /^[^:]+:\d+:\d+: erreur : /.test(l));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^\d+ erreurs?, \d+ avertissements?$/.test(l));
  return end > start ? lines.slice(start, end + 1).join('\n') : null;
}

function formatViolations(violations) {
  return violations.map((v) => [
    `axe ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`,
    ...v.nodes.slice(0, 8).map((n) => `    at ${n.target.join(' ')}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 220)}\n      ${(n.failureSummary ?? '').replace(/\n\s*/g, ' / ')}`),
  ].join('\n')).join('\n');
}
// axe-core on the page as it is; also returns which overlay elements axe checked (so that zero
// violations cannot come from an axe that never looked at the overlay).
async function runAxe(page) {
  await page.addScriptTag({ path: axeFile });
  return page.evaluate(async ({ tags, overlay }) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
    const box = document.querySelector(overlay);
    const seen = new Set();
    for (const rule of r.passes) {
      for (const n of rule.nodes) {
        const el = document.querySelector(n.target.map(String).join(' '));
        if (box && el && box.contains(el)) seen.add(`${rule.id}:${el.tagName.toLowerCase()}`);
      }
    }
    return {
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
      })),
      overlayChecks: [...seen],
    };
  }, { tags: AXE_TAGS, overlay: OVERLAY });
}

// The problems a page has: uncaught exceptions and console errors (live.js must not throw).
function watch(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // A document's event stream may be cut as it reloads: the browser may say so.
    if (m.text().includes('/__maillon/events') || (m.location()?.url ?? '').includes('/__maillon/events')) return;
    problems.push(`console error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    if (new URL(r.url()).pathname === '/__maillon/events') return; // cut by a reload: expected
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  return problems;
}
// Counts the real navigations of a page's main frame.
function countNavigations(page) {
  const counter = { n: 0 };
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) counter.n++; });
  return counter;
}

// ---- 1. the server
let base = null;
await test('maillon serve --port 0 starts on the fixture copy and says where', async () => {
  server = startServer();
  const port = await server.waitFor('"Serving http://127.0.0.1:PORT/" line',
    (out) => out.match(/^Serving http:\/\/127\.0\.0\.1:(\d+)\/ \(Ctrl-C to stop\)$/m)?.[1]);
  check(Number(port) > 0 && Number(port) < 65536, `bad port ${port}`);
  base = `http://127.0.0.1:${port}/`;
  check(/content\/: built \(\d+ pages\)/.test(server.stdout), () => `no "built" line for the first build\n${server.output()}`);
  check(!/error/.test(server.stderr), () => `the first build reported errors\n${server.output()}`);
});
if (!base) {
  finish();
  process.exit();
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60000 });
console.log(`Chromium ${browser.version()} at ${CHROMIUM}; serving ${base} from ${work}`);
async function newContext(options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 }, locale: 'fr-CA', timezoneId: 'America/Toronto', ...options,
  });
  context.setDefaultTimeout(WAIT);
  context.setDefaultNavigationTimeout(WAIT);
  await context.addInitScript(recordLiveEvents);
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    context.__leaks.push(url.href);
    return route.abort('blockedbyclient');
  });
  context.__leaks = [];
  return context;
}
const desktop = await newContext();

async function open(page, path, status = 200) {
  const response = await guard(page.goto(base + path, { waitUntil: 'load' }));
  check(response && response.status() === status, `${path}: HTTP ${response?.status()}, expected ${status}`);
  return response;
}

// Page A, the news item, stays open from test to test (as a volunteer's tab would).
const pageA = await desktop.newPage();
const problemsA = watch(pageA);
const navsA = countNavigations(pageA);
const PATH_A = 'nouvelles/lancement/';
let docA = null;
let reportShown = null; // the terminal's report for the broken file

// ---- 2. live.js connects
await test(`a page opened in Chromium (/${PATH_A}) loads live.js, which connects to the event stream`, async () => {
  const response = await open(pageA, PATH_A);
  check(/<script src="\/__maillon\/live\.js" data-generation="[0-9]+-[0-9]+"><\/script><\/body>/.test(await response.text()), 'the page has no live.js tag (with its site generation) before </body>');
  check(await h1(pageA) === TITLE_0, `the news page shows "${await h1(pageA)}", expected "${TITLE_0}"`);
  check(await pageA.locator(OVERLAY).count() === 0, 'a page of a site that built has the error overlay');
  docA = await connected(pageA);
  const hello = (await pageA.evaluate(() => window.__liveTest.events)).find((e) => e.type === 'hello');
  check(hello.data && hello.data !== 'none', `the hello event names no site generation: ${JSON.stringify(hello)}`);
  check(problemsA.length === 0, () => problemsA.join('\n'));
});

// ---- 3. a content edit reloads the page
await test('editing the news item\'s title reloads the open page by itself, with the new title', async () => {
  check(docA, 'no connected page (previous test failed)');
  await pageA.evaluate(() => { window.__before = 1; });
  const navs = navsA.n;
  const outAt = server.stdout.length;
  const loaded = pageA.waitForEvent('load', { timeout: WAIT });
  loaded.catch(() => {}); // awaited below; not an unhandled rejection if the edit fails first
  edit(NEWS, `title: ${TITLE_0}\n`, `title: ${TITLE_1}\n`);
  await server.waitFor(`"${NEWS} changed: rebuilt" line`, (out) => out.slice(outAt).includes(`${NEWS} changed: rebuilt`));
  await guard(loaded).catch((e) => { throw e instanceof CheckError ? e : new CheckError(`the page did not reload within ${WAIT / 1000} s of the rebuild`); });
  await guard(pageA.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() === t, TITLE_1, { timeout: WAIT }))
    .catch((e) => { throw e instanceof CheckError ? e : new CheckError(`after reloading, the page shows "${e.message}" rather than "${TITLE_1}"`); });
  check(await pageA.evaluate(() => window.__before) === undefined, 'window.__before survived: the page was not really reloaded');
  check(navsA.n > navs, 'no navigation of the page was seen');
  check(pageA.url() === base + PATH_A, `the page moved to ${pageA.url()}`);
  const previous = (await liveLog(pageA)).filter((e) => e.doc === docA).map((e) => e.type);
  check(previous.includes('reload'), `the old page received no "reload" event (it got: ${previous.join(', ')})`);
  docA = await connected(pageA); // the new document listens again
  check(problemsA.length === 0, () => problemsA.join('\n'));
});

// ---- 4. a stylesheet edit swaps the styles without reloading
await test('editing the theme\'s style.css changes the computed style without a full reload', async () => {
  check(docA, 'no connected page (previous test failed)');
  const bg = () => pageA.evaluate(() => getComputedStyle(document.body).backgroundColor);
  check(await bg() === 'rgb(255, 250, 243)', `the page background is ${await bg()} before the edit, expected rgb(255, 250, 243) (--bg: #fffaf3)`);
  await pageA.evaluate(() => { window.__before = 1; });
  const navs = navsA.n;
  const outAt = server.stdout.length;
  edit(STYLE, '--bg: #fffaf3;', '--bg: #eef4ff;');
  await server.waitFor('"styles refreshed" line', (out) => out.slice(outAt).includes(`${STYLE} changed: styles refreshed`));
  await guard(pageA.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(238, 244, 255)', null, { timeout: WAIT }))
    .catch(async (e) => { throw e instanceof CheckError ? e : new CheckError(`the background is still ${await bg()} ${WAIT / 1000} s after the edit (expected rgb(238, 244, 255))`); });
  check(await pageA.evaluate(() => window.__before) === 1, 'window.__before is gone: the page reloaded instead of swapping its stylesheet');
  check(navsA.n === navs, `the page navigated ${navsA.n - navs} time(s) for a stylesheet edit`);
  check(await pageA.evaluate(() => window.__liveTest.doc) === docA, 'a different document: the page was reloaded');
  const events = (await pageA.evaluate(() => window.__liveTest.events)).map((e) => e.type);
  check(events.includes('css') && !events.includes('reload'), `the page received ${events.join(', ')}; expected a "css" event and no "reload"`);
  check(await h1(pageA) === TITLE_1, `the page now shows "${await h1(pageA)}"`);
  check(problemsA.length === 0, () => problemsA.join('\n'));
});

// ---- 5. a broken YAML file: the overlay over the last good page
await test('a broken YAML front matter shows the overlay with the terminal\'s file:line:col report over the last good page', async () => {
  check(docA, 'no connected page (previous test failed)');
  // A volunteer reading the page: focus on a link of the page, which the overlay must not steal.
  const link = pageA.locator('main a[href]').first();
  check(await link.count() === 1, 'the news page has no link in <main> to put the focus on');
  await link.focus();
  await pageA.evaluate(() => { window.__before = 1; document.activeElement.setAttribute('data-test-focused', ''); });
  const navs = navsA.n;
  const errAt = server.stderr.length;
  const broken = 'municipalities: [manseau';
  edit(NEWS, 'municipalities: [manseau]\n', `${broken}\n`);
  const lines = readFileSync(join(work, NEWS), 'utf8').split('\n');
  const line = lines.findIndex((l) => l === broken) + 1;
  const col = broken.indexOf('[') + 1;

  const report = await server.waitFor('failed-rebuild report in the terminal', (_, err) => {
    const e = err.slice(errAt);
    return /rebuild failed \(1 error\)/.test(e) && terminalReport(e, NEWS);
  });
  const headline = report.split('\n')[0];
  check(headline.startsWith(`${NEWS}:${line}:${col}: erreur : `), `the terminal's headline "${headline}" does not point at ${NEWS}:${line}:${col} (the unclosed '[')`);

  const overlay = pageA.locator(OVERLAY);
  await guard(overlay.waitFor({ state: 'visible', timeout: WAIT })).catch((e) => {
    throw e instanceof CheckError ? e : new CheckError(`no visible ${OVERLAY} ${WAIT / 1000} s after the terminal reported the error`);
  });
  const shown = await overlay.locator('pre').textContent();
  check(shown.split('\n')[0] === headline, `the overlay's headline differs from the terminal's:\n  overlay:  ${shown.split('\n')[0]}\n  terminal: ${headline}`);
  check(shown === report, `the overlay's report differs from the terminal's:\n--- overlay:\n${shown}\n--- terminal:\n${report}`);
  reportShown = report;
  check(await overlay.getAttribute('role') === 'alert', 'the overlay is not role="alert" (screen readers would not announce it)');
  check(/could not rebuild/.test(await overlay.locator(`${OVERLAY}-title`).textContent()), 'the overlay has no title saying the rebuild failed');
  const box = await overlay.boundingBox();
  check(box && box.y >= 0 && box.y + box.height <= 900 + 1 && box.height > 40, `the overlay is not within the 1280x900 window: ${JSON.stringify(box)}`);
  const errorEvent = (await pageA.evaluate(() => window.__liveTest.events)).find((e) => e.type === 'error' && e.data);
  check(errorEvent && errorEvent.data === report, `the "error" event does not carry the terminal's report: ${JSON.stringify(errorEvent)}`);

  // Under it: the same, last good page, not reloaded.
  check(await pageA.evaluate(() => window.__before) === 1, 'the page reloaded when the file broke');
  check(navsA.n === navs, 'the page navigated when the file broke');
  check(await h1(pageA) === TITLE_1, `under the overlay the page shows "${await h1(pageA)}", expected the last good "${TITLE_1}"`);
  check(await pageA.evaluate(() => getComputedStyle(document.body).backgroundColor) === 'rgb(238, 244, 255)', 'the page lost its last good styles');
  check(await pageA.evaluate(() => document.activeElement?.hasAttribute('data-test-focused')),
    () => 'the overlay took the focus away from the link the reader was on');
  // The server serves the last good page too, with the overlay in it.
  const again = await pageA.request.get(base + PATH_A);
  const html = await again.text();
  check(again.status() === 200 && html.includes(`<h1>${TITLE_1}</h1>`) && html.includes('id="maillon-error-overlay"'),
    `GET /${PATH_A} while broken: HTTP ${again.status()}, last good title ${html.includes(TITLE_1)}, overlay ${html.includes('maillon-error-overlay')}`);
  check(problemsA.length === 0, () => problemsA.join('\n'));
});

await test('axe-core (WCAG 2.0/2.1 A and AA) finds no violation with the overlay showing; screenshot', async () => {
  check(await pageA.locator(OVERLAY).isVisible(), 'the overlay is not showing (previous test failed)');
  await pageA.screenshot({ path: join(artifacts, 'live-overlay.png') });
  const { violations, overlayChecks } = await runAxe(pageA);
  check(violations.length === 0, () => `${violations.length} axe violation(s) with the overlay showing:\n${formatViolations(violations)}`);
  check(overlayChecks.some((c) => c.startsWith('color-contrast:')), () => `axe checked no colour contrast in the overlay (checked: ${overlayChecks.join(', ') || 'nothing'})`);
  check(overlayChecks.some((c) => c.startsWith('button-name:')), () => `axe did not check the overlay's button (checked: ${overlayChecks.join(', ')})`);
});

await test('keyboard: Tab reaches the overlay and its Close button (focus visible), Enter closes it and focus goes back; Escape closes it too', async () => {
  const overlay = pageA.locator(OVERLAY);
  check(await overlay.isVisible(), 'the overlay is not showing (previous test failed)');
  const close = overlay.getByRole('button', { name: 'Close' });
  check(await close.count() === 1, 'the overlay has no button named "Close"');
  const focusables = await pageA.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length);
  // Tab from where the reader is (the link of the previous test) until the Close button; marks
  // the last element outside the overlay that had the focus.
  const stops = [];
  let before = null;
  for (let i = 0; i < focusables + 3 && !stops.some((s) => s.close); i++) {
    await pageA.keyboard.press('Tab');
    const stop = await pageA.evaluate((sel) => {
      const a = document.activeElement;
      const inside = !!a && !!a.closest(sel);
      if (a && !inside) {
        document.querySelectorAll('[data-test-before]').forEach((e) => e.removeAttribute('data-test-before'));
        a.setAttribute('data-test-before', '');
      }
      const s = a ? getComputedStyle(a) : null;
      return {
        inside, box: !!a && a.matches(sel), close: !!a && a.matches('[data-maillon-close]'),
        html: a ? a.outerHTML.slice(0, 100) : null,
        outline: s ? `${s.outlineStyle} ${s.outlineWidth}` : '', visible: !!s && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
      };
    }, OVERLAY);
    if (!stop.inside) before = stop.html;
    stops.push(stop);
  }
  const box = stops.find((s) => s.box);
  const reached = stops.find((s) => s.close);
  check(reached, `Tab never reached the overlay's Close button (${stops.length} presses)`);
  check(box, 'Tab never stopped on the overlay box itself (it scrolls on small screens, so the keyboard must be able to focus it)');
  check(box.visible, `the focused overlay shows no focus indicator (outline: ${box.outline})`);
  check(reached.visible, `the focused Close button shows no focus indicator (outline: ${reached.outline})`);
  check(before, 'no element of the page had the focus before the overlay');
  await pageA.keyboard.press('Enter');
  await overlay.waitFor({ state: 'detached', timeout: 10000 }).catch(() => { throw new CheckError('Enter on the focused Close button did not close the overlay'); });
  const focus = await pageA.evaluate(() => ({
    back: !!document.activeElement?.hasAttribute('data-test-before'),
    what: document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : null,
  }));
  check(focus.back, `after closing, the focus is on ${focus.what}; expected it back on the element it came from: ${before}`);
  check(await pageA.evaluate(() => window.__before) === 1, 'closing the overlay reloaded the page');

  // Reopened while still broken: the server puts the overlay into the page; Escape closes it.
  await open(pageA, PATH_A);
  docA = await connected(pageA);
  check(await overlay.isVisible(), 'the page reloaded while the site is broken has no overlay');
  check(await h1(pageA) === TITLE_1, `the page reloaded while the site is broken shows "${await h1(pageA)}"`);
  await pageA.locator('main a[href]').first().focus();
  await pageA.keyboard.press('Escape');
  await overlay.waitFor({ state: 'detached', timeout: 10000 }).catch(() => { throw new CheckError('Escape did not close the overlay'); });
  check(await pageA.evaluate(() => document.activeElement?.matches('main a[href]')), 'Escape moved the focus away from the link it was on');
  check(problemsA.length === 0, () => problemsA.join('\n'));
});

// ---- 7. a page opened while the site is broken
const pageB = await desktop.newPage();
const problemsB = watch(pageB);
const PATH_B = 'nouvelles/';
await test(`a page opened while the site is broken (/${PATH_B}) shows the overlay on load, over the last good page`, async () => {
  check(reportShown, 'the site is not known to be broken (previous test failed)');
  const response = await open(pageB, PATH_B);
  check((await response.text()).includes('id="maillon-error-overlay"'), 'the served HTML has no overlay: it would only appear after an event');
  const overlay = pageB.locator(OVERLAY);
  check(await overlay.isVisible(), 'the overlay is not visible once the page has loaded');
  const shown = await overlay.locator('pre').textContent();
  check(shown === reportShown, `the overlay's report differs from the terminal's:\n--- overlay:\n${shown}\n--- terminal:\n${reportShown}`);
  check(await overlay.getAttribute('role') === 'alert', 'the overlay is not role="alert"');
  check(await pageB.locator('main').getByText(TITLE_1).count() > 0, `the news list under the overlay does not list the last good "${TITLE_1}"`);
  await connected(pageB);
  check(await overlay.isVisible(), 'the overlay went away once live.js connected, though the site is still broken');
  const { violations, overlayChecks } = await runAxe(pageB);
  check(violations.length === 0, () => `${violations.length} axe violation(s) with the served overlay:\n${formatViolations(violations)}`);
  check(overlayChecks.some((c) => c.startsWith('color-contrast:')), 'axe checked no colour contrast in the served overlay');
  check(problemsB.length === 0, () => problemsB.join('\n'));
});

await test('on a 375x400 screen the keyboard can scroll the overlay to read the whole report', async () => {
  check(reportShown, 'the site is not known to be broken (previous test failed)');
  const phone = await newContext({ viewport: { width: 375, height: 400 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  const page = await phone.newPage();
  const problems = watch(page);
  try {
    await open(page, PATH_A);
    const overlay = page.locator(OVERLAY);
    check(await overlay.isVisible(), 'no overlay on the page opened while the site is broken');
    const metrics = () => page.evaluate((sel) => {
      const b = document.querySelector(sel);
      return { top: b.scrollTop, max: b.scrollHeight - b.clientHeight };
    }, OVERLAY);
    const { max } = await metrics();
    check(max > 20, `the overlay does not scroll on a 375x400 screen (overflow ${max} px): this test would prove nothing`);
    let focused = false;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate((sel) => document.activeElement?.matches(sel), OVERLAY);
    }
    check(focused, 'Tab never focused the overlay box (60 presses)');
    const pageY = await page.evaluate(() => window.scrollY);
    // Keyboard scrolling is animated: each key is followed by the overlay's scrollend event, so
    // that the next key does not land in the middle of the previous animation.
    await page.evaluate((sel) => {
      window.__scrollEnds = 0;
      document.querySelector(sel).addEventListener('scrollend', () => { window.__scrollEnds++; });
    }, OVERLAY);
    const scrollWith = async (key, wanted, describe) => {
      const ends = await page.evaluate(() => window.__scrollEnds);
      await page.keyboard.press(key);
      const scrolled = await page.waitForFunction((n) => window.__scrollEnds > n, ends, { timeout: 10000 }).then(() => true, () => false);
      const now = await metrics();
      check(scrolled && wanted(now), `${key} did not ${describe}: ${JSON.stringify(now)}`);
    };
    await scrollWith('End', (v) => v.top >= v.max - 1, 'scroll the focused overlay to its end');
    await scrollWith('Home', (v) => v.top === 0, 'scroll the focused overlay back to its start');
    await scrollWith('ArrowDown', (v) => v.top > 0, 'scroll the focused overlay down');
    await scrollWith('ArrowUp', (v) => v.top === 0, 'scroll the focused overlay back up');
    check(await page.evaluate(() => window.scrollY) === pageY, 'the keys scrolled the page rather than (or besides) the overlay');
    check(problems.length === 0, () => problems.join('\n'));
  } finally {
    await phone.close();
  }
});

// ---- 6. the fix
await test('fixing the file removes the overlay and both pages show the fixed content', async () => {
  check(reportShown, 'the site is not known to be broken (previous test failed)');
  check(await pageB.locator(OVERLAY).isVisible(), 'page B shows no overlay before the fix (previous test failed)');
  await open(pageA, PATH_A); // with its overlay again, from the server
  check(await pageA.locator(OVERLAY).isVisible(), 'page A shows no overlay before the fix');
  docA = await connected(pageA);
  await connected(pageB);
  await pageA.evaluate(() => { window.__before = 1; });
  await pageB.evaluate(() => { window.__before = 1; });
  const outAt = server.stdout.length;
  const loadedA = pageA.waitForEvent('load', { timeout: WAIT });
  const loadedB = pageB.waitForEvent('load', { timeout: WAIT });
  loadedA.catch(() => {});
  loadedB.catch(() => {});
  const text = readFileSync(join(work, NEWS), 'utf8');
  edit(NEWS, text, text.replace(`title: ${TITLE_1}\n`, `title: ${TITLE_2}\n`).replace('municipalities: [manseau\n', 'municipalities: [manseau]\n'));
  await server.waitFor(`"${NEWS} changed: rebuilt" line`, (out) => out.slice(outAt).includes(`${NEWS} changed: rebuilt`));
  for (const [name, page, loaded] of [['A', pageA, loadedA], ['B', pageB, loadedB]]) {
    await guard(loaded).catch((e) => { throw e instanceof CheckError ? e : new CheckError(`page ${name} did not reload after the fix`); });
    await guard(page.waitForFunction((t) => document.querySelector('main')?.textContent.includes(t), TITLE_2, { timeout: WAIT }))
      .catch((e) => { throw e instanceof CheckError ? e : new CheckError(`page ${name} does not show "${TITLE_2}" after the fix`); });
    check(await page.locator(OVERLAY).count() === 0, `page ${name} still has the overlay after the fix`);
    check(await page.evaluate(() => window.__before) === undefined, `page ${name} was not reloaded`);
  }
  check(await h1(pageA) === TITLE_2, `page A shows "${await h1(pageA)}", expected "${TITLE_2}"`);
  check(await pageA.evaluate(() => getComputedStyle(document.body).backgroundColor) === 'rgb(238, 244, 255)', 'page A lost the edited stylesheet');
  check(problemsA.length + problemsB.length === 0, () => [...problemsA, ...problemsB].join('\n'));
  check(desktop.__leaks.length === 0, () => `requests left the machine: ${desktop.__leaks.join(', ')}`);
});

// ---- the end: Ctrl-C stops the server (and the exit handler kills it if it does not).
await browser.close();
await test('the server stops on SIGINT', async () => {
  server.child.kill('SIGINT');
  await server.waitFor('exit after SIGINT', () => server.child.exitCode !== null || server.child.signalCode !== null, 15000)
    .catch(() => { throw new CheckError(`the server still runs 15 s after SIGINT\n${server.output()}`); });
  check(server.child.exitCode === 0, `the server exited with ${server.child.exitCode ?? server.child.signalCode} after SIGINT`);
});
finish();
process.exit();
