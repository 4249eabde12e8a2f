import { useDeferredValue, useMemo } from 'react';
import type { Party, Position } from '../data/schema';
import { latestDate, type DatasetIndex } from '../lib/datasetIndex';
import { FILTER_NAMES, filterPositions, withDefaultParties, type Filters } from '../lib/filters';
import { chosenParties, gridModel, type GridModel } from '../lib/gridModel';
import { pairPlan, type PairPlan } from '../lib/pairs';
import { staleAfterDays } from '../lib/stale';
import { useData } from './data';
import { useDashboard, useDashboardStore, type DashboardStore } from './store';

const sameFilters = (a: Filters, b: Filters) => FILTER_NAMES.every((name) => a[name] === b[name]);
/** Each store's filters as last handed out (a page or a test may hold several stores). */
const lastFilters = new WeakMap<DashboardStore, Filters>();

/**
 * The filters of `store`'s address state `url`, as the same object while none of them changes: each subscriber's
 * selector then returns what it returned before, where a shallow comparison built and compared two Maps per
 * subscriber at every change of the state (each click and each as-of step).
 */
function filtersOf(store: DashboardStore, url: Filters): Filters {
  const last = lastFilters.get(store);
  if (last !== undefined && sameFilters(url, last)) return last;
  const filters: Filters = {
    parties: url.parties,
    issues: url.issues,
    categories: url.categories,
    stances: url.stances,
    attribution: url.attribution,
    basis: url.basis,
    from: url.from,
    to: url.to,
    q: url.q,
  };
  lastFilters.set(store, filters);
  return filters;
}

export function useFilters(): Filters {
  const store = useDashboardStore();
  return useDashboard((s) => filtersOf(store, s.url));
}

/** The as-of date in force: the one chosen, else the latest date in the dataset. */
export function useAsOf(): string {
  const { dataset } = useData();
  const chosen = useDashboard((s) => s.url.asOf);
  const latest = useMemo(() => latestDate(dataset.positions) ?? dataset.meta.updated, [dataset]);
  return chosen ?? latest;
}

/**
 * The last filtering of each dataset, shared by every component that asks (the table, the live region, the export):
 * each holds its own `filters` object, so per-component memos alone would filter 10,000 positions once per reader.
 */
const lastFiltered = new WeakMap<DatasetIndex, { filters: Filters; positions: Position[] }>();

function filteredPositions(index: DatasetIndex, filters: Filters): Position[] {
  const last = lastFiltered.get(index);
  if (last !== undefined && sameFilters(last.filters, filters)) return last.positions;
  const positions = filterPositions(index.dataset.positions, filters, index);
  lastFiltered.set(index, { filters, positions });
  return positions;
}

/**
 * Views derive from the filters and date a beat behind the controls: a click repaints its checkbox (or the slider)
 * at once, and the views follow in a transition React can interrupt, so input stays fast at 10,000 positions.
 */
const useViewFilters = (): Filters => useDeferredValue(useEffectiveFilters());

/** The filters in force: the reader's, with the dataset's default parties where the reader chose none. */
export function useEffectiveFilters(): Filters {
  const { dataset } = useData();
  const filters = useFilters();
  return useMemo(() => withDefaultParties(filters, dataset), [filters, dataset]);
}

/**
 * The staleness window, and whether "current positions only" (fresh=1) is on: then stale positions count as no
 * stated position in every view, export and summary.
 */
export function useStaleness(): { days: number; fresh: boolean } {
  const { dataset } = useData();
  const fresh = useDashboard((s) => s.url.fresh);
  const days = staleAfterDays(dataset.meta);
  return useMemo(() => ({ days, fresh }), [days, fresh]);
}

export function useFilteredPositions(): Position[] {
  const index = useData();
  const filters = useViewFilters();
  return useMemo(() => filteredPositions(index, filters), [index, filters]);
}

export function useGrid(): GridModel {
  const index = useData();
  const filters = useViewFilters();
  const asOf = useDeferredValue(useAsOf());
  const staleness = useDeferredValue(useStaleness());
  const focus = useDeferredValue(useDashboard((s) => s.url.focus));
  return useMemo(() => gridModel(index, filters, asOf, staleness, focus), [index, filters, asOf, staleness, focus]);
}

/**
 * The parties the views compare and the pairs they draw, as useGrid has them, without building the grid's positions:
 * for what is said above the view (PartyScope), which a second useGrid would compute again on every filter click.
 */
export function usePairPlan(): PairPlan & { parties: Party[] } {
  const { dataset } = useData();
  const filters = useViewFilters();
  const focus = useDeferredValue(useDashboard((s) => s.url.focus));
  return useMemo(() => {
    const parties = chosenParties(dataset, filters);
    return {
      parties,
      ...pairPlan(
        parties.map((p) => p.id),
        focus,
      ),
    };
  }, [dataset, filters, focus]);
}
