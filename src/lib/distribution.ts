import type { Position, Stance } from '../data/schema';
import { stanceKey } from './asOf';

export interface IssueDistribution {
  issue: string;
  counts: Record<Stance | 'none', number>;
}

/** Per issue, how many of the parties support, conditionally support, oppose or have no stated position. */
export function stanceDistribution(
  current: ReadonlyMap<string, Position>,
  issues: readonly string[],
  parties: readonly string[],
): IssueDistribution[] {
  return issues.map((issue) => {
    const counts = { supports: 0, conditional: 0, opposes: 0, none: 0 };
    for (const party of parties) counts[current.get(stanceKey(party, issue))?.stance ?? 'none'] += 1;
    return { issue, counts };
  });
}
