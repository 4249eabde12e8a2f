import { expect, test } from '@playwright/test';

// Uses the plain Playwright test: this spec provokes errors on purpose and checks how they are reported.
// A failing dataset request and its retry: tests/component/ErrorsPage.test.tsx (no real browser needed).
test('a chart view whose code fails to load is contained; the rest of the dashboard keeps working', async ({
  page,
}) => {
  const console_: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') console_.push(m.text());
  });
  await page.route(/assets\/TimelineView-[\w-]+\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("timeline chunk broken");' }),
  );
  await page.goto('/?view=timeline');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not show Timeline. The rest of the page still works.');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The rest works: another view opens, and the failure is gone with it.
  await page.getByRole('button', { name: 'Overlap matrix', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Where each pair of parties overlaps or conflicts' })).toBeVisible();
  await expect(alert).toHaveCount(0);

  // Reported once, as one readable line.
  const ours = console_.filter((t) => t.startsWith('Ukraine–Russia–NATO dashboard:'));
  expect(ours).toEqual([
    'Ukraine–Russia–NATO dashboard: a view or chart failed and was contained: timeline chunk broken',
  ]);
});
