import { expect, open, test, urlParam } from './fixtures';

const count = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: /^Showing/ });

test('filtering by party, issue and text narrows the table', async ({ page }) => {
  await open(page, '?view=table');
  await expect(count(page)).toHaveText('Showing 44 of 44 positions');
  await page.getByRole('checkbox', { name: 'Russia' }).check();
  await expect(count(page)).toHaveText('Showing 14 of 44 positions');
  await page.getByText('Issues: All').click();
  await page.getByRole('checkbox', { name: 'NATO membership' }).check();
  await expect(count(page)).toHaveText('Showing 4 of 44 positions');
  await page.getByRole('searchbox').fill('red line');
  await expect(count(page)).toHaveText('Showing 1 of 44 positions');
  await expect(page.getByRole('table')).toContainText('Putin called Ukraine’s NATO membership a red line');
});

test('sorting by a column reorders the rows', async ({ page }) => {
  await open(page, '?view=table');
  const firstDate = page.locator('tbody tr td.col-date').first();
  await expect(firstDate).toHaveText('2 Apr 2021');
  await page.getByRole('button', { name: /^Date/ }).click();
  await expect(page.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(firstDate).toHaveText('14 Jun 2024');
  await page.getByRole('button', { name: /^Party/ }).click();
  await expect(page.locator('tbody tr td.col-party').first()).toHaveText(/NATO/);
});

test('a row expands to its verbatim quote, attribution and citation', async ({ page }) => {
  await open(page, '?view=table&q=Arakhamia');
  await page.getByRole('button', { name: /Show quote and source for Ukraine on Security guarantees/ }).click();
  const detail = page.locator('.detail-row');
  await expect(detail).toContainText('Today we came up with an official proposal for a new system of security guarantees for Ukraine');
  await expect(detail).toContainText('Direct quote');
  await expect(detail).toContainText('Fox News');
  await expect(detail).toContainText('David Arakhamia');
});

test('an empty result says which filter emptied it and clears it', async ({ page }) => {
  await open(page, '?view=table&parties=nato&stances=conditional&q=sanctions');
  await expect(page.getByText('No positions match.')).toBeVisible();
  await page.getByRole('button', { name: /^Clear the stance filter$/ }).click();
  await expect(count(page)).toHaveText('Showing 2 of 44 positions');
  await urlParam(page, 'stances').toBeNull();
});

test('group by issue puts rows under issue headings', async ({ page }) => {
  await open(page, '?view=table&parties=ukraine');
  await page.getByRole('checkbox', { name: 'Group by issue' }).check();
  await expect(page.getByRole('rowheader', { name: /NATO membership \(4\)/ })).toBeVisible();
  await urlParam(page, 'group').toBe('issue');
});

test('a copied URL opened in a new page shows the same state', async ({ page, context }) => {
  await open(page, '?view=table');
  await page.getByRole('checkbox', { name: 'Ukraine' }).check();
  await page.getByRole('searchbox').fill('NATO');
  await page.getByRole('checkbox', { name: 'Direct quote' }).check();
  await expect(count(page)).toHaveText('Showing 3 of 44 positions');
  await urlParam(page, 'attribution').toBe('direct');
  const copied = page.url();
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(count(other)).toHaveText('Showing 3 of 44 positions');
  await expect(other.getByRole('checkbox', { name: 'Direct quote' })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Ukraine' })).toBeChecked();
  await expect(other.getByRole('searchbox')).toHaveValue('NATO');
});
