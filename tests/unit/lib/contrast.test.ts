import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../../src/lib/contrast';
import { CHART_PALETTES, FALLBACK_PARTY_COLORS, THEMES } from '../../../src/lib/palette';
import { loadBundled } from '../../fixtures/load';

const TEXT = 4.5;
const NON_TEXT = 3;

describe('contrast ratio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });
});

/** The stylesheet's custom properties for one theme block. */
function cssVars(selector: string): Record<string, string> {
  const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles.css'), 'utf8');
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1] ?? '', (m[2] ?? '').toLowerCase()]),
  );
}

describe.each(THEMES)('%s theme', (theme) => {
  const p = CHART_PALETTES[theme];
  const light = cssVars(':root');
  const vars = theme === 'light' ? light : { ...light, ...cssVars("html[data-theme='dark']") };
  const v = (name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`--${name} missing`);
    return value;
  };

  it('has text at 4.5:1 on the page and on the alternate background', () => {
    for (const ink of ['ink', 'ink-2', 'ink-3', 'accent']) {
      expect(contrast(v(ink), v('paper')), `${ink} on paper`).toBeGreaterThanOrEqual(TEXT);
      expect(contrast(v(ink), v('paper-2')), `${ink} on paper-2`).toBeGreaterThanOrEqual(TEXT);
    }
    expect(contrast(v('ink'), v('notice-bg'))).toBeGreaterThanOrEqual(TEXT);
  });

  it('has stance and verdict words at 4.5:1 on their tints, and tint edges at 3:1 on the page', () => {
    for (const name of ['yes', 'cond', 'no', 'none']) {
      expect(contrast(v(`${name}-ink`), v(`${name}-bg`)), `${name} text`).toBeGreaterThanOrEqual(TEXT);
      expect(contrast(v(`${name}-ink`), v('paper')), `${name} edge`).toBeGreaterThanOrEqual(NON_TEXT);
    }
  });

  it('has a visible focus ring', () => {
    expect(contrast(v('focus'), v('paper'))).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it('draws charts with readable labels and marks that stand out', () => {
    expect(contrast(p.ink, p.paper)).toBeGreaterThanOrEqual(TEXT);
    expect(contrast(p.inkMuted, p.paper)).toBeGreaterThanOrEqual(TEXT);
    expect(contrast(p.bar, p.paper)).toBeGreaterThanOrEqual(NON_TEXT);
    for (const tint of Object.values(p.stance)) {
      expect(contrast(tint.ink, tint.fill)).toBeGreaterThanOrEqual(TEXT);
      expect(contrast(tint.ink, p.paper)).toBeGreaterThanOrEqual(NON_TEXT);
    }
    for (const color of p.series) {
      expect(contrast(color, p.paper), color).toBeGreaterThanOrEqual(NON_TEXT);
      // Labels inside long bars are drawn in onBar.
      expect(contrast(p.onBar, color), `label on ${color}`).toBeGreaterThanOrEqual(TEXT);
    }
  });

  it('gives parties colours that stand out from the page: the bundled ones and the fallback palette', () => {
    const parties = loadBundled().parties.flatMap((party) => (party.color === undefined ? [] : [party.color]));
    for (const color of [...parties, ...FALLBACK_PARTY_COLORS])
      expect(contrast(color, p.paper), color).toBeGreaterThanOrEqual(NON_TEXT);
  });
});
