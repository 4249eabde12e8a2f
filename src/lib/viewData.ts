import type { Issue, Position } from '../data/schema';
import { stanceKey } from './asOf';
import { csvOf, POSITION_COLUMNS, positionCells } from './exportData';
import type { View } from '../core/views';
import type { DatasetIndex } from './datasetIndex';
import { stanceDistribution, type IssueDistribution } from './distribution';
import type { GridModel } from './gridModel';
import { agreement, compareOn, type Agreement, type Comparison } from './overlap';

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

/** A column of a table: its name, and how a cell is read from a row. The order is the file's. */
type Column<T> = readonly [name: string, get: (row: T) => Cell];

const tableOf = <T>(id: TableId, columns: readonly Column<T>[], rows: readonly T[]): DataTable => ({
  id,
  columns: columns.map(([name]) => name),
  rows: rows.map((row) => columns.map(([, get]) => get(row))),
});

interface VerdictRow {
  issue: Issue;
  c: Comparison;
  index: DatasetIndex;
}

const VERDICT_COLUMNS: readonly Column<VerdictRow>[] = [
  ['issue', ({ issue }) => issue.id],
  ['issue_title', ({ issue }) => issue.title],
  ['party_a', ({ c }) => c.a],
  ['party_a_name', ({ c, index }) => partyName(index, c.a)],
  ['party_b', ({ c }) => c.b],
  ['party_b_name', ({ c, index }) => partyName(index, c.b)],
  ['verdict', ({ c }) => c.verdict],
  [
    'conceded_by',
    ({ c }) => (c.conceded === null ? null : c.conceded === 'both' ? list([c.a, c.b]) : c.conceded === 'a' ? c.a : c.b),
  ],
  ['stance_a', ({ c }) => c.positionA?.stance ?? 'none'],
  ['stance_b', ({ c }) => c.positionB?.stance ?? 'none'],
  ['position_a', ({ c }) => c.positionA?.id ?? null],
  ['position_b', ({ c }) => c.positionB?.id ?? null],
  ['date_a', ({ c }) => c.positionA?.date ?? null],
  ['date_b', ({ c }) => c.positionB?.date ?? null],
  ['citation_a', ({ c, index }) => citation(c.positionA, index)],
  ['citation_b', ({ c, index }) => citation(c.positionB, index)],
];

/** Issue by pair: both stances, the positions they rest on and the verdict, as the compare view and matrix show. */
function verdicts(model: GridModel, index: DatasetIndex): DataTable {
  const { pairs } = model;
  const rows = model.issues.flatMap((issue) =>
    pairs.map(([a, b]) => ({ issue, c: compareOn(model.current, issue.id, a, b), index })),
  );
  return tableOf('verdicts', VERDICT_COLUMNS, rows);
}

interface AgreementRow {
  ag: Agreement;
  /** The comparisons with a basis: the issues the index counts. */
  compared: Comparison[];
  index: DatasetIndex;
}

const AGREEMENT_COLUMNS: readonly Column<AgreementRow>[] = [
  ['party_a', ({ ag }) => ag.a],
  ['party_a_name', ({ ag, index }) => partyName(index, ag.a)],
  ['party_b', ({ ag }) => ag.b],
  ['party_b_name', ({ ag, index }) => partyName(index, ag.b)],
  ['agreement_index', ({ ag }) => (ag.index === null ? null : Math.round(ag.index * 10_000) / 10_000)],
  ['issues_compared', ({ ag }) => ag.comparable],
  ['issues_excluded', ({ ag }) => ag.notComparable],
  ['overlap', ({ ag }) => ag.overlap],
  ['concession', ({ ag }) => ag.concession],
  ['conceded_by_a', ({ ag }) => ag.concededBy.a],
  ['conceded_by_b', ({ ag }) => ag.concededBy.b],
  ['partial', ({ ag }) => ag.partial],
  ['conflict', ({ ag }) => ag.conflict],
  ['compared_issue_ids', ({ compared }) => list(compared.map((c) => c.issue))],
  ['excluded_issue_ids', ({ ag }) => list(ag.comparisons.filter((c) => c.verdict === 'no-basis').map((c) => c.issue))],
  ['position_ids', ({ compared }) => list(compared.flatMap((c) => [c.positionA?.id ?? '', c.positionB?.id ?? '']))],
];

/** Each pair's agreement index with its base: the issues compared, those left out and the positions behind it. */
function agreements(model: GridModel, index: DatasetIndex): DataTable {
  const issues = model.issues.map((i) => i.id);
  const rows = model.pairs.map(([a, b]) => {
    const ag = agreement(model.current, issues, a, b);
    return { ag, compared: ag.comparisons.filter((c) => c.verdict !== 'no-basis'), index };
  });
  return tableOf('agreement', AGREEMENT_COLUMNS, rows);
}

interface DistributionRow extends IssueDistribution {
  /** The positions counted: one per party that has a stated position. */
  positions: string[];
  index: DatasetIndex;
}

const DISTRIBUTION_COLUMNS: readonly Column<DistributionRow>[] = [
  ['issue', ({ issue }) => issue],
  ['issue_title', ({ issue, index }) => issueTitle(index, issue)],
  ['supports', ({ counts }) => counts.supports],
  ['conditional', ({ counts }) => counts.conditional],
  ['opposes', ({ counts }) => counts.opposes],
  ['none', ({ counts }) => counts.none],
  ['position_ids', ({ positions }) => list(positions)],
];

/** Per issue, how many of the parties shown take each stance, and the positions counted. */
function distribution(model: GridModel, index: DatasetIndex): DataTable {
  const parties = model.parties.map((p) => p.id);
  const rows = stanceDistribution(
    model.current,
    model.issues.map((i) => i.id),
    parties,
  ).map((row) => ({
    ...row,
    positions: parties.flatMap((party) => model.current.get(stanceKey(party, row.issue))?.id ?? []),
    index,
  }));
  return tableOf('distribution', DISTRIBUTION_COLUMNS, rows);
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
