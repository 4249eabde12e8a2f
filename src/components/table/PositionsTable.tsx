import { useMemo, useState } from 'react';
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
            {groups.map((g) => (
              <tbody key={g.key}>
                {group && (
                  <tr className="group-row">
                    <th scope="rowgroup" colSpan={columns.length}>
                      {g.title} <span className="muted">({g.rows.length})</span>
                    </th>
                  </tr>
                )}
                {g.rows.map((row) => (
                  <FragmentRows key={row.id} row={row} span={columns.length} />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </div>
  );
}

type TableRow = ReturnType<ReturnType<typeof useTable<typeof features, PositionRow>>['getRowModel']>['rows'][number];

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
