import type { Problem } from './problem';
import type { Dataset } from './schema';

export type LoadResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; title: string; problems: Problem[]; retry: boolean };

export const failure = (title: string, message: string, retry: boolean): LoadResult => ({
  ok: false,
  title,
  problems: [{ path: '', message }],
  retry,
});
