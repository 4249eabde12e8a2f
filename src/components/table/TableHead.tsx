import { flexRender, type ReactTable } from '@tanstack/react-table';
import type { PositionRow } from '../../lib/tableRows';
import type { Features } from './columns';

/**
 * Column headers; a sortable column's header is a button that toggles its sort. The roles are the elements' own,
 * said again: above phone widths the rows are laid out as grids (styles.css), and some browsers then drop a table's
 * semantics unless its roles are explicit (TableRows.tsx likewise).
 */
export function TableHead({ table }: { table: ReactTable<Features, PositionRow> }) {
  return (
    <thead role="rowgroup">
      {table.getHeaderGroups().map((hg) => (
        <tr key={hg.id} role="row">
          {hg.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const label = flexRender(header.column.columnDef.header, header.getContext());
            return (
              <th
                key={header.id}
                scope="col"
                role="columnheader"
                className={`col-${header.column.id}`}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              >
                {header.column.getCanSort() ? (
                  <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                    {label}
                    <span aria-hidden="true" className="sort-mark">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                ) : (
                  label
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
