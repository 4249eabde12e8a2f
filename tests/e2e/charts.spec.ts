import type { Page } from '@playwright/test';
import { expect, LATEST, MOST_DISCUSSED, open, test } from './fixtures';
import { longDate } from '../fixtures/dates';

// What needs a real browser's layout, animation and chunk loading, in as few page loads as possible. Everything else
// the views do is asserted in jsdom: tests/component/ChartsBehaviour.test.tsx, Keyboard.test.tsx.

/** Every view, reached by its tab, and something that shows it has rendered. */
const VIEWS = [
  { view: 'compare', tab: 'Compare', ready: (p: Page) => p.getByRole('columnheader', { name: 'Ukraine – Russia' }) },
  {
    view: 'matrix',
    tab: 'Overlap matrix',
    ready: (p: Page) => p.getByRole('heading', { name: 'Where each pair of parties overlaps or conflicts' }),
  },
  {
    view: 'agreement',
    tab: 'Agreement',
    ready: (p: Page) => p.getByRole('heading', { name: 'Agreement index of each pair of parties' }),
  },
  {
    view: 'timeline',
    tab: 'Timeline',
    ready: (p: Page) => p.getByRole('heading', { name: `${MOST_DISCUSSED.title}: each party’s stance over time` }),
  },
  {
    view: 'distribution',
    tab: 'Distribution',
    ready: (p: Page) => p.getByRole('heading', { name: 'How many parties support or oppose each proposition' }),
  },
  { view: 'table', tab: 'All positions', ready: (p: Page) => p.getByRole('status').filter({ hasText: /^Showing/ }) },
];

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Interactive elements smaller than 24 × 24 px (WCAG 2.5.8), links inside running text exempt. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'button, select, summary, input[type="range"], input[type="search"], .chip, [role="button"], a[href]',
      ),
    ]
      // Links inside running text are exempt (WCAG 2.5.8 "inline"). Chart marks, timeline markers included, count.
      .filter((el) => !el.closest('p, li') || el.matches('button, [role="button"]'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({
        el: `${el.tagName}.${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? ''}`,
        r: el.getBoundingClientRect(),
      }))
      // Less a rounding error: a bar drawn at a fractional y measures 23.9999 px.
      .filter(({ r }) => r.width < 24 - 1e-3 || r.height < 24 - 1e-3)
      .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );

/** Whether the grid is drawn as cards, and every stance or verdict cell not wholly inside the page's width. */
const cellsOutOfView = (page: Page) =>
  page.evaluate(() => ({
    cards: document.querySelector('[role="grid"]')?.classList.contains('is-cards') ?? false,
    outside: [...document.querySelectorAll('[role="grid"] tbody button.cell')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.left < 0 || r.right > document.documentElement.clientWidth || r.width < 40)
      .map(({ el }) => el.textContent?.slice(0, 40)),
  }));

test('every view at every width: no sideways scrolling, 24 px touch targets, compare and matrix as cards below 700 px, detail panel as side panel or bottom sheet; the charting library loads only with the charts', async ({
  page,
}) => {
  test.setTimeout(60_000);
  // Measured at rest: chart entry animations start bars at zero size.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1440, height: 800 });
  // Every script the page fetched, read in full before anything is asserted about it.
  const bodies: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) bodies.push(r.text());
  });
  const fetched = async () => Promise.all(bodies);
  const tab = (name: string) => page.getByRole('button', { name, exact: true });

  // The table and comparison views do not load the charting library; the first chart view does.
  await open(page, '?view=table');
  await tab('Compare').click();
  await expect(page.getByRole('grid')).toBeVisible();
  const before = await fetched();
  expect(before.length).toBeGreaterThan(0);
  expect(before.some((s) => s.includes('recharts-surface'))).toBe(false);
  await tab('Agreement').click();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect((await fetched()).some((s) => s.includes('recharts-surface'))).toBe(true);

  // 1440: a large screen; 640: 200 % zoom of a 1280 px window; 375: a phone; 320: WCAG 1.4.10, 400 % zoom of 1280 px.
  for (const width of [1440, 640, 375, 320]) {
    await page.setViewportSize({ width, height: 800 });
    for (const { view, tab: name, ready } of VIEWS) {
      await tab(name).click();
      await expect(ready(page)).toBeVisible();
      expect(await overflow(page), `${view} at ${width}px`).toBeLessThanOrEqual(0);
      if (width === 375 && view !== 'timeline')
        // The timeline's markers are measured on a sparser stretch of time: keyboard.spec.ts.
        expect(await smallTargets(page), `touch targets of ${view}`).toEqual([]);
      if (width <= 640 && (view === 'compare' || view === 'matrix'))
        // A table where its columns fit (the three-pair matrix at 640 px), cards where they do not: no cell out of view.
        expect(await cellsOutOfView(page), `${view} at ${width}px`).toEqual({
          cards: width <= 375 || view === 'compare',
          outside: [],
        });
      if (view === 'matrix' && (width === 1440 || width === 375)) {
        // The detail panel: a side panel on a desktop, a bottom sheet on a phone.
        await page.getByRole('button', { name: /^Ukraine and Russia on NATO membership: / }).click();
        const dialog = page.getByRole('dialog', { name: 'NATO membership' });
        await expect(dialog).toBeVisible();
        const box = await dialog.boundingBox();
        if (box === null) throw new Error('no dialog box');
        if (width === 1440) {
          // Against the right edge, full height, leaving the view beside it in sight.
          expect(Math.round(box.x + box.width)).toBe(width);
          expect(Math.round(box.height)).toBe(800);
          expect(box.width).toBeLessThanOrEqual(width / 2);
        } else {
          // Full width, resting on the bottom edge, leaving the top of the view in sight.
          expect(Math.round(box.width)).toBe(width);
          expect(Math.round(box.y + box.height)).toBe(800);
          expect(box.y).toBeGreaterThan(40);
        }
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
    }
  }
});

