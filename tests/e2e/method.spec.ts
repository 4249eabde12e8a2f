import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../src/data/schema';
import { METHOD_TEXT } from '../component/MethodSections';
import { expect, open, settled, test } from './fixtures';

/**
 * The methodology page in a browser: what needs layout, scrolling, printing and a real download. What it says, its
 * links, its keyboard path and its accessibility rules are checked in jsdom (tests/component/MethodPage.test.tsx,
 * tests/component/MethodView.test.tsx, tests/component/a11y-method.test.tsx).
 */
const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;

test('the methodology page: no sideways scroll from 320 px in every language, contents links scroll, a real download, A4 print', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await open(page, '?view=method');

  // The contents lead to their part: the browser scrolls it into view.
  const main = page.getByRole('main');
  const corrections = METHOD_TEXT.en[3] ?? '';
  await main.getByRole('navigation').getByRole('link', { name: corrections }).click();
  await expect(page).toHaveURL(/#method-corrections$/);
  await expect(main.getByRole('heading', { level: 2, name: corrections })).toBeInViewport();

  // The download link serves the dataset that is loaded, under a dated name; the schema beside it is served too.
  const link = page.getByRole('link', { name: 'Download the dataset (JSON)' });
  expect(new URL((await link.getAttribute('href')) ?? '', page.url()).pathname).toBe('/data/dataset.json');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`dataset-${dataset.meta.updated}.json`);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(dataset);
  const schemaLink = page.getByRole('link', { name: 'The dataset format (JSON Schema)' });
  const schema = await page.request.get(new URL((await schemaLink.getAttribute('href')) ?? '', page.url()).href);
  expect(schema.ok()).toBe(true);
  expect(((await schema.json()) as { $schema?: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');

  // No sideways scroll at phone widths, in each language (switched in place); wide tables scroll in their own box.
  for (const lang of ['en', 'uk', 'ru'] as const) {
    if (lang !== 'en') {
      await page.getByRole('banner').getByRole('combobox').selectOption(lang);
      await expect(main.getByRole('heading', { level: 2 })).toHaveText([...METHOD_TEXT[lang]]);
      await settled(page);
    }
    for (const width of [320, 375, 640]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${lang} at ${width} px`).toBeLessThanOrEqual(0);
      // A box that scrolls can be scrolled from the keyboard: it takes focus and is named.
      for (const box of await page.locator('.method-scroll').all()) {
        await expect(box).toHaveAttribute('tabindex', '0');
        await expect(box).toHaveAccessibleName(/.+/);
      }
    }
  }
  await page.getByRole('banner').getByRole('combobox').selectOption('en');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText([...METHOD_TEXT.en]);

  // Printed on A4: without its contents list and the way back, nothing cut at the right edge.
  await page.setViewportSize({ width: 1280, height: 900 });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'print' });
  // A4's width less the print margins, in CSS pixels.
  await page.setViewportSize({ width: Math.floor(((210 - 24) / 25.4) * 96), height: 1000 });
  await expect(main.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Back to the dashboard' })).toBeHidden();
  const cut = await page.evaluate(() => {
    const right = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.right > right + 0.5 || box.left < -0.5);
      })
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`)
      .slice(0, 8);
  });
  expect(cut).toEqual([]);
});
