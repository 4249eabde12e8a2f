import { formatPath, type Validation } from './problem';
import { referentialProblems } from './references';
import { datasetSchema } from './schema';

export { formatPath, formatProblem, type Problem, type Validation } from './problem';

/** Checks the shape with the schema, then everything a schema cannot say: references, uniqueness, calendar dates. */
export function validateDataset(input: unknown): Validation {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const problems = referentialProblems(parsed.data);
  return problems.length === 0 ? { ok: true, data: parsed.data } : { ok: false, problems };
}
