import type { Problem } from './problem';
import type { Dataset } from './schema';

export type LoadResult =
  /** `checkedByBuild`: the bytes are the ones the build checked (src/data/load.ts, datasetOf). */
  | { ok: true; dataset: Dataset; checkedByBuild?: boolean }
  | { ok: false; title: string; problems: Problem[]; retry: boolean };

export const failure = (title: string, message: string, retry: boolean): Extract<LoadResult, { ok: false }> => ({
  ok: false,
  title,
  problems: [{ path: '', message }],
  retry,
});

/**
 * Datasets above this size are refused before parsing, so a runaway file cannot freeze a reader's phone. 100 MB holds
 * about 160,000 positions of the bundled dataset's average size (~600 bytes each), so the 100,000 positions a
 * growing dataset is planned for still load. Kept here, not beside the parser: the first view needs the limit, and
 * the parser's error messages belong to the checker, loaded only for a dataset the build did not check.
 */
export const MAX_DATASET_BYTES = 100_000_000;

export const tooLarge = (name: string) =>
  failure('The dataset is too large', `${name} is over the ${MAX_DATASET_BYTES}-byte limit.`, false);
