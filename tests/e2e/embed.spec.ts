import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { expect, open, settled, test } from './fixtures';
import { ORIGIN } from './servers';

// What needs a real browser: iframes on another origin, their sizing (host script, pym.js), messages between frames,
// sandboxes and the clipboard. What an embed shows and which state a snippet carries (chrome, footer, the link to the
// full dashboard, frozen and live snippets, the Ukrainian snippet, theme=) are component tests in
// tests/component/EmbedPage.test.tsx; the computed colours of theme=dark&transparent=1 are checked in hostile.spec.ts.

// A newsroom page on another origin (another port), embedding the dashboard served at baseURL.
const DASHBOARD = `${ORIGIN}/`;
const PYM = readFileSync(resolve(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.min.js'));
const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;
const TITLE = dataset.meta.title;

const article = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Article</title><style>body{margin:0;font:16px sans-serif}</style></head><body><p style="height:120px">Article text above the graphic.</p>${body}<p>Article text below.</p></body></html>`;

const PAGES: Record<string, string> = {
  '/host-script.html': article(
    `<iframe id="graphic" src="${DASHBOARD}?embed=1&controls=1&view=matrix" title="Graphic" width="100%" height="300" style="width:100%;border:0"></iframe><script src="${DASHBOARD}embed.js" async></script>`,
  ),
  '/pym.html': article(
    `<div id="graphic"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('graphic', '${DASHBOARD}?embed=1&controls=1&view=matrix', {});</script>`,
  ),
  '/sandbox-opaque.html': article(
    `<iframe sandbox="allow-scripts allow-popups" src="${DASHBOARD}?embed=1&view=matrix" title="Graphic" width="100%" height="600" style="width:100%;border:0"></iframe><script src="${DASHBOARD}embed.js"></script>`,
  ),
  '/sandbox-same-origin.html': article(
    `<iframe sandbox="allow-scripts allow-same-origin allow-popups" src="${DASHBOARD}?embed=1&view=agreement" title="Graphic" width="100%" height="600" style="width:100%;border:0"></iframe><script src="${DASHBOARD}embed.js"></script>`,
  ),
  '/blank.html': '<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>',
  // A sibling frame (an ad, a widget) that tries to talk to the dashboard frame directly.
  '/forger.html': article(
    `<script>window.heights = []; addEventListener('message', function (e) { if (typeof e.data === 'string' && e.data.indexOf('xPYMxheightxPYMx') > 0) heights.push(Number(e.data.split('xPYMx').pop())); });</script>` +
      `<iframe id="graphic" src="${DASHBOARD}?embed=1&view=matrix&childId=graphic" title="Graphic" width="100%" height="900" style="width:100%;border:0"></iframe><iframe id="forger" src="/forger-frame.html" title="Other widget" width="10" height="10"></iframe>`,
  ),
  '/forger-frame.html': `<!doctype html><html><head><meta charset="utf-8"><title>Widget</title></head><body><script>
    window.forge = function () {
      var target = parent.frames[0];
      var messages = ['pymxPYMxgraphicxPYMxwidthxPYMx320', { sentinel: 'overlap-dashboard', type: 'height', height: 1 },
        { type: 'setState', view: 'table' }, '{"view":"table"}', 42, null, [1, 2], { __proto__: { view: 'table' } }];
      for (var i = 0; i < messages.length; i++) target.postMessage(messages[i], '*');
    };
  </script></body></html>`,
};

let server: Server;
let host = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path === '/pym.v1.min.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(PYM);
    const page = PAGES[path];
    if (page === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

const dashboardFrame = async (page: Page): Promise<Frame> => {
  await expect
    .poll(
      () =>
        page
          .frames()
          .find((f) => f.url().startsWith(DASHBOARD))
          ?.url() ?? null,
    )
    .not.toBeNull();
  const frame = page.frames().find((f) => f.url().startsWith(DASHBOARD));
  if (!frame) throw new Error('no dashboard frame');
  await settled(frame);
  return frame;
};

/** Height of the iframe element on the host page vs the height of the document inside it. */
async function heights(page: Page, frame: Frame) {
  const outer = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const scrolls = await frame.evaluate(
    () => document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
  );
  return { outer, inner, scrolls };
}

/** Once the content settles, the frame is as tall as its content (within 2 px) and does not scroll inside. */
async function expectFitted(page: Page, frame: Frame) {
  await expect
    .poll(async () => {
      const h = await heights(page, frame);
      return { fits: Math.abs(h.outer - h.inner) <= 2, scrolls: h.scrolls };
    })
    .toEqual({ fits: true, scrolls: false });
}

/** Fewer issues make the matrix, and so the frame, shorter; all issues again, and it grows back. */
async function followsFilters(page: Page, frame: Frame): Promise<void> {
  await expect(frame.getByRole('heading', { name: 'Where each pair of parties overlaps or conflicts' })).toBeVisible();
  await expectFitted(page, frame);
  const before = (await heights(page, frame)).outer;
  await frame.getByRole('checkbox', { name: 'Economy' }).check();
  await expect(frame.getByRole('rowheader')).toHaveCount(dataset.issues.filter((i) => i.category === 'economy').length);
  await expectFitted(page, frame);
  expect((await heights(page, frame)).outer).toBeLessThan(before - 200);
  await frame.getByRole('checkbox', { name: 'Economy' }).uncheck();
  await expect(frame.getByRole('rowheader')).toHaveCount(dataset.issues.length);
  await expectFitted(page, frame);
}

test('with the host script: the height follows filters, the detail card opens beside its cell, host messages change nothing', async ({
  page,
}) => {
  await page.goto(`${host}/host-script.html`);
  const frame = await dashboardFrame(page);
  await followsFilters(page, frame);

  // Messages from the host cannot change the dashboard.
  const before = await frame.locator('main').innerText();
  await page.evaluate(() => {
    const target = document.querySelector('iframe')?.contentWindow;
    for (const message of [
      { sentinel: 'overlap-dashboard', type: 'height', height: 5 },
      { type: 'setState', view: 'table' },
      'pymxPYMxgraphicxPYMxwidthxPYMx320',
      '{"view":"table"}',
      null,
    ])
      target?.postMessage(message, '*');
  });
  await page.waitForTimeout(300);
  expect(await frame.locator('main').innerText()).toBe(before);
  await expectFitted(page, frame);

  // In an embed, the detail card opens beside the cell that opened it, not far off in the frame.
  const cell = frame.getByRole('button', { name: /^Russia and NATO on Sanctions relief: / });
  await cell.click();
  const dialog = frame.getByRole('dialog', { name: 'Sanctions relief' });
  await expect(dialog).toBeVisible();
  // Near the foot of the frame the card is lifted to fit, but it still spans the cell's row.
  const [cellBox, dialogBox] = [await cell.boundingBox(), await dialog.boundingBox()];
  if (!cellBox || !dialogBox) throw new Error('no boxes');
  expect(cellBox.y).toBeGreaterThan(dialogBox.y);
  expect(cellBox.y).toBeLessThan(dialogBox.y + dialogBox.height);
  await expect(dialog.locator('article .summary').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Close details' }).click();
  // Near the top it opens level with the cell.
  const top = frame.getByRole('button', { name: /^Ukraine and Russia on NATO membership: / });
  await top.click();
  const topBox = await top.boundingBox();
  const card = await frame.getByRole('dialog', { name: 'NATO membership' }).boundingBox();
  expect(Math.abs((card?.y ?? 0) - (topBox?.y ?? 0))).toBeLessThan(60);
});

test('with pym.js, the iframe height follows the content as filters change', async ({ page }) => {
  await page.goto(`${host}/pym.html`);
  await followsFilters(page, await dashboardFrame(page));
});

const SNIPPETS = { responsive: 'Responsive iframe (recommended)', pym: 'pym.js', frozen: 'Frozen' } as const;

interface Pasted {
  blank: Page;
  frame: Frame;
  /** Console and page errors of the host page and the frame. */
  errors: string[];
}

/**
 * A blank article page on the host's origin with `snippet` pasted into its body, as an editor would. `prepare` runs
 * first, to set up routes. pym.js's CDN copy is answered with npm's `pym.js`, the same library, so nothing leaves
 * the machine.
 */
async function paste(
  context: BrowserContext,
  snippet: string,
  prepare?: (blank: Page) => Promise<unknown>,
): Promise<Pasted> {
  const blank = await context.newPage();
  const errors: string[] = [];
  blank.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  blank.on('pageerror', (e) => errors.push(e.message));
  await blank.route('https://pym.nprapps.org/pym.v1.min.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: PYM }),
  );
  await prepare?.(blank);
  await blank.goto(`${host}/blank.html`);
  await blank.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body>${snippet}</body></html>`,
  );
  expect(new URL(blank.url()).origin).not.toBe(ORIGIN);
  return { blank, frame: await dashboardFrame(blank), errors };
}

