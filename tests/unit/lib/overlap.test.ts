import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../../src/lib/asOf';
import { MIN_COMPARABLE, agreement, compareOn, compareStances, partyPairs } from '../../../src/lib/overlap';
import { loadFixture } from '../../fixtures/load';

const ds = loadFixture('four-parties.json');
const issues = ds.issues.map((i) => i.id);

describe('compareStances', () => {
  it.each([
    ['supports', 'supports', 'overlap'],
    ['opposes', 'opposes', 'overlap'],
    ['conditional', 'conditional', 'overlap'],
    ['conditional', 'supports', 'partial'],
    ['opposes', 'conditional', 'partial'],
    ['supports', 'opposes', 'conflict'],
    ['opposes', 'supports', 'conflict'],
    ['supports', null, 'no-basis'],
    [null, 'opposes', 'no-basis'],
    [null, null, 'no-basis'],
  ] as const)('%s vs %s is %s', (a, b, verdict) => {
    expect(compareStances(a, b)).toBe(verdict);
  });
});

describe('compareOn', () => {
  it('carries the two positions the verdict rests on', () => {
    const c = compareOn(resolveAsOf(ds.positions, '2023-12-31'), 'borders', 'alpha', 'beta');
    expect(c.verdict).toBe('conflict');
    expect(c.positionA?.id).toBe('a-borders-1');
    expect(c.positionB?.id).toBe('b-borders-1');
  });

  it('gives no basis, with a null position, where a party said nothing', () => {
    const c = compareOn(resolveAsOf(ds.positions, '2023-12-31'), 'borders', 'alpha', 'delta');
    expect(c.verdict).toBe('no-basis');
    expect(c.positionA?.id).toBe('a-borders-1');
    expect(c.positionB).toBeNull();
  });

  it('changes as positions change over time', () => {
    expect(compareOn(resolveAsOf(ds.positions, '2023-05-01'), 'trade', 'alpha', 'beta').verdict).toBe('conflict');
    expect(compareOn(resolveAsOf(ds.positions, '2023-06-01'), 'trade', 'alpha', 'beta').verdict).toBe('partial');
  });
});

describe('partyPairs', () => {
  it('forms every pair of four parties, none hard-coded', () => {
    expect(partyPairs(ds.parties.map((p) => p.id))).toEqual([
      ['alpha', 'beta'],
      ['alpha', 'gamma'],
      ['alpha', 'delta'],
      ['beta', 'gamma'],
      ['beta', 'delta'],
      ['gamma', 'delta'],
    ]);
  });
});

describe('agreement', () => {
  it('scores 2 per overlap, 1 per partial, 0 per conflict over 2 × comparable issues', () => {
    // alpha–beta at the end: borders conflict, trade partial, treaty conflict (beta's later same-day entry), troops no basis
    const ag = agreement(resolveAsOf(ds.positions, '2023-12-31'), issues, 'alpha', 'beta');
    expect(ag).toMatchObject({ overlap: 0, partial: 1, conflict: 2, comparable: 3, notComparable: 1 });
    expect(ag.index).toBeCloseTo(1 / 6);
    expect(ag.score).toBe(ag.index);
  });

  it('leaves issues without basis out of the denominator instead of imputing them', () => {
    const ag = agreement(resolveAsOf(ds.positions, '2023-12-31'), issues, 'alpha', 'delta');
    expect(ag).toMatchObject({ overlap: 1, comparable: 1, notComparable: 3, score: 1 });
  });

  it('withholds the index over fewer than three comparable issues: one coincidence is not 100 % agreement', () => {
    const ag = agreement(resolveAsOf(ds.positions, '2023-12-31'), issues, 'alpha', 'delta');
    expect(MIN_COMPARABLE).toBe(3);
    expect(ag).toMatchObject({ comparable: 1, index: null, tooFew: true });
    const three = agreement(resolveAsOf(ds.positions, '2023-12-31'), issues, 'alpha', 'beta');
    expect(three).toMatchObject({ comparable: 3, tooFew: false });
    expect(three.index).not.toBeNull();
  });

  it('is null, not zero, when nothing is comparable', () => {
    const ag = agreement(resolveAsOf(ds.positions, '2023-12-31'), issues, 'gamma', 'delta');
    expect(ag.index).toBeNull();
    expect(ag.score).toBeNull();
    expect(ag.tooFew).toBe(false);
    expect(ag.notComparable).toBe(4);
  });
});
