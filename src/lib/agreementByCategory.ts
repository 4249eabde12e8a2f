import type { Issue, Position } from '../data/schema';
import { agreement, type Agreement } from './overlap';

export interface CategoryAgreement {
  category: string;
  issues: string[];
  /** One per pair, in the order given; index null where the pair shares no stated issue here. */
  pairs: Agreement[];
}

/** The agreement index of each pair drawn within each category, categories in dataset order. */
export function agreementByCategory(
  current: ReadonlyMap<string, Position>,
  issues: readonly Issue[],
  pairs: readonly (readonly [string, string])[],
): CategoryAgreement[] {
  const categories = [...new Set(issues.map((i) => i.category))];
  return categories.map((category) => {
    const ids = issues.filter((i) => i.category === category).map((i) => i.id);
    return { category, issues: ids, pairs: pairs.map(([a, b]) => agreement(current, ids, a, b)) };
  });
}
