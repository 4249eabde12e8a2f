import { describe, expect, it } from 'vitest';
import { GRID_MIN_WIDTH, gridLayout } from '../../../src/lib/gridLayout';

describe('gridLayout', () => {
  const { issue, cell, count } = GRID_MIN_WIDTH;

  it('keeps the table while every column has its minimum width, and turns to cards one pixel short', () => {
    const six = issue + 6 * cell;
    expect(gridLayout(six, 6)).toBe('table');
    expect(gridLayout(six - 1, 6)).toBe('cards');
    expect(gridLayout(six + count, 6, true)).toBe('table');
    expect(gridLayout(six + count - 1, 6, true)).toBe('cards');
  });

  it('draws five parties’ comparison (5 stances, 10 pairs) as cards even on a 1280 px page, three parties as a table', () => {
    expect(gridLayout(1232, 5 + 10)).toBe('cards');
    expect(gridLayout(1232, 3 + 3)).toBe('table');
  });

  it('draws every grid as cards on a phone and the three-party comparison as cards in a 640 px column', () => {
    for (const cells of [1, 3, 6]) expect(gridLayout(351, cells)).toBe(cells === 1 ? 'table' : 'cards');
    expect(gridLayout(616, 6)).toBe('cards');
    expect(gridLayout(616, 3, true)).toBe('table');
  });
});
