import { XMLParser } from 'fast-xml-parser';
import type { Cell, Sheet, SheetRow } from '../../data/tables';
import { readZip, ZIP_LIMITS, type ZipLimits } from './zip';

/**
 * A workbook (.xlsx) read as values, never as a program: a formula is returned as `{ formula }` for the caller to
 * refuse, not evaluated and not replaced by its cached result; an error value as `{ error }`. Rows and columns are
 * capped before a sheet is parsed, so a million empty rows are refused by their count, not walked.
 */
export const SHEET_LIMITS = { rows: 200_000, columns: 200 } as const;

export type WorkbookRead = { ok: true; sheets: Sheet[]; date1904: boolean } | { ok: false; problems: string[] };

type Node = Record<string, unknown>;
const ARRAYS = new Set(['sheet', 'Relationship', 'row', 'c', 'si', 'r']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: false,
  removeNSPrefix: true,
  isArray: (tag) => ARRAYS.has(tag),
});

/** Parsed XML, or null; a document type (where entity bombs live) is refused unread: no workbook part has one. */
function xml(bytes: Uint8Array | undefined): Node | null {
  if (bytes === undefined) return null;
  const text = new TextDecoder().decode(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 4096))) return null;
  try {
    return parser.parse(text) as Node;
  } catch {
    return null;
  }
}

const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);
const node = (v: unknown): Node => (typeof v === 'object' && v !== null ? (v as Node) : {});
const attr = (n: Node, name: string): string | undefined => {
  const v = n[`@${name}`];
  return typeof v === 'string' ? v : undefined;
};

/** The text of a `<t>` or of rich-text runs `<r><t>`. */
function textOf(n: Node): string {
  const t = n.t;
  const own = typeof t === 'string' ? t : typeof t === 'object' && t !== null ? String((t as Node)['#text'] ?? '') : '';
  return own + list(n.r).map(textOf).join('');
}

const COLUMN = /^([A-Z]{1,3})(\d+)$/;
const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function cellOf(c: Node, shared: readonly string[]): Cell {
  const type = attr(c, 't') ?? 'n';
  if (c.f !== undefined) {
    const f = c.f;
    const formula = typeof f === 'string' ? f : String(node(f)['#text'] ?? '');
    return { formula };
  }
  const v =
    typeof c.v === 'string'
      ? c.v
      : typeof c.v === 'object' && c.v !== null
        ? String(node(c.v)['#text'] ?? '')
        : undefined;
  switch (type) {
    case 's':
      return shared[Number(v)] ?? null;
    case 'inlineStr':
      return textOf(node(c.is));
    case 'str':
    case 'd':
      return v ?? null;
    case 'b':
      return v === '1';
    case 'e':
      return { error: v ?? '#VALUE!' };
    default: {
      if (v === undefined || v === '') return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}

function sheetOf(name: string, doc: Node, shared: readonly string[]): Sheet | string {
  const data = node(node(doc.worksheet).sheetData);
  const rows = list(data.row);
  const last = Number(attr(rows.at(-1) ?? {}, 'r') ?? rows.length);
  if (rows.length > SHEET_LIMITS.rows || last > SHEET_LIMITS.rows)
    return `sheet ${name} has ${Math.max(rows.length, last).toLocaleString('en-GB')} rows; the limit is ${SHEET_LIMITS.rows.toLocaleString('en-GB')}`;
  const out: SheetRow[] = [];
  let header: string[] = [];
  rows.forEach((row, i) => {
    const number = Number(attr(row, 'r') ?? i + 1);
    const cells: Cell[] = [];
    list(row.c).forEach((c, j) => {
      const ref = COLUMN.exec(attr(c, 'r') ?? '');
      const index = ref?.[1] === undefined ? j : columnIndex(ref[1]);
      if (index < SHEET_LIMITS.columns) cells[index] = cellOf(c, shared);
    });
    const filled = Array.from(cells, (c) => c ?? null);
    if (number === 1) header = filled.map((c) => (c === null || typeof c === 'object' ? '' : String(c)));
    else out.push({ row: number, cells: filled });
  });
  return { name, header, rows: out };
}

/** Sizes before parsing: a sheet whose declared range passes the limits is refused unparsed. */
function declaredTooLarge(bytes: Uint8Array, name: string): string | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 2048));
  const dim = /<dimension ref="[A-Z]+\d+:([A-Z]+)(\d+)"/.exec(head);
  if (dim === null) return null;
  const rows = Number(dim[2]);
  const columns = columnIndex(dim[1] ?? 'A') + 1;
  if (rows > SHEET_LIMITS.rows)
    return `sheet ${name} has ${rows.toLocaleString('en-GB')} rows; the limit is ${SHEET_LIMITS.rows.toLocaleString('en-GB')}`;
  if (columns > SHEET_LIMITS.columns)
    return `sheet ${name} has ${columns} columns; the limit is ${SHEET_LIMITS.columns}`;
  return null;
}

const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);

/** Every sheet of a workbook file, or what stops it being read. `name` is the file's name, for messages. */
export function readXlsx(bytes: Uint8Array, name: string, limits: ZipLimits = ZIP_LIMITS): WorkbookRead {
  const wanted = (entry: string) =>
    (entry.startsWith('xl/') && entry.endsWith('.xml')) || entry.endsWith('.rels') || entry === 'mimetype';
  const zip = readZip(bytes, name, wanted, limits);
  if (!zip.ok) return { ok: false, problems: [zip.message] };
  const files = zip.files;
  if (files.has('mimetype'))
    return { ok: false, problems: [`${name} is an OpenDocument file (.ods); save it as an Excel workbook (.xlsx)`] };
  const workbook = xml(files.get('xl/workbook.xml'));
  if (workbook === null)
    return { ok: false, problems: [`${name} is not an Excel workbook (.xlsx): it has no readable xl/workbook.xml`] };
  const rels = xml(files.get('xl/_rels/workbook.xml.rels'));
  const targets = new Map(
    list(node(rels?.Relationships).Relationship).map((r) => [attr(r, 'Id') ?? '', attr(r, 'Target') ?? '']),
  );
  const sharedDoc = xml(files.get('xl/sharedStrings.xml'));
  const shared = list(node(sharedDoc?.sst).si).map(textOf);
  const book = node(workbook.workbook);
  const date1904 = ['1', 'true'].includes(attr(node(book.workbookPr), 'date1904') ?? '');
  const problems: string[] = [];
  const sheets: Sheet[] = [];
  for (const s of list(node(book.sheets).sheet)) {
    const sheetName = attr(s, 'name') ?? '';
    const target = targets.get(attr(s, 'id') ?? '');
    const bytesOf = target === undefined ? undefined : files.get(partPath(target));
    if (bytesOf === undefined) {
      problems.push(`sheet ${sheetName} cannot be found in ${name}`);
      continue;
    }
    const tooLarge = declaredTooLarge(bytesOf, sheetName);
    if (tooLarge !== null) {
      problems.push(tooLarge);
      continue;
    }
    const doc = xml(bytesOf);
    if (doc === null) {
      problems.push(`sheet ${sheetName} of ${name} is not readable XML`);
      continue;
    }
    const sheet = sheetOf(sheetName, doc, shared);
    if (typeof sheet === 'string') problems.push(sheet);
    else sheets.push(sheet);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sheets, date1904 };
}
