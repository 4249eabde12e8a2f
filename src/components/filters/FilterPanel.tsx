import { useState } from 'react';
import { ATTRIBUTIONS, BASES, STANCES } from '../../core/vocabulary';
import { activeFilters } from '../../lib/filters';
import { useData } from '../../state/data';
import { useEffectiveFilters, useFilters } from '../../state/derived';
import { useI18n } from '../../state/i18n';
import { useDashboard } from '../../state/store';
import { ChipGroup, DropdownChecklist } from '../ui/MultiSelect';
import { categoryTitle } from '../../lib/labels';
import { DateField } from './DateField';

/** Every engine filter. On phones it folds behind a button that shows how many are set. */
export function FilterPanel({ dateRange = true, textSearch = true }: { dateRange?: boolean; textSearch?: boolean }) {
  const { dataset, categories, colors } = useData();
  const filters = useFilters();
  const setFilter = useDashboard((s) => s.setFilter);
  const clearFilters = useDashboard((s) => s.clearFilters);
  const [open, setOpen] = useState(false);
  const { m } = useI18n();
  const active = activeFilters(filters).length;
  // Until the reader chooses, the dataset's default parties are the ones shown, and so the ones ticked.
  const shownParties = useEffectiveFilters().parties;

  return (
    <section className={`filters${open ? ' is-open' : ''}`} aria-label={m.filters.region}>
      <div className="filters-bar">
        {textSearch && (
          <label className="search">
            <span className="visually-hidden">{m.filters.searchLabel}</span>
            <input
              type="search"
              placeholder={m.filters.searchPlaceholder}
              value={filters.q}
              onChange={(e) => setFilter('q', e.target.value)}
            />
          </label>
        )}
        <button type="button" className="filters-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {m.filters.toggle(active)}
        </button>
        {active > 0 && (
          <button type="button" className="link-button" onClick={clearFilters}>
            {m.filters.clearAll}
          </button>
        )}
      </div>
      <div className="filters-body">
        <ChipGroup
          legend={m.filters.parties}
          options={dataset.parties.map((p) => ({ value: p.id, label: p.shortName, color: colors.get(p.id) }))}
          selected={shownParties}
          onChange={(v) => setFilter('parties', v)}
        />
        <ChipGroup
          legend={m.filters.categories}
          options={categories.map((c) => ({ value: c, label: categoryTitle(dataset.categories, m, c) }))}
          selected={filters.categories}
          onChange={(v) => setFilter('categories', v)}
        />
        <DropdownChecklist
          legend={m.filters.issues}
          options={dataset.issues.map((i) => ({ value: i.id, label: i.title }))}
          selected={filters.issues}
          onChange={(v) => setFilter('issues', v)}
        />
        <ChipGroup
          legend={m.filters.stance}
          options={STANCES.map((s) => ({ value: s, label: m.stance[s] }))}
          selected={filters.stances}
          onChange={(v) => setFilter('stances', v)}
        />
        <ChipGroup
          legend={m.filters.attribution}
          options={ATTRIBUTIONS.map((a) => ({ value: a, label: m.attribution[a] }))}
          selected={filters.attribution}
          onChange={(v) => setFilter('attribution', v)}
        />
        <ChipGroup
          legend={m.filters.basis}
          options={BASES.map((b) => ({ value: b, label: m.basis[b] }))}
          selected={filters.basis}
          onChange={(v) => setFilter('basis', v)}
        />
        {dateRange && (
          <fieldset className="dates">
            <legend>{m.filters.statedBetween}</legend>
            <DateField value={filters.from} label={m.filters.fromDate} onChange={(d) => setFilter('from', d)} />
            <span aria-hidden="true">–</span>
            <DateField value={filters.to} label={m.filters.toDate} onChange={(d) => setFilter('to', d)} />
          </fieldset>
        )}
      </div>
    </section>
  );
}
