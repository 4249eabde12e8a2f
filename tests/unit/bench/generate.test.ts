// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIRST_DATE, generateDataset, LAST_DATE, structureFor } from '../../../scripts/bench/generate';
import { formatProblem, validateDataset } from '../../../src/data/validate';
import { isRealDate } from '../../../src/core/dates';

const ds1000 = generateDataset(1_000);

describe('generateDataset', () => {
  it('makes 1,000 positions that validate', () => {
    expect(ds1000.positions).toHaveLength(1_000);
    const r = validateDataset(ds1000);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const json = JSON.stringify(ds1000);
    expect(JSON.stringify(generateDataset(1_000, 1))).toBe(json);
    expect(JSON.stringify(generateDataset(1_000, 2))).not.toBe(json);
  });

  it('grows parties, issues, actors and sources with the number of positions', () => {
    const sizes = [10, 100, 1_000, 10_000].map((n) => {
      const ds = generateDataset(n);
      expect(validateDataset(ds).ok).toBe(true);
      return {
        parties: ds.parties.length,
        issues: ds.issues.length,
        actors: ds.actors.length,
        sources: ds.sources.length,
      };
    });
    expect(sizes[1]).toMatchObject({ parties: 3, issues: 17 });
    for (let i = 1; i < sizes.length; i++) {
      const [prev, cur] = [sizes[i - 1]!, sizes[i]!];
      expect(cur.parties).toBeGreaterThanOrEqual(prev.parties);
      expect(cur.issues).toBeGreaterThanOrEqual(prev.issues);
      expect(cur.actors).toBeGreaterThanOrEqual(prev.actors);
      expect(cur.sources).toBeGreaterThanOrEqual(prev.sources);
    }
    expect(sizes[3]!.parties).toBeGreaterThan(sizes[1]!.parties);
    expect(sizes[3]!.issues).toBeGreaterThan(sizes[1]!.issues);
    // 100,000 is too slow to generate here; its shape is the documented one.
    expect(structureFor(100_000)).toEqual({ parties: 8, issues: 60, actors: 2_000, sources: 5_000 });
  });

  it('gives every conditional position its conditions', () => {
    const conditional = ds1000.positions.filter((p) => p.stance === 'conditional');
    expect(conditional.length).toBeGreaterThan(0);
    for (const p of conditional) expect((p.conditions ?? '').trim()).not.toBe('');
  });

  it('dates positions and sources on real days within the range, with same-day ties', () => {
    const dates = [...ds1000.positions.map((p) => p.date), ...ds1000.sources.map((s) => s.published)];
    for (const d of dates) {
      expect(isRealDate(d), d).toBe(true);
      expect(d >= FIRST_DATE && d <= LAST_DATE, d).toBe(true);
    }
    expect(new Set(ds1000.positions.map((p) => p.date)).size).toBeLessThan(ds1000.positions.length);
  });

  it('has roughly the intended mix of attributions, stances and missing quotes', () => {
    const share = (pred: (p: (typeof ds1000.positions)[number]) => boolean) =>
      ds1000.positions.filter(pred).length / ds1000.positions.length;
    expect(share((p) => p.attribution === 'reported')).toBeCloseTo(0.2, 1);
    expect(share((p) => p.stance === 'conditional')).toBeCloseTo(0.15, 1);
    expect(share((p) => p.quote === null)).toBeCloseTo(0.05, 1);
  });
});
