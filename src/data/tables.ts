import type { Problem } from './problem';
import { dataset as datasetRule, type Dataset } from './schema';
import { validateDataset } from './validate';

/**
 * The dataset as tables, one per array (and one row of `meta`): what a spreadsheet holds. The columns are read from
 * the format's own definition (schema.ts), so a field added there is a column here with no second list to keep.
 *
 * Cells, both ways:
 * - text is text; a column that may be null reads an empty cell as null; an optional column reads it as absent;
 * - translations are columns named `field.lang` (`summary.uk`), after the fields they translate;
 * - lists of ids (`related`, `positions`, `defaultParties`) are ids separated by commas: `nato-membership, neutrality`
 *   (ids hold no commas or spaces, so semicolons and spaces also separate);
 * - whole numbers are numbers.
 * Exporting the bundled dataset and importing the tables gives back the same JSON, byte for byte (a test).
 */

type Kind = 'text' | 'nullable' | 'number' | 'list';
interface Column {
  name: string;
  /** Where the value sits in a row's object: `['translations', 'uk', 'summary']`. */
  path: readonly string[];
  kind: Kind;
  required: boolean;
}
export interface TableSpec {
  name: TableName;
  columns: readonly Column[];
  /** `meta` is one row; the others one row per item. */
  single: boolean;
  /** The dataset may leave it out (an empty sheet then writes no key). */
  optional: boolean;
}

const TABLE_NAMES = ['meta', 'parties', 'actors', 'issues', 'categories', 'sources', 'positions', 'corrections'] as const;
type TableName = (typeof TABLE_NAMES)[number];

interface JsonNode {
  type?: string;
  anyOf?: readonly JsonNode[];
  properties?: Readonly<Record<string, JsonNode>>;
  required?: readonly string[];
  items?: JsonNode;
}

const kindOf = (node: JsonNode): Kind => {
  if (node.anyOf !== undefined) return 'nullable';
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (node.type === 'array') return 'list';
  return 'text';
};

function columnsOf(node: JsonNode): Column[] {
  const own: Column[] = [];
  const translated: Column[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (key === 'translations') {
      // By field, then language: `summary.uk`, `summary.ru`, `conditions.uk`, … side by side in a sheet.
      const langs = Object.entries(child.properties ?? {});
      const fields = [...new Set(langs.flatMap(([, node]) => Object.keys(node.properties ?? {})))];
      for (const field of fields)
        for (const [lang] of langs) translated.push({ name: `${field}.${lang}`, path: [key, lang, field], kind: 'text', required: false });
      continue;
    }
    own.push({ name: key, path: [key], kind: kindOf(child), required: node.required?.includes(key) ?? false });
  }
  return [...own, ...translated];
}

const root = datasetRule.json as JsonNode;
const topLevel = root.properties ?? {};

function specOf(name: TableName): TableSpec {
  const node = topLevel[name] ?? {};
  if (name === 'meta') {
    const version: Column = { name: 'schemaVersion', path: ['schemaVersion'], kind: 'number', required: true };
    return { name, columns: [version, ...columnsOf(node)], single: true, optional: false };
  }
  return { name, columns: columnsOf(node.items ?? {}), single: false, optional: !(root.required ?? []).includes(name) };
}

/** Every table, in the order a workbook holds them. */
export const TABLES: readonly TableSpec[] = TABLE_NAMES.map(specOf);

/** A cell as a spreadsheet file gives it: what was typed, or what the reader must refuse (a formula, an error). */
export type Cell = string | number | boolean | null | { formula: string } | { error: string };

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  row: number;
  cells: readonly Cell[];
}
export interface Sheet {
  name: string;
  header: readonly string[];
  rows: readonly SheetRow[];
}

/** Where a problem is, as a spreadsheet shows it. */
export interface SheetProblem {
  sheet: string;
  row?: number;
  /** The column's header and its letter. */
  column?: { name: string; letter: string };
  message: string;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Where a problem is, as a spreadsheet shows it: "positions, row 14, column stance (E)". */
const placeText = (p: SheetProblem): string =>
  [p.sheet, p.row === undefined ? null : `row ${p.row}`, p.column === undefined ? null : `column ${p.column.name} (${p.column.letter})`]
    .filter((s) => s !== null)
    .join(', ');

/** As the error panel and the CLIs take it: the place in the path's stead. */
export const asProblem = (p: SheetProblem): Problem => ({ path: placeText(p), message: p.message });

// ---------------------------------------------------------------------------------------------------------------
// Dataset → tables

type Json = unknown;
const at = (value: Json, path: readonly string[]): Json =>
  path.reduce<Json>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, Json>)[key] : undefined), value);

