import type { Dataset, Issue, Party, Position } from '../data/schema';
import { resolveAsOf } from './asOf';
import type { DatasetIndex } from './datasetIndex';
import { filterPositions, type FilterName, type Filters } from './filters';
import { pairPlan, type PairPlan } from './pairs';
import { withoutStale } from './stale';

/** Filters that shape the comparison grid: who and what is compared, and which evidence counts. */
const GRID_FILTERS: ReadonlySet<FilterName> = new Set(['parties', 'issues', 'categories', 'attribution', 'basis']);

export interface GridModel extends PairPlan {
  parties: Party[];
  issues: Issue[];
  /** The position in force for each party and issue (keyed by stanceKey), as of `asOf`. */
  current: Map<string, Position>;
  /** Every position the filters let count as evidence, whatever its date. */
  evidence: Position[];
  asOf: string;
  staleness: { days: number; fresh: boolean };
}

/** The parties the filters leave, in dataset order: the ones every comparing view draws. */
export const chosenParties = (dataset: Dataset, filters: Filters): Party[] =>
  dataset.parties.filter((p) => filters.parties.length === 0 || filters.parties.includes(p.id));

/**
 * What every comparing view (and its exports) shows: the parties and issues the filters leave, and the position in
 * force for each pair of them as of the date. One function, so a picture or a file can never disagree with the page.
 */
export function gridModel(
  index: DatasetIndex,
  filters: Filters,
  asOf: string,
  staleness: { days: number; fresh: boolean },
  /** The party whose pairs are drawn when there are too many parties for every pair (`focus=`). */
  focus: string | null = null,
): GridModel {
  const { dataset } = index;
  const evidence = filterPositions(dataset.positions, filters, index, GRID_FILTERS);
  const parties = chosenParties(dataset, filters);
  const issues = dataset.issues.filter(
    (i) =>
      (filters.issues.length === 0 || filters.issues.includes(i.id)) &&
      (filters.categories.length === 0 || filters.categories.includes(i.category)),
  );
  const standing = resolveAsOf(evidence, asOf);
  const current = staleness.fresh ? withoutStale(standing, asOf, staleness.days) : standing;
  const plan = pairPlan(
    parties.map((p) => p.id),
    focus,
  );
  return { parties, issues, current, evidence, asOf, staleness, ...plan };
}
