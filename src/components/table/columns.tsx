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
import { formatShortDate } from '../../lib/format';
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

export const columns = col.columns([
  col.display({
    id: 'expand',
    header: () => <span className="visually-hidden">Details</span>,
    cell: ({ row }) => (
      <button
        type="button"
        className="expander"
        aria-expanded={row.getIsExpanded()}
        aria-label={`${row.getIsExpanded() ? 'Hide' : 'Show'} quote and source for ${row.original.party} on ${row.original.issue}`}
        onClick={row.getToggleExpandedHandler()}
      >
        <span aria-hidden="true">{row.getIsExpanded() ? '▾' : '▸'}</span>
      </button>
    ),
  }),
  col.accessor((r) => r.position.date, {
    id: 'date',
    header: 'Date',
    cell: (info) => <span className="nowrap">{formatShortDate(info.getValue())}</span>,
  }),
  col.accessor('party', {
    header: 'Party',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <span className="nowrap">
        <span className="party-dot" style={{ background: info.row.original.partyColor }} aria-hidden="true" /> {info.getValue()}
      </span>
    ),
  }),
  col.accessor('actor', { header: 'Speaker', sortFn: 'alphanumeric' }),
  col.accessor('issue', { header: 'Issue', sortFn: 'alphanumeric' }),
  col.accessor((r) => r.position.stance, {
    id: 'stance',
    header: 'Stance',
    sortFn: stanceSort,
    cell: (info) => <StanceBadge stance={info.getValue()} />,
  }),
  col.accessor((r) => r.position.summary, { id: 'summary', header: 'Summary', enableSorting: false }),
  col.accessor('source', { header: 'Source', sortFn: 'alphanumeric' }),
]);

export const SORTABLE: { id: string; label: string }[] = [
  { id: 'date', label: 'Date' },
  { id: 'party', label: 'Party' },
  { id: 'actor', label: 'Speaker' },
  { id: 'issue', label: 'Issue' },
  { id: 'stance', label: 'Stance' },
  { id: 'source', label: 'Source' },
];
