import type { Position } from '../data/schema';
import type { DatasetIndex } from './datasetIndex';

/**
 * Column order is part of the download's contract: readers script against it, so append, never reorder.
 * Each column reads one value from a position, with ids resolved through the index so a row stands alone.
 */
const CSV_COLUMNS: readonly (readonly [string, (p: Position, index: DatasetIndex) => string | null | undefined])[] = [
  ['id', (p) => p.id],
  ['date', (p) => p.date],
  ['date_basis', (p) => p.dateBasis],
  ['party', (p) => p.party],
  ['party_name', (p, ix) => ix.parties.get(p.party)?.name],
  ['actor', (p) => p.actor],
  ['actor_name', (p, ix) => (p.actor === null ? null : ix.actors.get(p.actor)?.name)],
  ['actor_role', (p, ix) => (p.actor === null ? null : ix.actors.get(p.actor)?.role)],
  ['issue', (p) => p.issue],
  ['issue_title', (p, ix) => ix.issues.get(p.issue)?.title],
  ['issue_proposition', (p, ix) => ix.issues.get(p.issue)?.proposition],
  ['category', (p, ix) => ix.issues.get(p.issue)?.category],
  ['stance', (p) => p.stance],
  ['attribution', (p) => p.attribution],
  ['quote', (p) => p.quote],
  ['summary', (p) => p.summary],
  ['conditions', (p) => p.conditions],
  ['note', (p) => p.note],
  ['source', (p) => p.source],
  ['source_outlet', (p, ix) => ix.sources.get(p.source)?.outlet],
  ['source_headline', (p, ix) => ix.sources.get(p.source)?.headline],
  ['source_published', (p, ix) => ix.sources.get(p.source)?.published],
  ['source_url', (p, ix) => ix.sources.get(p.source)?.url],
  ['source_file', (p, ix) => ix.sources.get(p.source)?.file],
  // Format version 2: written with their defaults, so a reader never has to know that absent means demand/stated.
  ['kind', (p) => p.kind ?? 'demand'],
  ['basis', (p) => p.basis ?? 'stated'],
];

/** The header row, exported so consumers and tests need not restate the column list. */
export const POSITION_COLUMNS: readonly string[] = CSV_COLUMNS.map(([name]) => name);

/** One position's cells, in POSITION_COLUMNS order. */
export const positionCells = (p: Position, index: DatasetIndex): (string | null)[] =>
  CSV_COLUMNS.map(([, get]) => get(p, index) ?? null);

