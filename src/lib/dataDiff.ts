import type { Verdict } from '../core/vocabulary';
import type { Dataset, Position } from '../data/schema';
import { resolveAsOf } from './asOf';
import { latestDate } from './datasetIndex';
import { compareOn, partyPairs } from './overlap';

/**
 * What changed between two editions of a dataset, as an editor reviewing a curator's change reads it: positions
 * added, removed and changed field by field, the verdicts that change as of the latest date because of them, and
 * whether the corrections log has an entry for every changed coding (a data desk's rule: a coding never changes
 * silently).
 */

/** The fields that are a coding: what a position says the party's stance was. Wording and notes are not. */
const CODING_FIELDS = [
  'party',
  'actor',
  'issue',
  'stance',
  'conditions',
  'kind',
  'basis',
  'date',
  'dateBasis',
  'attribution',
  'source',
  'quote',
] as const;

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

interface VerdictChange {
  issue: string;
  a: string;
  b: string;
  before: Verdict;
  after: Verdict;
}

export interface DatasetDiff {
  added: string[];
  removed: string[];
  changed: { id: string; fields: FieldChange[]; coding: boolean }[];
  /** The date the verdicts are compared at: the later edition's latest position. */
  asOf: string | null;
  verdicts: VerdictChange[];
  /** Changed or removed codings with no new entry in the corrections log naming them. */
  uncorrected: string[];
}

const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

function fieldChanges(before: Position, after: Position): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => !same(before[k as keyof Position], after[k as keyof Position]))
    .map((field) => ({ field, before: before[field as keyof Position], after: after[field as keyof Position] }));
}

export function diffDatasets(older: Dataset, newer: Dataset): DatasetDiff {
  const was = new Map(older.positions.map((p) => [p.id, p]));
  const now = new Map(newer.positions.map((p) => [p.id, p]));
  const added = newer.positions.filter((p) => !was.has(p.id)).map((p) => p.id);
  const removed = older.positions.filter((p) => !now.has(p.id)).map((p) => p.id);
  const changed = newer.positions.flatMap((p) => {
    const before = was.get(p.id);
    if (before === undefined) return [];
    const fields = fieldChanges(before, p);
    if (fields.length === 0) return [];
    return [{ id: p.id, fields, coding: fields.some((f) => (CODING_FIELDS as readonly string[]).includes(f.field)) }];
  });

  const asOf = latestDate([...older.positions, ...newer.positions]);
  const verdicts: VerdictChange[] = [];
  if (asOf !== null) {
    const [then, current] = [resolveAsOf(older.positions, asOf), resolveAsOf(newer.positions, asOf)];
    const parties = newer.parties.map((p) => p.id);
    for (const issue of newer.issues)
      for (const [a, b] of partyPairs(parties)) {
        const before = compareOn(then, issue.id, a, b).verdict;
        const after = compareOn(current, issue.id, a, b).verdict;
        if (before !== after) verdicts.push({ issue: issue.id, a, b, before, after });
      }
  }

  const oldEntries = new Set((older.corrections ?? []).map((c) => JSON.stringify(c)));
  const logged = new Set(
    (newer.corrections ?? []).filter((c) => !oldEntries.has(JSON.stringify(c))).flatMap((c) => c.positions),
  );
  const uncorrected = [...changed.filter((c) => c.coding).map((c) => c.id), ...removed].filter((id) => !logged.has(id));
  return { added, removed, changed, asOf, verdicts, uncorrected };
}

/** The diff as the lines the command prints. */
export function diffReport(diff: DatasetDiff, newer: Dataset): string[] {
  const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
  const name = (id: string) => newer.parties.find((p) => p.id === id)?.shortName ?? id;
  const lines = [
    `Positions: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed.`,
    ...diff.added.map((id) => `  + ${id}`),
    ...diff.removed.map((id) => `  - ${id}`),
    ...diff.changed.flatMap((c) => [
      `  ~ ${c.id}${c.coding ? ' (coding)' : ''}`,
      ...c.fields.map((f) => `      ${f.field}: ${show(f.before)} → ${show(f.after)}`),
    ]),
    diff.asOf === null
      ? 'Verdicts: no positions to compare.'
      : `Verdicts that change as of ${diff.asOf}: ${diff.verdicts.length}.`,
    ...diff.verdicts.map((v) => `  ${v.issue}, ${name(v.a)} – ${name(v.b)}: ${v.before} → ${v.after}`),
  ];
  lines.push(
    diff.uncorrected.length === 0
      ? 'Corrections log: every changed or removed coding has an entry.'
      : `Corrections log: no new entry names ${diff.uncorrected.join(', ')}; add one to corrections[] for each changed coding.`,
  );
  return lines;
}
