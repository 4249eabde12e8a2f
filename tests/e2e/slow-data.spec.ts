import type { Route } from '@playwright/test';
import { LOAD_TIMEOUT_MS } from '../../src/data/load';
import { bundled, expect, test } from './fixtures';

const START = new Date('2024-06-14T12:00:00Z');

test('a dataset request that never answers times out with a message naming the URL, and Try again loads it', async ({
  page,
  baseURL,
}) => {
  // Page time stands still from the start, so the 15-second production timeout passes only when runFor says so.
  // pauseAt must lie ahead of the installed clock, which runs until paused: a second's margin on a busy machine.
  await page.clock.install({ time: START });
  await page.clock.pauseAt(new Date(START.getTime() + 1_000));
  let hang = true;
  const held: Route[] = [];
  // Held routes are never answered: the request stays pending until the page gives up on it.
  await page.route('**/data/dataset.json', async (route) => {
    if (hang) held.push(route);
    else await route.continue();
  });
  await page.goto('/');
  await expect.poll(() => held.length).toBeGreaterThan(0);
  const html = page.locator('html');

  await page.clock.runFor(LOAD_TIMEOUT_MS - 1);
  await expect(page.getByRole('status').filter({ hasText: 'Loading positions' })).toBeVisible();
  await expect(html).not.toHaveAttribute('data-error', 'true');

  await page.clock.runFor(1);
  await expect(html).toHaveAttribute('data-error', 'true');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The data took too long to arrive');
  await expect(alert).toContainText(
    `No answer from ${new URL('data/dataset.json', baseURL).href} within ${LOAD_TIMEOUT_MS / 1000} seconds.`,
  );

  hang = false;
  await page.clock.resume();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(html).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(bundled.issues.length);
});
