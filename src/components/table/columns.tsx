import { createColumnHelper, rowExpandingFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { PositionRow } from '../../lib/tableRows';
import type { I18n } from '../../state/i18n';
import { STANCES } from '../../core/vocabulary';
import { measure } from '../charts/measureText';
import { StanceBadge } from '../ui/Badges';
import { createPackedSortedRowModel, type TableMeta } from './sortedRowModel';

// No expanded row model: rows have no sub-rows, so an expanded row only draws its details below itself.
export const features = tableFeatures({
  rowSortingFeature,
  rowExpandingFeature,
  sortedRowModel: createPackedSortedRowModel(),
  tableMeta: {} as TableMeta,
});
export type Features = typeof features;

const col = createColumnHelper<Features, PositionRow>();

/**
 * Each column's track in a row's grid: above phone widths the rows are laid out as grids of these tracks, not by the
 * table algorithm, so a row out of view is skipped (`content-visibility`, styles.css) and showing 300 rows again after
 * a filter click lays out the few in view, not all of them (400 ms of layout on a throttled phone before). Rows are
 * separate grids, so no track may depend on a row's content: the date, party and stance columns are as wide as
 * their widest entry in the reader's language (gridTracks measures it), the text columns share the rest.
 */
const TRACKS: Record<string, string> = {
  expand: '44px',
  actor: 'minmax(5rem, 1fr)',
  issue: 'minmax(6rem, 1.2fr)',
  summary: 'minmax(12rem, 3fr)',
  source: 'minmax(5rem, 1.2fr)',
};
/** A cell's padding (styles.css, th and td), and the badge's padding, symbol and gap around its word. */
const CELL = 16;
const BADGE = 30;

/** The rows' grid tracks for the columns `ids`, in the language of `i18n`, with `parties`' short names. */
export function gridTracks(ids: readonly string[], { m, fmt }: I18n, parties: readonly string[]): string {
  // The widest short date of the language: each month, on a two-digit day.
  const months = Array.from({ length: 12 }, (_, i) => fmt.shortDate(`2021-${String(i + 1).padStart(2, '0')}-22`));
  const widest: Record<string, number> = {
    date: Math.max(...months.map((d) => measure(d, 14))),
    party: 14 + Math.max(0, ...parties.map((p) => measure(p, 14))),
    stance: BADGE + Math.max(...STANCES.map((s) => measure(m.stance[s], 13, 600))),
  };
  return ids
    .map((id) => {
      const w = widest[id];
      // In rem, measured at the default 16 px: a reader's larger font widens the column with its text.
      return w === undefined ? (TRACKS[id] ?? 'minmax(0, 1fr)') : `${((w + CELL) / 16).toFixed(3)}rem`;
    })
    .join(' ');
}

/** The table's columns, labelled in the interface language. */
export function makeColumns({ m, fmt, hy }: I18n) {
  const c = m.table.columns;
  return col.columns([
    col.display({
      id: 'expand',
      header: () => <span className="visually-hidden">{m.table.details}</span>,
      cell: ({ row }) => (
        <button
          type="button"
          className="expander"
          aria-expanded={row.getIsExpanded()}
          aria-label={m.table.expand(row.getIsExpanded(), row.original.party, row.original.issue)}
          onClick={row.getToggleExpandedHandler()}
        >
          <span aria-hidden="true">{row.getIsExpanded() ? '▾' : '▸'}</span>
        </button>
      ),
    }),
    col.accessor((r) => r.position.date, {
      id: 'date',
      header: c.date,
      // Plain text in cells the stylesheet keeps on one line (td.col-date, td.col-party): a wrapper per cell was 764
      // of the bundled table's elements.
      cell: (info) => fmt.shortDate(info.getValue()),
    }),
    col.accessor('party', {
      header: c.party,
      cell: (info) => (
        <>
          <span className="party-dot" style={{ background: info.row.original.partyColor }} aria-hidden="true" />{' '}
          {info.getValue()}
        </>
      ),
    }),
    col.accessor('actor', { header: c.actor }),
    col.accessor('issue', { header: c.issue, cell: (info) => hy(info.getValue()) }),
    col.accessor((r) => r.position.stance, {
      id: 'stance',
      header: c.stance,
      // Wherever a stance is shown, a concession or an inferred position says so in words.
      cell: (info) => {
        const p = info.row.original.position;
        return (
          <>
            <StanceBadge stance={info.getValue()} />
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
    }),
    col.accessor((r) => r.position.summary, { id: 'summary', header: c.summary, enableSorting: false }),
    col.accessor('source', { header: c.source }),
  ]);
}
