import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/core/views';
import { stanceKey } from '../../../src/lib/asOf';
import { indexDataset } from '../../../src/lib/datasetIndex';
import { EMPTY_FILTERS, withDefaultParties } from '../../../src/lib/filters';
import { gridModel } from '../../../src/lib/gridModel';
import { agreement, compareOn, partyPairs } from '../../../src/lib/overlap';
import {
  LIST_SEPARATOR,
  positionsAsOf,
  tableCsv,
  tablesOf,
  viewJson,
  viewTables,
  type DataTable,
} from '../../../src/lib/viewData';
import { loadBundled } from '../../fixtures/load';

const dataset = loadBundled();
const index = indexDataset(dataset);
const EARLY = '2022-03-29';
const model = gridModel(index, withDefaultParties(EMPTY_FILTERS, dataset), EARLY, { days: 365, fresh: false });
const tables = (view: (typeof VIEWS)[number], history = false) =>
  viewTables({ view, model, index, history, listed: dataset.positions });
const table = (view: (typeof VIEWS)[number], id: DataTable['id'], history = false) => {
  const found = tables(view, history).find((t) => t.id === id);
  if (found === undefined) throw new Error(`${view} has no ${id} table`);
  return found;
};
/** A table's CSV read back by a CSV parser: header, then rows of strings. */
const parsed = (t: DataTable) => {
  const csv = tableCsv(t);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const out = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(out.errors).toEqual([]);
  expect(out.meta.fields).toEqual([...t.columns]);
  return out.data;
};

describe('a view’s data, as of its date', () => {
  it('lists, for the compare view as of 29 March 2022, only the positions in force then: one per party and issue', () => {
    const rows = parsed(table('compare', 'positions'));
    expect(rows.length).toBe(model.current.size);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.date! <= EARLY, `${row.id} is dated ${row.date}`).toBe(true);
      expect(model.current.get(stanceKey(row.party!, row.issue!))?.id).toBe(row.id);
    }
    // The dataset holds later positions, which the file leaves out.
    expect(dataset.positions.some((p) => p.date > EARLY)).toBe(true);
  });

  it('adds every earlier statement up to the date when history is asked for, and still nothing later', () => {
    const withHistory = parsed(table('compare', 'positions', true));
    const shown = new Set(model.parties.map((p) => p.id));
    const expected = dataset.positions.filter((p) => p.date <= EARLY && shown.has(p.party));
    expect(withHistory.map((r) => r.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(withHistory.length).toBeGreaterThan(model.current.size);
  });

  it('holds every pair’s verdict on every issue, with both stances, the positions and their citations', () => {
    const rows = parsed(table('compare', 'verdicts'));
    const pairs = partyPairs(model.parties.map((p) => p.id));
    expect(rows).toHaveLength(model.issues.length * pairs.length);
    for (const row of rows) {
      const c = compareOn(model.current, row.issue!, row.party_a!, row.party_b!);
      expect(row.verdict).toBe(c.verdict);
      expect(row.stance_a).toBe(c.positionA?.stance ?? 'none');
      expect(row.position_b).toBe(c.positionB?.id ?? '');
      if (c.positionA !== null) {
        const source = index.sources.get(c.positionA.source);
        expect(row.citation_a).toContain(source?.outlet ?? '');
        if (source?.url) expect(row.citation_a).toContain(source.url);
      } else expect(row.citation_a).toBe('');
    }
  });

  it('gives each pair’s agreement index with its base and the positions behind it', () => {
    const rows = parsed(table('agreement', 'agreement'));
    const issues = model.issues.map((i) => i.id);
    for (const row of rows) {
      const ag = agreement(model.current, issues, row.party_a!, row.party_b!);
      expect(row.agreement_index).toBe(ag.index === null ? '' : String(Math.round(ag.index * 10_000) / 10_000));
      expect(Number(row.issues_compared)).toBe(ag.comparable);
      expect(Number(row.issues_excluded)).toBe(ag.notComparable);
      const compared = row.compared_issue_ids === '' ? [] : row.compared_issue_ids!.split(LIST_SEPARATOR);
      const excluded = row.excluded_issue_ids === '' ? [] : row.excluded_issue_ids!.split(LIST_SEPARATOR);
      expect(compared).toHaveLength(ag.comparable);
      expect([...compared, ...excluded].sort()).toEqual([...issues].sort());
      expect(row.position_ids!.split(LIST_SEPARATOR)).toHaveLength(2 * ag.comparable);
    }
  });

  it('counts each issue’s stances for the distribution view, from the positions it names', () => {
    for (const row of parsed(table('distribution', 'distribution'))) {
      const counted = ['supports', 'conditional', 'opposes', 'none'].reduce((n, s) => n + Number(row[s]), 0);
      expect(counted).toBe(model.parties.length);
      const ids = row.position_ids === '' ? [] : row.position_ids!.split(LIST_SEPARATOR);
      expect(ids).toHaveLength(model.parties.length - Number(row.none));
    }
  });

  it('gives the positions table the positions the reader listed, whatever their date', () => {
    const listed = dataset.positions.slice(0, 5);
    const [t] = viewTables({ view: 'table', model, index, history: false, listed });
    expect(parsed(t!).map((r) => r.id)).toEqual(listed.map((p) => p.id));
  });

  it('orders the positions by issue, then party, then date', () => {
    const order = positionsAsOf(model, true).map(
      (p) =>
        `${model.issues.findIndex((i) => i.id === p.issue)}|${model.parties.findIndex((q) => q.id === p.party)}|${p.date}`,
    );
    const key = (s: string) =>
      s
        .split('|')
        .map((x, i) => (i < 2 ? x.padStart(4, '0') : x))
        .join('|');
    expect(order.map(key)).toEqual([...order.map(key)].sort());
  });

  it('has the tables each view shows, the positions last, and none for the methodology page', () => {
    expect(tablesOf('compare')).toEqual(['verdicts', 'agreement', 'positions']);
    expect(tablesOf('method')).toEqual([]);
    for (const view of VIEWS.filter((v) => v !== 'method')) expect(tablesOf(view).at(-1)).toBe('positions');
  });

  it('writes every table of the view into one JSON document, rows keyed by column', () => {
    const all = tables('matrix');
    const doc = JSON.parse(
      viewJson(
        { title: 'T', view: 'matrix', asOf: EARLY, retrieved: '2026-12-07', url: 'https://x.example/', citation: 'C' },
        all,
      ),
    ) as { asOf: string; listSeparator: string; tables: Record<string, Record<string, unknown>[]> };
    expect(doc.asOf).toBe(EARLY);
    expect(doc.listSeparator).toBe(LIST_SEPARATOR);
    expect(Object.keys(doc.tables)).toEqual(all.map((t) => t.id));
    for (const t of all) {
      expect(doc.tables[t.id]).toHaveLength(t.rows.length);
      expect(Object.keys(doc.tables[t.id]?.[0] ?? {})).toEqual([...t.columns]);
    }
  });
});
