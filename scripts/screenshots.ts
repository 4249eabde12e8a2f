// Usage: npm run screenshots -- [--url URL | --dist DIR] [--config FILE] [--out DIR]
//
// Captures full-page PNGs of dashboard states listed in a config file (default: screenshots.config.json),
// for documentation, release notes and visual review. Without --url it serves the built site itself: dist/, or the
// build in --dist DIR.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { VIEWS, type View } from '../src/core/views';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const READY_TIMEOUT_MS = 30_000;
const DEFAULT_HEIGHT = 800;
// Upper bounds keep a typo (width 12000, scale 20) from asking Chromium for a gigapixel bitmap.
const MAX_WIDTH = 5000;
const MAX_HEIGHT = 10_000;
const MAX_SCALE = 4;
const THEMES = ['light', 'dark', 'auto'] as const;
type Theme = (typeof THEMES)[number];
/** Query parameters that have their own field in a shot, so they may not also appear in `params`. */
const OWN_FIELDS: Record<string, string> = { view: 'view', embed: 'embed', theme: 'theme' };
// Animations and transitions would otherwise be caught mid-way; the caret would blink into some shots only.
const FREEZE_CSS =
  '*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}';

/** A problem the user can fix (bad arguments or config): printed as one message, without a stack trace. */
class UserError extends Error {}

interface Shot {
  name: string;
  view: View;
  /** Other query parameters, already in their string form. */
  params: Record<string, string>;
  theme: Theme | undefined;
  width: number;
  height: number;
  scale: number;
  embed: boolean;
}

// ---------------------------------------------------------------- command line

interface Options {
  url: string | undefined;
  /** The build to serve when there is no URL; undefined for the repository's own dist/. */
  dist: string | undefined;
  config: string;
  out: string;
}

const USAGE = 'usage: npm run screenshots -- [--url URL | --dist DIR] [--config FILE] [--out DIR]';

