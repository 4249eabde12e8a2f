import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset } from '../../src/data/validate';
import { indexDataset } from '../../src/lib/datasetIndex';
import { EMPTY_FILTERS, filterPositions, withDefaultParties, type Filters } from '../../src/lib/filters';
import { expect, open, test, urlParam } from './fixtures';

const count = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: /^Showing/ });

// The counts the table must show, worked out by the engine's own filter on the bundled dataset: the page is tested
// for showing what the filters select, and the dataset may grow.
const loaded = validateDataset(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')),
);
if (!loaded.ok) throw new Error('the bundled dataset is invalid');
const dataset = loaded.data;
const index = indexDataset(dataset);
const total = dataset.positions.length;
const matching = (filters: Partial<Filters>) =>
  filterPositions(dataset.positions, withDefaultParties({ ...EMPTY_FILTERS, ...filters }, dataset), index);
const showing = (filters: Partial<Filters>) => `Showing ${matching(filters).length} of ${total} positions`;

test('filtering by party, issue and text narrows the table', async ({ page }) => {
  await open(page, '?view=table');
  // Until the reader chooses, the dataset's default parties are shown and ticked.
  await expect(count(page)).toHaveText(showing({}));
  expect(matching({}).length).toBeLessThan(total);
  await expect(page.getByRole('checkbox', { name: 'Russia' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'US', exact: true })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Ukraine' }).uncheck();
  await page.getByRole('checkbox', { name: 'NATO', exact: true }).uncheck();
  await expect(count(page)).toHaveText(showing({ parties: ['russia'] }));
  await page.getByText('Issues: All').click();
  await page.getByRole('checkbox', { name: 'NATO membership' }).check();
  await expect(count(page)).toHaveText(showing({ parties: ['russia'], issues: ['nato-membership'] }));
  await page.getByRole('searchbox').fill('red line');
  await expect(count(page)).toHaveText(showing({ parties: ['russia'], issues: ['nato-membership'], q: 'red line' }));
  expect(matching({ parties: ['russia'], issues: ['nato-membership'], q: 'red line' })).toHaveLength(1);
  await expect(page.getByRole('table')).toContainText('Putin called Ukraine’s NATO membership a red line');
});

test('sorting by a column reorders the rows', async ({ page }) => {
  await open(page, '?view=table');
  const firstDate = page.locator('tbody tr td.col-date').first();
  await expect(firstDate).toHaveText('6 Apr 2021');
  await page.getByRole('button', { name: /^Date/ }).click();
  await expect(page.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
  // Newest first: the dataset's latest date, as the table writes it.
  const newest = new Date(
    `${
      dataset.positions
        .map((p) => p.date)
        .sort()
        .at(-1) ?? ''
    }T00:00:00Z`,
  );
  await expect(firstDate).toHaveText(
    newest.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  await page.getByRole('button', { name: /^Party/ }).click();
  await expect(page.locator('tbody tr td.col-party').first()).toHaveText(/NATO/);
});

test('a row expands to its verbatim quote, attribution and citation', async ({ page }) => {
  await open(page, '?view=table&q=Arakhamia');
  await page.getByRole('button', { name: /Show quote and source for Ukraine on Security guarantees/ }).click();
  const detail = page.locator('.detail-row');
  await expect(detail).toContainText(
    'Today we came up with an official proposal for a new system of security guarantees for Ukraine',
  );
  await expect(detail).toContainText('Direct quote');
  await expect(detail).toContainText('Fox News');
  await expect(detail).toContainText('David Arakhamia');
});

test('an empty result says which filter emptied it and clears it', async ({ page }) => {
  // Europe's statements on a tribunal all support it: none is conditional.
  expect(matching({ parties: ['europe'], q: 'tribunal' }).length).toBeGreaterThan(0);
  expect(matching({ parties: ['europe'], stances: ['conditional'], q: 'tribunal' })).toHaveLength(0);
  await open(page, '?view=table&parties=europe&stances=conditional&q=tribunal');
  await expect(page.getByText('No positions match.')).toBeVisible();
  await page.getByRole('button', { name: /^Clear the stance filter$/ }).click();
  await expect(count(page)).toHaveText(showing({ parties: ['europe'], q: 'tribunal' }));
  await urlParam(page, 'stances').toBeNull();
});

test('group by issue puts rows under issue headings', async ({ page }) => {
  await open(page, '?view=table&parties=ukraine');
  await page.getByRole('checkbox', { name: 'Group by issue' }).check();
  const onMembership = matching({ parties: ['ukraine'], issues: ['nato-membership'] }).length;
  await expect(
    page.getByRole('rowheader', { name: new RegExp(`NATO membership \\(${onMembership}\\)`) }),
  ).toBeVisible();
  await urlParam(page, 'group').toBe('issue');
});

test('a copied URL opened in a new page shows the same state', async ({ page, context }) => {
  await open(page, '?view=table');
  await page.getByRole('checkbox', { name: 'Russia' }).uncheck();
  await page.getByRole('checkbox', { name: 'NATO', exact: true }).uncheck();
  await page.getByRole('searchbox').fill('NATO');
  await page.getByRole('checkbox', { name: 'Direct quote' }).check();
  const expected = showing({ parties: ['ukraine'], q: 'NATO', attribution: ['direct'] });
  await expect(count(page)).toHaveText(expected);
  await urlParam(page, 'attribution').toBe('direct');
  const copied = page.url();
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(count(other)).toHaveText(expected);
  await expect(other.getByRole('checkbox', { name: 'Direct quote' })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Ukraine' })).toBeChecked();
  await expect(other.getByRole('searchbox')).toHaveValue('NATO');
});
