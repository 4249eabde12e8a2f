import type { Issue, Position } from '../data/schema';
import type { DatasetIndex } from './datasetIndex';

/** A position with its ids resolved to the names a reader sees and sorts by. */
export interface PositionRow {
  position: Position;
  party: string;
  partyColor: string;
  actor: string;
  issue: string;
  source: string;
}

/** One row per position of the dataset, in dataset order. */
export function tableRows(index: DatasetIndex): PositionRow[] {
  return index.dataset.positions.map((position) => ({
    position,
    party: index.parties.get(position.party)?.shortName ?? position.party,
    partyColor: index.colors.get(position.party) ?? '#777777',
    actor: position.actor === null ? '—' : (index.actors.get(position.actor)?.name ?? position.actor),
    issue: index.issues.get(position.issue)?.title ?? position.issue,
    source: index.sources.get(position.source)?.outlet ?? position.source,
  }));
}

/**
 * The rows whose position is one of `positions`, in the rows' own (sorted) order. The table sorts every row once per
 * sort order and a filter change only picks rows out of that list: re-sorting on every click cost most of a filter's
 * latency on a phone.
 */
export function rowsOf<T>(
  sorted: readonly T[],
  positions: readonly Position[],
  positionOf: (row: T) => Position,
): readonly T[] {
  if (positions.length === sorted.length) return sorted;
  const matching = new Set(positions);
  return sorted.filter((row) => matching.has(positionOf(row)));
}

export interface RowGroup<T> {
  /** The issue's id; '' for the one group of an ungrouped table. */
  key: string;
  title: string;
  rows: readonly T[];
}

/** Rows under their issues: the sort order holds inside each issue, and issues come in dataset order. */
export function groupByIssue<T>(
  rows: readonly T[],
  issueOf: (row: T) => string,
  issues: readonly Pick<Issue, 'id' | 'title'>[],
): RowGroup<T>[] {
  const byIssue = new Map<string, T[]>();
  for (const row of rows) {
    const id = issueOf(row);
    const list = byIssue.get(id);
    if (list === undefined) byIssue.set(id, [row]);
    else list.push(row);
  }
  return issues.flatMap((issue) => {
    const list = byIssue.get(issue.id);
    return list === undefined ? [] : [{ key: issue.id, title: issue.title, rows: list }];
  });
}

export type RowItem<T> =
  { kind: 'group'; key: string; title: string; count: number } | { kind: 'row'; key: string; row: T };

/** Groups as one list of headings and rows: what a virtualised table scrolls through. */
export function rowItems<T>(groups: readonly RowGroup<T>[], headed: boolean, keyOf: (row: T) => string): RowItem<T>[] {
  return groups.flatMap((g) => [
    ...(headed ? [{ kind: 'group' as const, key: `group-${g.key}`, title: g.title, count: g.rows.length }] : []),
    ...g.rows.map((row) => ({ kind: 'row' as const, key: keyOf(row), row })),
  ]);
}