function parseOptions(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        dist: { type: 'string' },
        config: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UserError(`${(err as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.url !== undefined && !URL.canParse(values.url))
    throw new UserError(`--url: not a valid URL: ${values.url}`);
  if (values.url !== undefined && values.dist !== undefined)
    throw new UserError(
      `--url and --dist exclude each other: --dist names a build to serve when there is no URL\n${USAGE}`,
    );
  // Paths given on the command line are relative to where the command runs; the defaults live in the repo.
  return {
    url: values.url,
    dist: values.dist === undefined ? undefined : resolve(values.dist),
    config: values.config === undefined ? join(ROOT, 'screenshots.config.json') : resolve(values.config),
    out: values.out === undefined ? join(ROOT, 'screenshots') : resolve(values.out),
  };
}

/** A path as short as it can be for messages: relative to the working directory when inside it. */
function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

// ---------------------------------------------------------------- config

/** Collects every problem in a config, each with its JSON path, so one run reports them all. */
class Problems {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : `${typeof v} ${JSON.stringify(v)}`;

/** Keys allowed in `defaults`; a shot also has a `name`. */
const SHOT_KEYS = ['view', 'params', 'theme', 'width', 'height', 'scale', 'embed'];

function checkKeys(obj: Json, allowed: string[], path: string, problems: Problems): void {
  for (const key of Object.keys(obj))
    if (!allowed.includes(key))
      problems.add(path === '' ? key : `${path}.${key}`, `unknown key (expected one of: ${allowed.join(', ')})`);
}

function positiveInt(v: unknown, max: number, path: string, problems: Problems): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0)
    problems.add(path, `expected a positive integer, got ${describe(v)}`);
  else if (v > max) problems.add(path, `expected at most ${max}, got ${v}`);
  else return v;
  return undefined;
}

function scaleOf(v: unknown, path: string, problems: Problems): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
    problems.add(path, `expected a positive number, got ${describe(v)}`);
  else if (v > MAX_SCALE) problems.add(path, `expected at most ${MAX_SCALE}, got ${v}`);
  else return v;
  return undefined;
}

function oneOf<T extends string>(set: readonly T[], v: unknown, path: string, problems: Problems): T | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string' && (set as readonly string[]).includes(v)) return v as T;
  problems.add(path, `expected one of ${set.map((s) => `"${s}"`).join(', ')}, got ${describe(v)}`);
  return undefined;
}

function booleanOf(v: unknown, path: string, problems: Problems): boolean | undefined {
  if (v === undefined || typeof v === 'boolean') return v;
  problems.add(path, `expected true or false, got ${describe(v)}`);
  return undefined;
}

/** Query values may be strings, numbers, or lists (written as arrays, sent comma-separated like the app's URLs). */
function paramsOf(v: unknown, path: string, problems: Problems): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) {
    problems.add(path, `expected an object of query parameters, got ${describe(v)}`);
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(v)) {
    const at = `${path}.${key}`;
    if (key in OWN_FIELDS)
      problems.add(at, `set "${OWN_FIELDS[key]}" on the shot (or in defaults) instead of in params`);
    else if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = String(value);
    else if (Array.isArray(value) && value.every((x) => typeof x === 'string')) out[key] = value.join(',');
    else problems.add(at, `expected a string, a number or an array of strings, got ${describe(value)}`);
  }
  return out;
}

/** The fields of a shot or of `defaults`, each undefined when absent or invalid. */
type PartialShot = Partial<Omit<Shot, 'name'>>;

function fieldsOf(obj: Json, path: string, problems: Problems): PartialShot {
  return {
    view: oneOf(VIEWS, obj.view, `${path}.view`, problems),
    params: paramsOf(obj.params, `${path}.params`, problems),
    theme: oneOf(THEMES, obj.theme, `${path}.theme`, problems),
    width: positiveInt(obj.width, MAX_WIDTH, `${path}.width`, problems),
    height: positiveInt(obj.height, MAX_HEIGHT, `${path}.height`, problems),
    scale: scaleOf(obj.scale, `${path}.scale`, problems),
    embed: booleanOf(obj.embed, `${path}.embed`, problems),
  };
}

// Names become file names: no path separators, nothing hidden, nothing that needs quoting in a shell.
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function shotOf(
  v: unknown,
  i: number,
  defaults: PartialShot,
  seen: Map<string, number>,
  problems: Problems,
): Shot | undefined {
  const path = `shots[${i}]`;
  if (!isObject(v)) {
    problems.add(path, `expected an object, got ${describe(v)}`);
    return undefined;
  }
  checkKeys(v, ['name', ...SHOT_KEYS], path, problems);
  const before = problems.list.length;
  let name: string | undefined;
  if (typeof v.name !== 'string' || !NAME.test(v.name))
    problems.add(
      `${path}.name`,
      `expected a file name of letters, digits, ".", "_" or "-" (at most 100), got ${describe(v.name)}`,
    );
  else if (seen.has(v.name)) problems.add(`${path}.name`, `"${v.name}" is already used by shots[${seen.get(v.name)}]`);
  else {
    name = v.name;
    seen.set(name, i);
  }

  const own = fieldsOf(v, path, problems);
  const view = own.view ?? defaults.view;
  const width = own.width ?? defaults.width;
  // Only report a missing field when it is absent, not when it was present and already reported as invalid.
  if (view === undefined && v.view === undefined) problems.add(`${path}.view`, 'missing (set it here or in defaults)');
  if (width === undefined && v.width === undefined)
    problems.add(`${path}.width`, 'missing (set it here or in defaults)');
  if (problems.list.length > before || name === undefined || view === undefined || width === undefined)
    return undefined;
  return {
    name,
    view,
    params: { ...defaults.params, ...own.params },
    theme: own.theme ?? defaults.theme,
    width,
    height: own.height ?? defaults.height ?? DEFAULT_HEIGHT,
    scale: own.scale ?? defaults.scale ?? 1,
    embed: own.embed ?? defaults.embed ?? false,
  };
}

function parseConfig(json: unknown, problems: Problems): Shot[] {
  if (!isObject(json)) {
    problems.add('(root)', `expected an object with "shots", got ${describe(json)}`);
    return [];
  }
  checkKeys(json, ['defaults', 'shots'], '', problems);
  let defaults: PartialShot = {};
  if (isObject(json.defaults)) {
    checkKeys(json.defaults, SHOT_KEYS, 'defaults', problems);
    defaults = fieldsOf(json.defaults, 'defaults', problems);
  } else if (json.defaults !== undefined)
    problems.add('defaults', `expected an object, got ${describe(json.defaults)}`);

  if (!Array.isArray(json.shots) || json.shots.length === 0) {
    problems.add('shots', `expected a non-empty array of shots, got ${describe(json.shots)}`);
    return [];
  }
  const seen = new Map<string, number>();
  return json.shots.flatMap((s: unknown, i) => shotOf(s, i, defaults, seen, problems) ?? []);
}

async function loadConfig(file: string): Promise<Shot[]> {
  const name = display(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UserError(`${name}: cannot read: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${name}: not valid JSON: ${(err as Error).message}`);
  }
  const problems = new Problems();
  const shots = parseConfig(json, problems);
  if (problems.list.length > 0) throw new UserError(problems.list.map((p) => `${name}: ${p}`).join('\n'));
  return shots;
}

// ---------------------------------------------------------------- static server

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The file under `root` that a request path names, or null if it would leave `root` (e.g. `/../`, `%2e%2e`). */
function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  return file.startsWith(root + sep) ? file : null;
}

/** Serves `root` on a free local port, just enough for the built site (the app needs no rewrites). */
async function serve(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = fileFor(root, new URL(req.url ?? '/', 'http://localhost').pathname);
    if (file === null) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Length': body.length,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server has no port');
  return { origin: `http://127.0.0.1:${address.port}/`, server };
}

function stop(server: Server): Promise<void> {
  // Keep-alive connections from the browser would otherwise hold close() open.
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

/**
 * The build to serve: a --dist directory must already hold one; the repository's dist/ is built once if it has never
 * been built.
 */
function ensureBuilt(dist: string | undefined): string {
  if (dist !== undefined) {
    if (existsSync(join(dist, 'index.html'))) return dist;
    throw new UserError(
      `--dist: ${display(join(dist, 'index.html'))} is missing (build into it with: npx vite build --outDir ${display(dist)})`,
    );
  }
  if (existsSync(join(DIST, 'index.html'))) return DIST;
  console.log('dist/index.html is missing: running npm run build');
  const { status } = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) throw new UserError('npm run build failed; no screenshots taken');
  return DIST;
}

// ---------------------------------------------------------------- capture

function shotUrl(base: string, shot: Shot): string {
  const url = new URL(base);
  url.searchParams.set('view', shot.view);
  for (const [k, v] of Object.entries(shot.params)) url.searchParams.set(k, v);
  if (shot.embed) url.searchParams.set('embed', '1');
  if (shot.theme !== undefined) url.searchParams.set('theme', shot.theme);
  return url.href;
}

/** Playwright errors carry a multi-line call log; the first line says what went wrong. */
const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';

/** Waits until the app says the view has rendered, or fails with what the page says went wrong. */
async function waitUntilReady(page: Page): Promise<void> {
  // One selector for both outcomes: no second wait is left pending when the first one wins.
  const root = await page
    .waitForSelector('html[data-ready="true"], html[data-error]', { state: 'attached', timeout: READY_TIMEOUT_MS })
    .catch(() => {
      throw new Error(`not ready after ${READY_TIMEOUT_MS / 1000} s (no data-ready or data-error on <html>)`);
    });
  if ((await root.getAttribute('data-error')) !== null) {
    const alert = await page
      .locator('[role="alert"]')
      .first()
      .innerText({ timeout: 1000 })
      .catch(() => '');
    throw new Error(`the page shows a load error${alert ? `: ${alert.replace(/\s+/g, ' ').trim()}` : ''}`);
  }
}

/** Steadies the page for a deterministic picture: web fonts loaded, no motion, layout settled. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.addStyleTag({ content: FREEZE_CSS });
  await twoFrames(page);
}

/** Two frames: the style recalculation and any ResizeObserver-driven chart re-render land before the capture. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/** Console errors and uncaught exceptions of one page, reported as warnings (they do not fail the shot). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  return errors;
}

/**
 * A long positions table draws only the rows near the window (src/components/table/PositionsTable.tsx,
 * LAZY_ROWS_ABOVE): the window is made as tall as the page, until the page stops growing, so the shot has them all.
 */
async function drawEveryRow(page: Page, width: number, errors: string[]): Promise<void> {
  if ((await page.locator('table.positions.is-long').count()) === 0) return;
  for (let i = 0; i < 5; i++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height <= (page.viewportSize()?.height ?? 0)) return;
    await page.setViewportSize({ width, height });
    await twoFrames(page);
  }
  errors.push('the page was still growing after 5 tries to draw every row of the table: rows may be missing');
}

