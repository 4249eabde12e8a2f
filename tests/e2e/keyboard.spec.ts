import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { en } from '../../src/i18n/en';
import { expect, open, stanceCell, test } from './fixtures';
import { longDate } from '../fixtures/dates';

// What needs a real browser's styles, layout and native dialog: focus rings, where markers are drawn and whether
// their targets take the pointer, the modal dialog's Esc and return of focus, the phone grid. The keyboard flows
// themselves (Tab order, Enter, Space, live region) are asserted in jsdom: tests/component/Keyboard.test.tsx. The
// skip link's jump to the main region is the browser's too.

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;

/** Presses Tab until the focused element's accessible label starts with `prefix`. */
async function tabToLabel(page: Page, prefix: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).startsWith(prefix))
      return;
  }
  throw new Error(`never reached "${prefix}…" by Tab`);
}

test('the skip link shows and jumps past the controls; focus rings on timeline markers of every shape and on matrix cells; markers drawn on their stance’s level; the dialog’s Esc returns focus; phone targets and grid marks', async ({
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
  // The skip link is the first Tab stop, comes into view when focused, and its Enter takes focus past the controls.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: en.app.skipTo(en.skipTargets.timeline) });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
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
  // Measured against the chart in one read, so the page scrolling between two reads cannot move one marker only.
  // NaN while a re-render has just replaced the marker (it is then out of the chart): read again until it is in.
  const centre = async (party: string, date: string) => {
    let y = Number.NaN;
    await expect
      .poll(async () => {
        y = await page.getByRole('button', { name: new RegExp(`^${party}, ${date}`) }).evaluate((el) => {
          const box = el.getBoundingClientRect();
          const chart = (el as SVGElement).ownerSVGElement?.getBoundingClientRect();
          return chart === undefined ? Number.NaN : box.y + box.height / 2 - chart.y;
        });
        return y;
      })
      .not.toBeNaN();
    return y;
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
