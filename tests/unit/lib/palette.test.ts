import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_PARTY_COLORS, partyColors, STANCE_TINT } from '../../../src/lib/palette';
import { loadBundled, loadFixture } from '../../fixtures/load';
import { colorDistance, DISTINCT_DELTA_E } from '../../../src/lib/colorDistance';
import { colorWarnings } from '../../../src/lib/colorWarnings';

describe('party colours', () => {
  it('keeps a dataset’s own colours and gives the rest unused fallback colours', () => {
    const ds = loadFixture('four-parties.json');
    const colors = partyColors(ds.parties);
    expect(colors.get('alpha')).toBe('#0072B2');
    const delta = colors.get('delta');
    expect(delta).toBeDefined();
    expect(FALLBACK_PARTY_COLORS).toContain(delta);
    expect(ds.parties.filter((p) => p.color !== undefined).map((p) => p.color)).not.toContain(delta);
  });

  it('gives every party a colour when none has one', () => {
    const parties = ['a', 'b', 'c'].map((id) => ({ id, name: id, shortName: id }));
    expect([...partyColors(parties).values()]).toEqual(FALLBACK_PARTY_COLORS.slice(0, 3));
  });
});

describe('colours too close to tell apart', () => {
  const party = (id: string, color?: string) => ({ id, name: id, shortName: id, ...(color ? { color } : {}) });

  it('never gives a party without a colour a fallback close to one a party has (#1f77b4 is not followed by #0072B2)', () => {
    const colors = partyColors([party('a', '#1f77b4'), party('b')]);
    expect(colors.get('b')).not.toBe('#0072B2');
    expect(colorDistance(colors.get('a') ?? '', colors.get('b') ?? '')).toBeGreaterThanOrEqual(DISTINCT_DELTA_E);
  });

  it('warns of two parties’ colours closer than the threshold, and of a colour too faint on either page', () => {
    const warnings = colorWarnings({ parties: [party('a', '#0072B2'), party('b', '#1f77b4'), party('c', '#ffff00')] });
    expect(warnings.map((w) => w.path)).toEqual(['parties[1].color', 'parties[2].color']);
    expect(warnings[0]?.message).toBe(
      '#1f77b4 is too close to a’s #0072B2 to tell apart (CIEDE2000 ΔE 2.0; at least 10 wanted)',
    );
    expect(warnings[1]?.message).toMatch(
      /^#ffff00 has 1\.07:1 contrast on the light page \(#ffffff\); lines and dots need 3:1$/,
    );
  });

  it('finds nothing to warn of in the bundled dataset, nor in the fallback palette itself', () => {
    expect(colorWarnings(loadBundled())).toEqual([]);
    expect(colorWarnings({ parties: FALLBACK_PARTY_COLORS.map((_, i) => party(`p${i}`)) })).toEqual([]);
  });
});

describe('chart tints', () => {
  it('match the stylesheet’s badge tints, so charts and tables read alike', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles.css'), 'utf8');
    const cssVar = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase();
    const pairs = { supports: 'yes', conditional: 'cond', opposes: 'no', none: 'none' } as const;
    for (const [stance, prefix] of Object.entries(pairs)) {
      const tint = STANCE_TINT[stance as keyof typeof pairs];
      expect(cssVar(`${prefix}-bg`)).toBe(tint.fill);
      expect(cssVar(`${prefix}-ink`)).toBe(tint.ink);
    }
  });
});
