/**
 * `--check`: the performance targets, evaluated on the bench's medians. A target whose dataset was not
 * measured fails ("not measured"): a check that did not run must not read as a pass.
 */
import type { DatasetResult } from './report';
import type { BuildSizes } from '../buildSizes';

type JsSizes = Pick<BuildSizes, 'initialJs' | 'allJs'>;
import { KB, MB } from './stats';

export interface CheckResult {
  target: string;
  measured: string;
  pass: boolean;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function sizeChecks(sizes: JsSizes): CheckResult[] {
  return [
    { target: 'JS before first view ≤ 100 KB gzip', measured: kb(sizes.initialJs), pass: sizes.initialJs <= 100 * KB },
    { target: 'all JS ≤ 230 KB gzip', measured: kb(sizes.allJs), pass: sizes.allJs <= 230 * KB },
  ];
}

const notMeasured = (target: string, why: string): CheckResult => ({ target, measured: why, pass: false });

function at10k(result: DatasetResult | undefined): CheckResult[] {
  const readyTarget = '10,000: ready ≤ 1.2× floor';
  const p95Target = (what: string) => `10,000: ${what} p95 ≤ 100 ms`;
  if (result === undefined)
    return [readyTarget, p95Target('filter'), p95Target('as-of')].map((t) =>
      notMeasured(t, 'not measured (add 10000 to --counts)'),
    );
  const checks: CheckResult[] = [];
  const dash = result.summary.dashboard.readyMs;
  const floor = result.summary.floor.readyMs;
  const allReady = result.failures.dashboard.length === 0 && result.failures.floor.length === 0;
  if (dash === undefined || floor === undefined || !allReady)
    checks.push(
      notMeasured(
        readyTarget,
        `not every run loaded (${[...result.failures.dashboard, ...result.failures.floor].join(', ') || 'no data'})`,
      ),
    );
  else {
    const ratio = dash.median / floor.median;
    checks.push({
      target: readyTarget,
      measured: `${ratio.toFixed(2)}× (${dash.median.toFixed(0)} vs ${floor.median.toFixed(0)} ms)`,
      pass: ratio <= 1.2,
    });
  }
  for (const [what, key] of [
    ['filter', 'filterP95'],
    ['as-of', 'asOfP95'],
  ] as const) {
    const s = result.summary.dashboard[key];
    checks.push(
      s === undefined
        ? notMeasured(p95Target(what), 'not measured')
        : { target: p95Target(what), measured: `${s.median.toFixed(0)} ms`, pass: s.median <= 100 },
    );
  }
  return checks;
}

function at100k(result: DatasetResult | undefined): CheckResult[] {
  const loadTarget = '100,000: dashboard loads (ready, not error)';
  const heapTarget = '100,000: heap ≤ 60 MB';
  if (result === undefined)
    return [loadTarget, heapTarget].map((t) => notMeasured(t, 'not measured (add 100000 to --counts)'));
  const failures = result.failures.dashboard;
  const heap = result.summary.dashboard.heapBytes;
  return [
    {
      target: loadTarget,
      measured: failures.length === 0 ? `${result.runs}/${result.runs} ready` : failures.join(', '),
      pass: failures.length === 0,
    },
    heap === undefined
      ? notMeasured(heapTarget, 'not loaded')
      : { target: heapTarget, measured: `${(heap.median / MB).toFixed(1)} MB`, pass: heap.median <= 60 * MB },
  ];
}

export function evaluateTargets(sizes: JsSizes, results: readonly DatasetResult[]): CheckResult[] {
  const byCount = (n: number) => results.find((r) => r.count === n && r.label !== 'bundled');
  return [...sizeChecks(sizes), ...at10k(byCount(10_000)), ...at100k(byCount(100_000))];
}

export function formatChecks(checks: readonly CheckResult[]): string {
  const width = Math.max(...checks.map((c) => c.target.length));
  return checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'}  ${c.target.padEnd(width)}  ${c.measured}`).join('\n');
}