test('the snippets: each copy button puts its own on the clipboard; pasted on another origin, responsive and pym.js frames load and fit', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  // No asOf= in the address, so the frozen snippet (which pins the date) differs from the live one.
  await open(page, '?view=matrix&parties=ukraine,russia&sort=conflicts');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const copied: string[] = [];
  for (const label of Object.values(SNIPPETS)) {
    const field = dialog.getByRole('group', { name: label });
    const snippet = await field.getByRole('textbox').inputValue();
    expect(snippet).toContain('parties=ukraine%2Crussia');
    await field.getByRole('button', { name: 'Copy' }).click();
    await expect(field.getByRole('status')).toHaveText('Copied.');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard, label).toBe(snippet);
    copied.push(clipboard);
  }
  expect(new Set(copied).size).toBe(3);
  const [responsive, pym] = copied;

  // The responsive snippet, pasted into a blank page on another origin: the frame loads the state and fits.
  const pasted = await paste(context, responsive ?? '');
  await expect(pasted.blank.locator('iframe')).toHaveAttribute('title', `${TITLE} — Overlap matrix`);
  await expect(pasted.frame.getByRole('columnheader', { name: 'Ukraine – Russia' })).toBeVisible();
  await expect(pasted.frame.getByRole('columnheader')).toHaveCount(3);
  await expectFitted(pasted.blank, pasted.frame);
  expect(pasted.errors).toEqual([]);

  // The pym.js snippet loads pym, which builds the iframe in the snippet's container: its address carries pym's
  // childId and the state, and it has the snippet's title; pym sizes the frame from the dashboard's messages.
  const viaPym = await paste(context, pym ?? '');
  const iframe = viaPym.blank.locator('#overlap-dashboard-matrix > iframe');
  await expect(iframe).toHaveAttribute('title', `${TITLE} — Overlap matrix`);
  expect(Object.fromEntries(new URL((await iframe.getAttribute('src')) ?? '').searchParams)).toMatchObject({
    embed: '1',
    view: 'matrix',
    parties: 'ukraine,russia',
    sort: 'conflicts',
    childId: 'overlap-dashboard-matrix',
  });
  await expect(
    viaPym.frame.getByRole('heading', { name: 'Where each pair of parties overlaps or conflicts' }),
  ).toBeVisible();
  await expect(viaPym.frame.getByRole('columnheader', { name: /Conflicts/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expectFitted(viaPym.blank, viaPym.frame);
  expect(viaPym.errors).toEqual([]);
});

for (const [label, path, heading] of [
  [
    'allow-scripts allow-popups (opaque origin, CORS)',
    '/sandbox-opaque.html',
    'Where each pair of parties overlaps or conflicts',
  ],
  [
    'allow-scripts allow-same-origin allow-popups',
    '/sandbox-same-origin.html',
    'Agreement index of each pair of parties',
  ],
] as const) {
  test(`a sandboxed embed loads with ${label}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${host}${path}`);
    const frame = await dashboardFrame(page);
    await expect(frame.getByRole('heading', { name: heading })).toBeVisible();
    await expectFitted(page, frame);
    expect(errors).toEqual([]);
  });
}

