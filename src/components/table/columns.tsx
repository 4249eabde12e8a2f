import {
  createColumnHelper,
  createExpandedRowModel,
  createSortedRowModel,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  type SortFn,
} from '@tanstack/react-table';
import type { Position, Stance } from '../../data/schema';
import type { I18n } from '../../state/i18n';
import { StanceBadge } from '../ui/Badges';

/** A position with its ids resolved to the names a reader sees and sorts by. */
export interface PositionRow {
  position: Position;
  party: string;
  partyColor: string;
  actor: string;
  issue: string;
  source: string;
}

export const features = tableFeatures({
  rowSortingFeature,
  rowExpandingFeature,
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
type Features = typeof features;

const STANCE_ORDER: Record<Stance, number> = { supports: 0, conditional: 1, opposes: 2 };
const stanceSort: SortFn<Features, PositionRow> = (a, b) =>
  STANCE_ORDER[a.original.position.stance] - STANCE_ORDER[b.original.position.stance];

const col = createColumnHelper<Features, PositionRow>();

/** The table's columns, labelled in the interface language. */
export function makeColumns({ m, fmt }: I18n) {
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
      sortFn: 'alphanumeric',
      cell: (info) => (
        <span className="nowrap">
          <span className="party-dot" style={{ background: info.row.original.partyColor }} aria-hidden="true" /> {info.getValue()}
        </span>
      ),
    }),
    col.accessor('actor', { header: c.actor, sortFn: 'alphanumeric' }),
    col.accessor('issue', { header: c.issue, sortFn: 'alphanumeric' }),
    col.accessor((r) => r.position.stance, {
      id: 'stance',
      header: c.stance,
      sortFn: stanceSort,
      cell: (info) => <StanceBadge stance={info.getValue()} />,
    }),
    col.accessor((r) => r.position.summary, { id: 'summary', header: c.summary, enableSorting: false }),
    col.accessor('source', { header: c.source, sortFn: 'alphanumeric' }),
  ]);
}

/** Columns offered in the sort menu, in order. */
export const SORTABLE = ['date', 'party', 'actor', 'issue', 'stance', 'source'] as const;
