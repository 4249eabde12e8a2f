import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Position } from '../../src/data/schema';
import { latestDate } from '../../src/lib/datasetIndex';
import { mostDiscussedIssue } from '../../src/lib/timeline';

/** Every end-to-end test fails on any console error or uncaught page error. */
export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await use(errors);
      expect(errors, 'console or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await settled(page);
}

/**
 * The view has rendered (`data-ready`) and its web fonts have arrived. Inter swaps in after the first paint and moves
 * lines by a pixel or two, so a test that measures layout right after `data-ready` can catch the fallback font.
 */
export async function settled(page: Page | Frame): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.evaluate(async () => {
    // A frame: Chromium may hold back animation frames of an iframe out of view (a sandboxed one under load hung
    // here), so a frame or 200 ms, whichever comes first.
    await new Promise((resolve) => {
      requestAnimationFrame(resolve);
      setTimeout(resolve, 200);
    });
    await document.fonts.ready;
  });
}

/** The stance cell of one party on one issue in the comparison grid, found by its accessible name. */
export const stanceCell = (page: Page, party: string, issue: string) =>
  page.getByRole('button', { name: new RegExp(`^${party} on ${issue}: `) });

/** The bundled dataset as the page loads it: tests read their expectations from it instead of restating its contents. */
export const bundled = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as {
  parties: { id: string; name: string; shortName: string }[];
  issues: { id: string; title: string }[];
  sources: { id: string; outlet: string; url: string | null }[];
  positions: Position[];
};
/** The latest date of the bundled dataset: the page's default "as of". */
export const LATEST = latestDate(bundled.positions) ?? '';
/** The timeline's default issue: the one with the most positions, ties to the first in dataset order. */
export const MOST_DISCUSSED = bundled.issues.find(
  (i) =>
    i.id ===
    mostDiscussedIssue(
      bundled.positions,
      bundled.issues.map((x) => x.id),
    ),
) ?? { id: '', title: '' };
