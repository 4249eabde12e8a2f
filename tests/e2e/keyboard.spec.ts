import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if ((await focused.count()) === 1 && (await focused.evaluate(matches))) return;
  }
  throw new Error('never reached the element by Tab');
}

test('a whole task without the mouse: skip link, filter, open a matrix cell, read its quotes, close, focus returns', async ({ page }) => {
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
  await tabTo(page, (el) => el instanceof HTMLInputElement && el.parentElement?.textContent?.trim() === 'Territory');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Territory' })).toBeChecked();
  await expect(page.locator('.matrix-table').getByRole('rowheader')).toHaveCount(5);

  // The result is announced politely once the change settles.
  await expect(page.getByTestId('live-region')).toHaveText(/^Overlap matrix: \d+ positions match the filters; positions as of 14 June 2024\.$/);

  // Tab on to a cell; it shows a visible focus ring.
  await tabTo(page, (el) => el.getAttribute('aria-label')?.startsWith('Ukraine and Russia on Crimea:') ?? false);
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
  await expect(dialog.locator('blockquote')).toHaveCount(2);

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
  await expect(page.getByRole('tooltip')).toContainText('15 March 2022');
});

for (const view of ['matrix', 'agreement', 'timeline', 'distribution']) {
  test(`every chart in the ${view} view has a name, its summary as description, and its data as a table`, async ({ page }) => {
    await open(page, `?view=${view}`);
    const figures = page.locator('main figure.chart, main .matrix');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (const figure of await page.locator('main figure.chart').all()) {
      const summary = (await figure.locator('.chart-summary').textContent()) ?? '';
      expect(summary).toMatch(/as of \d{1,2} \w+ \d{4}/i);
      await expect(figure).toHaveAccessibleName(((await figure.locator('.chart-title').textContent()) ?? '').trim());
      await expect(figure).toHaveAccessibleDescription(summary);
      await figure.getByText('Show the data as a table').click();
      await expect(figure.locator('table.data-table')).toBeVisible();
    }
  });
}

test('stances and verdicts carry a symbol and a word, never colour alone', async ({ page }) => {
  await open(page, '?view=compare');
  const cells = await page.locator('.grid .cell').evaluateAll((els) => els.map((e) => ({ sym: e.querySelector('.sym')?.textContent ?? '', label: e.getAttribute('aria-label') ?? '' })));
  expect(cells.length).toBeGreaterThan(100);
  for (const c of cells) {
    expect(c.sym.trim()).not.toBe('');
    expect(c.label).toMatch(/: (Supports|Conditional|Opposes|No stated position|Overlap|Partial|Conflict|No basis)\./);
  }
});

for (const view of ['compare', 'matrix', 'agreement', 'timeline', 'distribution', 'table'])
  test(`touch targets are at least 24 × 24 px on a phone: ${view}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    // Measured at rest: chart entry animations start bars at zero size.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, `?view=${view}`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, summary, input[type="range"], input[type="search"], .chip, [role="button"], a[href]')]
        // Links inside running text are exempt (WCAG 2.5.8 "inline"); timeline markers have an
        // equivalent button for every statement in the chart's data table.
        .filter((el) => !el.closest('p, li') || el.matches('button, [role="button"]'))
        .filter((el) => !el.matches('.mark.marker') && el.getClientRects().length > 0)
        .map((el) => ({ el: `${el.tagName}.${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? ''}`, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
  });

for (const width of [640])
  test(`reflows at ${width} px (200 % zoom of a 1280 px window) without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const view of ['compare', 'matrix', 'agreement', 'timeline', 'distribution', 'table']) {
      await open(page, `?view=${view}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, view).toBeLessThanOrEqual(0);
    }
  });