test('messages from a sibling frame (not the parent) are ignored', async ({ page }) => {
  await page.goto(`${host}/forger.html`);
  const frame = await dashboardFrame(page);
  const announced = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights.slice());
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  // The dashboard announces its height on every change (fonts arriving move it by a pixel or two): wait until the
  // last announcement is the settled height, so anything announced after the forgery is an answer to it.
  await expect.poll(async () => (await announced()).at(-1) === (await contentHeight())).toBe(true);
  const height = (await announced()).at(-1);
  const seen = (await announced()).length;
  const answers = async () => (await announced()).slice(seen).filter((h) => h === height);
  const before = await frame.locator('main').innerText();

  const forger = page.frames().find((f) => f.url().endsWith('/forger-frame.html'));
  if (!forger) throw new Error('no forger frame');
  await forger.evaluate(() => (window as unknown as { forge: () => void }).forge());
  await page.waitForTimeout(300);
  expect(await frame.locator('main').innerText()).toBe(before);
  // pym's width ping from a non-parent does not even make the dashboard re-announce its height…
  expect(await answers()).toEqual([]);
  // …while the same ping from the parent does (so the recorder is really listening).
  await page.evaluate(() =>
    document.querySelector('iframe')?.contentWindow?.postMessage('pymxPYMxgraphicxPYMxwidthxPYMx320', '*'),
  );
  await expect.poll(answers).toEqual([height]);
});
