import type { Position, Stance } from '../data/schema';
import { resolveAsOf, stanceKey } from './asOf';
import { changeDates } from './datasetIndex';
import { agreement, partyPairs, type Agreement } from './overlap';

/** One step of a party's stance on an issue: from `date` until the next step. */
export interface StanceStep {
  date: string;
  stance: Stance | null;
  /** The statement that set this step; null before the party's first statement. */
  position: Position | null;
}

/**
 * A party's stance on one issue at every date where any party's position on it changes,
 * so every party's steps share the same x positions. Same-date ties follow resolveAsOf.
 */
export function stanceSteps(positions: readonly Position[], issue: string, parties: readonly string[]): Map<string, StanceStep[]> {
  const onIssue = positions.filter((p) => p.issue === issue);
  const dates = changeDates(onIssue);
  const steps = new Map<string, StanceStep[]>(parties.map((id) => [id, []]));
  for (const date of dates) {
    const current = resolveAsOf(onIssue, date);
    for (const party of parties) {
      const position = current.get(stanceKey(party, issue)) ?? null;
      steps.get(party)?.push({ date, stance: position?.stance ?? null, position });
    }
  }
  return steps;
}

export interface AgreementPoint {
  date: string;
  pairs: Agreement[];
}

/** The agreement index of every pair, recomputed at each date where any position changes. */
export function agreementOverTime(positions: readonly Position[], issues: readonly string[], parties: readonly string[]): AgreementPoint[] {
  const pairs = partyPairs(parties);
  return changeDates(positions).map((date) => {
    const current = resolveAsOf(positions, date);
    return { date, pairs: pairs.map(([a, b]) => agreement(current, issues, a, b)) };
  });
}
