/**
 * `--check`: the performance targets, evaluated on the bench's medians. A target whose dataset was not
 * measured fails ("not measured"): a check that did not run must not read as a pass.
 *
 * Issue 17's targets (a reader's phone, the dataset that ships): for the bundled dataset and a generated one of 500
 * positions, ready and JavaScript before ready within 1.3× the plain-React floor, filter and as-of p95 within two
 * frames; at 10,000 positions, no worse than before (ready ≤ 1.1× the floor, heap ≤ 0.6× it, p95 ≤ 50 ms); with
 * many parties, each view ready within 2× its time on the bundled dataset. Issue 6's 100,000-position and size
 * targets are kept as they were.
 */
import type { DatasetResult, MetricKey } from './report';
import type { BuildSizes } from '../buildSizes';
import type { ManyPartiesResult } from './views';
import type { EmbedsResult } from './embeds';
import type { Spread } from './stats';
import { KB, MB } from './stats';

type JsSizes = Pick<BuildSizes, 'initialJs' | 'allJs'>;

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

/**
 * One median over another as a check against `max`: the dashboard over the floor, many parties over the bundled
 * dataset, three embeds over one. `failures` are the runs that did not load; any of them and the check is not measured.
 */
function medianRatio(
  target: string,
  measured: Spread | undefined,
  base: Spread | undefined,
  max: number,
  unit: (v: number) => string,
  failures: readonly string[] = [],
): CheckResult {
  if (measured === undefined || base === undefined || failures.length > 0)
    return notMeasured(target, `not every run loaded (${failures.join(', ') || 'no data'})`);
  const ratio = measured.median / base.median;
  return {
    target,
    measured: `${ratio.toFixed(2)}× (${unit(measured.median)} vs ${unit(base.median)})`,
    pass: ratio <= max,
  };
}

/** The dashboard's median over the floor's. */
const ratioCheck = (result: DatasetResult, key: MetricKey, target: string, max: number, unit: (v: number) => string) =>
  medianRatio(target, result.summary.dashboard[key], result.summary.floor[key], max, unit, [
    ...result.failures.dashboard,
    ...result.failures.floor,
  ]);

function p95Checks(result: DatasetResult, name: string, max: number): CheckResult[] {
  return (
    [
      ['filter', 'filterP95'],
      ['as-of', 'asOfP95'],
    ] as const
  ).map(([what, key]) => {
    const target = `${name}: ${what} p95 ≤ ${max} ms`;
    const s = result.summary.dashboard[key];
    return s === undefined
      ? notMeasured(target, 'not measured')
      : { target, measured: `${s.median.toFixed(0)} ms`, pass: s.median <= max };
  });
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

function readerCase(result: DatasetResult | undefined, name: string, add: string): CheckResult[] {
  const targets = [
    `${name}: ready ≤ 1.3× floor`,
    `${name}: JS before ready ≤ 1.3× floor`,
    `${name}: filter p95 ≤ 32 ms`,
    `${name}: as-of p95 ≤ 32 ms`,
  ];
  if (result === undefined) return targets.map((t) => notMeasured(t, `not measured (add ${add} to --counts)`));
  return [
    ratioCheck(result, 'readyMs', targets[0] ?? '', 1.3, ms),
    ratioCheck(result, 'jsBytes', targets[1] ?? '', 1.3, kb),
    ...p95Checks(result, name, 32),
  ];
}

function at10k(result: DatasetResult | undefined): CheckResult[] {
  const targets = ['10,000: ready ≤ 1.1× floor', '10,000: heap ≤ 0.6× floor'];
  if (result === undefined)
    return [...targets, '10,000: filter p95 ≤ 50 ms', '10,000: as-of p95 ≤ 50 ms'].map((t) =>
      notMeasured(t, 'not measured (add 10000 to --counts)'),
    );
  return [
    ratioCheck(result, 'readyMs', targets[0] ?? '', 1.1, ms),
    ratioCheck(result, 'heapBytes', targets[1] ?? '', 0.6, (v) => `${(v / MB).toFixed(1)} MB`),
    ...p95Checks(result, '10,000', 50),
  ];
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

function manyParties(result: ManyPartiesResult | null): CheckResult[] {
  if (result === null) return [notMeasured('many parties: each view ready ≤ 2× bundled', 'not measured (--parties 0)')];
  return result.results.map((r) =>
    medianRatio(`${result.parties} parties: ${r.view} ready ≤ 2× bundled`, r.many.ready, r.bundled.ready, 2, ms, [
      ...r.bundled.failures,
      ...r.many.failures,
    ]),
  );
}

function embedChecks(r: EmbedsResult | null): CheckResult[] {
  const targets = [
    'three embeds: JS transferred ≤ 1.1× one embed (shared chunks once)',
    'three embeds: all ready ≤ 1.3× one',
  ];
  if (r === null) return targets.map((t) => notMeasured(t, 'not measured'));
  return [
    medianRatio(targets[0] ?? '', r.three.jsBytes, r.one.jsBytes, 1.1, kb),
    medianRatio(targets[1] ?? '', r.three.ready, r.one.ready, 1.3, ms),
  ];
}

export function evaluateTargets(
  sizes: JsSizes,
  results: readonly DatasetResult[],
  many: ManyPartiesResult | null = null,
  embeds: EmbedsResult | null = null,
): CheckResult[] {
  const byLabel = (label: string) => results.find((r) => r.label === label);
  return [
    ...readerCase(byLabel('bundled'), 'bundled', 'bundled'),
    ...readerCase(byLabel('500'), '500', '500'),
    ...at10k(byLabel('10000')),
    ...at100k(byLabel('100000')),
    ...manyParties(many),
    ...embedChecks(embeds),
    ...sizeChecks(sizes),
  ];
}

export function formatChecks(checks: readonly CheckResult[]): string {
  const width = Math.max(...checks.map((c) => c.target.length));
  return checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'}  ${c.target.padEnd(width)}  ${c.measured}`).join('\n');
}
