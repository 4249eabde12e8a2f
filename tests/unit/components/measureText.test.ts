import { describe, expect, it } from 'vitest';
import { breakLongWords, wrapWords } from '../../../src/components/charts/measureText';
import { patternsOf } from '../../../scripts/bundledHyphens';

// In Node nothing is drawn: widths are estimated at 0.6 em a letter (11 px text: 6.6 px a letter).
describe('breakLongWords', () => {
  it('breaks a word too wide for the label at its hyphenation points, each piece fitting and ending in a hyphen', async () => {
    const hy = await patternsOf('uk');
    const out = breakLongWords('Нерозширення НАТО', 50, 11, hy);
    const pieces = out.split(' ');
    expect(pieces.at(-1)).toBe('НАТО');
    const broken = pieces.slice(0, -1);
    expect(broken.length).toBeGreaterThan(1);
    for (const piece of broken.slice(0, -1)) expect(piece.endsWith('-')).toBe(true);
    for (const piece of broken) expect(piece.length * 6.6).toBeLessThanOrEqual(50);
    expect(broken.join('').replaceAll('-', '')).toBe('Нерозширення');
  });

  it('leaves words that fit whole, and a word with no hyphenation point as it is', async () => {
    const en = await patternsOf('en');
    expect(breakLongWords('Neutral status', 200, 11, en)).toBe('Neutral status');
    expect(breakLongWords('Accountability', 40, 11, (text) => text)).toBe('Accountability');
  });
});

describe('wrapWords', () => {
  it('breaks a label at spaces into lines that fit, keeping every word in order', () => {
    const text = 'Украина–Россия слишком мало для сравнения (2 вопроса)';
    const lines = wrapWords(text, 150, 11);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length * 6.6).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps a label that fits on one line, and gives a word wider than the line a line of its own', () => {
    expect(wrapWords('Ukraine–NATO 83 %', 200, 11)).toEqual(['Ukraine–NATO 83 %']);
    expect(wrapWords('a Нерозширення b', 40, 11)).toEqual(['a', 'Нерозширення', 'b']);
  });
});
