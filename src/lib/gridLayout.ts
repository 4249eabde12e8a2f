/**
 * Whether an issues-by-columns grid fits its box as a table, or must become one card per issue. Below the widths
 * here a column's heading ("Ukraine – Russia") and its cells' words wrap letter by letter, and the reader scrolls
 * sideways without a cue: at 375 px the five-party comparison showed three parties and no verdict at all.
 */

/** Narrowest each kind of column can be and still hold its words at the page's text size (CSS px). */
export const GRID_MIN_WIDTH = { issue: 180, cell: 108, count: 96 } as const;

export type GridLayout = 'table' | 'cards';

/** The width a table of `cells` columns (and a count column) needs, by the minimums above. */
export const tableWidth = (cells: number, countColumn = false): number =>
  GRID_MIN_WIDTH.issue + cells * GRID_MIN_WIDTH.cell + (countColumn ? GRID_MIN_WIDTH.count : 0);

/** The layout for a box `width` wide, given the width the table needs. */
export const gridLayout = (width: number, needed: number): GridLayout => (needed <= width ? 'table' : 'cards');
