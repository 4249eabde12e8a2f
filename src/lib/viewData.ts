import type { Position } from '../data/schema';
import { stanceKey } from './asOf';
import { csvOf, POSITION_COLUMNS, positionCells } from './exportData';
import type { View } from '../core/views';
import type { DatasetIndex } from './datasetIndex';
import { stanceDistribution } from './distribution';
import type { GridModel } from './gridModel';
import { agreement, compareOn, partyPairs } from './overlap';

/**
 * The tables behind what a view shows, as of its date: the files "Get the data" writes. Each cell is a plain value a
 * CSV reader or a script can use (vocabulary ids, ISO dates, numbers); lists inside a cell are joined by LIST_SEPARATOR.
 * The column order is part of the download's contract: append, never reorder.
 */
type Cell = string | number | null;
export interface DataTable {
  id: TableId;
  columns: readonly string[];
  rows: Cell[][];
}

export const LIST_SEPARATOR = ';';

export type TableId = 'verdicts' | 'agreement' | 'distribution' | 'positions';

/** Which tables each view has, the one it shows first. The positions table is every view's evidence. */
const VIEW_TABLES: Record<View, readonly TableId[]> = {
  compare: ['verdicts', 'agreement', 'positions'],
  matrix: ['verdicts', 'agreement', 'positions'],
  agreement: ['agreement', 'verdicts', 'positions'],
  timeline: ['positions'],
  distribution: ['distribution', 'positions'],
  table: ['positions'],
  method: [],
};
export const tablesOf = (view: View): readonly TableId[] => VIEW_TABLES[view];

/** A position's citation in one cell: outlet, headline, publication date, address. */
function citation(p: Position | null, index: DatasetIndex): string | null {
  if (p === null) return null;
  const s = index.sources.get(p.source);
  if (s === undefined) return p.source;
  return [s.outlet, s.headline === null ? null : `“${s.headline}”`, s.published, s.url]
    .filter((x) => x !== null && x !== '')
    .join(', ');
}

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);
const partyName = (index: DatasetIndex, id: string) => index.parties.get(id)?.name ?? id;
const issueTitle = (index: DatasetIndex, id: string) => index.issues.get(id)?.title ?? id;

/** Issue by pair: both stances, the positions they rest on and the verdict, as the compare view and matrix show. */
function verdicts(model: GridModel, index: DatasetIndex): DataTable {
  const pairs = partyPairs(model.parties.map((p) => p.id));
  const rows: Cell[][] = [];
  for (const issue of model.issues)
    for (const [a, b] of pairs) {
      const c = compareOn(model.current, issue.id, a, b);
      rows.push([
        issue.id,
        issue.title,
        a,
        partyName(index, a),
        b,
        partyName(index, b),
        c.verdict,
        c.conceded === null ? null : c.conceded === 'both' ? list([a, b]) : c.conceded === 'a' ? a : b,
        c.positionA?.stance ?? 'none',
        c.positionB?.stance ?? 'none',
        c.positionA?.id ?? null,
        c.positionB?.id ?? null,
        c.positionA?.date ?? null,
        c.positionB?.date ?? null,
        citation(c.positionA, index),
        citation(c.positionB, index),
      ]);
    }
  return {
    id: 'verdicts',
    columns: [
      'issue',
      'issue_title',
      'party_a',
      'party_a_name',
      'party_b',
      'party_b_name',
      'verdict',
      'conceded_by',
      'stance_a',
      'stance_b',
      'position_a',
      'position_b',
      'date_a',
      'date_b',
      'citation_a',
      'citation_b',
    ],
    rows,
  };
}

