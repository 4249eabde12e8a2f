import { generateDataset } from '../../scripts/bench/generate';
import { expect, open, test } from './fixtures';

const COUNT = 3000;
const dataset = generateDataset(COUNT, 7);
const big = JSON.stringify(dataset);
// Grouping is walked viewport by viewport: a smaller (still virtualised) table keeps that quick.
const grouped = generateDataset(1000, 7);

test.beforeEach(async ({ page }) => {
  await page.route('**/big.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: big }),
  );
  await page.route('**/grouped.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(grouped) }),
  );
});

test(`the table of ${COUNT} positions keeps only the rows near the viewport in the page`, async ({ page }) => {
  await open(page, '?view=table&data=big.json');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${COUNT} of ${COUNT} positions`,
  );
  const rendered = () => page.locator('table.positions tbody tr:not(.detail-row):not(.group-row) td.col-date').count();
  expect(await rendered()).toBeLessThan(120);
  expect(await rendered()).toBeGreaterThan(5);

  // Scrolled to the end, the last rows are there (and the first ones are gone).
  const first = await page.locator('td.col-date').first().textContent();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.locator('td.col-date').first().textContent()).not.toBe(first);
  expect(await rendered()).toBeLessThan(120);
  const lastButton = page.locator('button.expander').last();
  await lastButton.click();
  await expect(page.locator('tr.detail-row')).toHaveCount(1);
});

test(`the table of ${COUNT} positions is drawn at data-ready as it stays: its rows and the page's height`, async ({
  page,
}) => {
  // What the page looked like when it said it was ready, read in the same task (an embed sends its height from then).
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.documentElement.dataset.ready !== 'true') return;
      observer.disconnect();
      const rows = [...document.querySelectorAll('table.positions tbody tr')].slice(0, 12);
      (window as unknown as { atReady: unknown }).atReady = {
        height: document.documentElement.scrollHeight,
        rows: rows.map((r) => [
          Math.round(r.getBoundingClientRect().top),
          Math.round(r.getBoundingClientRect().height),
        ]),
      };
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await open(page, '?view=table&data=big.json');
  await page.waitForTimeout(500);
  const now = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('table.positions tbody tr')].slice(0, 12);
    return {
      height: document.documentElement.scrollHeight,
      rows: rows.map((r) => [Math.round(r.getBoundingClientRect().top), Math.round(r.getBoundingClientRect().height)]),
    };
  });
  expect(await page.evaluate(() => (window as unknown as { atReady: unknown }).atReady)).toEqual(now);
});

test(`the grouped, virtualised table shows every issue's heading as the reader scrolls through`, async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, '?view=table&data=grouped.json&group=issue');
  const issues = new Set(grouped.positions.map((p) => p.issue)).size;
  const seen = new Set<string>();
  // One viewport at a time, so a short group cannot be skipped over.
  for (let y = 0; ; y += 700) {
    await page.evaluate(async (top) => {
      window.scrollTo(0, top);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, y);
    for (const t of await page.locator('tr.group-row th').allTextContents()) seen.add(t.replace(/\s*\(\d+\)$/, ''));
    if (y > (await page.evaluate(() => document.documentElement.scrollHeight))) break;
  }
  expect(seen.size).toBe(issues);
});
