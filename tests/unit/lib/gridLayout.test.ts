import { describe, expect, it } from 'vitest';
import { GRID_MIN_WIDTH, gridLayout, tableWidth } from '../../../src/lib/gridLayout';

describe('gridLayout', () => {
  const { issue, cell, count } = GRID_MIN_WIDTH;

  it('keeps the table while every column has its minimum width, and turns to cards one pixel short', () => {
    expect(tableWidth(6)).toBe(issue + 6 * cell);
    expect(tableWidth(6, true)).toBe(issue + 6 * cell + count);
    expect(gridLayout(tableWidth(6), tableWidth(6))).toBe('table');
    expect(gridLayout(tableWidth(6) - 1, tableWidth(6))).toBe('cards');
  });

  it('draws five parties’ comparison (5 stances, 10 pairs) as cards even on a 1280 px page, three parties as a table', () => {
    expect(gridLayout(1232, tableWidth(5 + 10))).toBe('cards');
    expect(gridLayout(1232, tableWidth(3 + 3))).toBe('table');
  });

  it('draws the comparison and the matrix as cards on a phone', () => {
    for (const cells of [3, 6]) expect(gridLayout(351, tableWidth(cells))).toBe('cards');
    expect(gridLayout(351, tableWidth(3, true))).toBe('cards');
    expect(gridLayout(616, tableWidth(6))).toBe('cards');
  });
});
