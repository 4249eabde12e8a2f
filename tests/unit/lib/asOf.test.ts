import { describe, expect, it } from 'vitest';
import { historyOf, resolveAsOf, stanceKey } from '../../../src/lib/asOf';
import { changeDates, latestDate } from '../../../src/lib/datasetIndex';
import { loadBundled, loadFixture } from '../../fixtures/load';

const ds = loadFixture('four-parties.json');

describe('resolveAsOf', () => {
  it('takes the latest position on or before the date', () => {
    expect(resolveAsOf(ds.positions, '2023-05-31').get(stanceKey('alpha', 'trade'))?.id).toBe('a-trade-1');
    expect(resolveAsOf(ds.positions, '2023-06-01').get(stanceKey('alpha', 'trade'))?.id).toBe('a-trade-2');
  });

  it('has no position for a party before its first statement', () => {
    const current = resolveAsOf(ds.positions, '2023-01-11');
    expect(current.has(stanceKey('alpha', 'borders'))).toBe(true);
    expect(current.has(stanceKey('beta', 'borders'))).toBe(false);
  });

  it('breaks a same-date tie by file order, the later entry winning', () => {
    expect(resolveAsOf(ds.positions, '2023-03-01').get(stanceKey('beta', 'treaty'))?.id).toBe('b-treaty-2');
  });

  it('keeps earlier positions as history, oldest first', () => {
    expect(historyOf(ds.positions, 'alpha', 'trade').map((p) => p.id)).toEqual(['a-trade-1', 'a-trade-2']);
  });

  it('lists change dates ascending and finds the latest', () => {
    expect(changeDates(ds.positions)).toEqual([
      '2023-01-10',
      '2023-01-12',
      '2023-02-01',
      '2023-03-01',
      '2023-04-01',
      '2023-06-01',
    ]);
    expect(latestDate(ds.positions)).toBe('2023-06-01');
  });

  it('follows Ukraine on NATO membership in the bundled data: 2021 supports, March 2022 opposes, June 2024 supports', () => {
    const bundled = loadBundled();
    const stanceAt = (date: string) =>
      resolveAsOf(bundled.positions, date).get(stanceKey('ukraine', 'nato-membership'))?.stance;
    expect(stanceAt('2021-04-30')).toBe('supports');
    expect(stanceAt('2022-03-31')).toBe('opposes');
    expect(stanceAt('2024-06-14')).toBe('supports');
    for (const d of ['2021-04-30', '2022-03-31', '2024-06-14'])
      expect(resolveAsOf(bundled.positions, d).get(stanceKey('russia', 'nato-membership'))?.stance).toBe('opposes');
  });
});
