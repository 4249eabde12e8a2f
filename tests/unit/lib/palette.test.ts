import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_PARTY_COLORS, partyColors, STANCE_TINT } from '../../../src/lib/palette';
import { loadFixture } from '../../fixtures/load';

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
