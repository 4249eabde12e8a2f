import { partyPairs } from '../../../src/lib/overlap';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/data/schema';
import { resolveAsOf } from '../../../src/lib/asOf';
import { agreementByCategory, type CategoryAgreement } from '../../../src/lib/agreementByCategory';
import { loadFixture } from '../../fixtures/load';

const ds = loadFixture('four-parties.json');
const parties = ['alpha', 'beta', 'gamma', 'delta'];
// Standing positions on 2023-12-31, read off the fixture:
//   alpha: borders supports, trade conditional, treaty supports, troops supports
//   beta:  borders opposes, trade supports, treaty opposes (the later of two same-day entries)
//   gamma: trade supports
//   delta: troops supports
const current = resolveAsOf(ds.positions, '2023-12-31');

/** Pair → score (the arithmetic, before the minimum base withholds it), for one category. */
const indices = (c: CategoryAgreement | undefined) =>
  Object.fromEntries((c?.pairs ?? []).map((p) => [`${p.a}-${p.b}`, p.score]));

describe('agreementByCategory', () => {
  const byCategory = agreementByCategory(current, ds.issues, partyPairs(parties));

  it('lists the categories in dataset order, each with its issues', () => {
    expect(byCategory.map((c) => [c.category, c.issues])).toEqual([
      ['territory', ['borders']],
      ['economy', ['trade']],
      ['security', ['treaty', 'troops']],
    ]);
  });

  it('gives every pair, in pair order, in every category', () => {
    for (const c of byCategory)
      expect(c.pairs.map((p) => [p.a, p.b])).toEqual([
        ['alpha', 'beta'],
        ['alpha', 'gamma'],
        ['alpha', 'delta'],
        ['beta', 'gamma'],
        ['beta', 'delta'],
        ['gamma', 'delta'],
      ]);
  });

  it('scores each pair on the issues of that category only', () => {
    // territory: alpha–beta conflict on borders → 0
    expect(indices(byCategory[0])).toEqual({
      'alpha-beta': 0,
      'alpha-gamma': null,
      'alpha-delta': null,
      'beta-gamma': null,
      'beta-delta': null,
      'gamma-delta': null,
    });
    // economy: alpha conditional vs supports → partial (1 of 2 points); beta and gamma both support → 1
    expect(indices(byCategory[1])).toEqual({
      'alpha-beta': 0.5,
      'alpha-gamma': 0.5,
      'alpha-delta': null,
      'beta-gamma': 1,
      'beta-delta': null,
      'gamma-delta': null,
    });
    // security: alpha–beta conflict on treaty (troops left out: beta silent) → 0; alpha–delta overlap on troops → 1
    expect(indices(byCategory[2])).toEqual({
      'alpha-beta': 0,
      'alpha-gamma': null,
      'alpha-delta': 1,
      'beta-gamma': null,
      'beta-delta': null,
      'gamma-delta': null,
    });
  });

  it('reports the issues left out of a category for want of a stated position', () => {
    const ab = byCategory[2]?.pairs[0];
    expect(ab).toMatchObject({ a: 'alpha', b: 'beta', conflict: 1, comparable: 1, notComparable: 1 });
  });

  it('is null, not zero, when both parties spoke in the category but never on the same issue', () => {
    // beta spoke only on treaty, delta only on troops: both in security, no shared issue.
    const bd = byCategory[2]?.pairs[4];
    expect(bd).toMatchObject({ a: 'beta', b: 'delta', index: null, comparable: 0, notComparable: 2 });
  });

  it('keeps first-appearance order when a category’s issues are not next to each other', () => {
    const byId = new Map(ds.issues.map((i) => [i.id, i]));
    const reordered = ['treaty', 'trade', 'troops', 'borders']
      .map((id) => byId.get(id))
      .filter((i): i is Issue => i !== undefined);
    const result = agreementByCategory(current, reordered, partyPairs(['alpha', 'delta']));
    expect(result.map((c) => [c.category, c.issues])).toEqual([
      ['security', ['treaty', 'troops']],
      ['economy', ['trade']],
      ['territory', ['borders']],
    ]);
    expect(result.map((c) => c.pairs.map((p) => p.score))).toEqual([[1], [null], [null]]);
    // One issue in common is too few to show as a figure.
    expect(result.map((c) => c.pairs.map((p) => [p.index, p.tooFew]))).toEqual([
      [[null, true]],
      [[null, false]],
      [[null, false]],
    ]);
  });

  it('follows the date looked at', () => {
    // On 2023-05-01 alpha still opposes trade: alpha–beta and alpha–gamma conflict on it.
    const earlier = agreementByCategory(resolveAsOf(ds.positions, '2023-05-01'), ds.issues, partyPairs(parties));
    expect(indices(earlier[1])).toMatchObject({ 'alpha-beta': 0, 'alpha-gamma': 0, 'beta-gamma': 1 });
  });
});