async function capture(browser: Browser, base: string, shot: Shot, file: string): Promise<string[]> {
  const page = await browser.newPage({
    viewport: { width: shot.width, height: shot.height },
    deviceScaleFactor: shot.scale,
    reducedMotion: 'reduce',
  });
  const errors = collectErrors(page);
  try {
    const url = shotUrl(base, shot);
    await page.goto(url, { timeout: READY_TIMEOUT_MS }).catch((err: unknown) => {
      throw new Error(`cannot open ${url}: ${firstLine(err)}`);
    });
    await waitUntilReady(page);
    await settle(page);
    await drawEveryRow(page, shot.width, errors);
    await page.screenshot({ path: file, fullPage: true });
    return errors;
  } catch (err) {
    // The page's own errors usually explain a failed shot, so they go with it.
    throw new Error([firstLine(err), ...errors.map((e) => `  ${e}`)].join('\n'), { cause: err });
  } finally {
    await page.close();
  }
}

/** Width and height from a PNG's IHDR chunk, which always directly follows the 8-byte signature. */
async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(24), 0, 24, 0);
    if (bytesRead < 24 || buffer.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${display(file)}: not a PNG`);
    return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
  } finally {
    await handle.close();
  }
}

async function launch(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (err) {
    throw new UserError(`cannot start Chromium at ${CHROMIUM} (set CHROMIUM_PATH to another one): ${firstLine(err)}`);
  }
}

/** Takes every shot, even after a failure, and returns how many failed. */
async function captureAll(browser: Browser, base: string, shots: Shot[], out: string): Promise<number> {
  let failed = 0;
  for (const shot of shots) {
    const file = join(out, `${shot.name}.png`);
    try {
      const warnings = await capture(browser, base, shot, file);
      const { width, height } = await pngSize(file);
      console.log(`${display(file)}  ${width}×${height}`);
      for (const w of warnings) console.warn(`  warning: ${shot.name}: ${w}`);
    } catch (err) {
      failed++;
      console.error(`FAILED ${shot.name}: ${(err as Error).message}`);
    }
  }
  return failed;
}

async function main(): Promise<number> {
  const started = performance.now();
  const options = parseOptions(process.argv.slice(2));
  // Config problems are reported before anything is built, served or launched.
  const shots = await loadConfig(options.config);
  await mkdir(options.out, { recursive: true });

  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    let base = options.url;
    if (base === undefined) {
      const root = ensureBuilt(options.dist);
      ({ origin: base, server } = await serve(root));
      console.log(`serving ${display(root)} at ${base}`);
    }
    browser = await launch();
    const failed = await captureAll(browser, base, shots, options.out);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${shots.length - failed} of ${shots.length} screenshots in ${display(options.out)} (${seconds} s)`);
    return failed === 0 ? 0 : 1;
  } finally {
    await browser?.close();
    if (server) await stop(server);
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // Usage and config problems are the user's to fix: the message alone says what and where.
    console.error(
      err instanceof UserError
        ? err.message
        : `error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    process.exit(1);
  },
);