/** Each pair's agreement index with its base: the issues compared, those left out and the positions behind it. */
function agreements(model: GridModel, index: DatasetIndex): DataTable {
  const issues = model.issues.map((i) => i.id);
  const rows = partyPairs(model.parties.map((p) => p.id)).map(([a, b]): Cell[] => {
    const ag = agreement(model.current, issues, a, b);
    const compared = ag.comparisons.filter((c) => c.verdict !== 'no-basis');
    return [
      a,
      partyName(index, a),
      b,
      partyName(index, b),
      ag.index === null ? null : Math.round(ag.index * 10_000) / 10_000,
      ag.comparable,
      ag.notComparable,
      ag.overlap,
      ag.concession,
      ag.concededBy.a,
      ag.concededBy.b,
      ag.partial,
      ag.conflict,
      list(compared.map((c) => c.issue)),
      list(ag.comparisons.filter((c) => c.verdict === 'no-basis').map((c) => c.issue)),
      list(compared.flatMap((c) => [c.positionA?.id ?? '', c.positionB?.id ?? ''])),
    ];
  });
  return {
    id: 'agreement',
    columns: [
      'party_a',
      'party_a_name',
      'party_b',
      'party_b_name',
      'agreement_index',
      'issues_compared',
      'issues_excluded',
      'overlap',
      'concession',
      'conceded_by_a',
      'conceded_by_b',
      'partial',
      'conflict',
      'compared_issue_ids',
      'excluded_issue_ids',
      'position_ids',
    ],
    rows,
  };
}

/** Per issue, how many of the parties shown take each stance, and the positions counted. */
function distribution(model: GridModel, index: DatasetIndex): DataTable {
  const parties = model.parties.map((p) => p.id);
  const rows = stanceDistribution(
    model.current,
    model.issues.map((i) => i.id),
    parties,
  ).map(({ issue, counts }): Cell[] => [
    issue,
    issueTitle(index, issue),
    counts.supports,
    counts.conditional,
    counts.opposes,
    counts.none,
    list(parties.flatMap((party) => model.current.get(stanceKey(party, issue))?.id ?? [])),
  ]);
  return {
    id: 'distribution',
    columns: ['issue', 'issue_title', 'supports', 'conditional', 'opposes', 'none', 'position_ids'],
    rows,
  };
}

/**
 * The positions a view rests on, as of its date: the one in force for each party and issue shown, or with `history`
 * every statement up to the date. Issue order, then party order, then date.
 */
export function positionsAsOf(model: GridModel, history: boolean): Position[] {
  const issueOrder = new Map(model.issues.map((i, n) => [i.id, n]));
  const partyOrder = new Map(model.parties.map((p, n) => [p.id, n]));
  const shown = (p: Position) => issueOrder.has(p.issue) && partyOrder.has(p.party);
  const chosen = history
    ? model.evidence.filter((p) => shown(p) && p.date <= model.asOf)
    : [...model.current.values()].filter(shown);
  return chosen.sort(
    (x, y) =>
      (issueOrder.get(x.issue) ?? 0) - (issueOrder.get(y.issue) ?? 0) ||
      (partyOrder.get(x.party) ?? 0) - (partyOrder.get(y.party) ?? 0) ||
      x.date.localeCompare(y.date),
  );
}

const positionsTable = (positions: readonly Position[], index: DatasetIndex): DataTable => ({
  id: 'positions',
  columns: POSITION_COLUMNS,
  rows: positions.map((p) => positionCells(p, index)),
});

export interface ViewDataInput {
  view: View;
  model: GridModel;
  index: DatasetIndex;
  /** Every statement up to the date, not only those in force. */
  history: boolean;
  /** The positions table lists what the reader filtered, at any date: its data is that list. */
  listed: readonly Position[];
}

/** Every table of a view, in the order `tablesOf` gives. */
export function viewTables({ view, model, index, history, listed }: ViewDataInput): DataTable[] {
  return tablesOf(view).map((id) => {
    if (id === 'verdicts') return verdicts(model, index);
    if (id === 'agreement') return agreements(model, index);
    if (id === 'distribution') return distribution(model, index);
    return positionsTable(view === 'table' ? listed : positionsAsOf(model, history), index);
  });
}

export const tableCsv = (table: DataTable): string => csvOf(table.columns, table.rows);

/** A table's rows as objects keyed by column, the form a script reads most easily. */
const records = (table: DataTable) =>
  table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? null])));

export interface ViewJsonMeta {
  title: string;
  view: View;
  asOf: string;
  retrieved: string;
  url: string;
  citation: string;
}

/** Every table of the view in one document, with what it is, as of when, and how to cite it. */
export function viewJson(meta: ViewJsonMeta, tables: readonly DataTable[]): string {
  return JSON.stringify(
    {
      ...meta,
      listSeparator: LIST_SEPARATOR,
      tables: Object.fromEntries(tables.map((t) => [t.id, records(t)])),
    },
    null,
    2,
  );
}
