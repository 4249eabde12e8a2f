import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dataset, Position } from '../../../src/data/schema';
import { indexDataset } from '../../../src/lib/datasetIndex';
import { exportFileName, positionsCsv, positionsJson, type ExportedPositions } from '../../../src/lib/exportData';
import { loadBundled, loadFixture } from '../../fixtures/load';

/** The column contract, restated here rather than imported so a change to it fails a test. */
const COLUMNS = [
  'id',
  'date',
  'date_basis',
  'party',
  'party_name',
  'actor',
  'actor_name',
  'actor_role',
  'issue',
  'issue_title',
  'issue_proposition',
  'category',
  'stance',
  'attribution',
  'quote',
  'summary',
  'conditions',
  'note',
  'source',
  'source_outlet',
  'source_headline',
  'source_published',
  'source_url',
  'source_file',
  'kind',
  'basis',
];

type Row = Record<string, string>;

/** What each row must hold, worked out from the dataset's arrays directly (not through the index). */
function expectedRow(p: Position, ds: Dataset): Row {
  const party = ds.parties.find((x) => x.id === p.party);
  const actor = ds.actors.find((x) => x.id === p.actor);
  const issue = ds.issues.find((x) => x.id === p.issue);
  const source = ds.sources.find((x) => x.id === p.source);
  const s = (v: string | null | undefined) => v ?? '';
  return {
    id: p.id,
    date: p.date,
    date_basis: s(p.dateBasis),
    party: p.party,
    party_name: s(party?.name),
    actor: s(p.actor),
    actor_name: s(actor?.name),
    actor_role: s(actor?.role),
    issue: p.issue,
    issue_title: s(issue?.title),
    issue_proposition: s(issue?.proposition),
    category: s(issue?.category),
    stance: p.stance,
    attribution: p.attribution,
    quote: s(p.quote),
    summary: p.summary,
    conditions: s(p.conditions),
    note: s(p.note),
    source: p.source,
    source_outlet: s(source?.outlet),
    source_headline: s(source?.headline),
    source_published: s(source?.published),
    source_url: s(source?.url),
    source_file: s(source?.file),
    kind: p.kind ?? 'demand',
    basis: p.basis ?? 'stated',
  };
}

/**
 * Reads the CSV back as a strict RFC 4180 reader would: BOM and the one final CRLF removed, delimiter
 * and line break fixed (no sniffing that could paper over a wrong one), no empty lines skipped.
 */
function parseCsv(csv: string): { fields: string[]; rows: Row[] } {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const body = csv.slice(1, -2);
  const result = Papa.parse<Row>(body, { header: true, delimiter: ',', newline: '\r\n', quoteChar: '"' });
  expect(result.errors).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}

const withPositions = (ds: Dataset, positions: Position[]): Dataset => ({ ...ds, positions });

