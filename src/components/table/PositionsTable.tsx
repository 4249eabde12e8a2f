import { memo, useMemo } from 'react';
import { useTable } from '@tanstack/react-table';
import type { Position } from '../../data/schema';
import { groupByIssue, rowsOf, tableRows } from '../../lib/tableRows';
import { useI18n } from '../../state/i18n';
import { useData } from '../../state/data';
import { useFilteredPositions } from '../../state/derived';
import { useDashboard } from '../../state/store';
import { features, gridTracks, isColumnId, makeCells, makeColumns } from './columns';
import { EmptyState } from './EmptyState';
import { TableHead } from './TableHead';
import { VirtualRows, WholeRows } from './TableRows';
import { TableTools } from './TableTools';

/** Every position matching the filters, sortable, each row expanding to its quote and citation. */
export function PositionsTable() {
  const positions = useFilteredPositions();
  const group = useDashboard((s) => s.url.group);
  return <TableView positions={positions} group={group} />;
}

/**
 * Above this many rows only the rows near the viewport are in the DOM (a dataset of thousands would otherwise cost
 * seconds on a phone). Smaller tables stay whole, so find-in-page and printing see every row.
 */
const VIRTUALIZE_ABOVE = 1000;

/**
 * Above this many rows (and phone widths), rows out of view are laid out and painted only when they come near it
 * (`content-visibility: auto`): showing 300 rows again after a filter click cost 300–400 ms of layout on a throttled
 * phone, and now costs the rows in view. Unlike virtualisation every row stays in the page, so find-in-page, printing
 * and screen readers still see them all; a full-page screenshot taken without scrolling shows the rows beyond the
 * first screen only once they have been in view (the screenshot CLI makes its window as tall as the page first).
 * Not for a virtualised table: its rows are all near the view anyway, and held back they measured as placeholders,
 * so at data-ready every row stood 64 px tall and the page changed height a frame later (10,000 positions: a second
 * layout of ~45 ms on a throttled phone after ready).
 */
const LAZY_ROWS_ABOVE = 50;

/**
 * Memoised on the (deferred) positions: the render a filter click triggers at once skips the table, which follows in
 * the deferred render — the click's own frame only repaints the checkbox.
 */
const TableView = memo(function TableView({ positions, group }: { positions: Position[]; group: boolean }) {
  const index = useData();
  const i18n = useI18n();
  const { m } = i18n;
  const columns = useMemo(() => makeColumns(i18n), [i18n]);
  const cells = useMemo(() => makeCells(i18n), [i18n]);
  const collator = useMemo(
    () => new Intl.Collator(i18n.fmt.locale, { numeric: true, sensitivity: 'base' }),
    [i18n.fmt.locale],
  );
  // The table holds every position of the dataset, not only the matching ones, so it sorts once per sort order and
  // a filter change only picks rows out of its row model (rowsOf).
  const data = useMemo(() => tableRows(index), [index]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r) => r.position.id,
    getRowCanExpand: () => true,
    initialState: { sorting: [{ id: 'date', desc: false }] },
    enableMultiSort: false,
    enableSortingRemoval: false,
    // A language switch rebuilds the rows: an open row stays open all the same.
    autoResetExpanded: false,
    meta: { collator },
  });
  const sorted = table.getRowModel().rows;
  const shown = useMemo(() => rowsOf(sorted, positions, (row) => row.original.position), [sorted, positions]);
  const groups = useMemo(
    () =>
      group
        ? groupByIssue(shown, (row) => row.original.position.issue, index.dataset.issues)
        : [{ key: '', title: '', rows: shown }],
    [group, shown, index],
  );
  // TanStack keeps the leaf columns while the columns stand: the ids, and the rows memoised on them, follow.
  const leaves = table.getAllLeafColumns();
  const ids = useMemo(() => leaves.map((column) => column.id).filter(isColumnId), [leaves]);
  const tracks = useMemo(
    () =>
      gridTracks(
        ids,
        i18n,
        index.dataset.parties.map((p) => p.shortName),
      ),
    [ids, i18n, index],
  );

  return (
    <div className="table-view">
      <TableTools
        shown={positions.length}
        total={data.length}
        sort={table.state.sorting[0]}
        onSort={(sort) => table.setSorting([sort])}
      />
      {positions.length === 0 ? (
        <EmptyState />
      ) : (
        <div className="scroll-x" role="region" aria-label={m.table.region} tabIndex={0}>
          <table
            role="table"
            className={
              shown.length > LAZY_ROWS_ABOVE && shown.length <= VIRTUALIZE_ABOVE ? 'positions is-long' : 'positions'
            }
            style={{ ['--tracks' as string]: tracks }}
          >
            <caption className="visually-hidden">{m.table.caption(positions.length)}</caption>
            <TableHead table={table} />
            {shown.length > VIRTUALIZE_ABOVE ? (
              <VirtualRows groups={groups} grouped={group} ids={ids} cells={cells} />
            ) : (
              <WholeRows groups={groups} grouped={group} ids={ids} cells={cells} />
            )}
          </table>
        </div>
      )}
    </div>
  );
});
