/**
 * Whether an issues-by-columns grid fits its box as a table, or must become one card per issue. Below the widths
 * here a column's heading ("Ukraine – Russia") and its cells' words wrap letter by letter, and the reader scrolls
 * sideways without a cue: at 375 px the five-party comparison showed three parties and no verdict at all.
 */

/** Narrowest each kind of column can be and still hold its words at the page's text size (CSS px). */
export const GRID_MIN_WIDTH = { issue: 160, cell: 100, count: 72 } as const;

export type GridLayout = 'table' | 'cards';

export function gridLayout(width: number, cells: number, countColumn = false): GridLayout {
  const needed = GRID_MIN_WIDTH.issue + cells * GRID_MIN_WIDTH.cell + (countColumn ? GRID_MIN_WIDTH.count : 0);
  return needed <= width ? 'table' : 'cards';
}
