import { useMemo, useState } from 'react';
import { flexRender, useTable, type ExpandedState, type SortingState } from '@tanstack/react-table';
import { culpritFilter, type FilterName } from '../../lib/filters';
import { plural } from '../../lib/format';
import { useData } from '../../state/data';
import { useFilteredPositions, useFilters } from '../../state/derived';
import { useDashboard } from '../../state/store';
import { PositionDetails } from '../PositionDetails';
import { columns, features, SORTABLE, type PositionRow } from './columns';

const FILTER_LABEL: Record<FilterName, string> = {
  parties: 'party',
  issues: 'issue',
  categories: 'category',
  stances: 'stance',
  attribution: 'attribution',
  from: '“from” date',
  to: '“to” date',
  q: 'search',
};

/** Every position matching the filters, sortable, each row expanding to its quote and citation. */
export function PositionsTable() {
  const index = useData();
  const positions = useFilteredPositions();
  const group = useDashboard((s) => s.url.group);
  const setGroup = useDashboard((s) => s.setGroup);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: false }]);
  const [expanded, setExpanded] = useState<ExpandedState>({});

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
          Showing <strong>{positions.length}</strong> of {plural(total, 'position')}
        </p>
        <label className="sort-select">
          Sort by{' '}
          <select
            value={sort ? `${sort.id}:${sort.desc ? 'desc' : 'asc'}` : ''}
            onChange={(e) => {
              const [id = 'date', dir] = e.target.value.split(':');
              setSorting([{ id, desc: dir === 'desc' }]);
            }}
          >
            {SORTABLE.flatMap((c) => [
              <option key={`${c.id}:asc`} value={`${c.id}:asc`}>
                {c.label} {c.id === 'date' ? '(oldest first)' : '(A–Z)'}
              </option>,
              <option key={`${c.id}:desc`} value={`${c.id}:desc`}>
                {c.label} {c.id === 'date' ? '(newest first)' : '(Z–A)'}
              </option>,
            ])}
          </select>
        </label>
        <label className="toggle">
          <input type="checkbox" checked={group} onChange={(e) => setGroup(e.target.checked)} /> Group by issue
        </label>
      </div>
      {positions.length === 0 ? (
        <EmptyState />
      ) : (
        <div className="scroll-x" role="region" aria-label="Positions table" tabIndex={0}>
          <table className="positions">
            <caption className="visually-hidden">Positions, {plural(positions.length, 'row')}; sortable by column headers</caption>
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
                  <FragmentRows key={row.id} row={row} />
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

function FragmentRows({ row }: { row: TableRow }) {
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
          <td colSpan={columns.length}>
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
  return (
    <div className="empty" role="status">
      <p>
        <strong>No positions match.</strong>{' '}
        {culprit !== null ? `The ${FILTER_LABEL[culprit]} filter leaves nothing to show with the others.` : 'The filters together leave nothing to show.'}
      </p>
      {culprit !== null && (
        <button type="button" onClick={() => clearFilter(culprit)}>
          Clear the {FILTER_LABEL[culprit]} filter
        </button>
      )}{' '}
      <button type="button" onClick={clearFilters}>
        Clear all filters
      </button>
    </div>
  );
}
