import type { Position } from '../data/schema';

export const stanceKey = (party: string, issue: string) => `${party}\u0000${issue}`;

/**
 * Each party's standing position on each issue as of `date` (inclusive): the latest one stated
 * on or before it. Two positions on the same date are resolved by file order, the later entry
 * winning, so curators control ties explicitly.
 */
export function resolveAsOf(positions: readonly Position[], date: string): Map<string, Position> {
  const current = new Map<string, Position>();
  positions.forEach((p) => {
    if (p.date > date) return;
    const key = stanceKey(p.party, p.issue);
    const held = current.get(key);
    if (held === undefined || p.date >= held.date) current.set(key, p);
  });
  return current;
}

/** All positions of one party on one issue, oldest first: the history behind a current stance. */
export function historyOf(positions: readonly Position[], party: string, issue: string): Position[] {
  return positions
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.party === party && p.issue === issue)
    .sort((a, b) => (a.p.date === b.p.date ? a.i - b.i : a.p.date < b.p.date ? -1 : 1))
    .map(({ p }) => p);
}
