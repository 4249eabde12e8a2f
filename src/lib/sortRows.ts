import type { Stance } from '../data/schema';
import type { PositionRow } from './tableRows';

/** The columns a reader can sort the table by, in the order the sort menu offers them. */
export const SORT_COLUMNS = ['date', 'party', 'actor', 'issue', 'stance', 'source'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export const isSortColumn = (id: string): id is SortColumn => (SORT_COLUMNS as readonly string[]).includes(id);

const STANCE_ORDER: Record<Stance, number> = { supports: 0, conditional: 1, opposes: 2 };
/** Rows are told apart by the low bits of a sort key: room for 2^21 (2 million) rows. */
const ROW_BITS = 2 ** 21;

/**
 * The indices of `rows` in the reader's sort order; ties keep dataset order in both directions, as TanStack's own
 * sort does. Each row gets a whole-number rank (a date's day number, a stance's place, a name's place among the
 * collated names) packed with its index into one number, and the numbers are sorted natively: no comparator call per
 * pair, so 100,000 rows sort in milliseconds on a phone.
 */
export function sortOrder(
  rows: readonly PositionRow[],
  column: SortColumn,
  desc: boolean,
  collator: Intl.Collator,
): number[] {
  const rank = ranker(rows, column, collator);
  const ranks = rows.map(rank);
  const top = ranks.reduce((a, b) => Math.max(a, b), 0);
  const keys = new Float64Array(rows.length);
  ranks.forEach((r, i) => {
    keys[i] = (desc ? top - r : r) * ROW_BITS + i;
  });
  keys.sort();
  return Array.from(keys, (k) => k % ROW_BITS);
}

function ranker(
  rows: readonly PositionRow[],
  column: SortColumn,
  collator: Intl.Collator,
): (row: PositionRow) => number {
  if (column === 'date') return (row) => dayRank(row.position.date);
  if (column === 'stance') return (row) => STANCE_ORDER[row.position.stance];
  // A few hundred distinct names at most: collate those once, equal names (to the collator) sharing a rank.
  const names = [...new Set(rows.map((r) => r[column]))].sort(collator.compare);
  const ranks = new Map<string, number>();
  names.forEach((name, i) => {
    const previous = names[i - 1];
    const same = previous !== undefined && collator.compare(previous, name) === 0;
    ranks.set(name, same ? (ranks.get(previous) ?? i) : i);
  });
  return (row) => ranks.get(row[column]) ?? 0;
}

/** YYYY-MM-DD as an increasing whole number (validated dates only reach here). */
function dayRank(iso: string): number {
  return Number(iso.slice(0, 4)) * 372 + Number(iso.slice(5, 7)) * 31 + Number(iso.slice(8, 10));
}
