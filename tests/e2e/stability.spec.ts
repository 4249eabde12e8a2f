import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ORIGIN } from './servers';

/**
 * What a reader sees once the page says it is ready (`data-ready`, which screenshot tools and hosts wait for) does not
 * move: no layout shift after it in a page or an embed, and an embed's height messages settle on one value — with the
 * interface fonts held back, the case where a label would otherwise be measured in a fallback font and redrawn.
 */
const HOLD_FONTS_MS = 800;

async function holdFonts(page: Page) {
  await page.route('**/*.woff2', async (route) => {
    await new Promise((done) => setTimeout(done, HOLD_FONTS_MS));
    await route.continue();
  });
}

declare global {
  interface Window {
    __readyAt?: number;
    __shifts?: { at: number; value: number; sources: string[] }[];
  }
}

/** In every frame: when data-ready appears (Date.now), and each layout shift (with what moved). */
const observe = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node }[];
    })[])
      if (!e.hadRecentInput)
        window.__shifts?.push({
          at: performance.timeOrigin + e.startTime,
          value: e.value,
          sources: (e.sources ?? []).map((s) =>
            s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName),
          ),
        });
  }).observe({ type: 'layout-shift', buffered: true });
  const ready = new MutationObserver(() => {
    if (document.documentElement?.dataset.ready !== 'true') return;
    window.__readyAt = Date.now();
    ready.disconnect();
  });
  ready.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'], childList: true });
};

/** Layout shifts after data-ready, once the page has had a second and a half to finish whatever it was doing. */
const shiftsAfterReady = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((done) => setTimeout(done, 1500));
    const ready = window.__readyAt ?? Infinity;
    return (window.__shifts ?? []).filter((s) => s.at > ready);
  });

test('fonts before drawing, and no layout shift after data-ready in the page, in each language, with the fonts held back', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.addInitScript(observe);
  await holdFonts(page);
  for (const [query, width, sample] of [
    ['?view=compare', 1280, 'Aa'],
    ['?view=agreement', 375, 'Aa'],
    ['?view=agreement&lang=uk', 375, 'Її'],
    ['?view=timeline&lang=ru', 640, 'Жж'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/${query}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    // The dashboard waits for its fonts (up to 3 s) before drawing: Inter, in the script the language needs.
    const loaded = await page.evaluate(
      (text) => ['400', '700'].map((weight) => document.fonts.check(`${weight} 16px Inter`, text)),
      sample,
    );
    expect(loaded, `Inter at data-ready: ${query}`).toEqual([true, true]);
    expect(await shiftsAfterReady(page), `${query} at ${width} px`).toEqual([]);
    if (query === '?view=compare') {
      // The observer does see a shift when there is one: a line pushed in above the view moves it.
      await page.evaluate(() =>
        document
          .getElementById('main')
          ?.before(Object.assign(document.createElement('p'), { textContent: 'Inserted' })),
      );
      expect((await shiftsAfterReady(page)).length).toBeGreaterThan(0);
    }
    // Nor is any chart label cut short with an ellipsis for want of the room it has in Inter.
    await expect(page.locator('svg.recharts-surface text', { hasText: '…' }), query).toHaveCount(0);
  }
});

test('an embed: no layout shift after data-ready, and its height messages settle on one value', async ({ page }) => {
  await page.addInitScript(observe);
  await holdFonts(page);
  await page.goto('/embed.js');
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body>
<script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'height' && typeof e.data.height === 'number') heights.push({ at: Date.now(), height: e.data.height }); });</script>
<iframe src="${ORIGIN}/?embed=1&view=agreement" title="Graphic" style="width:640px;height:600px;border:0"></iframe></body></html>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  const child = page.frames().find((f) => f !== page.mainFrame());
  if (child === undefined) throw new Error('no embed frame');
  expect(await shiftsAfterReady(child as unknown as Page)).toEqual([]);
  const readyAt = await child.evaluate(() => window.__readyAt ?? 0);
  const heights = await page.evaluate(
    () => (window as unknown as { heights: { at: number; height: number }[] }).heights,
  );
  const last = heights.at(-1)?.height;
  expect(last).toBeGreaterThan(300);
  // Every height announced after ready is the last one: the host sizes the frame once and it stays.
  expect(heights.filter((h) => h.at >= readyAt && h.height !== last)).toEqual([]);
  expect(await child.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))).toBe(last);
});
