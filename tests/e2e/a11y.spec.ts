import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { VERDICTS, STANCES } from '../../src/core/vocabulary';
import { en } from '../../src/i18n/en';
import { bundled, expect, open, settled, test } from './fixtures';

/**
 * What only a browser can check: the axe rules that need layout and rendered colours. Every other axe rule (ARIA,
 * names, labels, landmarks, lists, tables, languages, label in name…) runs in jsdom over the same pages, views,
 * themes, languages, embeds and dialogs: tests/component/a11y*.test.tsx, whose helper (tests/component/axe.ts) lists
 * these rules as the ones it leaves to the browser.
 * - colour: contrast of rendered text, and links told from their text block by colour alone;
 * - geometry: click-target size and spacing (WCAG 2.2), whether a box actually scrolls;
 * - the page shell (index.html): its title and viewport;
 * - WCAG 2.5.3 Label in Name (experimental in axe, so named here): it measures glyphs on a canvas, which jsdom lacks.
 * Colour rules run in both themes; the others once per state, as the dark theme only swaps colours.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const LABEL_IN_NAME = 'label-content-name-mismatch';
const GEOMETRY_RULES = ['target-size', 'scrollable-region-focusable', 'document-title', 'meta-viewport', LABEL_IN_NAME];

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** axe, injected once per page load: the views are then visited in place, and every scan reuses it. */
async function injectAxe(page: Page) {
  await page.evaluate(axe.source);
}

/**
 * Runs `rules` over the page and fails on any violation. Colour contrast is checked on one element for each distinct
 * text style on the page (text colour, size, weight, shadow, and the colours, images, opacity and blending of every
 * box behind it up to the first opaque background): a grid repeats one style in hundreds of cells, and axe's cost is
 * per node (a scan of the full compare grid took 10–15 s), while its verdict depends on those properties only. Every
 * element is still looked at: only repeats of a style already checked are left out.
 */
