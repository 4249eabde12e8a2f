import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { expect, open, stanceCell, test } from './fixtures';

// What format version 2 lets the dashboard say, on the bundled dataset in a real browser: concessions, mirror issues,
// stale and inferred positions, and version 1 files read as before.

test('as of 20 March 2022, Ukraine concedes on NATO membership what Russia demands, and no sentence says they agree', async ({
  page,
}) => {
  await open(page, '?asOf=2022-03-20');
  const cell = page.getByRole('button', { name: 'Ukraine and Russia on NATO membership: Ukraine concedes' });
  await expect(cell).toBeVisible();
  await expect(cell).toHaveClass(/verdict-concession/);
  const summary = page.locator('.pair-summary').filter({ hasText: 'Ukraine – Russia' });
  await expect(summary).toContainText('Ukraine concedes what Russia demands.');
  // A partial verdict elsewhere may read "partly agree"; the concession is never counted as agreement.
  await expect(summary).toContainText(/on 1, Ukraine concedes what Russia demands\./);
  await expect(page.locator('body')).not.toContainText(/Ukraine and Russia agree/);

  await cell.click();
  const dialog = page.getByRole('dialog', { name: 'NATO membership' });
  await expect(dialog).toContainText('Ukraine concedes what Russia demands.');
  await expect(dialog.locator('.tag-concession').first()).toHaveText('Concession');
  // The mirror issue is read beside it: neutrality, Russia's demand and Ukraine's offer of 25 February to discuss it.
  await expect(dialog.getByRole('heading', { name: 'Read together with “Neutral status”' })).toBeVisible();

  await page.keyboard.press('Escape');
  await open(page, '?asOf=2022-03-20&view=agreement');
  await expect(page.locator('body')).not.toContainText(/Ukraine and Russia agree|Ukraine – Russia[^.]*agree most/);
});

test('the neutrality row shows Ukraine’s conditional offer of 29 March 2022 against Russia’s demand as partial', async ({
  page,
}) => {
  await open(page, '?asOf=2022-03-29');
  await expect(stanceCell(page, 'Ukraine', 'Neutral status')).toHaveAccessibleName(
    /^Ukraine on Neutral status: Conditional 29 Mar 2022 · reported concession$/,
  );
  await expect(stanceCell(page, 'Russia', 'Neutral status')).toHaveAccessibleName(
    /^Russia on Neutral status: Supports/,
  );
  await expect(page.getByRole('button', { name: 'Ukraine and Russia on Neutral status: Partial' })).toBeVisible();
});

test('fresh=1 turns the verdicts resting on stale positions into no basis, and says so in the control', async ({
  page,
}) => {
  await open(page, '?asOf=2024-06-14');
  const neutrality = page.getByRole('button', { name: /^Ukraine and Russia on Neutral status: / });
  // The verdict rests on stale positions: it counts, and says how old the older one is.
  await expect(neutrality).toHaveAccessibleName('Ukraine and Russia on Neutral status: Partial stated 2 years earlier');
  await expect(neutrality).toHaveClass(/is-stale/);
  await expect(stanceCell(page, 'Ukraine', 'Neutral status')).toHaveAccessibleName(/stated 2 years earlier/);
  await expect(stanceCell(page, 'Ukraine', 'Neutral status')).toHaveClass(/is-stale/);

  await page.getByRole('checkbox', { name: 'Current positions only' }).check();
  await expect(neutrality).toHaveAccessibleName('Ukraine and Russia on Neutral status: No basis');
  await expect(stanceCell(page, 'Ukraine', 'Neutral status')).toHaveAccessibleName(
    /^Ukraine on Neutral status: No stated position/,
  );
  await expect.poll(() => new URL(page.url()).searchParams.get('fresh')).toBe('1');
  // A fresh position keeps its verdict.
  await expect(
    page.getByRole('button', { name: /^Ukraine and Russia on Ukrainian withdrawal: / }),
  ).toHaveAccessibleName(/Conflict/);

  // On the timeline, a party's standing statement says its age too; older statements are history and do not.
  await open(page, '?view=timeline&issues=neutrality&asOf=2024-06-14');
  await expect(page.getByRole('button', { name: /^Ukraine, 29 March 2022: / })).toHaveAccessibleName(
    'Ukraine, 29 March 2022: Conditional (reported, concession, stated 2 years earlier). Show the source',
  );

  await open(page, '?asOf=2024-06-14&fresh=1');
  await expect(neutrality).toHaveAccessibleName(/No basis/);
  await expect(page.getByRole('checkbox', { name: 'Current positions only' })).toBeChecked();
});

test('an inferred position carries its mark in the grid, the detail panel and the CSV; basis=stated leaves it out', async ({
  page,
}) => {
  await open(page, '?asOf=2024-06-14');
  const cell = stanceCell(page, 'Ukraine', 'Crimea');
  await expect(cell).toHaveAccessibleName(/^Ukraine on Crimea: Opposes 14 Jun 2024 · reported inferred$/);
  await expect(cell.locator('.cell-mark')).toHaveText('inferred');
  await cell.click();
  const dialog = page.getByRole('dialog', { name: 'Crimea' });
  await expect(dialog.locator('.tag-inferred').first()).toHaveText('Inferred');
  await expect(dialog).toContainText('Inferred by the curators, not stated by the party');
  await page.keyboard.press('Escape');

  await open(page, '?view=table&parties=ukraine&q=Crimea');
  await expect(
    page.locator('tbody tr').filter({ hasText: 'its refusal to recognise Crimea as Russian' }).locator('.tag-inferred'),
  ).toHaveText('Inferred');
  await open(page, '?view=table&parties=ukraine');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download CSV/ }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows.find((r) => r.id === 'ua-crimea-recognition-2024-06-14')).toMatchObject({
    basis: 'inferred',
    kind: 'demand',
  });
  expect(rows.find((r) => r.id === 'ua-nato-membership-2022-03-15')).toMatchObject({
    basis: 'stated',
    kind: 'concession',
  });

  await open(page, '?asOf=2024-06-14&basis=stated');
  await expect(stanceCell(page, 'Ukraine', 'Crimea')).toHaveAccessibleName(/^Ukraine on Crimea: No stated position/);
});

test('on a phone, where the grid leaves the date out, the inferred and concession marks stay', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, '?asOf=2024-06-14');
  await expect(stanceCell(page, 'Ukraine', 'Crimea').locator('.cell-date')).toBeHidden();
  await expect(stanceCell(page, 'Ukraine', 'Crimea').locator('.cell-mark')).toBeVisible();
  await expect(stanceCell(page, 'Ukraine', 'Neutral status').locator('.cell-mark')).toHaveText('concession');
  await expect(stanceCell(page, 'Ukraine', 'Neutral status').locator('.cell-mark')).toBeVisible();
});

test('a version 1 file loads as before: migrated as it is read', async ({ page }) => {
  const v1 = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/four-parties.json'), 'utf8')) as {
    schemaVersion: number;
  };
  expect(v1.schemaVersion).toBe(1);
  await page.route('**/data/v1.json', (route) => route.fulfill({ json: v1 }));
  await open(page, '?data=data/v1.json&asOf=2023-12-31');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(1 + 4 + 6);
  await expect(page.getByRole('button', { name: 'Alpha and Beta on Borders: Conflict' })).toBeVisible();
});
