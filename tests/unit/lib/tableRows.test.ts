import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/datasetIndex';
import { groupByIssue, rowItems, rowsOf, tableRows, type PositionRow } from '../../../src/lib/tableRows';
import { loadFixture } from '../../fixtures/load';

const ds = loadFixture('four-parties.json');
const index = indexDataset(ds);
const rows = tableRows(index);
const ids = (list: readonly PositionRow[]) => list.map((r) => r.position.id);
const issueOf = (r: PositionRow) => r.position.issue;

describe('tableRows', () => {
  it('gives every position a row, in dataset order, with the names a reader sees', () => {
    expect(ids(rows)).toEqual(ds.positions.map((p) => p.id));
    expect(rows[0]).toMatchObject({ party: 'Alpha', actor: 'Ann Alpha', issue: 'Borders', source: 'Test Wire' });
    expect(rows[0]?.partyColor).toMatch(/^#[0-9a-f]{6}$/i);
    // A statement without a named speaker.
    expect(rows[2]?.actor).toBe('—');
  });
});

describe('rowsOf', () => {
  it('picks the matching rows in the sorted order it is given', () => {
    const reversed = [...rows].reverse();
    const beta = ds.positions.filter((p) => p.party === 'beta');
    expect(ids(rowsOf(reversed, beta, (r) => r.position))).toEqual(beta.map((p) => p.id).reverse());
  });

  it('hands back the sorted rows themselves when every position matches', () => {
    expect(rowsOf(rows, ds.positions, (r) => r.position)).toBe(rows);
  });
});

describe('groupByIssue', () => {
  it('puts issues in dataset order and keeps the row order inside each', () => {
    const groups = groupByIssue([...rows].reverse(), issueOf, ds.issues);
    expect(groups.map((g) => [g.key, g.title])).toEqual([
      ['borders', 'Borders'],
      ['trade', 'Trade'],
      ['treaty', 'Treaty'],
      ['troops', 'Troops'],
    ]);
    expect(ids(groups[1]?.rows ?? [])).toEqual(['c-trade-1', 'b-trade-1', 'a-trade-2', 'a-trade-1']);
  });

  it('leaves out issues without a row', () => {
    const trade = rows.filter((r) => r.position.issue === 'trade');
    expect(groupByIssue(trade, issueOf, ds.issues).map((g) => g.key)).toEqual(['trade']);
  });
});

describe('rowItems', () => {
  const groups = groupByIssue(rows, issueOf, ds.issues);

  it('lists each heading, with its count, before its rows', () => {
    const items = rowItems(groups, true, (r) => r.position.id);
    expect(items.slice(0, 4)).toEqual([
      { kind: 'group', key: 'group-borders', title: 'Borders', count: 2 },
      { kind: 'row', key: 'a-borders-1', row: rows[0] },
      { kind: 'row', key: 'b-borders-1', row: rows[1] },
      { kind: 'group', key: 'group-trade', title: 'Trade', count: 4 },
    ]);
    expect(items).toHaveLength(rows.length + groups.length);
  });

  it('lists only rows when the groups have no headings', () => {
    expect(rowItems(groups, false, (r) => r.position.id).every((item) => item.kind === 'row')).toBe(true);
  });
});