test('agreement bars animate to a new date, and jump there without animation under prefers-reduced-motion', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // 15 March 2022: the first date Ukraine and NATO share three issues, enough for a figure (and a bar) to move from.
  await open(page, '?view=agreement&asOf=2022-03-15');
  const bar = page.getByRole('button', { name: /^Ukraine – NATO: agreement index/ });
  await expect(bar).toBeVisible();
  const slider = page.getByRole('slider', { name: /^Positions as of/ });
  /**
   * Every width the bar is drawn at, frame by frame, while the date moves to the latest (recharts redraws the bar's
   * elements on each frame, so they are sampled, not observed).
   */
  const widthsOnTheWayToLatest = async () => {
    await page.evaluate(() => {
      const w = window as unknown as { widths: string[] };
      w.widths = [];
      const end = performance.now() + 3000;
      const sample = () => {
        const rect = document.querySelector(
          '[aria-label^="Ukraine – NATO: agreement index"] rect:not([fill="transparent"])',
        );
        const width = rect?.getAttribute('width') ?? 'none';
        if (w.widths.at(-1) !== width) w.widths.push(width);
        if (performance.now() < end) requestAnimationFrame(sample);
      };
      sample();
    });
    await page.getByRole('button', { name: 'Latest', exact: true }).click();
    await expect(page.getByTestId('as-of')).toHaveText(longDate(LATEST));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { widths: string[] }).widths.length), { timeout: 3000 })
      .toBeGreaterThan(1);
    await page.waitForTimeout(1600);
    return page.evaluate(() => (window as unknown as { widths: string[] }).widths);
  };

  // From the old width to the new one through the widths in between…
  const animated = await widthsOnTheWayToLatest();
  expect(animated.length, `widths drawn: ${animated.join(', ')}`).toBeGreaterThan(2);

  // …or, once the reader asks for less motion (the page follows the setting as it changes), directly.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('as-of')).toHaveText('15 March 2022');
  await page.waitForTimeout(300);
  const direct = await widthsOnTheWayToLatest();
  expect(direct, `widths drawn: ${direct.join(', ')}`).toHaveLength(2);
  // Play still steps through the dates with reduced motion, and says so.
  await expect(page.getByRole('button', { name: 'Play through the dates' })).toHaveAttribute(
    'title',
    'Steps through the dates without animation',
  );
});

test('five parties at 375, 640 and 1280 px: every stance and verdict in view, no sideways scrolling; the grid is one Tab stop crossed with the arrow keys; a pair over one issue reads too few to compare', async ({
  page,
}) => {
  const five = 'parties=ukraine,russia,nato,united-states,europe';
  for (const width of [375, 640, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [view, cells] of [
      ['compare', 15],
      ['matrix', 10],
    ] as const) {
      await open(page, `?view=${view}&${five}`);
      const rows = await page.locator('[role="grid"] tbody tr').count();
      expect(await page.locator('[role="grid"] tbody button.cell').count()).toBe(rows * cells);
      expect(await cellsOutOfView(page), `${view} at ${width}px`).toEqual({ cards: true, outside: [] });
      expect(await overflow(page), `${view} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }

  // The keyboard: Tab reaches one cell of the grid, the arrows move, Tab leaves.
  const grid = page.getByRole('grid');
  const tabbable = grid.locator('tbody button.cell[tabindex="0"]');
  await expect(tabbable).toHaveCount(1);
  await tabbable.focus();
  const focused = () =>
    page.evaluate(() => document.activeElement?.getAttribute('aria-describedby') && document.activeElement.textContent);
  const first = await focused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).not.toBe(first);
  const inGrid = () => page.evaluate(() => document.activeElement?.closest('[role="grid"] tbody') !== null);
  expect(await inGrid()).toBe(true);
  await expect(grid.locator('tbody button.cell[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  expect(await inGrid()).toBe(false);

  // Ukraine and the US share one issue on 30 September 2021: no percentage, the words and the base instead.
  await open(page, '?view=agreement&parties=ukraine,united-states&asOf=2021-09-30');
  await expect(
    page.getByRole('button', {
      name: /^Ukraine – US: agreement index Too few to compare \(1 issue\), 1 compared · \d+ excluded/,
    }),
  ).toBeVisible();
  await expect(page.locator('.recharts-surface').getByText(/Too few to compare \(1 issue\)/)).toBeVisible();
});