function cellOf(value: Json, column: Column): string | number | null {
  if (value === undefined || value === null) return null;
  if (column.kind === 'list') return Array.isArray(value) ? value.join(', ') : String(value);
  if (column.kind === 'number') return typeof value === 'number' ? value : String(value);
  return String(value);
}

export interface Table {
  spec: TableSpec;
  rows: (string | number | null)[][];
}

/** The dataset's tables; an optional table the dataset leaves out is left out. */
export function datasetToTables(data: Dataset): Table[] {
  const record = data as unknown as Record<string, Json>;
  return TABLES.filter((spec) => !spec.optional || record[spec.name] !== undefined).map((spec) => {
    const items: Json[] = spec.single ? [{ schemaVersion: data.schemaVersion, ...data.meta }] : ((record[spec.name] as Json[] | undefined) ?? []);
    return { spec, rows: items.map((item) => spec.columns.map((c) => cellOf(at(item, c.path), c))) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Tables → dataset

const LIST_SEPARATOR = /[\s,;]+/;
const quoted = (v: string) => (v.length > 60 ? `"${v.slice(0, 57)}…"` : `"${v}"`);

/** 1900 date system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was. */
function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + serial * 86_400_000).toISOString().slice(0, 10);
}

const isDateColumn = (name: string) => ['date', 'published', 'updated'].includes(name);

interface Place {
  sheet: string;
  row: number;
  column: { name: string; letter: string };
}
/** A place and what its cell shows, for messages about the value. */
type Placed = Place & { shown: string };

/** A cell's JSON value, or a problem. `undefined`: the key is left out. */
function valueOf(cell: Cell, column: Column, date1904: boolean, place: Place, out: SheetProblem[]): Json {
  if (typeof cell === 'object' && cell !== null) {
    out.push({
      ...place,
      message:
        'formula' in cell
          ? `holds a formula (=${cell.formula.slice(0, 60)}); formulas are never run here: type the value itself`
          : `holds the error value ${cell.error}; type the value itself`,
    });
    return undefined;
  }
  if (typeof cell === 'boolean') {
    out.push({ ...place, message: `holds ${cell ? 'TRUE' : 'FALSE'}, a yes/no value, where ${column.kind === 'number' ? 'a number' : 'text'} belongs` });
    return undefined;
  }
  if (column.kind === 'number') {
    if (cell === null || cell === '') return undefined;
    const n = typeof cell === 'number' ? cell : Number(cell.trim());
    if (!Number.isFinite(n)) out.push({ ...place, message: `${quoted(String(cell))} is not a number` });
    return Number.isFinite(n) ? n : undefined;
  }
  let text: string;
  if (typeof cell === 'number') {
    // A date a spreadsheet stored as a day count (typed into a cell formatted as a date).
    const iso = isDateColumn(column.name) ? serialToIso(cell, date1904) : null;
    text = iso ?? String(cell);
  } else text = cell ?? '';
  if (column.kind === 'list') {
    const items = text.split(LIST_SEPARATOR).filter((s) => s !== '');
    return items.length === 0 && !column.required ? undefined : items;
  }
  if (text === '') return column.kind === 'nullable' ? null : column.required ? '' : undefined;
  return text;
}

function setAt(target: Record<string, Json>, path: readonly string[], value: Json) {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    node[key] ??= {};
    node = node[key] as Record<string, Json>;
  });
  node[path.at(-1) as string] = value;
}

/** The row's object in the format's key order; translations only where a field is filled. */
function itemOf(spec: TableSpec, header: readonly string[], row: SheetRow, date1904: boolean, out: SheetProblem[]) {
  const item: Record<string, Json> = {};
  const places = new Map<string, Placed>();
  for (const column of spec.columns) {
    const index = header.indexOf(column.name);
    if (index < 0) continue;
    const place = { sheet: spec.name, row: row.row, column: { name: column.name, letter: columnLetter(index) } };
    const cell = row.cells[index] ?? null;
    places.set(column.path.filter((k) => k !== 'translations').join('.'), { ...place, shown: typeof cell === 'object' && cell !== null ? '' : String(cell ?? '') });
    const value = valueOf(cell, column, date1904, place, out);
    if (value !== undefined) setAt(item, column.path, value);
  }
  return { item, places };
}

export interface ImportResult {
  dataset: Dataset | null;
  problems: SheetProblem[];
}

/**
 * Reads the tables back into a dataset and checks it as any dataset is checked; every problem is placed at its
 * sheet, row and column. All problems come in one run.
 */
