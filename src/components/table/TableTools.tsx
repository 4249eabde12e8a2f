import type { ColumnSort } from '@tanstack/react-table';
import { isSortColumn, SORT_COLUMNS } from '../../lib/sortRows';
import { useI18n } from '../../state/i18n';
import { useDashboard } from '../../state/store';

/** Above the table: how many positions it shows, the sort menu (the headers' sort as a select) and grouping. */
export function TableTools({
  shown,
  total,
  sort,
  onSort,
}: {
  shown: number;
  total: number;
  sort: ColumnSort | undefined;
  onSort: (sort: ColumnSort) => void;
}) {
  const { m } = useI18n();
  const group = useDashboard((s) => s.url.group);
  const setGroup = useDashboard((s) => s.setGroup);
  const id = sort !== undefined && isSortColumn(sort.id) ? sort.id : 'date';
  return (
    <div className="table-tools">
      {/* Shown, not spoken: the page's live region (LiveRegion) already announces the count after a change, and a
          second polite region would read the same change out twice. */}
      <p className="count" role="status" aria-live="off">
        {m.table.showing(shown, total)}
      </p>
      <label className="sort-select">
        {m.table.sortBy}{' '}
        <select
          value={`${id}:${sort?.desc === true ? 'desc' : 'asc'}`}
          onChange={(e) => {
            const [column = 'date', dir] = e.target.value.split(':');
            onSort({ id: column, desc: dir === 'desc' });
          }}
        >
          {SORT_COLUMNS.flatMap((column) => [
            <option key={`${column}:asc`} value={`${column}:asc`}>
              {m.table.columns[column]} {column === 'date' ? m.table.oldest : m.table.az}
            </option>,
            <option key={`${column}:desc`} value={`${column}:desc`}>
              {m.table.columns[column]} {column === 'date' ? m.table.newest : m.table.za}
            </option>,
          ])}
        </select>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={group} onChange={(e) => setGroup(e.target.checked)} /> {m.table.group}
      </label>
    </div>
  );
}
