import { differenceCiede2000, formatHex } from 'culori';
import { describe, expect, it } from 'vitest';
import { colorDistance, deltaE2000 } from '../../../src/lib/colorDistance';

describe('CIEDE2000', () => {
  it('gives the published values of Sharma, Wu and Dalal’s test pairs', () => {
    // Pairs 1, 7, 17, 18, 19 and 25 of the paper's table (L*, a*, b*), to four decimals.
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [61, -5, 29], 22.8977],
      [[50, 2.5, 0], [56, -27, -3], 31.903],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    ];
    for (const [a, b, expected] of pairs) {
      expect(deltaE2000(a, b)).toBeCloseTo(expected, 3);
      expect(deltaE2000(b, a)).toBeCloseTo(expected, 3);
    }
  });

  it('agrees with culori on #RRGGBB colours across the gamut', () => {
    const reference = differenceCiede2000();
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const hex = () => formatHex({ mode: 'rgb', r: next(), g: next(), b: next() });
    for (let i = 0; i < 500; i++) {
      const [a, b] = [hex(), hex()];
      // Within 0.05: the two differ only in the sRGB-to-XYZ matrix's last decimals.
      expect(colorDistance(a, b), `${a} ${b}`).toBeCloseTo(reference(a, b), 1);
    }
  });

  it('is 0 for one colour and tells the two near-identical blues apart from two distinct ones', () => {
    expect(colorDistance('#0072B2', '#0072b2')).toBe(0);
    expect(colorDistance('#1f77b4', '#0072B2')).toBeLessThan(3);
    expect(colorDistance('#0072B2', '#D55E00')).toBeGreaterThan(40);
  });
});
