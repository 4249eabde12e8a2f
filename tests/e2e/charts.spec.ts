import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { resolveAsOf, stanceKey } from '../../src/lib/asOf';
import { expect, LATEST, longDate, MOST_DISCUSSED, open, test, urlParam } from './fixtures';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;

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

// Not yet moved to jsdom (tests/component): kept as they were.
const HEADED_VIEWS = [
  { view: 'matrix', tab: 'Overlap matrix', heading: 'Where each pair of parties overlaps or conflicts' },
  { view: 'agreement', tab: 'Agreement', heading: 'Agreement index of each pair of parties' },
  { view: 'timeline', tab: 'Timeline', heading: `${MOST_DISCUSSED.title}: each party’s stance over time` },
  { view: 'distribution', tab: 'Distribution', heading: 'How many parties support or oppose each proposition' },
];

for (const { view, tab, heading } of HEADED_VIEWS) {
  test(`the ${view} view opens from its URL and from the navigation, with a summary sentence`, async ({ page }) => {
    await open(page, `?view=${view}`);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.locator('.chart-summary').first()).toHaveText(new RegExp(`^As of ${longDate(LATEST)}, `));
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByRole('button', { name: tab, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await urlParam(page, 'view').toBe(view);
  });
}

test('a matrix cell opens the two positions behind it, with their quotes', async ({ page }) => {
  await open(page, '?view=matrix&asOf=2024-06-14');
  const current = resolveAsOf(dataset.positions, '2024-06-14');
  const ua = current.get(stanceKey('ukraine', 'nato-membership'));
  const ru = current.get(stanceKey('russia', 'nato-membership'));
  if (!ua?.quote || !ru?.quote) throw new Error('bundled data lacks the expected quotes');

  await page.getByRole('button', { name: 'Ukraine and Russia on NATO membership: Conflict' }).click();
  const dialog = page.getByRole('dialog', { name: 'NATO membership' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Ukraine: .*Supports/ })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Russia: .*Opposes/ })).toBeVisible();
  const quotes = dialog.locator('blockquote');
  await expect(quotes.nth(0)).toHaveText(`“${ua.quote}”Wording of the report, not of the speaker.`);
  await expect(quotes.nth(1)).toHaveText(`“${ru.quote}”Wording of the report, not of the speaker.`);
  // Below them, the mirror issue read together with it.
  await expect(dialog.getByRole('heading', { name: 'Read together with “Neutral status”' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the matrix sorts by conflict count and keeps the order in the URL', async ({ page }) => {
  await open(page, '?view=matrix');
  await page.getByRole('button', { name: /Conflicts/ }).click();
  await expect(page.getByRole('columnheader', { name: /Conflicts/ })).toHaveAttribute('aria-sort', 'descending');
  const counts = (await page.locator('.matrix-table tbody td.count-col').allTextContents()).map((t) =>
    Number.parseInt(t, 10),
  );
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await urlParam(page, 'sort').toBe('conflicts');
});

test('the NATO membership timeline: Ukraine supports in 2021, concedes in March 2022, supports again by June 2024; Russia opposes throughout', async ({
  page,
}) => {
  await open(page, '?view=timeline&issues=nato-membership&asOf=2024-06-14');
  const markers = page.getByRole('button', { name: /Show the source$/ });
  await expect(markers.first()).toBeVisible();
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const onIssue = (party: string) =>
    dataset.positions
      .filter((p) => p.party === party && p.issue === 'nato-membership' && p.date <= '2024-06-14')
      .sort((a, b) => a.date.localeCompare(b.date));
  // Ukraine: one marker per date on which it spoke, among them these three.
  const ukraine = await page
    .getByRole('button', { name: /^Ukraine, / })
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(ukraine).toHaveLength(new Set(onIssue('ukraine').map((p) => p.date)).size);
  expect(ukraine).toContain('Ukraine, 6 April 2021: Supports. Show the source');
  expect(ukraine).toContain('Ukraine, 15 March 2022: Opposes (concession). Show the source');
  expect(ukraine).toContain('Ukraine, 14 June 2024: Supports (reported). Show the source');
  // Russia: one marker per position in the data, every one of them opposed.
  const russiaPositions = onIssue('russia');
  expect(russiaPositions.map((p) => p.stance)).toEqual(russiaPositions.map(() => 'opposes'));
  const russia = await page
    .getByRole('button', { name: /^Russia, / })
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(russia).toEqual(
    russiaPositions.map(
      (p) =>
        `Russia, ${day.format(new Date(`${p.date}T00:00:00Z`))}: Opposes${p.attribution === 'reported' ? ' (reported)' : ''}. Show the source`,
    ),
  );

  // Drawn, not only labelled: Ukraine's 2021 and 2024 markers share the "supports" level; its 15 March 2022 marker sits
  // two levels lower, on "opposes", where every Russian marker sits (parties on one level are drawn a few pixels apart).
  const centre = async (party: string, date: string) => {
    const box = await page.getByRole('button', { name: new RegExp(`^${party}, ${date}`) }).boundingBox();
    return box === null ? Number.NaN : box.y + box.height / 2;
  };
  const [y2021, y2022, y2024] = [
    await centre('Ukraine', '6 April 2021'),
    await centre('Ukraine', '15 March 2022'),
    await centre('Ukraine', '14 June 2024'),
  ];
  expect(Math.abs(y2021 - y2024)).toBeLessThanOrEqual(1);
  const level = (y2022 - y2021) / 2;
  expect(level).toBeGreaterThan(25);
  const russiaYs = await Promise.all(
    russiaPositions.map((p) => centre('Russia', day.format(new Date(`${p.date}T00:00:00Z`)))),
  );
  for (const ry of russiaYs) {
    expect(Math.abs(ry - (russiaYs[0] ?? Number.NaN))).toBeLessThanOrEqual(1);
    expect(Math.abs(ry - y2022)).toBeLessThan(level / 3);
  }
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
  // Play takes 1.4 s a date, and a dozen dates lie between April 2021 and 15 March 2022.
  test.setTimeout(60_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?view=matrix&asOf=2021-04-02');
  const cell = page.getByRole('button', { name: /^Ukraine and Russia on NATO membership: / });
  await expect(cell).toHaveAccessibleName(/No basis/);
  await page.getByRole('button', { name: 'Play through the dates' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // 6 April 2021: Ukraine supports, Russia opposes.
  await expect(page.getByTestId('as-of')).toHaveText('6 April 2021', { timeout: 5000 });
  await expect(cell).toHaveAccessibleName(/Conflict/);
  // 15 March 2022 (after intermediate dates): both oppose, Ukraine as a concession.
  await expect(cell).toHaveAccessibleName(/Ukraine concedes/, { timeout: 30_000 });
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
  const dialog = page.getByRole('dialog', { name: 'Ukraine and NATO' });
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

test('legends name every stance and verdict in words', async ({ page }) => {
  const stances = ['Supports', 'Conditional', 'Opposes', 'No stated position'];
  const verdicts = ['Overlap', 'Partial', 'Conflict', 'No basis'];
  for (const [view, words] of [
    ['compare', [...stances, ...verdicts]],
    ['matrix', verdicts],
    ['distribution', stances],
  ] as const) {
    await open(page, `?view=${view}`);
    const legend = page.getByRole('group', { name: 'Legend' }).first();
    for (const word of words) await expect(legend, `${view} legend`).toContainText(word);
  }
});
