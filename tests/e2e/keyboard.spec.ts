import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { expect, open, stanceCell, test } from './fixtures';

// What needs a real browser's styles, layout and native dialog: focus rings, where markers are drawn and whether
// their targets take the pointer, the modal dialog's Esc and return of focus, the phone grid. The keyboard flows
// themselves (Tab order, Enter, Space, live region) are asserted in jsdom: tests/component/Keyboard.test.tsx.

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDate = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));

/** Positions on the issues of one category: what the category filter leaves, at any as-of date. */
/** Positions in a category among the parties shown by default (the dataset's `meta.defaultParties`). */
const inCategory = (category: string) => {
  const issues = new Set(dataset.issues.filter((i) => i.category === category).map((i) => i.id));
  const shown = new Set(dataset.meta.defaultParties ?? dataset.parties.map((p) => p.id));
  return dataset.positions.filter((p) => issues.has(p.issue) && shown.has(p.party)).length;
};
/** The dates on which positions change, oldest first: the as-of slider's steps. */
const changeDates = [...new Set(dataset.positions.map((p) => p.date))].sort();
/** A YYYY-MM-DD date as the English interface writes it, e.g. "14 June 2024". */

/**
 * The text of every live region the browser would announce (aria-live polite or assertive, stated or implied by
 * the role), read from Chromium's accessibility tree rather than from the markup.
 */
async function spokenRegions(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const texts: string[] = [];
    for (const node of nodes) {
      const live: unknown = node.properties?.find((p) => p.name === 'live')?.value.value;
      if ((live !== 'polite' && live !== 'assertive') || node.backendDOMNodeId === undefined) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
      if (object.objectId === undefined) continue;
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return this.textContent; }',
        returnByValue: true,
      });
      const text = String(result.value ?? '').trim();
      if (text !== '') texts.push(text);
    }
    return texts;
  } finally {
    await cdp.detach();
  }
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if ((await focused.count()) === 1 && (await focused.evaluate(matches))) return;
  }
  throw new Error('never reached the element by Tab');
}

/** Presses Tab until the focused element's accessible label starts with `prefix`. */
async function tabToLabel(page: Page, prefix: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).startsWith(prefix))
      return;
  }
  throw new Error(`never reached "${prefix}…" by Tab`);
}

