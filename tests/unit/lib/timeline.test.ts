import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../../src/lib/asOf';
import { stanceDistribution } from '../../../src/lib/distribution';
import { agreementOverTime, stanceSteps } from '../../../src/lib/timeline';
import { loadBundled, loadFixture } from '../../fixtures/load';

const ds = loadFixture('four-parties.json');
const parties = ds.parties.map((p) => p.id);

describe('stanceSteps', () => {
  it('gives every party a step at each date the issue changes', () => {
    const steps = stanceSteps(ds.positions, 'trade', parties);
    expect(steps.get('alpha')?.map((s) => [s.date, s.stance])).toEqual([
      ['2023-01-10', 'opposes'],
      ['2023-02-01', 'opposes'],
      ['2023-06-01', 'conditional'],
    ]);
    expect(steps.get('delta')?.map((s) => s.stance)).toEqual([null, null, null]);
  });

  it('follows Ukraine and Russia on NATO membership in the bundled data', () => {
    const bundled = loadBundled();
    const steps = stanceSteps(bundled.positions, 'nato-membership', ['ukraine', 'russia']);
    const at = (party: string, date: string) => steps.get(party)?.find((s) => s.date === date)?.stance;
    expect(at('ukraine', '2021-04-06')).toBe('supports');
    expect(at('ukraine', '2022-03-15')).toBe('opposes');
    expect(at('ukraine', '2024-06-14')).toBe('supports');
    expect(steps.get('russia')?.every((s) => s.stance === 'opposes')).toBe(true);
  });
});

describe('agreementOverTime', () => {
  it('recomputes every pair at each change date', () => {
    const points = agreementOverTime(ds.positions, ds.issues.map((i) => i.id), ['alpha', 'beta']);
    expect(points.map((p) => p.date)).toEqual(['2023-01-10', '2023-01-12', '2023-02-01', '2023-03-01', '2023-04-01', '2023-06-01']);
    expect(points.map((p) => p.pairs[0]?.index)).toEqual([null, 0, 0, 0, 0, 1 / 6]);
  });
});

describe('stanceDistribution', () => {
  it('counts each party once per issue, with no stated position counted too', () => {
    const dist = stanceDistribution(resolveAsOf(ds.positions, '2023-12-31'), ['trade', 'troops'], parties);
    expect(dist).toEqual([
      { issue: 'trade', counts: { supports: 2, conditional: 1, opposes: 0, none: 1 } },
      { issue: 'troops', counts: { supports: 2, conditional: 0, opposes: 0, none: 2 } },
    ]);
  });
});
