import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DIST as BUILT } from './servers';
import { ORIGIN } from './servers';

/** The Content-Security-Policy documented in the README ("Security and hosting"). */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const DIST = resolve(import.meta.dirname, '../..', BUILT);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(DIST, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, {
            'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
            'Content-Security-Policy': CSP,
          })
          .end(body),
      () => res.writeHead(404, { 'Content-Security-Policy': CSP }).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('under the strict CSP, every view, an export and the embed mode run with zero violations', async ({ page }) => {
  const violations = await watchCsp(page);
  for (const query of [
    '',
    '?view=matrix',
    '?view=agreement',
    '?view=timeline',
    '?view=distribution',
    '?view=table',
    '?embed=1&controls=1&view=matrix',
    '?lang=uk&view=agreement',
    '?view=method&lang=ru',
  ]) {
    await page.goto(`${origin}/${query}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    expect(await violations(), query).toEqual([]);
  }
  // An export: fonts fetched, SVG drawn to a canvas from a blob: URL, PNG downloaded.
  await page.goto(`${origin}/?view=agreement`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download PNG/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
  await expect(page.getByRole('status').filter({ hasText: 'PNG saved' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

/** Deterministic junk: a tiny PRNG, so a failure can be reproduced from the test output. */
function junkQueries(count: number, seed = 42): string[] {
  let s = seed;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const keys = [
    'view',
    'parties',
    'issues',
    'categories',
    'stances',
    'attribution',
    'from',
    'to',
    'asOf',
    'q',
    'group',
    'sort',
    'lang',
    'theme',
    'embed',
    'controls',
    'transparent',
    'childId',
    'data',
    '',
    '%',
    '__proto__',
    'constructor',
    'view[]',
  ];
  const values = [
    '',
    '%',
    '%zz',
    '%E0%A4%A',
    '+',
    '&&',
    '==',
    'table,matrix',
    'ukraine,,,russia',
    '2024-02-30',
    '9999-99-99',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'data:text/html,x',
    '\u202e\u200b',
    'ü🙂',
    'null',
    'undefined',
    '{"a":1}',
    'a'.repeat(5000),
    'x,'.repeat(300),
    '../../etc/passwd',
    'https://evil.example/x.json',
    '-1',
    'NaN',
  ];
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(rand() * 5);
    return Array.from(
      { length: n },
      () => `${pick(keys)}${rand() < 0.1 ? '' : '='}${rand() < 0.5 ? pick(values) : encodeURIComponent(pick(values))}`,
    ).join(rand() < 0.1 ? ';' : '&');
  });
}

test('200 malformed query strings each load a usable dashboard with no page error', async ({ browser }) => {
  // 200 page loads in 6 lanes beside the other worker: about 2 minutes alone, 3 on a shared CI machine. A time limit
  // here catches a hang, not slowness (npm run bench measures that).
  test.setTimeout(300_000);
  const queries = junkQueries(200);
  const failures: string[] = [];
  const lanes = 6;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      const context = await browser.newContext({ baseURL: ORIGIN });
      const page = await context.newPage();
      let current = '';
      page.on('pageerror', (e) => failures.push(`${current}: ${e.message}`));
      for (let i = lane; i < queries.length; i += lanes) {
        current = queries[i] ?? '';
        await page.goto(`/?${current}`, { waitUntil: 'domcontentloaded' });
        // Either the dashboard or, for a refused data= URL, the clear error panel: never a blank page.
        await expect(page.locator('html[data-ready="true"], html[data-error="true"]')).toHaveCount(1, {
          timeout: 15_000,
        });
        const heading = await page.getByRole('heading', { level: 1 }).count();
        if (heading !== 1) failures.push(`${current}: no heading`);
      }
      await context.close();
    }),
  );
  expect(failures).toEqual([]);
});

const PAYLOAD = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';

test('HTML and script in every text field of a dataset render as inert text', async ({ page }) => {
  const base = JSON.parse(
    await readFile(resolve(import.meta.dirname, '../fixtures/four-parties.json'), 'utf8'),
  ) as Record<string, unknown>;
  // shortName is left out: its 40-character limit is shorter than the payload.
  const TEXT = new Set([
    'title',
    'description',
    'credit',
    'name',
    'role',
    'proposition',
    'quote',
    'summary',
    'conditions',
    'note',
    'outlet',
    'headline',
  ]);
  const poison = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(poison);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          TEXT.has(k) && typeof v === 'string' ? `${v} ${PAYLOAD}` : poison(v),
        ]),
      );
    return value;
  };
  const body = JSON.stringify(poison(base));
  await page.route('**/poisoned.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  for (const view of ['compare', 'table', 'matrix', 'agreement', 'timeline', 'distribution']) {
    await page.goto(`/?view=${view}&data=poisoned.json`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>window.pwned=1</script>');
  await page.goto('/?view=table&data=poisoned.json');
  await page.locator('button.expander').first().click();
  await expect(page.locator('.detail-row blockquote')).toContainText('onerror="window.pwned=1"');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
