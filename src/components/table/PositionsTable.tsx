import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { flexRender, useTable, type ExpandedState, type SortingState, type Updater } from '@tanstack/react-table';
import type { Position } from '../../data/schema';
import { culpritFilter } from '../../lib/filters';
import { useI18n } from '../../state/i18n';
import { useData } from '../../state/data';
import { useFilteredPositions, useFilters } from '../../state/derived';
import { useDashboard } from '../../state/store';
import { PositionDetails } from '../PositionDetails';
import { features, makeColumns, SORTABLE, type PositionRow } from './columns';
import { isSortColumn, sortRows } from './sortRows';

/** Every position matching the filters, sortable, each row expanding to its quote and citation. */
export function PositionsTable() {
  const positions = useFilteredPositions();
  const group = useDashboard((s) => s.url.group);
  return <TableView positions={positions} group={group} />;
}

/**
 * Memoised on the (deferred) positions: the render a filter click triggers at once skips the table, which follows in
 * the deferred render — the click's own frame only repaints the checkbox.
 */
const TableView = memo(function TableView({ positions, group }: { positions: Position[]; group: boolean }) {
  const index = useData();
  const setGroup = useDashboard((s) => s.setGroup);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: false }]);
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const i18n = useI18n();
  const { m } = i18n;
  const columns = useMemo(() => makeColumns(i18n), [i18n]);
  const collator = useMemo(
    () => new Intl.Collator(i18n.fmt.locale, { numeric: true, sensitivity: 'base' }),
    [i18n.fmt.locale],
  );

  // Every position is a row, sorted once per sort order; a filter change then only picks rows out of the sorted
  // list (re-sorting 10,000 rows on every click cost most of a filter's latency on a phone).
  const rows = useMemo<PositionRow[]>(
    () =>
      index.dataset.positions.map((position) => {
        const party = index.parties.get(position.party);
        return {
          position,
          party: party?.shortName ?? position.party,
          partyColor: index.colors.get(position.party) ?? '#777777',
          actor: position.actor === null ? '—' : (index.actors.get(position.actor)?.name ?? position.actor),
          issue: index.issues.get(position.issue)?.title ?? position.issue,
          source: index.sources.get(position.source)?.outlet ?? position.source,
        };
      }),
    [index],
  );
  const sort = sorting[0];
  const sortId = sort !== undefined && isSortColumn(sort.id) ? sort.id : 'date';
  const desc = sort?.desc ?? false;
  const sorted = useMemo(() => sortRows(rows, sortId, desc, collator), [rows, sortId, desc, collator]);
  const shown = useMemo(() => {
    if (positions.length === rows.length) return sorted;
    const matching = new Set(positions);
    return sorted.filter((r) => matching.has(r.position));
  }, [sorted, positions, rows]);
  // Grouping keeps the chosen sort inside each issue, issues in dataset order.
  const groups = useMemo(() => {
    if (!group) return [{ key: '', title: '', rows: shown }];
    const byIssue = new Map<string, PositionRow[]>();
    for (const r of shown) {
      const list = byIssue.get(r.position.issue);
      if (list === undefined) byIssue.set(r.position.issue, [r]);
      else list.push(r);
    }
    return index.dataset.issues.flatMap((issue) => {
      const rowsOf = byIssue.get(issue.id);
      return rowsOf === undefined ? [] : [{ key: issue.id, title: issue.title, rows: rowsOf }];
    });
  }, [group, shown, index]);
  const virtual = shown.length > VIRTUALIZE_ABOVE;

  // The header's table; a small table also draws its rows from it, a large one draws only the rows in view.
  const table = useRowTable(columns, virtual ? NO_ROWS : shown, { sorting, expanded }, setSorting, setExpanded);
  const total = index.dataset.positions.length;

  return (
    <div className="table-view">
      <div className="table-tools">
        {/* Shown, not spoken: the page's live region (LiveRegion) already announces the count after a change, and a
            second polite region would read the same change out twice. */}
        <p className="count" role="status" aria-live="off">
          {m.table.showing(positions.length, total)}
        </p>
        <label className="sort-select">
          {m.table.sortBy}{' '}
          <select
            value={`${sortId}:${desc ? 'desc' : 'asc'}`}
            onChange={(e) => {
              const [id = 'date', dir] = e.target.value.split(':');
              setSorting([{ id, desc: dir === 'desc' }]);
            }}
          >
            {SORTABLE.flatMap((id) => [
              <option key={`${id}:asc`} value={`${id}:asc`}>
                {m.table.columns[id]} {id === 'date' ? m.table.oldest : m.table.az}
              </option>,
              <option key={`${id}:desc`} value={`${id}:desc`}>
                {m.table.columns[id]} {id === 'date' ? m.table.newest : m.table.za}
              </option>,
            ])}
          </select>
        </label>
        <label className="toggle">
          <input type="checkbox" checked={group} onChange={(e) => setGroup(e.target.checked)} /> {m.table.group}
        </label>
      </div>
      {positions.length === 0 ? (
        <EmptyState />
      ) : (
        <div className="scroll-x" role="region" aria-label={m.table.region} tabIndex={0}>
          <table className="positions">
            <caption className="visually-hidden">{m.table.caption(positions.length)}</caption>
            <thead>
              {table.getHeaderGroups().map((hg) => (
                <tr key={hg.id}>
                  {hg.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={`col-${header.column.id}`}
                        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      >
                        {header.column.getCanSort() ? (
                          <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                            {flexRender(header.column.columnDef.header, header.getContext())}
                            <span aria-hidden="true" className="sort-mark">
                              {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                            </span>
                          </button>
                        ) : (
                          flexRender(header.column.columnDef.header, header.getContext())
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            {virtual ? (
              <VirtualRows
                groups={groups}
                grouped={group}
                columns={columns}
                sorting={sorting}
                expanded={expanded}
                setExpanded={setExpanded}
              />
            ) : (
              <WholeRows groups={groups} grouped={group} table={table} span={columns.length} />
            )}
          </table>
        </div>
      )}
    </div>
  );
});

const NO_ROWS: PositionRow[] = [];
type Columns = ReturnType<typeof makeColumns>;
type Group = { key: string; title: string; rows: PositionRow[] };

/** A TanStack table over `data` with the dashboard's features; sorting is done beforehand (sortRows). */
function useRowTable(
  columns: Columns,
  data: PositionRow[],
  state: { sorting: SortingState; expanded: ExpandedState },
  onSortingChange: (updater: Updater<SortingState>) => void,
  onExpandedChange: (updater: Updater<ExpandedState>) => void,
) {
  return useTable({
    features,
    columns,
    data,
    getRowId: (r) => r.position.id,
    getRowCanExpand: () => true,
    enableSortingRemoval: false,
    manualSorting: true,
    // The rows handed in change with every scroll (only those in view): an open row stays open all the same.
    autoResetExpanded: false,
    state,
    onSortingChange,
    onExpandedChange,
  });
}

/** Every row in the DOM: small tables stay whole, so find-in-page and printing see every row. */
function WholeRows({
  groups,
  grouped,
  table,
  span,
}: {
  groups: Group[];
  grouped: boolean;
  table: ReturnType<typeof useRowTable>;
  span: number;
}) {
  const byId = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  return groups.map((g) => (
    <tbody key={g.key}>
      {grouped && <GroupRow title={g.title} count={g.rows.length} span={span} />}
      {g.rows.map((r) => {
        const row = byId.get(r.position.id);
        return row === undefined ? null : <FragmentRows key={row.id} row={row} span={span} />;
      })}
    </tbody>
  ));
}

type TableRow = ReturnType<ReturnType<typeof useRowTable>['getRowModel']>['rows'][number];

/**
 * Above this many rows only the rows near the viewport are in the DOM (a dataset of thousands
 * would otherwise cost seconds on a phone). Smaller tables stay whole, so find-in-page and
 * printing see every row.
 */
const VIRTUALIZE_ABOVE = 1000;

function GroupRow({ title, count, span }: { title: string; count: number; span: number }) {
  return (
    <tr className="group-row">
      <th scope="rowgroup" colSpan={span}>
        {title} <span className="muted">({count})</span>
      </th>
    </tr>
  );
}

type Item =
  { kind: 'group'; key: string; title: string; count: number } | { kind: 'row'; key: string; row: PositionRow };

/** Rows rendered as the page scrolls: each item is its own <tbody>, so an expanded row is measured with its details. */
function VirtualRows({
  groups,
  grouped,
  columns,
  sorting,
  expanded,
  setExpanded,
}: {
  groups: Group[];
  grouped: boolean;
  columns: Columns;
  sorting: SortingState;
  expanded: ExpandedState;
  setExpanded: (updater: Updater<ExpandedState>) => void;
}) {
  const items = useMemo<Item[]>(
    () =>
      groups.flatMap((g) => [
        ...(grouped ? [{ kind: 'group' as const, key: `group-${g.key}`, title: g.title, count: g.rows.length }] : []),
        ...g.rows.map((row) => ({ kind: 'row' as const, key: row.position.id, row })),
      ]),
    [groups, grouped],
  );
  const anchor = useRef<HTMLTableSectionElement>(null);
  const [margin, setMargin] = useState(0);
  // Where the rows start on the page; it moves when anything above them changes height.
  useLayoutEffect(() => {
    const measure = () => {
      const el = anchor.current;
      if (el) setMargin(el.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  // Stable between renders: the virtualizer recomputes every item's offset (O(rows)) whenever this changes.
  const getItemKey = useCallback((i: number) => items[i]?.key ?? i, [items]);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 52,
    overscan: 12,
    scrollMargin: margin,
    getItemKey,
  });
  const visible = virtualizer.getVirtualItems();
  const inView = visible.flatMap((v) => {
    const item = items[v.index];
    return item?.kind === 'row' ? [item.row] : [];
  });
  // TanStack row objects only for the rows in view: a few dozen, whatever the dataset's size.
  const table = useRowTable(columns, inView, { sorting, expanded }, NO_OP, setExpanded);
  const byId = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  const span = columns.length;
  const before = (visible[0]?.start ?? margin) - margin;
  const after = virtualizer.getTotalSize() - ((visible.at(-1)?.end ?? margin) - margin);
  return (
    <>
      <tbody ref={anchor} aria-hidden="true">
        <tr className="spacer" style={{ height: Math.max(0, before) }} />
      </tbody>
      {visible.map((v) => {
        const item = items[v.index];
        if (!item) return null;
        const row = item.kind === 'row' ? byId.get(item.key) : undefined;
        return (
          <tbody key={item.key} data-index={v.index} ref={virtualizer.measureElement}>
            {item.kind === 'group' ? (
              <GroupRow title={item.title} count={item.count} span={span} />
            ) : row === undefined ? null : (
              <FragmentRows row={row} span={span} />
            )}
          </tbody>
        );
      })}
      <tbody aria-hidden="true">
        <tr className="spacer" style={{ height: Math.max(0, after) }} />
      </tbody>
    </>
  );
}

const NO_OP = () => undefined;

function FragmentRows({ row, span }: { row: TableRow; span: number }) {
  return (
    <>
      <tr className={row.getIsExpanded() ? 'is-expanded' : undefined}>
        {row.getAllCells().map((cell) => (
          <td key={cell.id} className={`col-${cell.column.id}`}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        ))}
      </tr>
      {row.getIsExpanded() && (
        <tr className="detail-row">
          <td colSpan={span}>
            <PositionDetails position={row.original.position} />
          </td>
        </tr>
      )}
    </>
  );
}

function EmptyState() {
  const index = useData();
  const filters = useFilters();
  const clearFilter = useDashboard((s) => s.clearFilter);
  const clearFilters = useDashboard((s) => s.clearFilters);
  const culprit = culpritFilter(index.dataset.positions, filters, index);
  const { m } = useI18n();
  return (
    <div className="empty" role="status">
      <p>
        <strong>{m.table.noMatch}</strong>{' '}
        {culprit !== null ? m.table.culprit(m.filters.names[culprit]) : m.table.together}
      </p>
      {culprit !== null && (
        <button type="button" onClick={() => clearFilter(culprit)}>
          {m.table.clearOne(m.filters.names[culprit])}
        </button>
      )}{' '}
      <button type="button" onClick={clearFilters}>
        {m.filters.clearAll}
      </button>
    </div>
  );
}

export default PositionsTable;
