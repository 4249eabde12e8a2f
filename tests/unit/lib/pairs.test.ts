import { describe, expect, it } from 'vitest';
import { defaultIsCut, defaultParties } from '../../../src/lib/filters';
import { partyPairs } from '../../../src/lib/overlap';
import { MAX_PARTIES_ALL_PAIRS, pairPlan } from '../../../src/lib/pairs';
import { indexDataset } from '../../../src/lib/datasetIndex';
import { DEFAULT_STATE, parseUrl, reconcile } from '../../../src/lib/urlState';
import { loadBundled } from '../../fixtures/load';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe('which pairs are drawn', () => {
  it('every pair up to six parties, with no focus', () => {
    for (let n = 0; n <= MAX_PARTIES_ALL_PAIRS; n++) {
      const plan = pairPlan(ids(n), 'p2');
      expect(plan.pairs).toEqual(partyPairs(ids(n)));
      expect(plan.focus).toBeNull();
      expect(plan.total).toBe(n < 2 ? 0 : (n * (n - 1)) / 2);
    }
  });

  it('past six, the pairs of the focus party (the first party unless the reader chose one it holds), in pair order', () => {
    const parties = ids(43);
    const first = pairPlan(parties, null);
    expect(first.focus).toBe('p1');
    expect(first.total).toBe(903);
    expect(first.pairs).toHaveLength(42);
    expect(first.pairs.every(([a, b]) => a === 'p1' || b === 'p1')).toBe(true);
    const chosen = pairPlan(parties, 'p7');
    expect(chosen.focus).toBe('p7');
    expect(chosen.pairs).toEqual(partyPairs(parties).filter(([a, b]) => a === 'p7' || b === 'p7'));
    expect(pairPlan(parties, 'not-selected').focus).toBe('p1');
  });
});

describe('the default selection of a dataset with many parties', () => {
  const bundled = loadBundled();
  const many = {
    ...bundled,
    meta: { ...bundled.meta, defaultParties: undefined },
    parties: [...bundled.parties, ...ids(10).map((id) => ({ id, name: id, shortName: id }))],
  };

  it('is the curator’s when the dataset names one, else every party up to six, else the first six (and says so)', () => {
    expect(defaultParties(bundled)).toEqual(bundled.meta.defaultParties);
    expect(defaultIsCut(bundled)).toBe(false);
    const few = { ...bundled, meta: { ...bundled.meta, defaultParties: undefined } };
    expect(defaultParties(few)).toEqual([]);
    expect(defaultIsCut(few)).toBe(false);
    expect(defaultParties(many)).toEqual(many.parties.slice(0, MAX_PARTIES_ALL_PAIRS).map((p) => p.id));
    expect(defaultIsCut(many)).toBe(true);
  });

  it('focus= names a party of the dataset, or is dropped with a notice', () => {
    expect(parseUrl('?focus=russia').state.focus).toBe('russia');
    expect(parseUrl('?focus=Not%20an%20id').notices).toEqual([
      { kind: 'notAllowed', param: 'focus', value: 'Not an id', allowed: 'id' },
    ]);
    const index = indexDataset(bundled);
    expect(reconcile({ ...DEFAULT_STATE, focus: 'atlantis' }, index)).toEqual({
      state: DEFAULT_STATE,
      notices: [{ kind: 'notInDataset', param: 'focus', value: 'atlantis' }],
    });
  });
});
