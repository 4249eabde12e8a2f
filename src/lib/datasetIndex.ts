import { partyColors } from './palette';
import type { Actor, Dataset, Issue, Party, Position, Source } from '../data/schema';

/** Lookups built once per dataset, so views never scan arrays to resolve an id. */
export interface DatasetIndex {
  dataset: Dataset;
  parties: Map<string, Party>;
  actors: Map<string, Actor>;
  issues: Map<string, Issue>;
  sources: Map<string, Source>;
  /** Position order in the file, used to break ties between positions of the same date. */
  order: Map<string, number>;
  categories: string[];
  /** Every party's colour, the dataset's own or one from the fallback palette. */
  colors: Map<string, string>;
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));

export function indexDataset(dataset: Dataset): DatasetIndex {
  return {
    dataset,
    parties: byId(dataset.parties),
    actors: byId(dataset.actors),
    issues: byId(dataset.issues),
    sources: byId(dataset.sources),
    order: new Map(dataset.positions.map((p, i) => [p.id, i])),
    categories: [...new Set(dataset.issues.map((i) => i.category))],
    colors: partyColors(dataset.parties),
  };
}

export function latestDate(positions: readonly Position[]): string | null {
  let max: string | null = null;
  for (const p of positions) if (max === null || p.date > max) max = p.date;
  return max;
}

export function earliestDate(positions: readonly Position[]): string | null {
  let min: string | null = null;
  for (const p of positions) if (min === null || p.date < min) min = p.date;
  return min;
}

/** Every distinct date on which some position was stated, ascending. */
export function changeDates(positions: readonly Position[]): string[] {
  return [...new Set(positions.map((p) => p.date))].sort();
}
