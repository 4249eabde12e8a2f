import { test as base, expect, type Frame, type Page } from '@playwright/test';

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
    await new Promise(requestAnimationFrame);
    await document.fonts.ready;
  });
}

/** The stance cell of one party on one issue in the comparison grid, found by its accessible name. */
export const stanceCell = (page: Page, party: string, issue: string) =>
  page.getByRole('button', { name: new RegExp(`^${party} on ${issue}: `) });

/**
 * A parameter of the page's address, polled: the address follows the state once a burst of changes settles
 * (main.tsx), so right after a click it may still show the previous state.
 */
export const urlParam = (page: Page, name: string) => expect.poll(() => new URL(page.url()).searchParams.get(name));
