/** Turns samples into per-dataset summaries and the one table the bench prints. */
import type { Metrics, Sample } from './measure';
import { KB, MB, spread, textTable, type Spread } from './stats';

export type MetricKey = keyof Metrics;
export type PageKind = 'dashboard' | 'floor';

export interface DatasetResult {
  /** 'bundled' or the requested count, as given in --counts. */
  label: string;
  /** Positions in the file. */
  count: number;
  /** Size of the JSON file, uncompressed. */
  bytes: number;
  runs: number;
  samples: Record<PageKind, Sample[]>;
  summary: Record<PageKind, Partial<Record<MetricKey, Spread>>>;
  /** Non-ready outcomes with how many runs had them, e.g. "refused: over cap ×5"; empty when every run loaded. */
  failures: Record<PageKind, string[]>;
}

interface MetricSpec {
  key: MetricKey;
  label: string;
  format: (v: number) => string;
}

const ms = (v: number) => v.toFixed(0);
export const METRICS: readonly MetricSpec[] = [
  { key: 'readyMs', label: 'ready (ms)', format: ms },
  { key: 'jsBytes', label: 'JS before ready (KB gz)', format: (v) => (v / KB).toFixed(1) },
  { key: 'heapBytes', label: 'heap after GC (MB)', format: (v) => (v / MB).toFixed(1) },
  { key: 'domNodes', label: 'DOM nodes', format: (v) => v.toFixed(0) },
  { key: 'filterP50', label: 'filter p50 (ms)', format: ms },
  { key: 'filterP95', label: 'filter p95 (ms)', format: ms },
  { key: 'asOfP50', label: 'as-of p50 (ms)', format: ms },
  { key: 'asOfP95', label: 'as-of p95 (ms)', format: ms },
  { key: 'exportPngMs', label: 'export PNG (ms)', format: ms },
];

export function summarize(samples: readonly Sample[]): Partial<Record<MetricKey, Spread>> {
  const out: Partial<Record<MetricKey, Spread>> = {};
  for (const { key } of METRICS) {
    const values = samples.map((s) => s.metrics[key]).filter((v): v is number => v !== undefined && Number.isFinite(v));
    const s = spread(values);
    if (s !== null) out[key] = s;
  }
  return out;
}

export function failuresOf(samples: readonly Sample[]): string[] {
  const counts = new Map<string, number>();
  for (const s of samples) if (s.status !== 'ready') counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${status} ×${n}`);
}

export function datasetResult(
  label: string,
  count: number,
  bytes: number,
  runs: number,
  samples: Record<PageKind, Sample[]>,
): DatasetResult {
  return {
    label,
    count,
    bytes,
    runs,
    samples,
    summary: { dashboard: summarize(samples.dashboard), floor: summarize(samples.floor) },
    failures: { dashboard: failuresOf(samples.dashboard), floor: failuresOf(samples.floor) },
  };
}

const status = (r: DatasetResult, kind: PageKind) => {
  const ready = r.samples[kind].filter((s) => s.status === 'ready').length;
  return [`${ready}/${r.runs} ready`, ...r.failures[kind]].join(', ');
};

function rowsFor(r: DatasetResult): string[][] {
  const size = `${r.count.toLocaleString('en-US')} pos, ${(r.bytes / MB).toFixed(1)} MB`;
  const name = r.label === 'bundled' ? `bundled (${size})` : size;
  const rows: string[][] = [[name, 'status', status(r, 'dashboard'), status(r, 'floor'), '', '', '']];
  for (const { key, label, format } of METRICS) {
    const d = r.summary.dashboard[key];
    const f = r.summary.floor[key];
    if (d === undefined && f === undefined) continue;
    const range = (s: Spread | undefined) => (s === undefined ? '–' : `${format(s.min)}–${format(s.max)}`);
    const ratio = d !== undefined && f !== undefined && f.median > 0 ? `${(d.median / f.median).toFixed(2)}×` : '';
    rows.push([
      '',
      label,
      d === undefined ? '–' : format(d.median),
      f === undefined ? '–' : format(f.median),
      ratio,
      range(d),
      range(f),
    ]);
  }
  return rows;
}

export function resultsTable(results: readonly DatasetResult[]): string {
  const header = ['dataset', 'metric', 'dashboard', 'floor', 'ratio', 'dashboard min–max', 'floor min–max'];
  return textTable(header, results.flatMap(rowsFor));
}
