import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../../scripts/bench/check';
import type { DatasetResult } from '../../../scripts/bench/report';
import { KB } from '../../../scripts/bench/stats';

const s = (median: number) => ({ median, min: median, max: median, n: 5 });
function result(label: string, dash: Record<string, number>, floor: Record<string, number>): DatasetResult {
  const spreadOf = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, s(v)]));
  return {
    label,
    count: 1,
    bytes: 1,
    runs: 5,
    samples: { dashboard: [], floor: [] },
    summary: { dashboard: spreadOf(dash), floor: spreadOf(floor) },
    failures: { dashboard: [], floor: [] },
  };
}
const sizes = { initialJs: 99 * KB, allJs: 200 * KB };
const find = (checks: ReturnType<typeof evaluateTargets>, target: string) => checks.find((c) => c.target === target);

describe('the bench’s --check', () => {
  it('holds the reader’s case to 1.3× the floor and two frames, as ratios of medians', () => {
    const bundled = result(
      'bundled',
      { readyMs: 390, jsBytes: 80 * KB, filterP95: 32, asOfP95: 40 },
      { readyMs: 300, jsBytes: 66 * KB },
    );
    const checks = evaluateTargets(sizes, [bundled]);
    expect(find(checks, 'bundled: ready ≤ 1.3× floor')).toMatchObject({
      pass: true,
      measured: '1.30× (390 ms vs 300 ms)',
    });
    expect(find(checks, 'bundled: JS before ready ≤ 1.3× floor')?.pass).toBe(true);
    expect(find(checks, 'bundled: filter p95 ≤ 32 ms')?.pass).toBe(true);
    expect(find(checks, 'bundled: as-of p95 ≤ 32 ms')?.pass).toBe(false);
    // A case not measured fails, and says how to measure it.
    expect(find(checks, '500: ready ≤ 1.3× floor')).toMatchObject({
      pass: false,
      measured: 'not measured (add 500 to --counts)',
    });
  });

  it('holds many parties to 2× each view’s bundled time', () => {
    const view = (ready: number, many: number) => ({
      bundled: { ready: s(ready), failures: [] },
      many: { ready: s(many), failures: [] },
    });
    const checks = evaluateTargets(sizes, [], {
      parties: 45,
      results: [
        { view: 'compare', ...view(500, 900) },
        { view: 'matrix', ...view(500, 1100) },
      ],
    });
    expect(find(checks, '45 parties: compare ready ≤ 2× bundled')?.pass).toBe(true);
    expect(find(checks, '45 parties: matrix ready ≤ 2× bundled')).toMatchObject({
      pass: false,
      measured: '2.20× (1100 ms vs 500 ms)',
    });
  });
});
