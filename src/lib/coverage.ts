import type { Position } from '../data/schema';
import { resolveAsOf, stanceKey } from './asOf';
import { withoutStale } from './stale';

export interface PairCoverage {
  date: string;
  a: string;
  b: string;
  /** Issues on which both parties hold a position that is not stale as of the date. */
  comparable: string[];
}

/**
 * How many issues a pair can be compared on, as of each date, counting only current (not stale) positions: the
 * number a reader's comparison of the pair rests on. Used by `npm run data:coverage` to report a dataset's reach.
 */
export function pairCoverage(
  positions: readonly Position[],
  issues: readonly string[],
  pairs: readonly (readonly [string, string])[],
  dates: readonly string[],
  staleAfterDays: number,
): PairCoverage[] {
  return dates.flatMap((date) => {
    const current = withoutStale(resolveAsOf(positions, date), date, staleAfterDays);
    return pairs.map(([a, b]) => ({
      date,
      a,
      b,
      comparable: issues.filter((i) => current.has(stanceKey(a, i)) && current.has(stanceKey(b, i))),
    }));
  });
}
