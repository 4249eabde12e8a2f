import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '../fixtures/load';
import { VIEWS as DASHBOARD_VIEWS, viewSpec } from '../../src/core/views';
import { colourFreeMarkup, expectNoViolations, firstDifference, openPage, scan } from './axe';

/**
 * Every axe rule of WCAG 2.2 A/AA that does not need layout, over each view of the bundled dataset, light and dark,
 * in each language. Colour contrast, target size and the rest of BROWSER_RULES: tests/e2e/a11y.spec.ts.
 */
const bundled = loadBundled();
const VIEWS = DASHBOARD_VIEWS.filter((view) => viewSpec(view).tools !== null);
// The positions table repeats one row structure for each of the ~400 positions: the rows stated since November 2025
// hold every kind of cell and mark.
const scope = (view: string) => (view === 'table' ? '&from=2025-11-01' : '');

describe('axe in jsdom: the checks themselves', () => {
  it('flags an unnamed control and a wrong ARIA attribute, so a pass means something', async () => {
    document.body.innerHTML = '<main><button></button><div role="checkbox" aria-checked="maybe">x</div></main>';
    const { violations } = await scan(document.querySelector('main') ?? document);
    expect(violations.map((v) => v.split(' ')[0])).toEqual(
      expect.arrayContaining(['button-name', 'aria-valid-attr-value']),
    );
    document.body.innerHTML = '';
  });
});

describe('axe: the compare view in each language, at an early date', () => {
  for (const lang of ['en', 'uk', 'ru'])
    it(`compare view, ${lang}, as of 29 March 2022`, async () => {
      await openPage(bundled, `?lang=${lang}&asOf=2022-03-29`);
      expect(document.documentElement).toHaveAttribute('lang', lang);
      const { checked } = await expectNoViolations(`compare ${lang}`);
      // The rules ran on the page's controls (label in name, which jsdom cannot run: tests/e2e/a11y.spec.ts).
      expect(checked['button-name'], 'controls checked').toBeGreaterThan(0);
    }, 60_000);
});

describe('axe: every view, light and dark', () => {
  // One scan a view: the rules here read structure, names and roles, which the theme does not touch (the next test
  // shows it); the dark theme's colours are checked in Chromium (tests/e2e/a11y.spec.ts, both themes).
  for (const view of VIEWS)
    it(`${view} view`, async () => {
      await openPage(bundled, `?view=${view}${scope(view)}`);
      await expectNoViolations(view);
    }, 60_000);

  it('the dark theme changes colours only: every view has the same markup in both themes, colours aside', async () => {
    for (const view of VIEWS) {
      const markup: string[] = [];
      for (const theme of ['light', 'dark'] as const) {
        const { container, unmount } = await openPage(bundled, `?view=${view}&theme=${theme}${scope(view)}`);
        expect(document.documentElement.dataset.theme).toBe(theme);
        markup.push(colourFreeMarkup(container));
        unmount();
      }
      expect(firstDifference(markup[0] ?? '', markup[1] ?? ''), view).toBeNull();
    }
  }, 60_000);
});

describe('axe: the interface in Ukrainian and Russian', () => {
  for (const lang of ['uk', 'ru'] as const)
    it(`${lang} interface`, async () => {
      await openPage(bundled, `?view=matrix&lang=${lang}`);
      expect(document.documentElement).toHaveAttribute('lang', lang);
      expect(screen.getByRole('grid')).toBeInTheDocument();
      await expectNoViolations(lang);
    }, 60_000);
});
