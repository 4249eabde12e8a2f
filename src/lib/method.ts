import type { Correction, Dataset, Position, Source } from '../data/schema';
import { resolveAsOf } from './asOf';
import { latestDate } from './datasetIndex';
import { VERDICTS, type Verdict } from '../core/vocabulary';
import { agreement, type Agreement, type Comparison } from './overlap';

// What the methodology page (view=method) shows that has to be computed from the dataset: the worked example of the
// agreement index, what each source contributed, the corrections log in reading order, and the download's name.

/**
 * Points a verdict scores in the agreement index; null where the issue is left out (no basis). Written out here, for
 * the page's arithmetic, from the rule `agreement()` applies; the unit tests hold the two together.
 */
export function verdictPoints(verdict: Verdict): number | null {
  switch (verdict) {
    case 'no-basis':
      return null;
    case 'conflict':
      return 0;
    case 'partial':
      return 1;
    default:
      // overlap, and a concession, which scores as one: the positions meet.
      return 2;
  }
}

interface ExampleRow extends Comparison {
  points: number;
}

export interface WorkedExample {
  a: string;
  b: string;
  asOf: string;
  /** Issues both parties addressed, in dataset order, with the points each scores. */
  rows: ExampleRow[];
  /** Issues left out: at least one of the two has no stated position. */
  excluded: Comparison[];
  /** How many comparable issues have each verdict, in VERDICTS order (no basis not among them). */
  tally: { verdict: Verdict; count: number; points: number }[];
  points: number;
  /** 2 × the comparable issues. */
  maxPoints: number;
  /** What the engine computes for the pair: the figure the agreement view shows. */
  agreement: Agreement;
}

/**
 * The agreement index of the dataset's first two parties, on every issue, as of the dataset's latest date (or `asOf`),
 * issue by issue: what the methodology page walks through. Null when the dataset has fewer than two parties.
 */
export function workedExample(dataset: Dataset, asOf?: string): WorkedExample | null {
  const [first, second] = dataset.parties;
  if (first === undefined || second === undefined) return null;
  const date = asOf ?? latestDate(dataset.positions) ?? dataset.meta.updated;
  const current = resolveAsOf(dataset.positions, date);
  const result = agreement(
    current,
    dataset.issues.map((i) => i.id),
    first.id,
    second.id,
  );
  const rows: ExampleRow[] = [];
  const excluded: Comparison[] = [];
  for (const c of result.comparisons) {
    const points = verdictPoints(c.verdict);
    if (points === null) excluded.push(c);
    else rows.push({ ...c, points });
  }
  const tally = VERDICTS.flatMap((verdict) => {
    const points = verdictPoints(verdict);
    if (points === null) return [];
    return [{ verdict, count: rows.filter((r) => r.verdict === verdict).length, points }];
  });
  return {
    a: first.id,
    b: second.id,
    asOf: date,
    rows,
    excluded,
    tally,
    points: rows.reduce((sum, r) => sum + r.points, 0),
    maxPoints: 2 * rows.length,
    agreement: result,
  };
}

export interface SourceUse {
  source: Source;
  /** How many positions cite the source. */
  positions: number;
  /** The issues of those positions, in dataset order, each once. */
  issues: string[];
}

/** Every source in dataset order, with what was taken from it. */
export function sourceUse(dataset: Dataset): SourceUse[] {
  const order = new Map(dataset.issues.map((issue, i) => [issue.id, i]));
  return dataset.sources.map((source) => {
    const citing = dataset.positions.filter((p) => p.source === source.id);
    const issues = [...new Set(citing.map((p) => p.issue))].sort(
      (x, y) => (order.get(x) ?? Infinity) - (order.get(y) ?? Infinity),
    );
    return { source, positions: citing.length, issues };
  });
}

export interface LoggedCorrection extends Correction {
  /** Each id the correction names, with its position, or null where the dataset no longer holds it. */
  named: { id: string; position: Position | null }[];
}

/** The corrections log newest first; corrections of the same date keep the reverse of their file order (the log is written newest last). */
export function correctionsLog(dataset: Dataset): LoggedCorrection[] {
  const byId = new Map(dataset.positions.map((p) => [p.id, p]));
  return (dataset.corrections ?? [])
    .map((c, i) => ({ c, i }))
    .sort((x, y) => (x.c.date === y.c.date ? y.i - x.i : x.c.date < y.c.date ? 1 : -1))
    .map(({ c }) => ({ ...c, named: c.positions.map((id) => ({ id, position: byId.get(id) ?? null })) }));
}

/** A reader's way to report an error: only mailto: and https: addresses are links (never anything invented). */
export function contactLink(contact: string | undefined): { href: string; label: string } | null {
  if (contact === undefined) return null;
  const value = contact.trim();
  if (/^mailto:[^\s]+$/i.test(value))
    return { href: value, label: decodeURIComponent(value.slice('mailto:'.length).split('?')[0] ?? '') };
  if (/^https:\/\/[^\s]+$/i.test(value)) return { href: value, label: value };
  return null;
}

/** The download's file name: the dataset file's own name, dated by its last update ("dataset-2026-12-01.json"). */
export function downloadName(url: string, updated: string): string {
  const file = url.split(/[?#]/)[0]?.split('/').pop() ?? '';
  const stem = file
    .replace(/\.json$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${stem === '' ? 'dataset' : stem}-${updated}.json`;
}

/** Mirror issues (issues[].related) as unordered pairs, each once, in dataset order; unknown ids are skipped. */
export function mirrorPairs(dataset: Dataset): [string, string][] {
  const known = new Set(dataset.issues.map((i) => i.id));
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (const issue of dataset.issues)
    for (const other of issue.related ?? []) {
      if (!known.has(other) || other === issue.id) continue;
      const key = [issue.id, other].sort().join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([issue.id, other]);
    }
  return pairs;
}

/** How many positions have each kind and basis (absent fields counted as their defaults). */
export function codingCounts(dataset: Dataset): {
  positions: number;
  concessions: number;
  inferred: number;
  reportDated: number;
} {
  const ps = dataset.positions;
  return {
    positions: ps.length,
    concessions: ps.filter((p) => p.kind === 'concession').length,
    inferred: ps.filter((p) => p.basis === 'inferred').length,
    reportDated: ps.filter((p) => p.dateBasis === 'report').length,
  };
}
