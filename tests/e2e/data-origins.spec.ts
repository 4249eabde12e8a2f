import { bundled, expect, test } from './fixtures';
import { ORIGIN, ORIGINS_PORT, PORT } from './servers';

/**
 * The ?data= allowlist is fixed at build time (DATA_ORIGINS). playwright.config.ts serves a second build, made with
 * DATA_ORIGINS naming the default server, on a port of its own (tests/e2e/servers.ts); the default server plays the foreign
 * data host (a plain static server that answers with Access-Control-Allow-Origin: *).
 */
const ALLOWING_BUILD = `http://127.0.0.1:${ORIGINS_PORT}/`;
const DATA_HOST = ORIGIN;
const DATASET = 'data/dataset.json';

test('a dataset from an allowed origin loads across origins', async ({ page }) => {
  const url = `${DATA_HOST}/${DATASET}`;
  const response = page.waitForResponse(url);
  await page.goto(`${ALLOWING_BUILD}?data=${encodeURIComponent(url)}`);
  // The dataset really came from the other origin, through CORS, not from the build's own copy.
  expect((await response).ok()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('html')).not.toHaveAttribute('data-error', 'true');
  await expect(page.getByRole('grid').getByRole('rowheader')).toHaveCount(bundled.issues.length);
  await expect(page.getByRole('rowheader', { name: 'NATO membership' })).toBeVisible();
});

test('the same build refuses any other origin before a request, naming the allowed one', async ({ page }) => {
  // Same server, other origin: the allowlist compares exact origins, not the machine behind them.
  const other = `http://127.0.0.1:${PORT}`;
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(other)) requested.push(r.url());
  });
  await page.goto(`${ALLOWING_BUILD}?data=${encodeURIComponent(`${other}/${DATASET}`)}`);
  await expect(page.locator('html')).toHaveAttribute('data-error', 'true');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('This dataset is not allowed');
  await expect(alert).toContainText(
    `Refused to load data from ${other}: only this site and ${DATA_HOST} may provide datasets`,
  );
  expect(requested).toEqual([]);
});
