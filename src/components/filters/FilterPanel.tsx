import { useState } from 'react';
import { ATTRIBUTIONS, STANCES } from '../../data/schema';
import { activeFilters } from '../../lib/filters';
import { ATTRIBUTION_LABEL, CATEGORY_LABEL, STANCE_LABEL } from '../../lib/labels';
import { useData } from '../../state/data';
import { useFilters } from '../../state/derived';
import { useDashboard } from '../../state/store';
import { ChipGroup, DropdownChecklist } from '../ui/MultiSelect';

/** Every engine filter. On phones it folds behind a button that shows how many are set. */
export function FilterPanel({ dateRange = true, textSearch = true }: { dateRange?: boolean; textSearch?: boolean }) {
  const { dataset, categories, colors } = useData();
  const filters = useFilters();
  const setFilter = useDashboard((s) => s.setFilter);
  const clearFilters = useDashboard((s) => s.clearFilters);
  const [open, setOpen] = useState(false);
  const active = activeFilters(filters).length;

  return (
    <section className={`filters${open ? ' is-open' : ''}`} aria-label="Filters">
      <div className="filters-bar">
        {textSearch && (
          <label className="search">
            <span className="visually-hidden">Search quotes, summaries, speakers and issues</span>
            <input
              type="search"
              placeholder="Search quotes, speakers, issues…"
              value={filters.q}
              onChange={(e) => setFilter('q', e.target.value)}
            />
          </label>
        )}
        <button type="button" className="filters-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          Filters{active > 0 ? ` (${active})` : ''}
        </button>
        {active > 0 && (
          <button type="button" className="link-button" onClick={clearFilters}>
            Clear all filters
          </button>
        )}
      </div>
      <div className="filters-body">
        <ChipGroup
          legend="Parties"
          options={dataset.parties.map((p) => ({ value: p.id, label: p.shortName, color: colors.get(p.id) }))}
          selected={filters.parties}
          onChange={(v) => setFilter('parties', v)}
        />
        <ChipGroup
          legend="Categories"
          options={categories.map((c) => ({ value: c, label: CATEGORY_LABEL(c) }))}
          selected={filters.categories}
          onChange={(v) => setFilter('categories', v)}
        />
        <DropdownChecklist
          legend="Issues"
          options={dataset.issues.map((i) => ({ value: i.id, label: i.title }))}
          selected={filters.issues}
          onChange={(v) => setFilter('issues', v)}
        />
        <ChipGroup
          legend="Stance"
          options={STANCES.map((s) => ({ value: s, label: STANCE_LABEL[s] }))}
          selected={filters.stances}
          onChange={(v) => setFilter('stances', v)}
        />
        <ChipGroup
          legend="Attribution"
          options={ATTRIBUTIONS.map((a) => ({ value: a, label: ATTRIBUTION_LABEL[a] }))}
          selected={filters.attribution}
          onChange={(v) => setFilter('attribution', v)}
        />
        {dateRange && (
          <fieldset className="dates">
            <legend>Stated between</legend>
            <label>
              <span className="visually-hidden">From</span>
              <input type="date" value={filters.from ?? ''} onChange={(e) => setFilter('from', e.target.value === '' ? null : e.target.value)} aria-label="From date" />
            </label>
            <span aria-hidden="true">–</span>
            <label>
              <span className="visually-hidden">To</span>
              <input type="date" value={filters.to ?? ''} onChange={(e) => setFilter('to', e.target.value === '' ? null : e.target.value)} aria-label="To date" />
            </label>
          </fieldset>
        )}
      </div>
    </section>
  );
}
