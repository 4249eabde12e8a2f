import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { resolveAsOf } from '../../src/lib/asOf';
import { agreement } from '../../src/lib/overlap';
import { LATEST, expect, longDate, open, settled, test, urlParam } from './fixtures';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page's six parts, in order, as each language names them. */
const SECTIONS = {
  en: [
    'The codebook',
    'How verdicts and the agreement index are computed',
    'Sources',
    'Corrections log',
    'Report an error',
    'Download the dataset',
  ],
  uk: [
    'Правила кодування',
    'Як обчислюються оцінки та індекс згоди',
    'Джерела',
    'Журнал виправлень',
    'Повідомити про помилку',
    'Завантажити набір даних',
  ],
  ru: [
    'Правила кодирования',
    'Как вычисляются оценки и индекс согласия',
    'Источники',
    'Журнал исправлений',
    'Сообщить об ошибке',
    'Скачать набор данных',
  ],
} as const;
const LANGS = Object.keys(SECTIONS) as (keyof typeof SECTIONS)[];

async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, label).toEqual([]);
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if ((await focused.count()) === 1 && (await focused.evaluate(matches))) return;
  }
  throw new Error('never reached the element by Tab');
}

/** The agreement index of the first two parties on every issue as of the latest date, as the engine computes it. */
function engineIndex(): string {
  const latest =
    dataset.positions
      .map((p) => p.date)
      .sort()
      .at(-1) ?? '';
  const [a, b] = dataset.parties;
  const { index } = agreement(
    resolveAsOf(dataset.positions, latest),
    dataset.issues.map((i) => i.id),
    a?.id ?? '',
    b?.id ?? '',
  );
  return index === null
    ? 'n/a'
    : new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(index);
}

