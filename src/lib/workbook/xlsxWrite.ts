import writeXlsxFile, { type Row, type Sheet as WrittenSheet } from 'write-excel-file/universal';
import type { Table } from '../../data/tables';

/** The first sheet of a written workbook: not a table, and skipped when the workbook is read back. */
export const CODEBOOK_SHEET = 'codebook';

/** The number format Excel, LibreOffice and Google Sheets call Text: what is typed stays as typed, `=` included. */
const TEXT = '@';

const header = (table: Table): Row =>
  table.spec.columns.map((c) => ({ value: c.name, type: String, fontWeight: 'bold', format: TEXT }));

/**
 * A cell's type is its column's: text columns are written as text cells formatted as Text, so nothing a curator (or
 * a stranger) wrote runs as a formula when the file is opened or the cell edited; numbers stay numbers.
 */
function rowOf(table: Table, cells: readonly (string | number | null)[]): Row {
  return table.spec.columns.map((column, i) => {
    const value = cells[i] ?? null;
    if (column.kind === 'number' && typeof value === 'number') return { value, type: Number };
    return { value: value === null ? '' : String(value), type: String, format: TEXT };
  });
}

/** Widths in characters: ids narrow, prose wide, a sheet still readable on a laptop. */
const widthOf = (name: string) =>
  /^(summary|quote|conditions|note|proposition|description|headline|text)\b/.test(name)
    ? 60
    : /^(id|party|issue|source|actor|stance|date|published|updated|schemaVersion|kind|basis|attribution|dateBasis|language|quoteLanguage|color|category)$/.test(
          name,
        )
      ? 16
      : 28;

/** The workbook: a codebook sheet (lines of text), then one sheet per table, header row frozen. */
export async function writeXlsx(tables: readonly Table[], codebook: readonly string[]): Promise<Uint8Array> {
  const sheets: WrittenSheet<Blob>[] = [
    {
      sheet: CODEBOOK_SHEET,
      data: codebook.map((line) => [{ value: line, type: String, format: TEXT }]),
      columns: [{ width: 120 }],
    },
    ...tables.map((table) => ({
      sheet: table.spec.name,
      data: [header(table), ...table.rows.map((cells) => rowOf(table, cells))],
      columns: table.spec.columns.map((c) => ({ width: widthOf(c.name) })),
      stickyRowsCount: 1,
    })),
  ];
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
