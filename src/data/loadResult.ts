import type { Problem } from './problem';
import type { Dataset } from './schema';

export type LoadResult =
  /** `checkedByBuild`: the bytes are the ones the build checked (src/data/load.ts, readDatasetBytes). */
  | { ok: true; dataset: Dataset; checkedByBuild?: boolean }
  | { ok: false; title: string; problems: Problem[]; retry: boolean };

export const failure = (title: string, message: string, retry: boolean): LoadResult => ({
  ok: false,
  title,
  problems: [{ path: '', message }],
  retry,
});