describe('positionsCsv', () => {
  const ds = loadBundled();
  const index = indexDataset(ds);

  it('exercises the awkward text the bundled dataset really has', () => {
    // Guards the round-trip test below against passing vacuously on tamer data.
    const quotes = ds.positions.map((p) => p.quote ?? '');
    expect(quotes.some((q) => q.includes(','))).toBe(true);
    expect(quotes.some((q) => /[\u201C\u201D\u2018\u2019]/.test(q))).toBe(true);
    // …and empty fields, from nulls and from optional keys left out.
    expect(ds.positions.some((p) => p.conditions == null)).toBe(true);
  });

  it('round-trips every column of every bundled position, in order', () => {
    const { fields, rows } = parseCsv(positionsCsv(ds.positions, index));
    expect(fields).toEqual(COLUMNS);
    expect(rows).toHaveLength(ds.positions.length);
    expect(rows).toEqual(ds.positions.map((p) => expectedRow(p, ds)));
  });

  it('round-trips bundled positions whose texts are given line breaks and straight quotes', () => {
    // The bundled quotes have no line breaks or straight double quotes; add them to every free-text field.
    const edited = ds.positions.map((p, i) => ({
      ...p,
      quote: p.quote === null ? null : `${p.quote}\r\n“second” line, with "straight" quotes`,
      summary: `${p.summary}\n${i % 2 === 0 ? 'lf' : 'cr\rcr'}`,
      conditions: p.conditions == null ? p.conditions : `"${p.conditions}"`,
      note: p.note == null ? p.note : `${p.note},\n`,
    }));
    const eds = withPositions(ds, edited);
    const { rows } = parseCsv(positionsCsv(edited, indexDataset(eds)));
    expect(rows).toEqual(edited.map((p) => expectedRow(p, eds)));
  });

  it('keeps the order it is given', () => {
    const reversed = [...ds.positions].reverse();
    const { rows } = parseCsv(positionsCsv(reversed, index));
    expect(rows.map((r) => r.id)).toEqual(reversed.map((p) => p.id));
  });

  it('is just the header for no positions', () => {
    expect(positionsCsv([], index)).toBe(`\uFEFF${COLUMNS.join(',')}\r\n`);
  });

  it('starts with a BOM and ends every record with CRLF, never a bare CR or LF', () => {
    const csv = positionsCsv(ds.positions, index);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
    // No bundled text holds a line break, so every CR and LF in the file is a record separator.
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(ds.positions.length + 2);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes only the fields that need it', () => {
    const csv = positionsCsv(ds.positions, index);
    const header = csv.slice(1, csv.indexOf('\r\n'));
    expect(header).toBe(COLUMNS.join(','));
    const first = ds.positions[0];
    if (first === undefined) throw new Error('bundled dataset has no positions');
    const firstRecord = csv.slice(csv.indexOf('\r\n') + 2);
    // id and date can hold none of  " , CR LF  and so are written bare.
    expect(firstRecord.startsWith(`${first.id},${first.date},`)).toBe(true);
  });

  describe('a hand-built position with every hazard in its quote', () => {
    const base = loadFixture('four-parties.json');
    const template = base.positions[0];
    if (template === undefined) throw new Error('fixture has no positions');
    const quote = '=HYPERLINK("http://example.com","click"), then\nmore, said "he"';
    const position: Position = {
      ...template,
      id: 'hazard',
      quote,
      summary: '+1 -1 @sum\tcell',
      conditions: null,
      note: 'ends in CR\r',
      dateBasis: 'report',
    };
    const hds = withPositions(base, [position]);
    const csv = positionsCsv([position], indexDataset(hds));

    it('round-trips exactly, leading = included', () => {
      const { rows } = parseCsv(csv);
      expect(rows).toEqual([expectedRow(position, hds)]);
      expect(rows[0]?.quote).toBe(quote);
      expect(rows[0]?.summary).toBe('+1 -1 @sum\tcell');
      expect(rows[0]?.note).toBe('ends in CR\r');
    });

    it('is written with RFC 4180 quoting and nothing else', () => {
      expect(csv).toContain(',"=HYPERLINK(""http://example.com"",""click""), then\nmore, said ""he""",');
      expect(csv).toContain(',+1 -1 @sum\tcell,');
      expect(csv).toContain(',"ends in CR\r",');
      expect(csv).not.toContain("'=");
    });
  });
});

describe('positionsJson', () => {
  const ds = loadBundled();
  const index = indexDataset(ds);
  const meta = { title: ds.meta.title, asOf: '2024-06-14', url: 'https://example.org/#view=matrix' };
  const text = positionsJson(ds.positions, index, meta);
  const doc = JSON.parse(text) as ExportedPositions;

  it('is indented with two spaces', () => {
    expect(text.startsWith('{\n  "title": ')).toBe(true);
  });

  it('carries the title, the export context and the count', () => {
    expect(doc.title).toBe(ds.meta.title);
    expect(doc.exported).toEqual({ asOf: '2024-06-14', url: 'https://example.org/#view=matrix' });
    expect(doc.count).toBe(ds.positions.length);
    expect(doc.positions).toHaveLength(ds.positions.length);
  });

  it('keeps every position verbatim and in order, and resolves its names and citation', () => {
    doc.positions.forEach((out, i) => {
      const p = ds.positions[i];
      if (p === undefined) throw new Error(`no position ${i}`);
      const actor = ds.actors.find((a) => a.id === p.actor);
      const source = ds.sources.find((s) => s.id === p.source);
      if (source === undefined) throw new Error(`no source ${p.source}`);
      const { partyName, actorName, actorRole, issueTitle, source: citation, ...rest } = out;
      expect({ ...rest, source: citation.id }).toEqual(p);
      expect(partyName).toBe(ds.parties.find((x) => x.id === p.party)?.name);
      expect(actorName).toBe(actor?.name ?? null);
      expect(actorRole).toBe(actor?.role ?? null);
      expect(issueTitle).toBe(ds.issues.find((x) => x.id === p.issue)?.title);
      expect(citation).toEqual({
        id: source.id,
        outlet: source.outlet,
        headline: source.headline,
        published: source.published,
        url: source.url,
        file: source.file ?? null,
      });
    });
  });

  it('gives null names, not missing keys, to a position without an actor', () => {
    const p = ds.positions[0];
    if (p === undefined) throw new Error('bundled dataset has no positions');
    const out = JSON.parse(positionsJson([{ ...p, actor: null }], index, meta)) as ExportedPositions;
    expect(out.count).toBe(1);
    expect(out.positions[0]).toHaveProperty('actorName', null);
    expect(out.positions[0]).toHaveProperty('actorRole', null);
  });

  it('is well-formed for no positions', () => {
    const out = JSON.parse(positionsJson([], index, meta)) as ExportedPositions;
    expect(out.count).toBe(0);
    expect(out.positions).toEqual([]);
  });
});

