import type { Position, Stance } from '../data/schema';
import { stanceKey } from './asOf';

export const VERDICTS = ['overlap', 'partial', 'conflict', 'no-basis'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Comparison {
  issue: string;
  a: string;
  b: string;
  verdict: Verdict;
  /** The positions the verdict rests on; null where a party has no stated position. */
  positionA: Position | null;
  positionB: Position | null;
}

export function compareStances(a: Stance | null, b: Stance | null): Verdict {
  if (a === null || b === null) return 'no-basis';
  if (a === b) return 'overlap';
  if (a === 'conditional' || b === 'conditional') return 'partial';
  return 'conflict';
}

export function compareOn(
  current: ReadonlyMap<string, Position>,
  issue: string,
  a: string,
  b: string,
): Comparison {
  const positionA = current.get(stanceKey(a, issue)) ?? null;
  const positionB = current.get(stanceKey(b, issue)) ?? null;
  return {
    issue,
    a,
    b,
    verdict: compareStances(positionA?.stance ?? null, positionB?.stance ?? null),
    positionA,
    positionB,
  };
}

/** Every unordered pair of the given parties, in the given order. */
export function partyPairs(parties: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < parties.length; i++)
    for (let j = i + 1; j < parties.length; j++) pairs.push([parties[i] as string, parties[j] as string]);
  return pairs;
}

const POINTS: Record<Exclude<Verdict, 'no-basis'>, number> = { overlap: 2, partial: 1, conflict: 0 };

export interface Agreement {
  a: string;
  b: string;
  /** 0–1, or null when no issue is comparable. */
  index: number | null;
  overlap: number;
  partial: number;
  conflict: number;
  /** Issues both parties addressed (the denominator). */
  comparable: number;
  /** Issues left out because a party has no stated position: reported, never imputed. */
  notComparable: number;
  comparisons: Comparison[];
}

/**
 * Agreement index as voting-advice applications score it (Wahl-O-Mat): 2 points per overlap,
 * 1 per partial, 0 per conflict, over 2 × the comparable issues.
 */
export function agreement(
  current: ReadonlyMap<string, Position>,
  issues: readonly string[],
  a: string,
  b: string,
): Agreement {
  const comparisons = issues.map((issue) => compareOn(current, issue, a, b));
  const count = (v: Verdict) => comparisons.filter((c) => c.verdict === v).length;
  const overlap = count('overlap');
  const partial = count('partial');
  const conflict = count('conflict');
  const comparable = overlap + partial + conflict;
  const points = overlap * POINTS.overlap + partial * POINTS.partial;
  return {
    a,
    b,
    index: comparable === 0 ? null : points / (2 * comparable),
    overlap,
    partial,
    conflict,
    comparable,
    notComparable: comparisons.length - comparable,
    comparisons,
  };
}
