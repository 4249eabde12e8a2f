import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { flexRender, useTable, type ExpandedState, type SortingState } from '@tanstack/react-table';
import { culpritFilter } from '../../lib/filters';
import { useI18n } from '../../state/i18n';
import { useData } from '../../state/data';
import { useFilteredPositions, useFilters } from '../../state/derived';
import { useDashboard } from '../../state/store';
import { PositionDetails } from '../PositionDetails';
import { features, makeColumns, SORTABLE, type PositionRow } from './columns';

/** Every position matching the filters, sortable, each row expanding to its quote and citation. */
export function PositionsTable() {
  const index = useData();
  const positions = useFilteredPositions();
  const group = useDashboard((s) => s.url.group);
  const setGroup = useDashboard((s) => s.setGroup);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: false }]);
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const i18n = useI18n();
  const { m } = i18n;
  const columns = useMemo(() => makeColumns(i18n), [i18n]);

  const rows = useMemo<PositionRow[]>(
    () =>
      positions.map((position) => {
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
    [positions, index],
  );

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.position.id,
    getRowCanExpand: () => true,
    enableSortingRemoval: false,
    state: { sorting, expanded },
    onSortingChange: setSorting,
    onExpandedChange: setExpanded,
  });

  const total = index.dataset.positions.length;
  const tableRows = table.getRowModel().rows;
  // Grouping keeps the chosen sort inside each issue, issues in dataset order.
  const groups = useMemo(() => {
    if (!group) return [{ key: '', title: '', rows: tableRows }];
    return index.dataset.issues
      .map((issue) => ({ key: issue.id, title: issue.title, rows: tableRows.filter((r) => r.original.position.issue === issue.id) }))
      .filter((g) => g.rows.length > 0);
  }, [group, tableRows, index]);
  const sort = sorting[0];

  return (
    <div className="table-view">
      <div className="table-tools">
        <p className="count" role="status">
          {m.table.showing(positions.length, total)}
        </p>
        <label className="sort-select">
          {m.table.sortBy}{' '}
          <select
            value={sort ? `${sort.id}:${sort.desc ? 'desc' : 'asc'}` : ''}
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
            {tableRows.length > VIRTUALIZE_ABOVE ? (
              <VirtualRows groups={groups} grouped={group} span={columns.length} />
            ) : (
              groups.map((g) => (
                <tbody key={g.key}>
                  {group && <GroupRow title={g.title} count={g.rows.length} span={columns.length} />}
                  {g.rows.map((row) => (
                    <FragmentRows key={row.id} row={row} span={columns.length} />
                  ))}
                </tbody>
              ))
            )}
          </table>
        </div>
      )}
    </div>
  );
}

type TableRow = ReturnType<ReturnType<typeof useTable<typeof features, PositionRow>>['getRowModel']>['rows'][number];

/**
 * Above this many rows only the rows near the viewport are in the DOM (a dataset of thousands
 * would otherwise cost seconds on a phone). Smaller tables stay whole, so find-in-page and
 * printing see every row.
 */
const VIRTUALIZE_ABOVE = 300;

function GroupRow({ title, count, span }: { title: string; count: number; span: number }) {
  return (
    <tr className="group-row">
      <th scope="rowgroup" colSpan={span}>
        {title} <span className="muted">({count})</span>
      </th>
    </tr>
  );
}

type Item = { kind: 'group'; key: string; title: string; count: number } | { kind: 'row'; key: string; row: TableRow };

/** Rows rendered as the page scrolls: each item is its own <tbody>, so an expanded row is measured with its details. */
function VirtualRows({ groups, grouped, span }: { groups: { key: string; title: string; rows: TableRow[] }[]; grouped: boolean; span: number }) {
  const items = useMemo<Item[]>(
    () =>
      groups.flatMap((g) => [
        ...(grouped ? [{ kind: 'group' as const, key: `group-${g.key}`, title: g.title, count: g.rows.length }] : []),
        ...g.rows.map((row) => ({ kind: 'row' as const, key: row.id, row })),
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
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 52,
    overscan: 12,
    scrollMargin: margin,
    getItemKey: (i) => items[i]?.key ?? i,
  });
  const visible = virtualizer.getVirtualItems();
  const before = (visible[0]?.start ?? margin) - margin;
  const after = virtualizer.getTotalSize() - ((visible.at(-1)?.end ?? margin) - margin);
  return (
    <>
      <tbody ref={anchor} aria-hidden="true">
        <tr style={{ height: Math.max(0, before) }} />
      </tbody>
      {visible.map((v) => {
        const item = items[v.index];
        if (!item) return null;
        return (
          <tbody key={item.key} data-index={v.index} ref={virtualizer.measureElement}>
            {item.kind === 'group' ? <GroupRow title={item.title} count={item.count} span={span} /> : <FragmentRows row={item.row} span={span} />}
          </tbody>
        );
      })}
      <tbody aria-hidden="true">
        <tr style={{ height: Math.max(0, after) }} />
      </tbody>
    </>
  );
}

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
        <strong>{m.table.noMatch}</strong> {culprit !== null ? m.table.culprit(m.filters.names[culprit]) : m.table.together}
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