for (const lang of LANGS)
  test(`the methodology page renders in ${lang}: six parts in order, a table of contents, no filters or date`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await open(page, `?view=method&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2 })).toHaveText([...SECTIONS[lang]]);
    const toc = main.getByRole('navigation');
    await expect(toc.getByRole('link')).toHaveText([...SECTIONS[lang]]);
    // Each entry of the contents leads to its part.
    await toc.getByRole('link').nth(3).click();
    await expect(page).toHaveURL(/#method-corrections$/);
    await expect(main.getByRole('heading', { level: 2, name: SECTIONS[lang][3] })).toBeInViewport();
    // Every source and every correction of the dataset is listed.
    await expect(
      page.getByRole('region', { name: SECTIONS[lang][2], exact: true }).locator('ol.method-list > li'),
    ).toHaveCount(dataset.sources.length);
    await expect(
      page.getByRole('region', { name: SECTIONS[lang][3], exact: true }).locator('ol.method-list > li'),
    ).toHaveCount(dataset.corrections?.length ?? 0);
    // Every party of the dataset, by its name in the reader's language.
    const names = dataset.parties.map((p) => (lang === 'en' ? p.name : (p.translations?.[lang]?.name ?? p.name)));
    for (const name of names) await expect(main.locator('.method-parties dt', { hasText: name })).toHaveCount(1);
    // The date and the filters do not apply here; the view tabs stay, as a way back.
    await expect(page.getByRole('slider')).toHaveCount(0);
    await expect(page.locator('.filters')).toHaveCount(0);
    await expect(page.locator('.share-bar')).toHaveCount(0);
    await expect(page.locator('.views button')).toHaveCount(6);
    await expect(page.locator('.views button[aria-pressed="true"]')).toHaveCount(0);
    await expectNoViolations(page, lang);
  });

for (const query of [
  '?view=method&theme=dark',
  '?view=method&lang=uk&theme=dark',
  '?view=method&embed=1',
  '?view=method&embed=1&controls=1&theme=dark',
])
  test(`axe: the methodology page at ${query}`, async ({ page }) => {
    // axe reads every node of a long page: ~8 s alone, several times that beside another suite.
    test.setTimeout(90_000);
    await open(page, query);
    await expectNoViolations(page, query);
  });

test('the worked example is computed from the data and matches the agreement view', async ({ page }) => {
  const expected = engineIndex();
  await open(page, '?view=method');
  const [a, b] = dataset.parties;
  await expect(page.getByTestId('method-result')).toHaveText(
    `The agreement index of ${a?.name} and ${b?.name} is ${expected}.`,
  );
  await expect(page.getByTestId('method-arithmetic')).toContainText(`= ${expected}`);
  // One row per issue both addressed.
  const example = page.getByRole('table', { name: new RegExp(`^${a?.name} and ${b?.name} as of ${longDate(LATEST)}`) });
  const latest = resolveAsOf(dataset.positions, LATEST);
  const both = agreement(
    latest,
    dataset.issues.map((i) => i.id),
    a?.id ?? '',
    b?.id ?? '',
  ).comparable;
  await expect(example.locator('tbody tr')).toHaveCount(both);

  // The link to the agreement view opens it in place, with no filter set, showing the same figure.
  await page.getByRole('link', { name: 'The Agreement view shows the same figure for the pair' }).click();
  await urlParam(page, 'view').toBe('agreement');
  await settled(page);
  await expect(
    page.getByRole('button', { name: new RegExp(`^${a?.shortName} – ${b?.shortName}: agreement index ${expected},`) }),
  ).toHaveCount(1);
});

test('the download link serves the dataset that is loaded, under a dated name; the schema is served too', async ({
  page,
}) => {
  await open(page, '?view=method');
  const link = page.getByRole('link', { name: 'Download the dataset (JSON)' });
  const href = new URL((await link.getAttribute('href')) ?? '', page.url());
  expect(href.pathname).toBe('/data/dataset.json');
  await expect(link).toHaveAttribute('download', `dataset-${dataset.meta.updated}.json`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`dataset-${dataset.meta.updated}.json`);
  const saved = await download.path();
  expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(dataset);

  const schemaLink = page.getByRole('link', { name: 'The dataset format (JSON Schema)' });
  const schema = await page.request.get(new URL((await schemaLink.getAttribute('href')) ?? '', page.url()).href);
  expect(schema.ok()).toBe(true);
  expect(((await schema.json()) as { $schema?: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
});

test('with no contact address in the dataset, the page says so and invents none', async ({ page }) => {
  await open(page, '?view=method');
  const report = page.getByRole('region', { name: 'Report an error' });
  await expect(report).toContainText('This dataset names no contact address.');
  await expect(report.getByRole('link')).toHaveCount(0);
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
});

test('the header link reaches the page by keyboard, and the page leads back', async ({ page }) => {
  await open(page, '?view=matrix&parties=ukraine,russia');
  await tabTo(page, (el) => el.tagName === 'A' && el.textContent === 'Methodology' && el.closest('header') !== null);
  await page.keyboard.press('Enter');
  await urlParam(page, 'view').toBe('method');
  await settled(page);
  await expect(page.getByRole('heading', { level: 2, name: 'The codebook' })).toBeVisible();
  // Focus moved to the new content, and the reader's choices wait for the way back.
  await expect(page.locator('#main')).toBeFocused();
  await urlParam(page, 'parties').toBe('ukraine,russia');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Methodology', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await tabTo(page, (el) => el.tagName === 'A' && (el.textContent ?? '').includes('Back to the dashboard'));
  await page.keyboard.press('Enter');
  await urlParam(page, 'view').toBe(null);
  await settled(page);
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  await urlParam(page, 'parties').toBe('ukraine,russia');
});

test('every embed’s footer links to the methodology page, in a new tab', async ({ page, context }) => {
  await open(page, '?embed=1&view=agreement&lang=uk');
  const link = page.getByRole('contentinfo').getByRole('link', { name: 'Методологія (відкривається в новій вкладці)' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const href = new URL((await link.getAttribute('href')) ?? '', page.url());
  expect(href.searchParams.get('view')).toBe('method');
  expect(href.searchParams.has('embed')).toBe(false);
  expect(href.searchParams.get('lang')).toBe('uk');
  const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await settled(opened);
  await expect(opened.getByRole('heading', { level: 2, name: 'Правила кодування' })).toBeVisible();
});

for (const width of [320, 375, 640])
  test(`the page does not scroll sideways at ${width} px; wide tables scroll inside their own box`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const lang of LANGS) {
      await open(page, `?view=method&lang=${lang}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, lang).toBeLessThanOrEqual(0);
      // A box that scrolls can be scrolled from the keyboard: it takes focus and is named.
      for (const box of await page.locator('.method-scroll').all()) {
        await expect(box).toHaveAttribute('tabindex', '0');
        await expect(box).toHaveAccessibleName(/.+/);
      }
    }
  });

test('switching the language on the page rewrites it in the new language', async ({ page }) => {
  await open(page, '?view=method');
  for (const lang of ['ru', 'uk', 'en'] as const) {
    await page.getByRole('combobox').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([...SECTIONS[lang]]);
  }
});

test('the page prints on A4 without its contents list and without cutting anything at the right edge', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '?view=method');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'print' });
  // A4's width less the print margins, in CSS pixels.
  await page.setViewportSize({ width: Math.floor(((210 - 24) / 25.4) * 96), height: 1000 });
  await expect(page.getByRole('main').getByRole('navigation')).toBeHidden();
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
