import type { Validation } from './problem';
import { referentialProblems } from './references';
import { hasDatasetShape, shapeProblems } from './shape';

export { formatPath, formatProblem, type Problem, type Validation } from './problem';

/** Checks the shape, then everything a shape cannot say: references, uniqueness, calendar dates. */
export function validateDataset(input: unknown): Validation {
  if (!hasDatasetShape(input)) return { ok: false, problems: shapeProblems(input) };
  const problems = referentialProblems(input);
  return problems.length === 0 ? { ok: true, data: input } : { ok: false, problems };
}
