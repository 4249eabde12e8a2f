import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../src/data/schema';
import { resolveAsOf, stanceKey } from '../../src/lib/asOf';
import { expect, open, test, urlParam } from './fixtures';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;

const VIEWS = [
  { view: 'matrix', tab: 'Overlap matrix', heading: 'Where each pair of parties overlaps or conflicts' },
  { view: 'agreement', tab: 'Agreement', heading: 'Agreement index of each pair of parties' },
  { view: 'timeline', tab: 'Timeline', heading: 'NATO membership: each party’s stance over time' },
  { view: 'distribution', tab: 'Distribution', heading: 'How many parties support or oppose each proposition' },
];

for (const { view, tab, heading } of VIEWS) {
  test(`the ${view} view opens from its URL and from the navigation, with a summary sentence`, async ({ page }) => {
    await open(page, `?view=${view}`);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.locator('.chart-summary').first()).toHaveText(/^As of 14 June 2024, /);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByRole('button', { name: tab, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await urlParam(page, 'view').toBe(view);
  });
}

test('a matrix cell opens the two positions behind it, with their quotes', async ({ page }) => {
  await open(page, '?view=matrix');
  const current = resolveAsOf(dataset.positions, '2024-06-14');
  const ua = current.get(stanceKey('ukraine', 'nato-membership'));
  const ru = current.get(stanceKey('russia', 'nato-membership'));
  if (!ua?.quote || !ru?.quote) throw new Error('bundled data lacks the expected quotes');

  await page.getByRole('button', { name: 'Ukraine and Russia on NATO membership: Conflict. Show why' }).click();
  const dialog = page.getByRole('dialog', { name: 'NATO membership' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Ukraine: .*Supports/ })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Russia: .*Opposes/ })).toBeVisible();
  await expect(dialog.locator('blockquote')).toHaveText([`“${ua.quote}”Wording of the report, not of the speaker.`, `“${ru.quote}”Wording of the report, not of the speaker.`]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the matrix sorts by conflict count and keeps the order in the URL', async ({ page }) => {
  await open(page, '?view=matrix');
  await page.getByRole('button', { name: /Conflicts/ }).click();
  await expect(page.getByRole('columnheader', { name: /Conflicts/ })).toHaveAttribute('aria-sort', 'descending');
  const counts = (await page.locator('.matrix-table tbody td.count-col').allTextContents()).map((t) => Number.parseInt(t, 10));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await urlParam(page, 'sort').toBe('conflicts');
});

test('the NATO membership timeline: Ukraine supports in 2021, stops seeking membership in March 2022, supports again by June 2024; Russia opposes throughout', async ({ page }) => {
  await open(page, '?view=timeline&issues=nato-membership');
  const markers = page.getByRole('button', { name: /Show the source$/ });
  await expect(markers.first()).toBeVisible();
  const ukraine = await page.getByRole('button', { name: /^Ukraine, / }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(ukraine).toEqual([
    'Ukraine, 6 April 2021: Supports. Show the source',
    'Ukraine, 15 March 2022: Opposes. Show the source',
    'Ukraine, 29 March 2022: Opposes (reported). Show the source',
    'Ukraine, 14 June 2024: Supports (reported). Show the source',
  ]);
  const russia = await page.getByRole('button', { name: /^Russia, / }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(russia.length).toBeGreaterThanOrEqual(3);
  for (const label of russia) expect(label).toMatch(/: Opposes/);

  // Drawn, not only labelled: the 2022 marker sits lower than the 2021 and 2024 ones.
  const y = async (name: string) => (await page.getByRole('button', { name: new RegExp(`^Ukraine, ${name}`) }).boundingBox())?.y ?? Number.NaN;
  const [y2021, y2022, y2024] = [await y('6 April 2021'), await y('15 March 2022'), await y('14 June 2024')];
  expect(y2022).toBeGreaterThan(y2021);
  expect(y2022).toBeGreaterThan(y2024);
  await expect(markers.first()).toBeVisible();

  // Hover shows the quote; Enter on a focused marker opens its source.
  const zelensky = dataset.positions.find((p) => p.id === 'ua-nato-membership-2022-03-15');
  await page.getByRole('button', { name: /^Ukraine, 15 March 2022/ }).hover();
  await expect(page.getByRole('tooltip')).toContainText(zelensky?.quote?.slice(0, 40) ?? 'missing');
  await page.getByRole('button', { name: /^Ukraine, 15 March 2022/ }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(zelensky?.quote ?? 'missing');
  await expect(dialog).toContainText('Source:');
});

test('playing through time steps the as-of date and changes the matrix', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?view=matrix&asOf=2021-04-02');
  const cell = page.getByRole('button', { name: /^Ukraine and Russia on NATO membership: / });
  await expect(cell).toHaveAccessibleName(/No basis/);
  await page.getByRole('button', { name: 'Play through the dates' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // 6 April 2021: Ukraine supports, Russia opposes.
  await expect(page.getByTestId('as-of')).toHaveText('6 April 2021', { timeout: 5000 });
  await expect(cell).toHaveAccessibleName(/Conflict/);
  // 15 March 2022 (after intermediate dates): both oppose.
  await expect(cell).toHaveAccessibleName(/Overlap/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await page.getByTestId('as-of').textContent();
  await page.waitForTimeout(1600);
  await expect(page.getByTestId('as-of')).toHaveText(paused ?? '');
  await urlParam(page, 'asOf').not.toBe('2021-04-02');
});

test('agreement bars and distribution segments open the positions behind them, by keyboard', async ({ page }) => {
  // Without motion, so no entry animation re-renders a bar while it holds the focus.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?view=agreement');
  await page.getByRole('button', { name: /^Ukraine – NATO: agreement index/ }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ukraine and NATO and allies' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('blockquote').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Distribution', exact: true }).click();
  const segment = page.getByRole('button', { name: /^NATO membership: 1 of 3 parties oppose/ });
  await segment.focus();
  await page.keyboard.press('Enter');
  const issue = page.getByRole('dialog', { name: 'NATO membership' });
  await expect(issue.getByRole('heading', { level: 3 })).toHaveCount(3);
});

test('the table and comparison views do not load the charting library', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) scripts.push(await r.text());
  });
  await open(page, '?view=table');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((s) => s.includes('recharts-surface'))).toBe(false);
  await page.getByRole('button', { name: 'Agreement', exact: true }).click();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(scripts.some((s) => s.includes('recharts-surface'))).toBe(true);
});

for (const width of [320, 375, 1440]) {
  test(`every view fits a ${width} px screen without sideways page scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const { view, heading } of VIEWS) {
      await open(page, `?view=${view}`);
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${view} at ${width}px`).toBeLessThanOrEqual(0);
    }
  });
}

test('the matrix keeps its issue column in view while scrolling sideways on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, '?view=matrix');
  const region = page.getByRole('region', { name: 'Overlap matrix, scrolls sideways' });
  const header = page.getByRole('rowheader', { name: 'Crimea' });
  const before = await header.boundingBox();
  await region.evaluate((el) => el.scrollBy({ left: 400 }));
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect((await header.boundingBox())?.x).toBe(before?.x);
  // Touch targets: every cell button is at least 24 px tall and wide.
  const sizes = await page.locator('.matrix-table .cell').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
});
