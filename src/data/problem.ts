import type { Dataset } from './schema';

/** A problem found in a dataset, where it is and what is wrong: what the error panel and the CLI print. */
export interface Problem {
  /** JSON path such as `positions[12].issue` ("" for the whole document). */
  path: string;
  message: string;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}

export function formatProblem(p: Problem): string {
  return p.path === '' ? p.message : `${p.path}: ${p.message}`;
}

export type Validation =
  /** `migratedFrom`: the version the file was written in, when it was older than the one the dashboard reads. */
  | { ok: true; data: Dataset; migratedFrom?: number }
  | { ok: false; problems: Problem[] };
