import { datasetFromBytes } from '../../data/checkDataset';
import type { LoadResult } from '../../data/load';
import { asProblem, tablesToDataset, type Sheet, type SheetProblem } from '../../data/tables';
import { readCsv } from './csv';
import { readXlsx } from './xlsxRead';
import { CODEBOOK_SHEET } from './xlsxWrite';
import { isZip, readZip } from './zip';

/** A file as the reader chose it: its name (with a folder, for a zip's entries) and its bytes. */
export interface GivenFile {
  name: string;
  bytes: Uint8Array;
}

const refused = (title: string, messages: readonly string[]): LoadResult => ({
  ok: false,
  title,
  problems: messages.map((message) => ({ path: '', message })),
  retry: false,
});

const fromSheets = (sheets: readonly Sheet[], name: string, date1904 = false): LoadResult => {
  const result = tablesToDataset(sheets, { date1904, ignore: [CODEBOOK_SHEET] });
  if (result.dataset !== null) return { ok: true, dataset: result.dataset };
  return {
    ok: false,
    title: `${name} does not match the dataset format`,
    problems: result.problems.map((p: SheetProblem) => asProblem(p)),
    retry: false,
  };
};

const isOldExcel = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** CSV files, one per table, named after their tables (`positions.csv`). */
function fromCsvFiles(files: readonly GivenFile[], name: string): LoadResult {
  const sheets: Sheet[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const read = readCsv(file.bytes, file.name);
    if (read.ok) sheets.push(read.sheet);
    else problems.push(read.message);
  }
  return problems.length > 0 ? refused(`${name} cannot be read`, problems) : fromSheets(sheets, name);
}

/**
 * A dataset from what a reader or an editor hands over: a JSON dataset, a workbook (.xlsx), a zip of CSV files, or
 * the CSV files themselves. Every refusal names the file and the limit or the place; nothing is evaluated.
 */
export function datasetFromFiles(files: readonly GivenFile[]): LoadResult {
  const [first] = files;
  if (first === undefined)
    return refused('No file was given', [
      'Choose a dataset: a .json file, a workbook (.xlsx), or a .zip of its CSV files.',
    ]);
  const label = files.length === 1 ? first.name : `${files.length} files`;
  if (files.length > 1 || /\.csv$/i.test(first.name)) {
    const other = files.find((f) => !/\.csv$/i.test(f.name));
    if (other !== undefined)
      return refused(`${label} cannot be read together`, [
        `${other.name}: give one .json, .xlsx or .zip file, or only .csv files (one per table).`,
      ]);
    return fromCsvFiles(files, label);
  }
  const { name, bytes } = first;
  if (isOldExcel(bytes))
    return refused(`${name} cannot be read`, [
      `${name} is an Excel 97–2003 file (.xls); save it as an Excel workbook (.xlsx)`,
    ]);
  if (!isZip(bytes)) {
    if (/\.(xlsx|zip)$/i.test(name))
      return refused(`${name} cannot be read`, [
        `${name} is not a workbook or a zip file: its first bytes are not a zip's`,
      ]);
    return datasetFromBytes(bytes, name);
  }
  if (/\.zip$/i.test(name)) {
    const zip = readZip(bytes, name, (entry) => /\.csv$/i.test(entry) && !entry.startsWith('__MACOSX/'));
    if (!zip.ok) return refused(`${name} cannot be read`, [zip.message]);
    if (zip.files.size === 0)
      return refused(`${name} cannot be read`, [
        `${name} holds no .csv files; it should hold one per table (positions.csv, …)`,
      ]);
    return fromCsvFiles(
      [...zip.files].map(([entry, b]) => ({ name: entry, bytes: b })),
      name,
    );
  }
  const book = readXlsx(bytes, name);
  if (!book.ok) return refused(`${name} cannot be read`, book.problems);
  return fromSheets(book.sheets, name, book.date1904);
}