const NEEDS_QUOTING = /[",\r\n]/;

/**
 * RFC 4180 quoting only; the text itself is never changed.
 *
 * No spreadsheet formula-injection guard (OWASP: prefix cells starting with = + - @ tab or CR with an
 * apostrophe). That prefix becomes part of the cell for every CSV reader other than a spreadsheet, so
 * a quote would no longer match its source character for character, and fact-checkers compare the
 * two verbatim; a quote or summary may legitimately start with "-", "+" or "=".
 * A CSV has no way to mark a cell as "text, not formula" without altering its content, so the
 * verbatim text wins: open the file through a spreadsheet's import dialog with columns as text.
 */
function csvField(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  const value = String(cell);
  return NEEDS_QUOTING.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const csvRecord = (fields: readonly (string | number | null | undefined)[]) => `${fields.map(csvField).join(',')}\r\n`;

/**
 * CSV of a header and rows, in the given order.
 * The byte-order mark is there because Excel otherwise reads UTF-8 as a legacy code page and mangles
 * curly quotes and Cyrillic names; every record, the last included, ends in CRLF as RFC 4180 allows.
 */
export function csvOf(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  let out = '\uFEFF' + csvRecord(columns);
  for (const row of rows) out += csvRecord(row);
  return out;
}

/** CSV of the given positions, in the given order. */
export const positionsCsv = (positions: readonly Position[], index: DatasetIndex): string =>
  csvOf(
    POSITION_COLUMNS,
    positions.map((p) => positionCells(p, index)),
  );

/** The citation travels with every position, so a quote can be checked without the rest of the dataset. */
interface ExportedSource {
  id: string;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  url: string | null;
  file: string | null;
}

/** A dataset position, its `source` id replaced by the full citation and its other ids given names. */
interface ExportedPosition extends Omit<Position, 'source'> {
  partyName: string | null;
  actorName: string | null;
  actorRole: string | null;
  issueTitle: string | null;
  source: ExportedSource;
}

export interface ExportedPositions {
  title: string;
  exported: { asOf: string; url: string };
  count: number;
  positions: ExportedPosition[];
}

/**
 * Self-contained JSON of the given positions, in the given order. Resolved fields are null rather
 * than absent when there is nothing to resolve, so every record has the same keys.
 */
export function positionsJson(
  positions: readonly Position[],
  index: DatasetIndex,
  meta: { title: string; asOf: string; url: string },
): string {
  const doc: ExportedPositions = {
    title: meta.title,
    exported: { asOf: meta.asOf, url: meta.url },
    count: positions.length,
    positions: positions.map((p) => {
      const actor = p.actor === null ? undefined : index.actors.get(p.actor);
      const source = index.sources.get(p.source);
      return {
        ...p,
        partyName: index.parties.get(p.party)?.name ?? null,
        actorName: actor?.name ?? null,
        actorRole: actor?.role ?? null,
        issueTitle: index.issues.get(p.issue)?.title ?? null,
        source: {
          id: p.source,
          outlet: source?.outlet ?? null,
          headline: source?.headline ?? null,
          published: source?.published ?? null,
          url: source?.url ?? null,
          file: source?.file ?? null,
        },
      };
    }),
  };
  return JSON.stringify(doc, null, 2);
}

const MAX_STEM = 80;
const FALLBACK_TITLE = 'dashboard';

/**
 * Cyrillic letters in Latin, so a Ukrainian or Russian title still names its file: Ukraine's official romanisation
 * (2010, in its forms inside a word) for Ukrainian, the passport system (ICAO 9303) for Russian. They differ on г and и (Україна → ukraina,
 * Гуманітарний → humanitarnyi; Гуманитарный → gumanitarnyi).
 */
// prettier-ignore
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', '\u02bc': '', '\u2019': '', "'": '',
};
const UKRAINIAN: Record<string, string> = { г: 'h', и: 'y' };

function romanise(text: string, lang: string): string {
  const table = lang === 'uk' ? { ...CYRILLIC, ...UKRAINIAN } : CYRILLIC;
  return [...text.toLowerCase()].map((ch) => table[ch] ?? ch).join('');
}

/** ASCII-only so the name survives every file system, mail client and URL; accents fold to their base letter. */
function slug(text: string, lang = 'en'): string {
  return romanise(text, lang)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cuts at a hyphen where one is near, so a long title is not left ending in half a word. */
function truncateSlug(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  const trimmed = lastHyphen >= max / 2 ? cut.slice(0, lastHyphen) : cut;
  return trimmed.replace(/-+$/, '');
}

/**
 * A download name that says what and when: `<title>-<view>-<asOf>.<ext>`.
 * The title is what gets shortened, so the view and date that tell two downloads apart survive; a Cyrillic title is
 * romanised in the way of `lang`, and a title with no letters a name can carry becomes "dashboard" rather than nothing.
 */
export function exportFileName(title: string, view: string, asOf: string, ext: string, lang = 'en'): string {
  const tail = [slug(view), slug(asOf)].filter((s) => s !== '').join('-');
  const head = slug(title, lang) || FALLBACK_TITLE;
  const room = tail === '' ? MAX_STEM : MAX_STEM - tail.length - 1;
  const stem =
    room >= FALLBACK_TITLE.length
      ? [truncateSlug(head, room), tail].filter((s) => s !== '').join('-')
      : truncateSlug(`${head}-${tail}`, MAX_STEM);
  const extension = slug(ext);
  return extension === '' ? stem : `${stem}.${extension}`;
}
