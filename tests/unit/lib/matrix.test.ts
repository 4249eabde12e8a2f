import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../../src/lib/asOf';
import { matrixRows, sortMatrixRows, type MatrixRow } from '../../../src/lib/matrix';
import { loadFixture } from '../../fixtures/load';

const ds = loadFixture('four-parties.json');
const issues = ['borders', 'trade', 'treaty', 'troops'];
// Written out rather than taken from partyPairs, so the cell order below is fixed by this test.
const pairs = [
  ['alpha', 'beta'],
  ['alpha', 'gamma'],
  ['alpha', 'delta'],
  ['beta', 'gamma'],
  ['beta', 'delta'],
  ['gamma', 'delta'],
] as const;

const counts = (rows: readonly MatrixRow[]) => rows.map((r) => [r.issue, r.conflicts, r.partials, r.overlaps]);

describe('matrixRows', () => {
  // Standing positions on 2023-12-31, read off the fixture:
  //   alpha: borders supports, trade conditional (2023-06-01 replaces opposes), treaty supports, troops supports
  //   beta:  borders opposes, trade supports, treaty opposes (the later of two 2023-03-01 entries)
  //   gamma: trade supports
  //   delta: troops supports
  const rows = matrixRows(resolveAsOf(ds.positions, '2023-12-31'), issues, pairs);

  it('gives one row per issue, in the order given', () => {
    expect(rows.map((r) => r.issue)).toEqual(issues);
  });

  it('gives one verdict per pair, in the order of the pairs', () => {
    const verdicts = Object.fromEntries(rows.map((r) => [r.issue, r.cells.map((c) => c.verdict)]));
    expect(verdicts).toEqual({
      borders: ['conflict', 'no-basis', 'no-basis', 'no-basis', 'no-basis', 'no-basis'],
      trade: ['partial', 'partial', 'no-basis', 'overlap', 'no-basis', 'no-basis'],
      treaty: ['conflict', 'no-basis', 'no-basis', 'no-basis', 'no-basis', 'no-basis'],
      troops: ['no-basis', 'no-basis', 'overlap', 'no-basis', 'no-basis', 'no-basis'],
    });
    const trade = rows[1];
    expect(trade?.cells.map((c) => [c.a, c.b])).toEqual(pairs.map(([a, b]) => [a, b]));
  });

  it('counts conflicts, partials and overlaps per row, leaving no-basis cells out', () => {
    expect(counts(rows)).toEqual([
      ['borders', 1, 0, 0],
      ['trade', 0, 2, 1],
      ['treaty', 1, 0, 0],
      ['troops', 0, 0, 1],
    ]);
  });

  it('carries the statements each verdict rests on', () => {
    const treatyAB = rows[2]?.cells[0];
    expect(treatyAB?.positionA?.id).toBe('a-treaty-1');
    expect(treatyAB?.positionB?.id).toBe('b-treaty-2');
    const troopsAD = rows[3]?.cells[2];
    expect(troopsAD?.positionA?.id).toBe('a-troops-1');
    expect(troopsAD?.positionB?.id).toBe('d-troops-1');
  });

  it('uses only positions stated by the date looked at', () => {
    // On 2023-05-01 alpha still opposes trade (its conditional stance comes on 2023-06-01).
    const earlier = matrixRows(resolveAsOf(ds.positions, '2023-05-01'), issues, pairs);
    expect(earlier[1]?.cells.map((c) => c.verdict)).toEqual([
      'conflict',
      'conflict',
      'no-basis',
      'overlap',
      'no-basis',
      'no-basis',
    ]);
    expect(counts(earlier)).toEqual([
      ['borders', 1, 0, 0],
      ['trade', 2, 0, 1],
      ['treaty', 1, 0, 0],
      ['troops', 0, 0, 1],
    ]);
  });

  it('has only no-basis cells before anyone spoke', () => {
    const before = matrixRows(resolveAsOf(ds.positions, '2022-12-31'), issues, pairs);
    expect(counts(before)).toEqual(issues.map((i) => [i, 0, 0, 0]));
    expect(before.every((r) => r.cells.every((c) => c.verdict === 'no-basis'))).toBe(true);
  });
});

/** A row with only the counts the sort reads. */
const row = (issue: string, conflicts: number, partials: number): MatrixRow => ({
  issue,
  cells: [],
  conflicts,
  partials,
  overlaps: 0,
});

describe('sortMatrixRows', () => {
  it("'conflicts' puts the most conflicted issue first, on the fixture", () => {
    // 2023-05-01: trade 2 conflicts; borders and treaty 1 each (dataset order kept); troops none.
    const rows = matrixRows(resolveAsOf(ds.positions, '2023-05-01'), issues, pairs);
    expect(sortMatrixRows(rows, 'conflicts').map((r) => r.issue)).toEqual(['trade', 'borders', 'treaty', 'troops']);
  });

  it("'conflicts' breaks equal conflicts by partials, descending", () => {
    const rows = [row('a', 1, 0), row('b', 0, 3), row('c', 1, 2), row('d', 0, 5), row('e', 2, 0)];
    expect(sortMatrixRows(rows, 'conflicts').map((r) => r.issue)).toEqual(['e', 'c', 'a', 'd', 'b']);
  });

  it("'conflicts' keeps dataset order where conflicts and partials are both equal", () => {
    const rows = [row('w', 0, 0), row('x', 1, 1), row('y', 0, 0), row('z', 1, 1), row('v', 0, 0)];
    expect(sortMatrixRows(rows, 'conflicts').map((r) => r.issue)).toEqual(['x', 'z', 'w', 'y', 'v']);
  });

  it("'issue' keeps dataset order whatever the counts", () => {
    const rows = [row('a', 0, 0), row('b', 3, 0), row('c', 0, 4), row('d', 1, 1)];
    expect(sortMatrixRows(rows, 'issue').map((r) => r.issue)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves the rows it was given in their order', () => {
    const rows = [row('a', 0, 0), row('b', 3, 0), row('c', 0, 4)];
    sortMatrixRows(rows, 'conflicts');
    expect(rows.map((r) => r.issue)).toEqual(['a', 'b', 'c']);
  });
});
