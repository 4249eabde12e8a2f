import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOGS } from '../../src/i18n';
import type { Dataset } from '../../src/data/schema';
import { formatterFor } from '../../src/lib/format';
import { LATEST, expect, open, test, urlParam } from './fixtures';
import { ORIGIN } from './servers';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;
const nato = dataset.issues.find((i) => i.id === 'nato-membership');

test('lang=uk: Ukrainian interface, dates, issue titles and html lang; quotes stay as printed', async ({ page }) => {
  await open(page, '?view=matrix&lang=uk');
  const uk = CATALOGS.uk;
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('button', { name: uk.views.matrix, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('as-of')).toHaveText(formatterFor('uk').date(LATEST));
  const title = nato?.translations?.uk?.title ?? '';
  expect(title).not.toBe('');
  await expect(page.getByRole('rowheader', { name: title })).toBeVisible();

  await page
    .getByRole('button', { name: new RegExp(`${title}`) })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: title });
  const quote = dialog.locator('blockquote p[lang="en"]').first();
  await expect(quote).toBeVisible();
  // The quote is the English original, marked as such, with a note in Ukrainian.
  // (from the issue, its history, or the mirror issues read together with it)
  const shownIssues = new Set(['nato-membership', ...(nato?.related ?? [])]);
  const original = dataset.positions.filter((p) => shownIssues.has(p.issue)).map((p) => `“${p.quote ?? ''}”`);
  expect(original).toContain(await quote.textContent());
  await expect(dialog.getByText(uk.position.quoteIn(formatterFor('uk').languageName('en'))).first()).toBeVisible();
});

test('lang=ru: Russian interface and summary sentence', async ({ page }) => {
  await open(page, '?view=distribution&lang=ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: CATALOGS.ru.distribution.title })).toBeVisible();
  await expect(page.locator('.chart-summary')).toContainText(CATALOGS.ru.summary.asOf(formatterFor('ru').date(LATEST)));
});

test('the browser’s language is used outside embeds, never inside them; lang= wins', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU', baseURL: ORIGIN });
  const page = await context.newPage();
  await open(page, '');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await open(page, '?embed=1');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await open(page, '?lang=uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await context.close();
});

test('the language switch changes the interface and keeps lang= in the address', async ({ page }) => {
  await open(page, '?view=agreement');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { name: CATALOGS.uk.agreement.barsTitle })).toBeVisible();
  await urlParam(page, 'lang').toBe('uk');
  await urlParam(page, 'view').toBe('agreement');
});

test('an unknown lang= is ignored with a notice', async ({ page }) => {
  await open(page, '?lang=de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status').filter({ hasText: 'lang' })).toContainText('ignored lang="de"');
});

test('exports use the chosen language', async ({ page }) => {
  await open(page, '?view=timeline&issues=nato-membership&lang=uk');
  await page.getByRole('button', { name: CATALOGS.uk.share.download, exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: CATALOGS.uk.export.svg }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain(CATALOGS.uk.export.subtitle.asOf(formatterFor('uk').date(LATEST)));
  expect(svg).toContain(CATALOGS.uk.timeline.stepsTitle(nato?.translations?.uk?.title ?? '').replace(/’/g, '’'));
});

for (const lang of ['uk', 'ru'] as const)
  for (const view of ['compare', 'matrix', 'agreement', 'timeline', 'distribution', 'table'])
    test(`${lang} at 375 px: ${view} has no overflowing text`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await open(page, `?view=${view}&lang=${lang}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const clipped = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            'h1, h2, h3, .views button, .cell, .chip, .badge, th, .share-bar button, .filters-toggle, label, summary, .chart-summary, .legend',
          ),
        ]
          .filter(
            (el) =>
              el.getClientRects().length > 0 &&
              el.scrollWidth > el.clientWidth + 1 &&
              getComputedStyle(el).overflowX !== 'visible',
          )
          .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}: ${el.textContent?.slice(0, 40) ?? ''}`),
      );
      expect(clipped).toEqual([]);
      // Nor does a long word run out of its table header into the next cell (overflow there is visible, not clipped).
      const spilling = await page.evaluate(() =>
        [...document.querySelectorAll('th')]
          .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.textContent?.slice(0, 40) ?? ''),
      );
      expect(spilling).toEqual([]);
      // Chart labels stay inside their chart and are never cut short with an ellipsis.
      const chartText = await page.evaluate(() =>
        [...document.querySelectorAll('svg.recharts-surface text')]
          .filter((t) => {
            const svg = (t as SVGTextElement).ownerSVGElement?.getBoundingClientRect();
            const r = t.getBoundingClientRect();
            return (
              svg !== undefined &&
              (r.left < svg.left - 1 || r.right > svg.right + 1 || (t.textContent ?? '').includes('…'))
            );
          })
          .map((t) => t.textContent ?? ''),
      );
      expect(chartText).toEqual([]);
    });

test('the dashboard is drawn only once its fonts are in, so no label is measured in a fallback font', async ({
  page,
}) => {
  // Fonts that arrive well after the data: the dashboard waits for them (up to 3 s) before drawing.
  await page.route('**/*.woff2', async (route) => {
    await new Promise((done) => setTimeout(done, 1000));
    await route.continue();
  });
  for (const [lang, sample] of [
    ['en', 'Aa'],
    ['ru', 'Жж'],
  ] as const) {
    await page.goto(`/?view=agreement&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const loaded = await page.evaluate(
      (text) => ['400', '700'].map((weight) => document.fonts.check(`${weight} 16px Inter`, text)),
      sample,
    );
    expect(loaded, `Inter for ${lang} at data-ready`).toEqual([true, true]);
    // Nor is any chart label cut short for want of room it would have had in Inter.
    await expect(page.locator('svg.recharts-surface text', { hasText: '…' })).toHaveCount(0);
  }
});