describe('exportFileName', () => {
  const SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const stemOf = (name: string) => name.slice(0, name.lastIndexOf('.'));

  it('slugs the bundled title, the view and the date', () => {
    expect(exportFileName('Ukraine, Russia and NATO: where demands meet', 'matrix', '2024-06-14', 'csv')).toBe(
      'ukraine-russia-and-nato-where-demands-meet-matrix-2024-06-14.csv',
    );
  });

  it('romanises a Ukrainian or Russian title in the way of its language', () => {
    expect(exportFileName('Україна, Росія і НАТО: де сходяться вимоги', 'matrix', '2024-06-14', 'csv', 'uk')).toBe(
      'ukraina-rosiia-i-nato-de-skhodiatsia-vymohy-matrix-2024-06-14.csv',
    );
    expect(
      exportFileName('Украина, Россия и НАТО: где сходятся требования', 'compare', '2022-03-29', 'png', 'ru'),
    ).toBe('ukraina-rossiia-i-nato-gde-skhodiatsia-trebovaniia-compare-2022-03-29.png');
    expect(exportFileName('Гуманітарний обмін', 'matrix', '', 'csv', 'uk')).toBe('humanitarnyi-obmin-matrix.csv');
  });

  it('falls back to "dashboard" for a title with no letters a name can carry', () => {
    expect(exportFileName('日本語のタイトル', 'matrix', '2024-06-14', 'csv')).toBe('dashboard-matrix-2024-06-14.csv');
    expect(exportFileName('', 'timeline', '2024-06-14', 'json')).toBe('dashboard-timeline-2024-06-14.json');
    expect(exportFileName('   ', '', '', 'csv')).toBe('dashboard.csv');
  });

  it('folds accents and romanises a mixed title', () => {
    expect(exportFileName('Zürich Café — Россия 2024', 'overlap', '2024-06-14', 'csv')).toBe(
      'zurich-cafe-rossiia-2024-overlap-2024-06-14.csv',
    );
  });

  it('collapses runs of punctuation and space and trims the ends', () => {
    expect(exportFileName('  --Foo -- Bar!!__baz--  ', ' Matrix ', '2024-06-14', 'csv')).toBe(
      'foo-bar-baz-matrix-2024-06-14.csv',
    );
  });

  it('leaves out an empty view or date', () => {
    expect(exportFileName('Title', '', '2024-06-14', 'csv')).toBe('title-2024-06-14.csv');
    expect(exportFileName('Title', 'matrix', '', 'csv')).toBe('title-matrix.csv');
  });

  it('normalises the extension', () => {
    expect(exportFileName('Title', 'matrix', '2024-06-14', '.JSON')).toBe('title-matrix-2024-06-14.json');
  });

  it('shortens a long title at a word, keeping the view and the date', () => {
    const title = 'A very long title about a settlement between many parties '.repeat(4);
    const name = exportFileName(title, 'timeline', '2024-06-14', 'csv');
    const stem = stemOf(name);
    expect(stem.length).toBeLessThanOrEqual(80);
    expect(stem).toMatch(SAFE);
    expect(stem.endsWith('-timeline-2024-06-14')).toBe(true);
    expect(stem.startsWith('a-very-long-title-about-a-settlement-between-many-')).toBe(true);
    // The cut falls between words: what precedes the view is whole words of the title.
    const words = stem.slice(0, -'-timeline-2024-06-14'.length).split('-');
    expect(title.toLowerCase().split(/\s+/).slice(0, words.length)).toEqual(words);
  });

  it('cuts a single unbroken long word hard at the limit', () => {
    const stem = stemOf(exportFileName('x'.repeat(200), 'matrix', '2024-06-14', 'csv'));
    expect(stem).toBe(`${'x'.repeat(80 - '-matrix-2024-06-14'.length)}-matrix-2024-06-14`);
    expect(stem).toHaveLength(80);
  });

  it('stays within 80 safe characters whatever it is given', () => {
    const inputs: [string, string, string][] = [
      ['€€€', '###', '2024-06-14'],
      ['a'.repeat(300), 'b'.repeat(300), 'c'.repeat(300)],
      ['Title', 'v'.repeat(100), '2024-06-14'],
      ['-', '-', '-'],
      ['日本語のタイトル', 'matrix', '2024-06-14'],
    ];
    for (const [title, view, asOf] of inputs) {
      const name = exportFileName(title, view, asOf, 'csv');
      expect(name.endsWith('.csv')).toBe(true);
      const stem = stemOf(name);
      expect(stem).toMatch(SAFE);
      expect(stem.length).toBeGreaterThan(0);
      expect(stem.length).toBeLessThanOrEqual(80);
    }
  });
});
