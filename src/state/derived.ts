import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Position } from '../data/schema';
import { resolveAsOf } from '../lib/asOf';
import { latestDate } from '../lib/datasetIndex';
import { filterPositions, type FilterName, type Filters } from '../lib/filters';
import { useData } from './data';
import { useDashboard } from './store';

export function useFilters(): Filters {
  return useDashboard(
    useShallow((s) => ({
      parties: s.url.parties,
      issues: s.url.issues,
      categories: s.url.categories,
      stances: s.url.stances,
      attribution: s.url.attribution,
      from: s.url.from,
      to: s.url.to,
      q: s.url.q,
    })),
  );
}

/** The as-of date in force: the one chosen, else the latest date in the dataset. */
export function useAsOf(): string {
  const { dataset } = useData();
  const chosen = useDashboard((s) => s.url.asOf);
  const latest = useMemo(() => latestDate(dataset.positions) ?? dataset.meta.updated, [dataset]);
  return chosen ?? latest;
}

export function useFilteredPositions(): Position[] {
  const index = useData();
  const filters = useFilters();
  return useMemo(() => filterPositions(index.dataset.positions, filters, index), [index, filters]);
}

/** Filters that shape the comparison grid: who and what is compared, and which evidence counts. */
export const GRID_FILTERS: ReadonlySet<FilterName> = new Set(['parties', 'issues', 'categories', 'attribution']);

export function useGrid() {
  const index = useData();
  const filters = useFilters();
  const asOf = useAsOf();
  return useMemo(() => {
    const { dataset } = index;
    const evidence = filterPositions(dataset.positions, filters, index, GRID_FILTERS);
    const parties = dataset.parties.filter((p) => filters.parties.length === 0 || filters.parties.includes(p.id));
    const issues = dataset.issues.filter(
      (i) =>
        (filters.issues.length === 0 || filters.issues.includes(i.id)) &&
        (filters.categories.length === 0 || filters.categories.includes(i.category)),
    );
    return { parties, issues, current: resolveAsOf(evidence, asOf), evidence, asOf };
  }, [index, filters, asOf]);
}
