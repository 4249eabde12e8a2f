import type { Page } from '@playwright/test';
import { en, type Messages } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { uk } from '../../src/i18n/uk';
import { expect, settled, test } from './fixtures';

// What needs a real browser: layout at a phone's width in the longer Ukrainian and Russian texts (the web fonts, awaited
// before drawing, and what does not move after data-ready: stability.spec.ts).
// The rest of the former i18n tests (interface text, dates, html lang, the browser's language, the switch, lang=
// notices) are component tests in tests/component/I18nPage.test.tsx; "exports use the chosen language" is part of the
// download test in export.spec.ts.

const CATALOGS = { uk, ru, en };
const SWEPT = ['compare', 'matrix', 'agreement', 'timeline', 'distribution', 'table'] as const;

/** Text cut off or running out of its box at the current width: each problem named. */
async function overflowing(
  page: Page,
): Promise<{ page: number; clipped: string[]; spilling: string[]; chart: string[]; bare: string[] }> {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    clipped: [
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
    // Nor does a long word run out of its table header into the next cell (overflow there is visible, not clipped).
    // (A grid drawn as cards keeps its header row for screen readers only, visually hidden.)
    spilling: [...document.querySelectorAll('th')]
      .filter((el) => !el.closest('.is-cards thead'))
      .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent?.slice(0, 40) ?? ''),
    // Chart labels stay inside their chart and are never cut short with an ellipsis.
    chart: [...document.querySelectorAll('svg.recharts-surface text')]
      .filter((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement?.getBoundingClientRect();
        const r = t.getBoundingClientRect();
        return (
          svg !== undefined && (r.left < svg.left - 1 || r.right > svg.right + 1 || (t.textContent ?? '').includes('…'))
        );
      })
      .map((t) => t.textContent ?? ''),
    // No word of a title is broken across two lines without a hyphen: Chromium here has no hyphenation dictionary, so
    // only the soft hyphens the page put in can break a word with one (a word with its own hyphen or slash may break
    // after it).
    bare: [...document.querySelectorAll('.issue-title, .issue-prop, td.col-issue, th')]
      .filter((el) => el.getClientRects().length > 0 && el.closest('.visually-hidden, .is-cards thead') === null)
      .flatMap((el) => {
        const words: string[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
          for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1 && !/[\u00ad\-–/]/.test(word[0])) words.push(word[0]);
          }
        return words;
      }),
  }));
}

/** Legend items whose explanation, wrapping, runs down a narrow column beside its badge instead of under it. */
function raggedLegend(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.legend-item')]
      .filter((item) => {
        const text = item.lastChild;
        if (text === null || text.nodeType !== Node.TEXT_NODE || item.getClientRects().length === 0) return false;
        const range = document.createRange();
        range.selectNodeContents(text);
        const lines = [...range.getClientRects()].filter((r) => r.width > 1);
        const left = item.getBoundingClientRect().left;
        return lines.length > 1 && lines.slice(1).some((r) => r.left > left + 2);
      })
      .map((item) => item.textContent ?? ''),
  );
}

test('uk, ru and en at 320 px: no view has overflowing text or a word broken without a hyphen', async ({ page }) => {
  test.setTimeout(60_000);
  // Waiting for the fonts before drawing, with the fonts held back, is tests/e2e/stability.spec.ts.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?view=agreement&lang=ru');
  await settled(page);

  // The sweep: every view in Russian (the page is open in Russian), then in Ukrainian and English through the switch.
  let previous: Messages = ru;
  for (const lang of ['ru', 'uk', 'en'] as const) {
    const m = CATALOGS[lang];
    if (lang !== 'ru') {
      await page.getByRole('combobox', { name: previous.app.language }).selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    }
    previous = m;
    for (const view of SWEPT) {
      const tab = page.getByRole('button', { name: m.views[view], exact: true });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-pressed', 'true');
      await settled(page);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const { page: sideways, ...text } = await overflowing(page);
      expect(sideways, `${lang} at 320 px: ${view} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(text, `${lang} at 320 px: ${view}`).toEqual({ clipped: [], spilling: [], chart: [], bare: [] });
      expect(await raggedLegend(page), `${lang} at 320 px: ${view}, the legend`).toEqual([]);
      // A stance is read against the proposition: each card shows it.
      if (view === 'compare') await expect(page.locator('.is-cards .issue-prop').first()).toBeVisible();
    }
  }
});

test('the verdict legend wraps as prose at an article’s and a tablet’s width, in the longest language', async ({
  page,
}) => {
  await page.goto('/?view=matrix&lang=ru');
  await settled(page);
  for (const width of [560, 700, 900]) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await raggedLegend(page), `ru at ${width} px`).toEqual([]);
  }
});

test('the issues list stays on the page when the page changes width while it is open', async ({ page }) => {
  // At 900 px the Russian filters wrap and the list's summary sits at the left; at 1,000 px it moves near the right,
  // where a panel hanging from its left edge would run off the page.
  await page.setViewportSize({ width: 900, height: 800 });
  await page.goto('/?view=table&lang=ru');
  await settled(page);
  const summary = page.locator('details.dropdown summary');
  await summary.click();
  const panel = page.locator('.dropdown-body');
  await expect(panel).toBeVisible();
  for (const width of [1000, 900, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expect
      .poll(async () => {
        const box = await panel.boundingBox();
        return box !== null && box.x >= 0 && box.x + box.width <= width;
      }, `the open list inside ${width} px`)
      .toBe(true);
  }
});
