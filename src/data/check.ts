import type { Validation } from './problem';
import { referentialProblems } from './references';
import { hasDatasetShape } from './shape';

/**
 * The app's validation, same verdict and problems as `validateDataset`: a valid file passes the fast shape check
 * and the reference rules without the zod schema, which is fetched only to explain what is wrong with a bad one.
 */
export async function checkDataset(input: unknown): Promise<Validation> {
  if (hasDatasetShape(input)) {
    const problems = referentialProblems(input);
    return problems.length === 0 ? { ok: true, data: input } : { ok: false, problems };
  }
  const { validateDataset } = await import('./validate');
  return validateDataset(input);
}
