import type { ReactNode } from 'react';
import {
  createColumnHelper,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
  type Row,
} from '@tanstack/react-table';
import type { PositionRow } from '../../lib/tableRows';
import type { I18n } from '../../state/i18n';
import { STANCES } from '../../core/vocabulary';
import { measure } from '../charts/measureText';
import { PartyDot, StanceBadge } from '../ui/Badges';
import { lazyRowCachesFeature } from './lazyRowCaches';
import { createPackedSortedRowModel, type TableMeta } from './sortedRowModel';

// No expanded row model: rows have no sub-rows, so an expanded row only draws its details below itself.
export const features = tableFeatures({
  rowSortingFeature,
  rowExpandingFeature,
  lazyRowCachesFeature,
  sortedRowModel: createPackedSortedRowModel(),
  tableMeta: {} as TableMeta,
});
export type Features = typeof features;

const col = createColumnHelper<Features, PositionRow>();

/** The table's columns by id, in order: makeColumns and makeCells each give every one of them. */
export const COLUMN_IDS = ['expand', 'date', 'party', 'actor', 'issue', 'stance', 'summary', 'source'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];
export const isColumnId = (id: string): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id);

/**
 * Each column's track in a row's grid: above phone widths the rows are laid out as grids of these tracks, not by the
 * table algorithm, so a row out of view is skipped (`content-visibility`, styles.css) and showing 300 rows again after
 * a filter click lays out the few in view, not all of them (400 ms of layout on a throttled phone before). Rows are
 * separate grids, so no track may depend on a row's content: the date, party and stance columns are as wide as
 * their widest entry in the reader's language (gridTracks measures it), the text columns share the rest.
 */
const TRACKS: Record<Exclude<ColumnId, Measured>, string> = {
  expand: '44px',
  actor: 'minmax(5rem, 1fr)',
  issue: 'minmax(6rem, 1.2fr)',
  summary: 'minmax(12rem, 3fr)',
  source: 'minmax(5rem, 1.2fr)',
};
/** A cell's padding (styles.css, th and td), and the badge's padding, symbol and gap around its word. */
const CELL = 16;
const BADGE = 30;

/** The columns as wide as their widest entry (gridTracks). */
type Measured = 'date' | 'party' | 'stance';
const isMeasured = (id: ColumnId): id is Measured => id === 'date' || id === 'party' || id === 'stance';

/** The rows' grid tracks for the columns `ids`, in the language of `i18n`, with `parties`' short names. */
export function gridTracks(ids: readonly ColumnId[], { m, fmt }: I18n, parties: readonly string[]): string {
  // The widest short date of the language: each month, on a two-digit day.
  const months = Array.from({ length: 12 }, (_, i) => fmt.shortDate(`2021-${String(i + 1).padStart(2, '0')}-22`));
  const widest: Record<Measured, number> = {
    date: Math.max(...months.map((d) => measure(d, 14))),
    party: 14 + Math.max(0, ...parties.map((p) => measure(p, 14))),
    stance: BADGE + Math.max(...STANCES.map((s) => measure(m.stance[s], 13, 600))),
  };
  // In rem, measured at the default 16 px: a reader's larger font widens the column with its text.
  return ids.map((id) => (isMeasured(id) ? `${((widest[id] + CELL) / 16).toFixed(3)}rem` : TRACKS[id])).join(' ');
}

/** A row of the table: a position with the names a reader sees, and TanStack's expansion state. */
export type TableRow = Row<Features, PositionRow>;

/** The table's columns, labelled in the interface language: their headers, sorting and grid tracks. */
export function makeColumns({ m }: I18n) {
  const c = m.table.columns;
  return col.columns([
    col.display({
      id: 'expand',
      header: () => <span className="visually-hidden">{m.table.details}</span>,
    }),
    col.accessor((r) => r.position.date, { id: 'date', header: c.date }),
    col.accessor('party', { header: c.party }),
    col.accessor('actor', { header: c.actor }),
    col.accessor('issue', { header: c.issue }),
    col.accessor((r) => r.position.stance, { id: 'stance', header: c.stance }),
    col.accessor((r) => r.position.summary, { id: 'summary', header: c.summary, enableSorting: false }),
    col.accessor('source', { header: c.source }),
  ]);
}

/** What a body cell draws: the row, and whether it is expanded. */
type Cell = (row: TableRow, expanded: boolean) => ReactNode;

export type Cells = Readonly<Record<ColumnId, Cell>>;

/**
 * Each column's body cell, by column id. Rows call these directly rather than through TanStack's cell objects, cell
 * contexts and flexRender, which made and memoised eight objects per row and asked each row's expansion four times:
 * TanStack's code before the bundled table's first view went from 16–18 ms to under 8 ms of a throttled phone's CPU.
 */
export function makeCells({ m, fmt, hy }: I18n): Cells {
  return {
    expand: (row, expanded) => (
      <button
        type="button"
        className="expander"
        aria-expanded={expanded}
        aria-label={m.table.expand(expanded, row.original.party, row.original.issue)}
        onClick={row.getToggleExpandedHandler()}
      >
        <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
      </button>
    ),
    // Plain text in cells the stylesheet keeps on one line (td.col-date, td.col-party): a wrapper per cell was 764
    // of the bundled table's elements.
    date: (row) => fmt.shortDate(row.original.position.date),
    party: (row) => (
      <>
        <PartyDot color={row.original.partyColor} /> {row.original.party}
      </>
    ),
    actor: (row) => row.original.actor,
    issue: (row) => hy(row.original.issue),
    // Wherever a stance is shown, a concession or an inferred position says so in words.
    stance: (row) => {
      const p = row.original.position;
      return (
        <>
          <StanceBadge stance={p.stance} />
          {p.kind === 'concession' && (
            <>
              {' '}
              <span className="tag tag-concession">{m.kind.concession}</span>
            </>
          )}
          {p.basis === 'inferred' && (
            <>
              {' '}
              <span className="tag tag-inferred">{m.basis.inferred}</span>
            </>
          )}
        </>
      );
    },
    summary: (row) => row.original.position.summary,
    source: (row) => row.original.source,
  };
}