async function expectNoViolations(page: Page, label: string, rules: string[], scope = 'body') {
  const { violations, samples, checked } = await page.evaluate(
    async ([ids, selector]) => {
      const root = document.querySelector(selector) ?? document.body;
      const contrast = ids.includes('color-contrast');
      const seen = new Set<string>();
      const samples: Element[] = [];
      if (contrast)
        for (const el of root.querySelectorAll('*')) {
          const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
          if (!text) continue;
          const s = getComputedStyle(el);
          const key = [el.namespaceURI, s.color, s.fill, s.fontSize, s.fontWeight, s.textShadow, s.position];
          for (let box: Element | null = el; box !== null; box = box.parentElement) {
            const b = getComputedStyle(box);
            key.push(b.backgroundColor, b.backgroundImage, b.opacity, b.filter, b.mixBlendMode);
            if (b.backgroundImage === 'none' && /^rgb\(/.test(b.backgroundColor)) break;
          }
          const k = key.join('|');
          if (seen.has(k)) continue;
          seen.add(k);
          samples.push(el);
        }
      // The nodes each rule looked at, whatever it found (incomplete: needs a human, e.g. an icon-only button).
      const checked: Record<string, number> = {};
      const run = async (only: string[], context: axe.ElementContext) => {
        if (only.length === 0) return [];
        const result = await window.axe.run(context, {
          runOnly: { type: 'rule', values: only },
          // Experimental rules run only when switched on, even when named.
          rules: Object.fromEntries(only.map((id) => [id, { enabled: true }])),
        });
        for (const r of [...result.passes, ...result.violations, ...result.incomplete])
          checked[r.id] = (checked[r.id] ?? 0) + r.nodes.length;
        return result.violations;
      };
      const found = [
        ...(await run(
          ids.filter((r) => r === 'color-contrast'),
          { include: samples },
        )),
        ...(await run(
          ids.filter((r) => r !== 'color-contrast'),
          root === document.body ? document : { include: [root] },
        )),
      ];
      return {
        checked,
        samples: samples.length,
        violations: found.map(
          (v) =>
            `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        ),
      };
    },
    [rules, scope] as const,
  );
  expect(violations, label).toEqual([]);
  if (rules.includes('color-contrast')) expect(samples, `${label}: text styles checked`).toBeGreaterThan(0);
  return checked;
}

/** Switches the colour scheme the page follows (theme=auto): the same switch as theme=light or theme=dark. */
async function scheme(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
}

const TABS = ['compare', 'matrix', 'agreement', 'timeline', 'distribution', 'table'] as const;

async function goTo(page: Page, view: (typeof TABS)[number] | 'method') {
  if (view === 'method') await page.getByRole('banner').getByRole('link', { name: en.views.method }).click();
  else
    await page.getByRole('navigation', { name: en.views.label }).getByRole('button', { name: en.views[view] }).click();
  await settled(page);
}

/**
 * A dialog opened from the page, scanned in both themes, then closed. Only the dialog: the page behind it was
 * scanned on its own.
 */
async function expectDialog(page: Page, label: string, open: () => Promise<void>) {
  await open();
  // Named by its heading, which comes with the panel's contents (a chunk fetched after the first view).
  await expect(page.getByRole('dialog', { name: /\S/ })).toBeVisible();
  await expectNoViolations(page, `${label}, light`, [...COLOUR_RULES, ...GEOMETRY_RULES], 'dialog[open]');
  await scheme(page, 'dark');
  await expectNoViolations(page, `${label}, dark`, COLOUR_RULES, 'dialog[open]');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await scheme(page, 'light');
}

/** The dashboard with every party, at rest, following the reader's colour scheme, with axe injected. */
async function openEveryParty(page: Page) {
  // Measured at rest: chart entry animations start marks at zero size.
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  // Every party, so that every verdict the engine can reach (a concession too) is on the matrix.
  await open(page, `?theme=auto&parties=${bundled.parties.map((p) => p.id).join(',')}`);
  await injectAxe(page);
}

// Three tests, each one page load, so that the two workers share them.
test('contrast and target size: every view, light and dark, in one page', async ({ page }) => {
  test.setTimeout(120_000);
  await openEveryParty(page);
  const classes = new Set<string>();
  let labelled = 0;
  for (const view of [...TABS, 'method'] as const) {
    if (view !== 'compare') await goTo(page, view);
    for (const c of await page.locator('main .cell').evaluateAll((els) => els.flatMap((e) => [...e.classList])))
      classes.add(c);
    // Geometry and names do not change with the theme (the dark theme only swaps colours): once per view.
    const checked = await expectNoViolations(page, `${view}, light`, [...COLOUR_RULES, ...GEOMETRY_RULES]);
    labelled += checked[LABEL_IN_NAME] ?? 0;
    await scheme(page, 'dark');
    await expectNoViolations(page, `${view}, dark`, COLOUR_RULES);
    await scheme(page, 'light');
  }
  expect(labelled, 'label in name ran on the views’ controls').toBeGreaterThan(0);
  // Every stance and every verdict has its style on a scanned page.
  expect([...classes]).toEqual(
    expect.arrayContaining([...STANCES.map((s) => `stance-${s}`), ...VERDICTS.map((v) => `verdict-${v}`)]),
  );
});

test('target size, label in name and scrolling regions at 320, 375 and 640 px, where the grids become cards; contrast at 375', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openEveryParty(page);
  for (const width of [320, 375, 640]) {
    await page.setViewportSize({ width, height: 800 });
    for (const view of TABS) {
      await goTo(page, view);
      await expectNoViolations(
        page,
        `${view} at ${width}px`,
        width === 375 ? [...COLOUR_RULES, ...GEOMETRY_RULES] : GEOMETRY_RULES,
      );
    }
  }
});

test('contrast and target size: the detail panel from a cell and from each chart, and the share dialogs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openEveryParty(page);
  await goTo(page, 'matrix');
  await expectDialog(page, 'detail from a matrix cell', () =>
    page.getByRole('button', { name: /^Ukraine and Russia on NATO membership:/ }).click(),
  );
  await goTo(page, 'agreement');
  await expectDialog(page, 'detail from an agreement bar', () =>
    page
      .getByRole('button', { name: /^Ukraine – NATO: agreement index/ })
      .first()
      .click(),
  );
  await goTo(page, 'distribution');
  await expectDialog(page, 'detail from a distribution bar', () =>
    page
      .getByRole('button', { name: /^NATO membership: \d+ of \d+ parties/ })
      .first()
      .click(),
  );
  await goTo(page, 'timeline');
  await expectDialog(page, 'detail from a timeline marker', () =>
    page
      .getByRole('main')
      .getByRole('button', { name: /Show the source$/ })
      .first()
      .click(),
  );
  // The download and embed dialogs.
  await expectDialog(page, 'download dialog', () =>
    page.getByRole('button', { name: 'Download', exact: true }).click(),
  );
  await expectDialog(page, 'embed dialog', () => page.getByRole('button', { name: 'Embed', exact: true }).click());
});

test('contrast, target size and label in name in Ukrainian and Russian', async ({ page }) => {
  test.setTimeout(120_000);
  await openEveryParty(page);
  // Ukrainian and Russian: longer labels, other glyphs, the same rules; label in name on every control.
  for (const lang of ['uk', 'ru'] as const) {
    await page.getByRole('banner').getByRole('combobox').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await settled(page);
    for (const view of ['compare', 'matrix'] as const) {
      await page.getByRole('navigation').first().getByRole('button').nth(TABS.indexOf(view)).click();
      await settled(page);
      const checked = await expectNoViolations(page, `${view}, ${lang}`, [...COLOUR_RULES, ...GEOMETRY_RULES]);
      expect(checked[LABEL_IN_NAME], `${view}, ${lang}: label in name ran`).toBeGreaterThan(0);
    }
  }
});

test('contrast and target size: an embed with controls and its detail card, light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '?embed=1&controls=1&view=matrix&theme=auto');
  await injectAxe(page);
  await expect(page.locator('.embed-controls')).toHaveCount(1);
  await expectNoViolations(page, 'embed, light', [...COLOUR_RULES, ...GEOMETRY_RULES]);
  await scheme(page, 'dark');
  await expectNoViolations(page, 'embed, dark', COLOUR_RULES);
  await scheme(page, 'light');
  await expectDialog(page, 'embed detail card', () =>
    page.getByRole('button', { name: /^Russia and NATO on Sanctions relief:/ }).click(),
  );
});
