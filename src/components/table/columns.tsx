import { createColumnHelper, rowExpandingFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { PositionRow } from '../../lib/tableRows';
import type { I18n } from '../../state/i18n';
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
      cell: (info) => <span className="nowrap">{fmt.shortDate(info.getValue())}</span>,
    }),
    col.accessor('party', {
      header: c.party,
      cell: (info) => (
        <span className="nowrap">
          <span className="party-dot" style={{ background: info.row.original.partyColor }} aria-hidden="true" />{' '}
          {info.getValue()}
        </span>
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
