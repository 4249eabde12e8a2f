import { describe, expect, it } from 'vitest';
import { pairCoverage } from '../../../src/lib/coverage';
import { loadFixture } from '../../fixtures/load';

const ds = loadFixture('four-parties.json');
const issues = ds.issues.map((i) => i.id);

describe('pairCoverage', () => {
  it('counts the issues on which both parties hold a position as of each date', () => {
    const rows = pairCoverage(ds.positions, issues, [['alpha', 'beta']], ['2023-01-11', '2023-03-01'], 365);
    expect(rows.map((r) => [r.date, r.comparable])).toEqual([
      ['2023-01-11', []],
      ['2023-03-01', ['borders', 'trade', 'treaty']],
    ]);
  });

  it('leaves out stale positions, so a pair stops being comparable when one side goes quiet', () => {
    // alpha's borders position (10 Jan 2023) is stale 30 days later; beta's (12 Jan) two days after that
    const [fresh, stale] = pairCoverage(ds.positions, issues, [['alpha', 'beta']], ['2023-02-09', '2023-02-10'], 30);
    expect(fresh?.comparable).toContain('borders');
    expect(stale?.comparable).not.toContain('borders');
  });

  it('reports every requested pair, in order', () => {
    const rows = pairCoverage(
      ds.positions,
      issues,
      [
        ['alpha', 'delta'],
        ['gamma', 'beta'],
      ],
      ['2023-06-01'],
      365,
    );
    expect(rows.map((r) => [r.a, r.b, r.comparable])).toEqual([
      ['alpha', 'delta', ['troops']],
      ['gamma', 'beta', ['trade']],
    ]);
  });
});
