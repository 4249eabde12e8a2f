import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/datasetIndex';
import { EMPTY_FILTERS, activeFilters, culpritFilter, filterPositions, type Filters } from '../../../src/lib/filters';
import { loadBundled, loadFixture } from '../../fixtures/load';

const ds = loadFixture('four-parties.json');
const index = indexDataset(ds);
const run = (f: Partial<Filters>) => filterPositions(ds.positions, { ...EMPTY_FILTERS, ...f }, index).map((p) => p.id);

describe('filterPositions', () => {
  it('returns everything with no filter', () => {
    expect(run({})).toHaveLength(ds.positions.length);
  });
  it('filters by party', () => {
    expect(run({ parties: ['gamma', 'delta'] })).toEqual(['c-trade-1', 'd-troops-1']);
  });
  it('filters by issue and by category', () => {
    expect(run({ issues: ['borders'] })).toEqual(['a-borders-1', 'b-borders-1']);
    expect(run({ categories: ['security'] })).toEqual([
      'a-treaty-1',
      'b-treaty-1',
      'b-treaty-2',
      'd-troops-1',
      'a-troops-1',
    ]);
  });
  it('filters by stance and attribution', () => {
    expect(run({ stances: ['conditional'] })).toEqual(['a-trade-2']);
    expect(run({ attribution: ['reported'] })).toEqual(['a-trade-1', 'a-troops-1']);
  });
  it('filters by an inclusive date range', () => {
    expect(run({ from: '2023-03-01', to: '2023-04-01' })).toEqual([
      'a-treaty-1',
      'b-treaty-1',
      'b-treaty-2',
      'd-troops-1',
      'a-troops-1',
    ]);
  });
  it('searches summary, quote, actor name and issue title, all terms required', () => {
    expect(run({ q: 'restored' })).toEqual(['a-borders-1']); // quote
    expect(run({ q: 'bob' })).toEqual(['b-borders-1']); // actor
    expect(run({ q: 'TROOPS delta' })).toEqual(['d-troops-1']); // issue title + summary
  });
  it('finds text regardless of curly apostrophes and accents', () => {
    const bundled = loadBundled();
    const hits = filterPositions(
      bundled.positions,
      { ...EMPTY_FILTERS, q: "zelenskyy's request" },
      indexDataset(bundled),
    );
    expect(hits.map((p) => p.id)).toContain('nato-no-fly-zone-2022-03-15');
  });
});

describe('culpritFilter', () => {
  it('names the filter that emptied the result', () => {
    const filters: Filters = { ...EMPTY_FILTERS, parties: ['gamma'], stances: ['opposes'] };
    expect(filterPositions(ds.positions, filters, index)).toHaveLength(0);
    expect(activeFilters(filters)).toEqual(['parties', 'stances']);
    expect(culpritFilter(ds.positions, filters, index)).toBe('parties');
  });
});
