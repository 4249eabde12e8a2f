import { culpritFilter } from '../../lib/filters';
import { useData } from '../../state/data';
import { useFilters } from '../../state/derived';
import { useI18n } from '../../state/i18n';
import { useDashboard } from '../../state/store';

/** No position matches: which filter emptied the table (when one alone did), with a way to clear it. */
export function EmptyState() {
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
