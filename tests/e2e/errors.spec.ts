import { expect, open, test } from './fixtures';

test('a broken dataset shows the problems with their JSON paths', async ({ page }) => {
  const fixture = (await import('../fixtures/four-parties.json', { with: { type: 'json' } })).default;
  const broken = structuredClone(fixture) as { positions: { issue: string; date: string }[] };
  broken.positions[2]!.issue = 'nato';
  broken.positions[4]!.date = '2023-02-30';
  await page.route('**/data/broken.json', (route) => route.fulfill({ json: broken }));
  await page.goto('/?data=data/broken.json');
  await expect(page.locator('html')).toHaveAttribute('data-error', 'true');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('broken.json does not match the dataset format');
  await expect(alert).toContainText('positions[2].issue: unknown issue "nato"');
  await expect(alert).toContainText('positions[4].date: "2023-02-30" is not a real calendar date');
});

test('a file that is not JSON says where it breaks', async ({ page }) => {
  await page.route('**/data/truncated.json', (route) =>
    route.fulfill({ body: '{"schemaVersion": 1, "meta": {', contentType: 'application/json' }),
  );
  await page.goto('/?data=data/truncated.json');
  await expect(page.getByRole('alert')).toContainText('truncated.json is not valid JSON');
  await expect(page.getByRole('alert')).toContainText('line 1');
});

test('a dataset from a foreign origin is refused before any request', async ({ page }) => {
  let requested = false;
  await page.route('https://evil.example.org/**', (route) => {
    requested = true;
    return route.abort();
  });
  await page.goto('/?data=https://evil.example.org/fake.json');
  await expect(page.locator('html')).toHaveAttribute('data-error', 'true');
  await expect(page.getByRole('alert')).toContainText('Refused to load data from https://evil.example.org');
  expect(requested).toBe(false);
});

test('malformed parameters are ignored with a dismissible notice', async ({ page }) => {
  await open(page, '?view=pie&asOf=yesterday&parties=ukraine,atlantis');
  const notice = page.getByRole('status').filter({ hasText: 'ignored' });
  await expect(notice).toContainText('ignored view="pie"');
  await expect(notice).toContainText('ignored asOf="yesterday"');
  await expect(notice).toContainText('ignored "atlantis" in parties: not in this dataset');
  await expect(page.getByRole('table')).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toBeHidden();
});