test('focus rings on timeline markers of every shape and on matrix cells; markers drawn on their stance’s level; the dialog’s Esc returns focus; phone targets and grid marks', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Every party that has spoken on the issue, so every marker shape is drawn.
  const speaking = dataset.parties.filter((p) =>
    dataset.positions.some((x) => x.party === p.id && x.issue === 'nato-membership'),
  );
  expect(speaking.length).toBeGreaterThanOrEqual(3);
  await open(page, `?view=timeline&issues=nato-membership&parties=${speaking.map((p) => p.id).join(',')}`);
  for (const party of speaking.map((p) => p.shortName)) {
    await tabToLabel(page, `${party}, `);
    // At rest a marker has a 1.5 px outline in the page colour; focused, a 3 px ring in the focus colour.
    const ring = await page
      .locator(':focus .marker-shape')
      .evaluate((el) => ({ shape: el.tagName, width: parseFloat(getComputedStyle(el).strokeWidth) }));
    expect(ring.width, `${party} (${ring.shape})`).toBeGreaterThanOrEqual(3);
  }

  // Back to 14 June 2024 on the as-of slider, one date at a time.
  await page.getByRole('slider', { name: /^Positions as of/ }).focus();
  for (let i = 0; i < 60 && (await page.getByTestId('as-of').textContent()) !== '14 June 2024'; i++)
    await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('as-of')).toHaveText('14 June 2024');

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
  const russia = dataset.positions.filter(
    (p) => p.party === 'russia' && p.issue === 'nato-membership' && p.date <= '2024-06-14',
  );
  expect(russia.length).toBeGreaterThan(0);
  const russiaYs = await Promise.all(russia.map((p) => centre('Russia', longDate(p.date))));
  for (const ry of russiaYs) {
    expect(Math.abs(ry - (russiaYs[0] ?? Number.NaN))).toBeLessThanOrEqual(1);
    expect(Math.abs(ry - y2022)).toBeLessThan(level / 3);
  }

  // A matrix cell reached by the keyboard shows a visible focus ring; Enter opens the modal dialog with focus inside,
  // Esc closes it and focus goes back to the cell that opened it.
  await page.getByRole('button', { name: 'Overlap matrix', exact: true }).click();
  const cell = page.getByRole('button', { name: /^Ukraine and Russia on NATO membership:/ });
  await cell.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(cell).toBeFocused();
  const ring = await cell.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'NATO membership' });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();

  // On a phone. Timeline markers: a known gap, left to issue 15: with statements days apart (a dozen of Zelensky's in
  // March 2022, three in January 2026), markers on a 375 px timeline of five years lie closer than their 24 px targets,
  // and whether a target's centre lands on its own marker depends on sub-pixel layout. Measured here on the first year
  // of the NATO membership timeline, where statements are weeks apart, until close markers are grouped.
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, '?view=timeline&issues=nato-membership&asOf=2022-03-20');
  // Markers are measured like every other target below, so they must be there to measure…
  const markers = page.locator('.mark.marker');
  expect(await markers.count()).toBeGreaterThan(0);
  // …and their target takes the pointer: its centre hits the marker, not a neighbour, a label or the plot's clip.
  const missed = await markers.evaluateAll((marks) =>
    marks
      .filter((mark) => {
        mark.scrollIntoView({ block: 'center' });
        const t = mark.querySelector('.marker-target')?.getBoundingClientRect();
        return (
          t === undefined || document.elementFromPoint(t.x + t.width / 2, t.y + t.height / 2)?.closest('.mark') !== mark
        );
      })
      .map((mark) => mark.getAttribute('aria-label')),
  );
  expect(missed).toEqual([]);
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'button, select, summary, input[type="range"], input[type="search"], .chip, [role="button"], a[href]',
      ),
    ]
      .filter((el) => !el.closest('p, li') || el.matches('button, [role="button"]'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el: `${el.tagName} ${el.getAttribute('aria-label') ?? ''}`, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 - 1e-3 || r.height < 24 - 1e-3)
      .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);

  // The grid on a phone leaves the date out of a stance cell, but the inferred and concession marks stay.
  await open(page, '?asOf=2024-06-14');
  await expect(stanceCell(page, 'Ukraine', 'Crimea').locator('.cell-date')).toBeHidden();
  await expect(stanceCell(page, 'Ukraine', 'Crimea').locator('.cell-mark')).toBeVisible();
  await expect(stanceCell(page, 'Ukraine', 'Neutral status').locator('.cell-mark')).toHaveText('concession');
  await expect(stanceCell(page, 'Ukraine', 'Neutral status').locator('.cell-mark')).toBeVisible();
});

// Not yet moved to jsdom (tests/component): kept as they were.
test('a whole task without the mouse: skip link, filter, open a matrix cell, read its quotes, close, focus returns', async ({
  page,
}) => {
  // Up to a few hundred Tab presses round the 34-issue page, each checked: more than the default 30 s under load.
  test.setTimeout(90_000);
  await open(page, '?view=matrix');

  // The skip link is the first stop and takes focus past the controls.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the matrix' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // Back to the top, then Tab to the Territory category and tick it with Space.
  await page.keyboard.press('Shift+Tab');
  // Round the page, through every cell of the 34-issue matrix: each cell is its own Tab stop for now.
  await tabTo(
    page,
    (el) => el instanceof HTMLInputElement && el.parentElement?.textContent?.trim() === 'Territory',
    400,
  );
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Territory' })).toBeChecked();
  await expect(page.locator('.matrix-table').getByRole('rowheader')).toHaveCount(
    dataset.issues.filter((i) => i.category === 'territory').length,
  );

  // The result is announced politely once the change settles.
  await expect(page.getByTestId('live-region')).toHaveText(
    `Overlap matrix: ${inCategory('territory')} positions match the filters; positions as of ${longDate(changeDates.at(-1) ?? '')}.`,
  );

  // Tab on to a cell; it shows a visible focus ring.
  await tabTo(
    page,
    (el) => el.matches('.cell') && (el.textContent?.startsWith('Ukraine and Russia on Crimea:') ?? false),
  );
  const cell = page.getByRole('button', { name: /^Ukraine and Russia on Crimea:/ });
  const ring = await cell.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);

  // Enter opens the detail dialog with focus inside; the quotes are there to read.
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Crimea' });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  // Both parties' positions are there to read: the quote where the source is archived, else the summary and a note.
  const parties = dialog.locator('.detail-party:not(.detail-related .detail-party)');
  await expect(parties).toHaveCount(2);
  await expect(parties.locator('article').first().locator('.summary')).toBeVisible();
  await expect(parties.nth(1).locator('article').first().locator('.summary')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Read together with “Territorial integrity”' })).toBeVisible();

  // Esc closes it and focus goes back to the cell that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();
});

