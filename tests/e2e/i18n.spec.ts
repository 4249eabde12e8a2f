import type { Page } from '@playwright/test';
import { ru } from '../../src/i18n/ru';
import { uk } from '../../src/i18n/uk';
import { expect, settled, test } from './fixtures';

// What needs a real browser: layout at a phone's width in the longer Ukrainian and Russian texts (the web fonts, awaited
// before drawing, and what does not move after data-ready: stability.spec.ts).
// The rest of the former i18n tests (interface text, dates, html lang, the browser's language, the switch, lang=
// notices) are component tests in tests/component/I18nPage.test.tsx; "exports use the chosen language" is part of the
// download test in export.spec.ts.

const CATALOGS = { uk, ru };
const SWEPT = ['compare', 'matrix', 'agreement', 'timeline', 'distribution', 'table'] as const;

/** Text cut off or running out of its box at the current width: each problem named. */
async function overflowing(
  page: Page,
): Promise<{ page: number; clipped: string[]; spilling: string[]; chart: string[] }> {
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
  }));
}

test('uk and ru at 375 px: no view has overflowing text', async ({ page }) => {
  test.setTimeout(60_000);
  // Waiting for the fonts before drawing, with the fonts held back, is tests/e2e/stability.spec.ts.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?view=agreement&lang=ru');
  await settled(page);

  // The sweep: every view in Russian (the page is open in Russian), then in Ukrainian through the language switch.
  for (const lang of ['ru', 'uk'] as const) {
    const m = CATALOGS[lang];
    if (lang === 'uk') {
      await page.getByRole('combobox', { name: ru.app.language }).selectOption('uk');
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    }
    for (const view of SWEPT) {
      const tab = page.getByRole('button', { name: m.views[view], exact: true });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-pressed', 'true');
      await settled(page);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const { page: sideways, ...text } = await overflowing(page);
      expect(sideways, `${lang} at 375 px: ${view} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(text, `${lang} at 375 px: ${view}`).toEqual({ clipped: [], spilling: [], chart: [] });
    }
  }
});
