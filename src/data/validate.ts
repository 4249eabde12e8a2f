import type { Validation } from './problem';
import { migrateV1 } from './migrate';
import { referentialProblems } from './references';
import { dataset, datasetV1, shapeProblems } from './schema';

export { formatPath, formatProblem, type Validation } from './problem';

const isVersion1 = (input: unknown) =>
  typeof input === 'object' && input !== null && (input as { schemaVersion?: unknown }).schemaVersion === 1;

/**
 * Checks the shape, then everything a shape cannot say: references, uniqueness, calendar dates. A version 1 file is
 * checked against version 1's shape and migrated; the result says so.
 */
export function validateDataset(input: unknown): Validation {
  if (dataset.ok(input)) {
    const problems = referentialProblems(input);
    return problems.length === 0 ? { ok: true, data: input } : { ok: false, problems };
  }
  if (!isVersion1(input)) return { ok: false, problems: shapeProblems(input) };
  if (!datasetV1.ok(input)) return { ok: false, problems: shapeProblems(input, datasetV1) };
  const data = migrateV1(input);
  const problems = referentialProblems(data);
  return problems.length === 0 ? { ok: true, data, migratedFrom: 1 } : { ok: false, problems };
}
