import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { expect, LATEST, longDate, open, settled, test } from './fixtures';
import { ORIGIN } from './servers';

// A newsroom page on another origin (another port), embedding the dashboard served at baseURL.
const DASHBOARD = `${ORIGIN}/`;
const PYM = readFileSync(resolve(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.min.js'));
const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;
const TITLE = dataset.meta.title;
/** The footer's sources line: every outlet once, in the dataset's order. */
const SOURCES = `Sources: ${[...new Set(dataset.sources.map((s) => s.outlet))].join('; ')}.`;

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

for (const [name, path] of [
  ['the host script', '/host-script.html'],
  ['pym.js', '/pym.html'],
] as const) {
  test(`with ${name}, the iframe height follows the content as filters change`, async ({ page }) => {
    await page.goto(`${host}${path}`);
    const frame = await dashboardFrame(page);
    await expect(
      frame.getByRole('heading', { name: 'Where each pair of parties overlaps or conflicts' }),
    ).toBeVisible();
    await expectFitted(page, frame);
    const before = (await heights(page, frame)).outer;

    // Fewer issues: the matrix, and so the frame, gets shorter.
    await frame.getByRole('checkbox', { name: 'Economy' }).check();
    await expect(frame.getByRole('rowheader')).toHaveCount(
      dataset.issues.filter((i) => i.category === 'economy').length,
    );
    await expectFitted(page, frame);
    const after = (await heights(page, frame)).outer;
    expect(after).toBeLessThan(before - 200);

    await frame.getByRole('checkbox', { name: 'Economy' }).uncheck();
    await expect(frame.getByRole('rowheader')).toHaveCount(dataset.issues.length);
    await expectFitted(page, frame);
  });
}

test('the embed has no dashboard chrome and links to the full dashboard in the same state', async ({
  page,
  context,
}) => {
  await open(page, '?embed=1&view=matrix&parties=ukraine,russia&sort=conflicts&asOf=2022-03-15');
  await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

  // The footer: sources, credit, and the date in force (the chosen as-of, not the dataset's latest).
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(SOURCES);
  await expect(footer).toContainText(dataset.meta.credit);
  await expect(footer).toContainText('Positions as of 15 March 2022;');
  await expect(page.getByTestId('as-of')).toHaveText('15 March 2022');

  const link = footer.getByRole('link', { name: 'Open the full dashboard (opens in a new tab)' });
  await expect(link).toHaveAttribute('target', '_blank');
  const href = new URL((await link.getAttribute('href')) ?? '', page.url());
  expect(href.searchParams.get('view')).toBe('matrix');
  expect(href.searchParams.get('parties')).toBe('ukraine,russia');
  expect(href.searchParams.get('sort')).toBe('conflicts');
  expect(href.searchParams.get('asOf')).toBe('2022-03-15');
  expect(href.searchParams.has('embed')).toBe(false);

  // Following it opens a new tab with the full dashboard in the same state; the embed stays where it was.
  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await settled(full);
  expect(new URL(full.url()).origin).toBe(ORIGIN);
  await expect(full.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(full.getByRole('heading', { name: 'Where each pair of parties overlaps or conflicts' })).toBeVisible();
  await expect(full.getByTestId('as-of')).toHaveText('15 March 2022');
  await expect(full.getByRole('columnheader', { name: 'Ukraine – Russia' })).toBeVisible();
  await expect(full.getByRole('columnheader')).toHaveCount(3);
  await expect(full.getByRole('columnheader', { name: /Conflicts/ })).toHaveAttribute('aria-sort', 'descending');
  expect(page.url()).toContain('embed=1');
  await full.close();
});

const SNIPPETS = { responsive: 'Responsive iframe (recommended)', pym: 'pym.js', frozen: 'Frozen' } as const;

/** The snippet the Embed dialog offers under `label` for the page's current state, opening the dialog if needed. */
async function snippetOf(page: Page, label: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Embed' }).click();
  return dialog.getByRole('group', { name: label }).getByRole('textbox').inputValue();
}

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

const params = (frame: Frame) => Object.fromEntries(new URL(frame.url()).searchParams);

test('the responsive snippet, pasted into a blank page, reproduces the same state', async ({ page, context }) => {
  await open(page, '?view=matrix&parties=ukraine,russia&asOf=2022-03-15');
  const snippet = await snippetOf(page, SNIPPETS.responsive);
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain(`title="${TITLE} — Overlap matrix"`);
  expect(snippet).toContain('embed.js');

  const { blank, frame, errors } = await paste(context, snippet);
  await expect(blank.locator('iframe')).toHaveAttribute('title', `${TITLE} — Overlap matrix`);
  await expect(frame.getByTestId('as-of')).toHaveText('15 March 2022');
  await expect(frame.getByRole('columnheader', { name: 'Ukraine – Russia' })).toBeVisible();
  await expect(frame.getByRole('columnheader')).toHaveCount(3);
  await expectFitted(blank, frame);
  expect(errors).toEqual([]);
});

test('the pym.js snippet, pasted into a blank page on another origin, loads pym and reproduces the same state', async ({
  page,
  context,
}) => {
  await open(page, '?view=matrix&parties=ukraine,russia&sort=conflicts&asOf=2022-03-15');
  const snippet = await snippetOf(page, SNIPPETS.pym);

  const { blank, frame, errors } = await paste(context, snippet);
  // pym built the iframe in the snippet's container: its address carries pym's childId and the state, and it has the
  // snippet's title.
  const iframe = blank.locator('#overlap-dashboard-matrix > iframe');
  await expect(iframe).toHaveAttribute('title', `${TITLE} — Overlap matrix`);
  expect(Object.fromEntries(new URL((await iframe.getAttribute('src')) ?? '').searchParams)).toMatchObject({
    embed: '1',
    view: 'matrix',
    parties: 'ukraine,russia',
    sort: 'conflicts',
    asOf: '2022-03-15',
    childId: 'overlap-dashboard-matrix',
  });
  await expect(frame.getByRole('heading', { name: 'Where each pair of parties overlaps or conflicts' })).toBeVisible();
  await expect(frame.getByTestId('as-of')).toHaveText('15 March 2022');
  await expect(frame.getByRole('columnheader', { name: 'Ukraine – Russia' })).toBeVisible();
  await expect(frame.getByRole('columnheader')).toHaveCount(3);
  await expect(frame.getByRole('columnheader', { name: /Conflicts/ })).toHaveAttribute('aria-sort', 'descending');
  // pym sizes the frame from the dashboard's messages.
  await expectFitted(blank, frame);
  expect(errors).toEqual([]);
});

test('the frozen snippet pins the view and the date: when the dataset grows, it stays put while the live one moves on', async ({
  page,
  context,
}) => {
  const LATER = `${Number(LATEST.slice(0, 4)) + 1}-09-01`;
  await open(page, '?view=timeline&issues=nato-membership&parties=ukraine,russia');
  await expect(page.getByTestId('as-of')).toHaveText(longDate(LATEST));
  const frozen = await snippetOf(page, SNIPPETS.frozen);
  const live = await snippetOf(page, SNIPPETS.responsive);

  // After the article is published, a newer position is added to the dataset.
  const first = dataset.positions[0];
  if (first === undefined) throw new Error('empty dataset');
  const grown = JSON.stringify({
    ...dataset,
    positions: [...dataset.positions, { ...first, id: 'added-after-publication', date: LATER }],
  });
  let served = 0;
  const growDataset = (blank: Page) =>
    blank.route(`${ORIGIN}/data/dataset.json`, (route) => {
      served++;
      return route.fulfill({ contentType: 'application/json', body: grown });
    });

  const pinned = await paste(context, frozen, growDataset);
  expect(params(pinned.frame)).toMatchObject({
    embed: '1',
    view: 'timeline',
    asOf: LATEST,
    issues: 'nato-membership',
    parties: 'ukraine,russia',
  });
  await expect(
    pinned.frame.getByRole('heading', { name: 'NATO membership: each party’s stance over time' }),
  ).toBeVisible();
  await expect(pinned.frame.getByTestId('as-of')).toHaveText(longDate(LATEST));
  await expect(pinned.frame.getByRole('contentinfo')).toContainText(`Positions as of ${longDate(LATEST)};`);
  await expectFitted(pinned.blank, pinned.frame);
  expect(pinned.errors).toEqual([]);

  const moving = await paste(context, live, growDataset);
  expect('asOf' in params(moving.frame)).toBe(false);
  await expect(
    moving.frame.getByRole('heading', { name: 'NATO membership: each party’s stance over time' }),
  ).toBeVisible();
  await expect(moving.frame.getByTestId('as-of')).toHaveText(longDate(LATER));
  await expect(moving.frame.getByRole('contentinfo')).toContainText(`Positions as of ${longDate(LATER)};`);
  expect(moving.errors).toEqual([]);
  expect(served).toBe(2);
});

test('each copy button puts its own snippet, exactly, on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  // No asOf= in the address, so the frozen snippet (which pins the date) differs from the live one.
  await open(page, '?view=agreement&parties=ukraine,nato');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const copied: string[] = [];
  for (const label of Object.values(SNIPPETS)) {
    const field = dialog.getByRole('group', { name: label });
    const snippet = await field.getByRole('textbox').inputValue();
    expect(snippet).toContain('parties=ukraine%2Cnato');
    await field.getByRole('button', { name: 'Copy' }).click();
    await expect(field.getByRole('status')).toHaveText('Copied.');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard, label).toBe(snippet);
    copied.push(clipboard);
  }
  expect(new Set(copied).size).toBe(3);
});

test.describe('read in Ukrainian', () => {
  test.use({ locale: 'uk-UA' });

  test('the snippet keeps the language the editor reads, with the view named in it', async ({ page, context }) => {
    // No lang= in the address: the dashboard follows the browser, which an embed never does.
    await open(page, '?view=matrix&parties=ukraine,russia');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await page.getByRole('button', { name: 'Вбудувати' }).click();
    const dialog = page.getByRole('dialog', { name: 'Вбудувати цей розділ' });
    const snippet = await dialog
      .getByRole('group', { name: 'Адаптивний iframe (рекомендовано)' })
      .getByRole('textbox')
      .inputValue();
    const ukTitle = dataset.meta.translations?.uk?.title ?? '';
    expect(snippet).toContain(`title="${ukTitle} — Матриця збігів"`);

    const { blank, frame, errors } = await paste(context, snippet);
    expect(params(frame).lang).toBe('uk');
    await expect(blank.locator('iframe')).toHaveAttribute('title', `${ukTitle} — Матриця збігів`);
    await expect(frame.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(ukTitle);
    expect(errors).toEqual([]);
  });
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

test('in an embed, the detail card opens beside the cell that opened it, not far off in the frame', async ({
  page,
}) => {
  await page.goto(`${host}/host-script.html`);
  const frame = await dashboardFrame(page);
  await expectFitted(page, frame);
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

test('messages from the host cannot change the dashboard', async ({ page }) => {
  await page.goto(`${host}/host-script.html`);
  const frame = await dashboardFrame(page);
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
});

test('theme=auto follows the reader’s colour scheme; theme=dark and transparent=1 apply', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '?embed=1&theme=auto');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await open(page, '?embed=1&theme=dark&transparent=1');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgba(0, 0, 0, 0)');
  const ink = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(ink).toBe('rgb(236, 236, 236)');
});
