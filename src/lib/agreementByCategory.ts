import type { Issue, Position } from '../data/schema';
import { agreement, partyPairs, type Agreement } from './overlap';

export interface CategoryAgreement {
  category: string;
  issues: string[];
  /** One per pair, in partyPairs order; index null where the pair shares no stated issue here. */
  pairs: Agreement[];
}

/** The agreement index of every pair within each category, categories in dataset order. */
export function agreementByCategory(
  current: ReadonlyMap<string, Position>,
  issues: readonly Issue[],
  parties: readonly string[],
): CategoryAgreement[] {
  const categories = [...new Set(issues.map((i) => i.category))];
  const pairs = partyPairs(parties);
  return categories.map((category) => {
    const ids = issues.filter((i) => i.category === category).map((i) => i.id);
    return { category, issues: ids, pairs: pairs.map(([a, b]) => agreement(current, ids, a, b)) };
  });
}
