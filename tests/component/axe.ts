import { render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { createElement } from 'react';
import { expect } from 'vitest';
import { App } from '../../src/app/App';
import { ThemeRoot } from '../../src/app/ThemeRoot';
import type { LoadResult } from '../../src/data/load';
import type { Dataset } from '../../src/data/schema';
import { readAddress } from '../../src/lib/address';
import { PresentationContext } from '../../src/state/presentation';
import { createDashboardStore, StoreContext } from '../../src/state/store';

/** The WCAG levels the dashboard promises (the same tags its end-to-end scans used). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.5.3 Label in Name: experimental in axe (off by default); the browser runs it (BROWSER_RULES). */
const LABEL_IN_NAME = 'label-content-name-mismatch';

/**
 * The rules left to the browser (tests/e2e/a11y.spec.ts runs them in Chromium). jsdom lays nothing out and draws
 * nothing, and these rules cannot tell right from wrong without it; the page shell (index.html) is not rendered here.
 * Measured on the same pages: these are exactly the rules that check nodes in Chromium and none in jsdom; every other
 * rule checks the same number of nodes in both.
 * - color-contrast: computed, blended colours of rendered text;
 * - link-in-text-block: a link told from its text by colour alone;
 * - target-size: the size and spacing of every click target (WCAG 2.2, 2.5.8);
 * - scrollable-region-focusable: whether a box actually scrolls;
 * - document-title, meta-viewport: index.html's <title> and viewport;
 * - label-content-name-mismatch (WCAG 2.5.3 Label in Name): it measures glyphs on a canvas to tell icons from text,
 *   and jsdom has no canvas: the rule errors on every control (reported "incomplete"), so it could never fail here.
 */
const BROWSER_RULES = [
  'color-contrast',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
  'document-title',
  'meta-viewport',
  LABEL_IN_NAME,
];

/** Where jsdom's page is: the address a query is read against. */
const PAGE = 'http://localhost/';

/**
 * The whole page (header, tabs, filters, share bar, the view, footer, detail panel; in an embed its header, controls
 * and footer) as src/main.tsx composes it from the address: `?view=…&lang=…&theme=…&embed=1&controls=1`, the dataset
 * already downloaded. Resolves once the view has rendered (App marks `<html data-ready>`, as the e2e tests wait for).
 */
export async function openPage(dataset: Dataset, search = '') {
  // Read as main.tsx reads it at boot (no browser languages: the address decides, else English).
  const { state, notices, presentation, lang, langInAddress, kept } = readAddress(search, `${PAGE}${search}`, [], []);
  const store = createDashboardStore(state, notices, lang, langInAddress);
  const root = document.documentElement;
  root.lang = '';
  delete root.dataset.ready;
  if (presentation.embed) root.dataset.embed = 'true';
  else delete root.dataset.embed;
  const load = () => Promise.resolve<LoadResult>({ ok: true, dataset });
  const utils = render(
    createElement(
      PresentationContext.Provider,
      { value: { ...presentation, kept } },
      createElement(ThemeRoot, {
        setting: presentation.theme,
        children: createElement(StoreContext.Provider, { value: store }, createElement(App, { load })),
      }),
    ),
  );
  await screen.findByRole('main', {}, { timeout: 10_000 });
  await waitFor(() => expect(root.dataset.ready).toBe('true'), { timeout: 10_000 });
  await waitFor(() => expect(root.lang).toBe(lang));
  await waitFor(() => expect(root.dataset.theme).toBe(presentation.theme === 'dark' ? 'dark' : 'light'));
  return { ...utils, store };
}

export interface Scan {
  /** One line per violation: rule, impact, help and the first nodes. Expected to be empty. */
  violations: string[];
  /** Every rule that ran, whatever it found. */
  ran: string[];
  /** The rules that found something to check, with the number of nodes each checked. */
  checked: Record<string, number>;
}

/**
 * axe over the whole document, every WCAG A/AA rule of the tags less the rules only a browser can check
 * (BROWSER_RULES: tests/e2e/a11y.spec.ts).
 */
export async function scan(context: axe.ElementContext = document, extra: axe.RunOptions = {}): Promise<Scan> {
  const rules: Record<string, { enabled: boolean }> = {};
  for (const id of BROWSER_RULES) rules[id] = { enabled: false };
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: TAGS },
    rules,
    // Every node is still checked; only passes are not listed node by node (a third of a scan's time on a big page).
    resultTypes: ['violations'],
    ...extra,
  });
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  const all = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable];
  const checked: Record<string, number> = {};
  for (const r of [...result.passes, ...result.violations, ...result.incomplete])
    checked[r.id] = (checked[r.id] ?? 0) + r.nodes.length;
  return { violations, ran: all.map((r) => r.id), checked };
}

/** Scans the page as it is now and fails on any violation, naming the state scanned. */
export async function expectNoViolations(label: string, context?: axe.ElementContext): Promise<Scan> {
  const result = await scan(context);
  expect(result.violations, label).toEqual([]);
  return result;
}

/** Attributes that carry colour: the only thing a theme may change (src/lib/palette.ts, styles.css). */
const COLOUR_ATTRIBUTES = ['style', 'fill', 'stroke', 'stop-color', 'color', 'flood-color'];

/** The page's markup with colours taken out, and links without the theme= they carry along, to compare two themes. */
export function colourFreeMarkup(root: Element): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('*')) {
    for (const name of COLOUR_ATTRIBUTES) el.removeAttribute(name);
    const href = el.getAttribute('href');
    if (href !== null) el.setAttribute('href', href.replace(/([?&])theme=[a-z]+&?/, '$1'));
  }
  // React's useId and recharts number each mount afresh: ids and references to them differ between two renders.
  return copy.innerHTML.replace(/_r_[0-9a-z]+_/g, '_r_').replace(/recharts\d+-clip/g, 'recharts-clip');
}

/** Where two markups part, with some context either side; null when they are the same. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}
