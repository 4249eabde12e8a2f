import type { Attribution, Basis, Dataset, Position, Stance } from '../data/schema';
import type { DatasetIndex } from './datasetIndex';
import { MAX_PARTIES_ALL_PAIRS } from './pairs';

/** Empty lists mean "no restriction". Dates are inclusive YYYY-MM-DD or null. */
export interface Filters {
  parties: string[];
  issues: string[];
  categories: string[];
  stances: Stance[];
  attribution: Attribution[];
  /** `stated` leaves out positions the curators inferred. */
  basis: Basis[];
  from: string | null;
  to: string | null;
  q: string;
}

export const EMPTY_FILTERS: Filters = {
  parties: [],
  issues: [],
  categories: [],
  stances: [],
  attribution: [],
  basis: [],
  from: null,
  to: null,
  q: '',
};

export type FilterName = keyof Filters;

/** Every filter's name, in the order a reader sees them. */
export const FILTER_NAMES = Object.keys(EMPTY_FILTERS) as FilterName[];

/**
 * The parties shown when the reader has not chosen: the dataset's `meta.defaultParties` (a curator's choice, so no
 * party is named in code), else every party up to MAX_PARTIES_ALL_PAIRS, else the first that many (the page says
 * so: a dataset of 43 governments would otherwise open on 903 pairs). An empty `parties` filter means this selection;
 * an empty result, every party.
 */
export function defaultParties(dataset: Dataset): string[] {
  const known = new Set(dataset.parties.map((p) => p.id));
  const chosen = (dataset.meta.defaultParties ?? []).filter((id) => known.has(id));
  if (chosen.length > 0) return chosen;
  return dataset.parties.length > MAX_PARTIES_ALL_PAIRS
    ? dataset.parties.slice(0, MAX_PARTIES_ALL_PAIRS).map((p) => p.id)
    : [];
}

/** The default selection is the first parties of a dataset with too many to show at once (and no curator's choice). */
export const defaultIsCut = (dataset: Dataset): boolean =>
  (dataset.meta.defaultParties ?? []).length === 0 && dataset.parties.length > MAX_PARTIES_ALL_PAIRS;

/** The filters as the views apply them: an empty party filter stands for the default selection. */
export function withDefaultParties(filters: Filters, dataset: Dataset): Filters {
  if (filters.parties.length > 0) return filters;
  const parties = defaultParties(dataset);
  return parties.length === 0 ? filters : { ...filters, parties };
}

const allows = <T>(list: readonly T[], value: T) => list.length === 0 || list.includes(value);

/** Lower-cases and strips accents and typographic variants so "Zelenskyy" finds "Zelenskyy’s". */
function normalizeText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase();
}

function searchable(p: Position, index: DatasetIndex): string {
  const actor = p.actor === null ? undefined : index.actors.get(p.actor);
  const issue = index.issues.get(p.issue);
  return normalizeText([p.summary, p.quote ?? '', actor?.name ?? '', issue?.title ?? ''].join('\n'));
}

function predicate(filters: Filters, index: DatasetIndex, names: ReadonlySet<FilterName>) {
  const terms = names.has('q') ? normalizeText(filters.q).split(/\s+/).filter(Boolean) : [];
  const text = new Map<string, string>();
  return (p: Position): boolean => {
    if (names.has('parties') && !allows(filters.parties, p.party)) return false;
    if (names.has('issues') && !allows(filters.issues, p.issue)) return false;
    if (names.has('categories') && !allows(filters.categories, index.issues.get(p.issue)?.category ?? '')) return false;
    if (names.has('stances') && !allows(filters.stances, p.stance)) return false;
    if (names.has('attribution') && !allows(filters.attribution, p.attribution)) return false;
    if (names.has('basis') && !allows(filters.basis, p.basis ?? 'stated')) return false;
    if (names.has('from') && filters.from !== null && p.date < filters.from) return false;
    if (names.has('to') && filters.to !== null && p.date > filters.to) return false;
    if (terms.length > 0) {
      let hay = text.get(p.id);
      if (hay === undefined) text.set(p.id, (hay = searchable(p, index)));
      const h = hay;
      if (!terms.every((t) => h.includes(t))) return false;
    }
    return true;
  };
}

const ALL: ReadonlySet<FilterName> = new Set(FILTER_NAMES);

/** Positions matching every active filter (all terms of `q` must match: AND). */
export function filterPositions(
  positions: readonly Position[],
  filters: Filters,
  index: DatasetIndex,
  only: ReadonlySet<FilterName> = ALL,
): Position[] {
  return positions.filter(predicate(filters, index, only));
}

/** Names of the filters that are set, in the order a reader sees them. */
export function activeFilters(filters: Filters): FilterName[] {
  return FILTER_NAMES.filter((name) => {
    const v = filters[name];
    return Array.isArray(v) ? v.length > 0 : v !== null && v !== '';
  });
}

/**
 * Which single filter, if cleared alone, would bring back results: the answer to "which filter
 * emptied it". Returns the first such filter, or null if no single one is responsible.
 */
export function culpritFilter(
  positions: readonly Position[],
  filters: Filters,
  index: DatasetIndex,
): FilterName | null {
  for (const name of activeFilters(filters)) {
    const relaxed: Filters = { ...filters, [name]: EMPTY_FILTERS[name] };
    if (filterPositions(positions, relaxed, index).length > 0) return name;
  }
  return null;
}
