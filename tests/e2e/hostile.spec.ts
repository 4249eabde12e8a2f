import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { uk } from '../../src/i18n/uk';
import { junkQueries } from '../fixtures/junkQueries';
import { expect, settled, test } from './fixtures';
import { DIST as BUILT } from './servers';

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

test('under the strict CSP, every view, both other languages, an export and the embed mode run with zero violations', async ({
  page,
}) => {
  const violations = await watchCsp(page);
  // One load, then every view and language in the page: each view's code, styles and fonts arrive as a reader's would.
  await page.goto(`${origin}/`);
  await settled(page);
  for (const view of ['matrix', 'agreement', 'timeline', 'distribution', 'table'] as const) {
    await page.getByRole('button', { name: en.views[view], exact: true }).click();
    await expect(page.getByRole('button', { name: en.views[view], exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await settled(page);
    expect(await violations(), view).toEqual([]);
  }
  // An export: fonts fetched, SVG drawn to a canvas from a blob: URL, PNG downloaded.
  await page.getByRole('button', { name: en.views.agreement, exact: true }).click();
  await settled(page);
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download PNG/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
  await expect(page.getByRole('status').filter({ hasText: 'PNG saved' })).toBeVisible();
  expect(await violations(), 'export').toEqual([]);
  await page.keyboard.press('Escape');
  for (const [lang, previous] of [
    ['uk', en],
    ['ru', uk],
  ] as const) {
    await page.getByRole('combobox', { name: previous.app.language }).selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await settled(page);
    expect(await violations(), lang).toEqual([]);
  }
  // The methodology page, in Russian (its prose is fetched with it).
  await page.getByRole('banner').getByRole('link', { name: ru.header.methodology }).click();
  await expect(page).toHaveURL(/view=method/);
  await settled(page);
  expect(await violations(), 'method').toEqual([]);

  // The embed mode, with controls, dark and transparent: theme=dark&transparent=1 apply their colours.
  await page.goto(`${origin}/?embed=1&controls=1&view=matrix&theme=dark&transparent=1`);
  await settled(page);
  expect(await violations(), 'embed').toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(236, 236, 236)');
});

test('a sample of malformed query strings, as the browser hands them over, each load a usable dashboard', async ({
  page,
}) => {
  // The 200 seeded queries go through every boot step in tests/unit/property/hostileQueries.test.ts, and a sample is
  // booted in jsdom in tests/component/ErrorsHostileData.test.tsx. Here, four of them in Chromium: one refused data=
  // URL (the error panel), the longest, one with a broken percent-escape and one with ";" separators.
  const queries = junkQueries(200);
  const sample = [
    queries.find((q) => q.includes('evil.example')),
    [...queries].sort((a, b) => b.length - a.length)[0],
    queries.find((q) => /%(E0|zz)/.test(q) && !q.includes('data=')),
    queries.find((q) => q.includes(';') && !q.includes('data=')),
  ];
  for (const query of sample) {
    expect(query).toBeDefined();
    await page.goto(`/?${query ?? ''}`, { waitUntil: 'domcontentloaded' });
    // Either the dashboard or, for a refused data= URL, the clear error panel: never a blank page.
    await expect(page.locator('html[data-ready="true"], html[data-error="true"]'), query).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 }), query).toHaveCount(1);
  }
});

test('a shared link’s tracking tags (utm_source, fbclid, gclid) change nothing, say nothing and leave the address', async ({
  page,
}) => {
  await page.goto('/?view=matrix&utm_source=facebook&utm_medium=social&fbclid=IwAR0abc-DEF_123&gclid=Cj0KCQ&lang=uk');
  await settled(page);
  await expect(page.getByRole('heading', { name: uk.matrix.title })).toBeVisible();
  await expect(page.getByText(uk.notices.heading)).toHaveCount(0);
  // The page's own parameters stay; the tags are gone from the address it writes back on the reader's first change.
  await page.getByRole('button', { name: uk.matrix.conflicts, exact: true }).click();
  await expect(page).toHaveURL(/\?view=matrix&.*lang=uk/);
  expect(page.url()).not.toMatch(/utm_|fbclid|gclid/);
});
