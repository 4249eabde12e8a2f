// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Position } from '../../../src/data/schema';
import type { PositionRow } from '../../../src/lib/tableRows';
import { isSortColumn, SORT_COLUMNS, sortOrder, type SortColumn } from '../../../src/lib/sortRows';

const row = (id: string, date: string, issue: string, stance: Position['stance']): PositionRow => ({
  position: {
    id,
    party: 'a',
    actor: null,
    issue,
    stance,
    date,
    summary: 's',
    quote: null,
    attribution: 'direct',
    source: 'x',
  },
  party: 'A',
  partyColor: '#000000',
  actor: '—',
  issue,
  source: 'Wire',
});

const rows = [
  row('p1', '2024-01-02', 'Issue 10', 'opposes'),
  row('p2', '2023-05-01', 'Issue 2', 'supports'),
  row('p3', '2024-01-02', 'issue 2', 'conditional'),
  row('p4', '2022-12-31', 'Issue 1', 'opposes'),
];
const ids = (list: PositionRow[]) => list.map((r) => r.position.id);
const en = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
const sortRows = (list: PositionRow[], column: SortColumn, desc: boolean, collator: Intl.Collator) =>
  sortOrder(list, column, desc, collator).map((i) => list[i] as PositionRow);

describe('sortOrder', () => {
  it('sorts by date; rows of the same date keep dataset order, ascending and descending', () => {
    expect(ids(sortRows(rows, 'date', false, en))).toEqual(['p4', 'p2', 'p1', 'p3']);
    expect(ids(sortRows(rows, 'date', true, en))).toEqual(['p1', 'p3', 'p2', 'p4']);
  });

  it('sorts text naturally (Issue 2 before Issue 10) and without regard to case', () => {
    expect(ids(sortRows(rows, 'issue', false, en))).toEqual(['p4', 'p2', 'p3', 'p1']);
  });

  it('sorts stances supports, conditional, opposes', () => {
    expect(ids(sortRows(rows, 'stance', false, en))).toEqual(['p2', 'p3', 'p1', 'p4']);
  });

  it('sorts by every column it offers', () => {
    for (const column of SORT_COLUMNS) expect(sortRows(rows, column, false, en)).toHaveLength(rows.length);
  });

  it('gives the order as indices into its input', () => {
    expect(sortOrder(rows, 'date', false, en)).toEqual([3, 1, 0, 2]);
  });

  it('leaves its input alone', () => {
    const copy = [...rows];
    sortRows(rows, 'date', true, en);
    expect(rows).toEqual(copy);
  });
});

describe('isSortColumn', () => {
  it('tells the sort columns from the others', () => {
    expect(SORT_COLUMNS.every(isSortColumn)).toBe(true);
    expect(isSortColumn('summary')).toBe(false);
    expect(isSortColumn('expand')).toBe(false);
  });
});

describe('sortOrder at scale', () => {
  it('orders 50,000 rows exactly as a comparator sort with index tie-breaks would', () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      row(
        `r${i}`,
        `20${10 + ((i * 7919) % 15)}-0${1 + (i % 9)}-1${i % 10}`,
        `Issue ${(i * 31) % 97}`,
        (['supports', 'conditional', 'opposes'] as const)[i % 3] ?? 'supports',
      ),
    );
    for (const desc of [false, true]) {
      const sign = desc ? -1 : 1;
      const byDate = many
        .map((r, i) => ({ r, i }))
        .sort((a, b) => sign * a.r.position.date.localeCompare(b.r.position.date) || a.i - b.i);
      expect(ids(sortRows(many, 'date', desc, en))).toEqual(byDate.map((x) => x.r.position.id));
      const byIssue = many
        .map((r, i) => ({ r, i }))
        .sort((a, b) => sign * en.compare(a.r.issue, b.r.issue) || a.i - b.i);
      expect(ids(sortRows(many, 'issue', desc, en))).toEqual(byIssue.map((x) => x.r.position.id));
    }
  });
});
