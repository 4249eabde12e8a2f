import Papa from 'papaparse';
import type { Sheet, Table } from '../../data/tables';
import { csvOf } from '../exportData';

/** One table as CSV: UTF-8 with a byte-order mark, RFC 4180, CRLF (the dashboard's own CSV export). */
export const datasetTableCsv = (table: Table): string =>
  csvOf(
    table.spec.columns.map((c) => c.name),
    table.rows,
  );

export type CsvRead = { ok: true; sheet: Sheet } | { ok: false; message: string };

/**
 * A CSV file as a sheet named after the file (`positions.csv` → positions). It must be UTF-8: text in another
 * encoding is refused with the byte where it breaks, never read as mojibake into a quote.
 */
export function readCsv(bytes: Uint8Array, fileName: string): CsvRead {
  const name = fileName.replace(/^.*\//, '').replace(/\.csv$/i, '');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, message: `${fileName} is UTF-16 text (Excel's “Unicode text”); save it as “CSV UTF-8”` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstBadByte(bytes);
    return {
      ok: false,
      message: `${fileName} is not UTF-8 (byte ${at + 1}, 0x${(bytes[at] ?? 0).toString(16).toUpperCase()}, is not valid UTF-8: a Windows code page such as 1251 or 1252?); save it as “CSV UTF-8”`,
    };
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  return { ok: true, sheet: { name, header, rows: records.map((cells, i) => ({ row: i + 2, cells })) } };
}

/** Where UTF-8 breaks: the first byte that does not start, or continue, a well-formed sequence. */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const extra =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return 0;
}
