import type { Position } from '../data/schema';
import { compareOn, type Comparison } from './overlap';

export const MATRIX_SORTS = ['issue', 'conflicts'] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

export interface MatrixRow {
  issue: string;
  /** One comparison per pair, in the order of the pairs given. */
  cells: Comparison[];
  conflicts: number;
  partials: number;
  overlaps: number;
}

/** The overlap matrix: one row per issue, one verdict per party pair, counted per row. */
export function matrixRows(
  current: ReadonlyMap<string, Position>,
  issues: readonly string[],
  pairs: readonly (readonly [string, string])[],
): MatrixRow[] {
  return issues.map((issue) => {
    const cells = pairs.map(([a, b]) => compareOn(current, issue, a, b));
    const count = (v: Comparison['verdict']) => cells.filter((c) => c.verdict === v).length;
    return { issue, cells, conflicts: count('conflict'), partials: count('partial'), overlaps: count('overlap') };
  });
}

/**
 * Most conflicted first: conflicts, then partial overlaps, descending; ties keep the dataset's
 * issue order so the sort is stable and predictable.
 */
export function sortMatrixRows(rows: readonly MatrixRow[], sort: MatrixSort): MatrixRow[] {
  if (sort === 'issue') return [...rows];
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => y.row.conflicts - x.row.conflicts || y.row.partials - x.row.partials || x.i - y.i)
    .map(({ row }) => row);
}
