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

test('every view at every width: no sideways scrolling, 24 px touch targets, sticky matrix column, detail panel as side panel or bottom sheet; the charting library loads only with the charts', async ({
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
  await expect(page.getByRole('table')).toBeVisible();
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
      if (width === 375 && view === 'matrix') {
        // The issue column stays in view while the matrix scrolls sideways.
        const region = page.getByRole('region', { name: 'Overlap matrix, scrolls sideways' });
        const header = page.getByRole('rowheader', { name: 'Crimea' });
        const at = await header.boundingBox();
        await region.evaluate((el) => el.scrollBy({ left: 400 }));
        await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
        expect((await header.boundingBox())?.x).toBe(at?.x);
        await region.evaluate((el) => el.scrollTo({ left: 0 }));
      }
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
  await open(page, '?view=agreement&asOf=2021-04-06');
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
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('as-of')).toHaveText('6 April 2021');
  await page.waitForTimeout(300);
  const direct = await widthsOnTheWayToLatest();
  expect(direct, `widths drawn: ${direct.join(', ')}`).toHaveLength(2);
  // Play still steps through the dates with reduced motion, and says so.
  await expect(page.getByRole('button', { name: 'Play through the dates' })).toHaveAttribute(
    'title',
    'Steps through the dates without animation',
  );
});
