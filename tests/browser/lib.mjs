// Helpers shared by the browser tests and validators: a tiny test harness that prints
// "N passed, M failed" last, building a site with the real maillon binary, the larger fixture,
// and a static server on 127.0.0.1 that behaves like a plain web host.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, statSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname, sep } from 'node:path';
import { generate } from './make-large-fixture.mjs';

export const NOW = '2026-11-25T09:00';

// ---- arguments: MAILLON_BINARY SOURCE_DIR (as for tests/e2e/*.sh)
export function args() {
  const [maillon, src] = process.argv.slice(2);
  if (!maillon || !src) {
    console.error(`usage: node ${process.argv[1]} MAILLON_BINARY SOURCE_DIR`);
    process.exit(2);
  }
  return { maillon: resolve(maillon), src: resolve(src) };
}

// ---- a minimal harness: sequential tests, failures collected, summary line last.
// MAILLON_TEST_FILTER=REGEX runs only the tests whose name matches (while working on one).
const results = { passed: 0, failed: 0, names: [] };
const filter = process.env.MAILLON_TEST_FILTER ? new RegExp(process.env.MAILLON_TEST_FILTER) : null;
export async function test(name, fn) {
  if (filter && !filter.test(name)) return;
  const started = Date.now();
  try {
    await fn();
    results.passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    results.failed++;
    results.names.push(name);
    console.log(`FAIL ${name} (${Date.now() - started} ms)`);
    console.log(indent(err && err.stack && !(err instanceof CheckError) ? err.stack : String(err && err.message ? err.message : err)));
  }
}
export function finish() {
  if (results.failed) console.log(`\nFailed: ${results.names.join('; ')}`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exitCode = results.failed ? 1 : 0;
}
const indent = (s) => String(s).split('\n').map((l) => '     ' + l).join('\n');

// An expected failure with its own message (printed without a stack trace).
export class CheckError extends Error {}
export function check(cond, message) {
  if (!cond) throw new CheckError(typeof message === 'function' ? message() : message);
}

// ---- temporary folders, removed at exit.
const temps = [];
export function tempDir(prefix) {
  const d = mkdtempSync(join(tmpdir(), `maillon-${prefix}-`));
  temps.push(d);
  return d;
}
process.on('exit', () => {
  if (process.env.MAILLON_KEEP_TMP) return console.log(`kept: ${temps.join(' ')}`);
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

// ---- building sites with the real binary. Throws (with maillon's output) if the build fails.
export function buildSite({ maillon, src, content, out, baseUrl }) {
  const argv = ['build', '--now', NOW, '--out', out, '--base-url', baseUrl];
  if (content) argv.push('--content', content, '--theme', join(src, 'themes', 'default'));
  const r = spawnSync(maillon, argv, { cwd: src, encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0) {
    throw new CheckError(`maillon ${argv.join(' ')} exited with ${r.status ?? r.signal}\n${r.stdout}${r.stderr}`);
  }
  if (r.stderr.trim()) console.log(`note: maillon printed warnings for ${content ?? 'content/'}:\n${indent(r.stderr.trim())}`);
  return out;
}

// The larger generated fixture's content folder (generated once per process).
let largeContent = null;
export function largeFixtureContent() {
  if (!largeContent) largeContent = generate(tempDir('large-fixture'));
  return largeContent;
}

// The two sites every suite looks at: the real portal (content/) and the larger fixture.
export function siteSpecs({ maillon, src }) {
  return [
    { name: 'real portal', key: 'portal', content: null },
    { name: 'large fixture', key: 'large', content: largeFixtureContent() },
  ].map((s) => ({ ...s, maillon, src }));
}

// Every file under dir (relative paths, '/' separated), sorted.
export function listFiles(dir, filter = () => true) {
  const out = [];
  const walk = (rel) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (filter(r)) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

// ---- a static web server on 127.0.0.1 with clean URLs, like a plain host serving the folder:
// "/x/" -> x/index.html, "/x" (a folder) -> 301 to "/x/", unknown -> 404.html with status 404.
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.pdf': 'application/pdf', '.webmanifest': 'application/manifest+json',
};
export function contentType(path) {
  if (path.endsWith('atom.xml')) return 'application/atom+xml; charset=utf-8';
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

// `extra` maps URL paths to files served beside the site (test helpers such as axe.min.js).
export async function startServer({ extra = {} } = {}) {
  const state = { root: null, log: [] };
  const server = createServer((req, res) => {
    const send = (status, file, headers = {}) => {
      state.log.push({ url: req.url, status });
      if (!file) {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
        return res.end(`${status}\n`);
      }
      const body = readFileSync(file);
      res.writeHead(status, { 'content-type': contentType(file), 'content-length': body.length, 'cache-control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405);
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      return send(400);
    }
    if (extra[path]) return send(200, extra[path], { 'cache-control': 'max-age=3600' });
    if (!state.root) return send(503);
    const file = resolve(state.root, '.' + path);
    const notFound = () => {
      const page = join(state.root, '404.html');
      return existsSync(page) ? send(404, page) : send(404);
    };
    if (file !== state.root && !file.startsWith(state.root + sep)) return notFound();
    let st;
    try { st = statSync(file); } catch { return notFound(); }
    if (st.isDirectory()) {
      if (!path.endsWith('/')) return send(301, null, { location: path + '/' });
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    return send(200, file);
  });
  await new Promise((ok, ko) => { server.once('error', ko); server.listen(0, '127.0.0.1', ok); });
  const port = server.address().port;
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    serve(root) { state.root = resolve(root); },
    log: state.log,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

// ---- Chromium (Debian's), launched through playwright-core; never a downloaded browser.
export const CHROMIUM = process.env.MAILLON_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function requireModule(src, name) {
  const path = join(src, 'node_modules', name);
  check(existsSync(path), `node module ${name} is missing (${path}); run tools/install-deps.sh --test (npm ci)`);
  return path;
}