export function tablesToDataset(sheets: readonly Sheet[], options: { date1904?: boolean; ignore?: readonly string[] } = {}): ImportResult {
  const out: SheetProblem[] = [];
  const date1904 = options.date1904 ?? false;
  const byName = new Map(sheets.map((s) => [s.name.trim().toLowerCase(), s]));
  for (const s of sheets) {
    const name = s.name.trim().toLowerCase();
    if (!(TABLE_NAMES as readonly string[]).includes(name) && !(options.ignore ?? []).includes(name))
      out.push({ sheet: s.name, message: `is not one of the dataset's tables (${TABLE_NAMES.join(', ')}); rename it or remove it` });
  }
  const data: Record<string, Json> = {};
  // Per table: the JSON path of each item → where it came from.
  const placesOf = new Map<string, { row: number; places: Map<string, Placed> }[]>();
  for (const spec of TABLES) {
    const sheet = byName.get(spec.name);
    if (sheet === undefined) {
      if (!spec.optional) out.push({ sheet: spec.name, message: 'is missing: every dataset has this table' });
      continue;
    }
    const header = sheet.header.map((h) => h.trim());
    header.forEach((h, i) => {
      const place = { sheet: spec.name, row: 1, column: { name: h, letter: columnLetter(i) } };
      if (h === '') return;
      if (!spec.columns.some((c) => c.name === h))
        out.push({ ...place, message: `${quoted(h)} is not a column of ${spec.name}; the columns are ${spec.columns.map((c) => c.name).join(', ')}` });
      else if (header.indexOf(h) !== i) out.push({ ...place, message: `${quoted(h)} is a second column of that name` });
    });
    for (const column of spec.columns)
      if (column.required && !header.includes(column.name))
        out.push({ sheet: spec.name, row: 1, message: `has no column ${column.name}, which every row needs` });
    const rows = sheet.rows.filter((r) => r.cells.some((c) => c !== null && c !== ''));
    const items = rows.map((r) => itemOf(spec, header, r, date1904, out));
    placesOf.set(spec.name, items.map((it, i) => ({ row: rows[i]?.row ?? 0, places: it.places })));
    if (spec.single) {
      if (rows.length !== 1)
        out.push({ sheet: spec.name, message: `holds ${rows.length} rows of values; it holds exactly one, under its header` });
      const only = items[0]?.item ?? {};
      const { schemaVersion, ...meta } = only;
      data.schemaVersion = schemaVersion;
      data.meta = meta;
    } else data[spec.name] = items.map((it) => it.item);
  }
  const ordered = orderLike(data);
  const result = validateDataset(ordered);
  const cellProblems = new Set(out.map((p) => `${p.sheet}|${p.row ?? ''}|${p.column?.name ?? ''}`));
  if (!result.ok)
    for (const p of result.problems) {
      const placed = placeOf(p, placesOf);
      // A cell already reported (a formula, a wrong type) is not reported again as missing.
      if (!cellProblems.has(`${placed.sheet}|${placed.row ?? ''}|${placed.column?.name ?? ''}`)) out.push(placed);
    }
  return { dataset: out.length === 0 && result.ok ? result.data : null, problems: out };
}

/** The format's key order at the top level: `schemaVersion`, `meta`, then the tables. */
function orderLike(data: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of Object.keys(topLevel)) if (data[key] !== undefined) out[key] = data[key];
  return out;
}

const PATH = /^(\w+)(?:\[(\d+)\])?(?:\.(.+))?$/;

/** `positions[12].translations.uk.summary` → positions, row 14, column summary.uk. */
function placeOf(p: Problem, placesOf: Map<string, { row: number; places: Map<string, Placed> }[]>): SheetProblem {
  const match = PATH.exec(p.path);
  if (match === null) return { sheet: 'the workbook', message: p.message };
  const [, table = '', index, rest] = match;
  if (table === 'schemaVersion') return placeIn('meta', 0, 'schemaVersion', p.message, placesOf);
  if (table === 'meta') return placeIn('meta', 0, rest, p.message, placesOf);
  if (index === undefined) return { sheet: table, message: p.message };
  return placeIn(table, Number(index), rest, p.message, placesOf);
}

function placeIn(table: string, index: number, rest: string | undefined, message: string, placesOf: Map<string, { row: number; places: Map<string, Placed> }[]>): SheetProblem {
  const item = placesOf.get(table)?.[index];
  if (item === undefined) return { sheet: table, message };
  // `translations.uk.summary` is filed under `uk.summary`; a list's item (`related[1]`) under its list.
  const key = (rest ?? '').replace(/^translations\./, '').replace(/\[\d+\]$/, '');
  const place = item.places.get(key);
  if (place === undefined) return { sheet: table, row: item.row, message: rest === undefined ? message : `${rest}: ${message}` };
  const { shown, ...where } = place;
  return { ...where, message: shown === '' ? message : `${quoted(shown)}: ${message}` };
}