test('chart marks are reachable by Tab in reading order and their tooltip closes with Esc', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?view=timeline&issues=nato-membership');
  await tabTo(page, (el) => el.getAttribute('aria-label')?.startsWith('Ukraine, 6 April 2021') ?? false);
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
  await page.keyboard.press('Tab');
  // The next mark in reading order: Ukraine's next statement on the issue.
  const next =
    dataset.positions
      .filter((p) => p.party === 'ukraine' && p.issue === 'nato-membership' && p.date > '2021-04-06')
      .map((p) => p.date)
      .sort()[0] ?? '';
  await expect(page.getByRole('tooltip')).toContainText(longDate(next));
});

/** The charts each view draws: ChartFrame's figures, or the matrix, whose table is the chart. */
const CHARTS = { matrix: 1, agreement: 2, timeline: 2, distribution: 1 } as const;

for (const [view, expected] of Object.entries(CHARTS)) {
  test(`every chart in the ${view} view has a name, its summary as description, and its data as a table`, async ({
    page,
  }) => {
    await open(page, `?view=${view}`);
    const charts = page.locator('main figure.chart, main div.matrix');
    await expect(charts).toHaveCount(expected);
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const title = ((await chart.locator('.chart-title').textContent()) ?? '').trim();
      const summary = ((await chart.locator('.chart-summary').textContent()) ?? '').trim();
      expect(title).not.toBe('');
      expect(summary).toMatch(/as of \d{1,2} \w+ \d{4}/i);
      if (await chart.evaluate((el) => el.matches('div.matrix'))) {
        // The matrix is its own data table: the table carries the chart's name and description.
        const table = chart.getByRole('table', { name: title, exact: true });
        await expect(table).toHaveCount(1);
        await expect(table).toHaveAccessibleDescription(summary);
        expect(await table.getByRole('rowheader').count()).toBeGreaterThan(0);
        continue;
      }
      await expect(chart).toHaveAccessibleName(title);
      await expect(chart).toHaveAccessibleDescription(summary);
      await chart.getByText('Show the data as a table').click();
      await expect(chart.locator('table.data-table')).toBeVisible();
      expect(await chart.locator('table.data-table tbody tr').count()).toBeGreaterThan(0);
    }
  });
}

test('the live region announces the exact result count after a filter change, and the date after the as-of date changes, once', async ({
  page,
}) => {
  await open(page, '?view=table');
  const live = page.getByTestId('live-region');
  const total = dataset.positions.length;
  const latest = longDate(changeDates.at(-1) ?? '');

  await page.getByRole('checkbox', { name: 'Security' }).check();
  const security = inCategory('security');
  expect(security).toBeGreaterThan(0);
  expect(security).toBeLessThan(total);
  const announced = `All positions: ${security} positions match the filters; positions as of ${latest}.`;
  await expect(live).toHaveText(announced);
  // The table shows the count too, but only the live region speaks it: one change, one announcement.
  await expect(page.getByText(`Showing ${security} of ${total} positions`)).toBeVisible();
  await expect.poll(() => spokenRegions(page)).toEqual([announced]);

  // One step back on the as-of slider: the announcement names the new date (the count does not depend on it).
  const previous = longDate(changeDates.at(-2) ?? '');
  expect(previous).not.toBe(latest);
  await page.getByRole('slider', { name: /^Positions as of/ }).press('ArrowLeft');
  await expect(page.locator('.asof-label strong')).toHaveText(previous);
  await expect(live).toHaveText(`All positions: ${security} positions match the filters; positions as of ${previous}.`);
  await expect
    .poll(() => spokenRegions(page))
    .toEqual([`All positions: ${security} positions match the filters; positions as of ${previous}.`]);
});

test('stances and verdicts carry a symbol and a word, never colour alone', async ({ page }) => {
  await open(page, '?view=compare');
  const cells = await page.locator('.grid .cell').evaluateAll((els) =>
    els.map((e) => {
      const sym = e.querySelector('.sym')?.textContent ?? '';
      return { sym, words: (e.textContent ?? '').replace(sym, '') };
    }),
  );
  expect(cells.length).toBeGreaterThan(100);
  for (const c of cells) {
    expect(c.sym.trim()).not.toBe('');
    expect(c.words).toMatch(
      /: (Supports|Conditional|Opposes|No stated position|Overlap|Partial|Conflict|No basis|\S+ concedes|Concession)( |$)/,
    );
  }
});
