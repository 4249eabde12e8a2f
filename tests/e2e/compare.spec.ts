import { bundled, expect, LATEST, longDate, open, stanceCell, test, urlParam } from './fixtures';

test('the comparison grid loads with every issue and the latest date', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ukraine, Russia and NATO: where demands meet');
  await expect(page.getByTestId('as-of')).toHaveText(longDate(LATEST));
  const grid = page.getByRole('table');
  await expect(grid.getByRole('rowheader')).toHaveCount(bundled.issues.length);
  await expect(grid.getByRole('columnheader', { name: 'Ukraine – Russia' })).toBeVisible();
  await expect(stanceCell(page, 'Russia', 'NATO membership')).toHaveAccessibleName(/Opposes/);
});

test('moving the as-of date shows Ukraine’s NATO stance change between 2021, March 2022 and June 2024', async ({
  page,
}) => {
  await open(page);
  const slider = page.getByRole('slider', { name: /Positions as of/ });
  const ukraine = stanceCell(page, 'Ukraine', 'NATO membership');
  const russia = stanceCell(page, 'Russia', 'NATO membership');

  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('as-of')).toHaveText('2 April 2021');
  await expect(ukraine).toHaveAccessibleName(/No stated position/);
  await page.keyboard.press('ArrowRight'); // 6 April 2021
  await expect(page.getByTestId('as-of')).toHaveText('6 April 2021');
  await expect(ukraine).toHaveAccessibleName(/Supports/);
  await expect(russia).toHaveAccessibleName(/Opposes/);

  // Step on, one date at a time, to 15 March 2022.
  for (let i = 0; i < 40 && (await page.getByTestId('as-of').textContent()) !== '15 March 2022'; i++)
    await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('as-of')).toHaveText('15 March 2022');
  await expect(ukraine).toHaveAccessibleName(/Opposes/);
  await expect(russia).toHaveAccessibleName(/Opposes/);
  await urlParam(page, 'asOf').toBe('2022-03-15');

  await page.keyboard.press('End');
  await expect(page.getByTestId('as-of')).toHaveText(longDate(LATEST));
  await expect(ukraine).toHaveAccessibleName(/Supports/);
  await expect(russia).toHaveAccessibleName(/Opposes/);
  await urlParam(page, 'asOf').toBeNull();
});

test('activating a cell shows the positions behind it with their quotes, and Esc closes it', async ({ page }) => {
  await open(page, '?asOf=2022-03-15');
  const cell = page.getByRole('button', { name: /^Ukraine and Russia on NATO membership: Ukraine concedes/ });
  await cell.click();
  const dialog = page.getByRole('dialog', { name: 'NATO membership' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Ukraine is not a member of NATO. We understand that.');
  await expect(dialog).toContainText('NATO membership will be the red line for Russia.');
  await expect(dialog).toContainText('Firstpost');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();
});

test('a party cell shows the current position and its history', async ({ page }) => {
  await open(page);
  await stanceCell(page, 'Ukraine', 'NATO membership').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Earlier positions' })).toBeVisible();
  await expect(dialog).toContainText('NATO is the only way to end the Donbass war.');
  await expect(dialog).toContainText('RKS News');
});

test('a fourth party in a dataset gets its own column and pairs', async ({ page }) => {
  const fixture = await import('../fixtures/four-parties.json', { with: { type: 'json' } });
  await page.route('**/data/four.json', (route) => route.fulfill({ json: fixture.default }));
  await open(page, '?data=data/four.json');
  await expect(page.getByRole('columnheader', { name: 'Delta', exact: true })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Gamma – Delta' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(1 + 4 + 6);
});
