import { describe, expect, it } from 'vitest';
import { breakLongWords } from '../../../src/components/charts/breakLongWords';
import { LANGUAGES } from '../../../src/i18n/languages';

// In Node nothing is drawn: widths are estimated at 0.6 em a letter (11 px text: 6.6 px a letter).
describe('breakLongWords', () => {
  it('breaks a word too wide for the label at its hyphenation points, each piece fitting and ending in a hyphen', async () => {
    const hy = await LANGUAGES.uk.hyphenate();
    const out = breakLongWords('Нерозширення НАТО', 50, 11, hy);
    const pieces = out.split(' ');
    expect(pieces.at(-1)).toBe('НАТО');
    const broken = pieces.slice(0, -1);
    expect(broken.length).toBeGreaterThan(1);
    for (const piece of broken.slice(0, -1)) expect(piece.endsWith('-')).toBe(true);
    for (const piece of broken) expect(piece.length * 6.6).toBeLessThanOrEqual(50);
    expect(broken.join('').replaceAll('-', '')).toBe('Нерозширення');
  });

  it('leaves words that fit whole, and a language without patterns as it is', async () => {
    const en = await LANGUAGES.en.hyphenate();
    expect(breakLongWords('Neutral status', 200, 11, en)).toBe('Neutral status');
    expect(breakLongWords('Accountability', 40, 11, en)).toBe('Accountability');
  });
});
