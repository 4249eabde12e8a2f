import type { Position, Stance } from '../data/schema';
import type { Verdict } from '../core/vocabulary';
import { stanceKey } from './asOf';

/** Which side of a pair conceded: the position that is a concession (both, when each is). */
export type Conceded = 'a' | 'b' | 'both';

export interface Comparison {
  issue: string;
  a: string;
  b: string;
  verdict: Verdict;
  /** The positions the verdict rests on; null where a party has no stated position. */
  positionA: Position | null;
  positionB: Position | null;
  /** For a `concession` verdict: who conceded; null otherwise. */
  conceded: Conceded | null;
}

export function compareStances(a: Stance | null, b: Stance | null): Verdict {
  if (a === null || b === null) return 'no-basis';
  if (a === b) return 'overlap';
  if (a === 'conditional' || b === 'conditional') return 'partial';
  return 'conflict';
}

const conceding = (p: Position | null) => p?.kind === 'concession';

/**
 * The verdict on two positions. The same stance where either is a concession is a `concession`: the positions meet,
 * but because one side gave way, not because both want the same thing (Zelensky accepting that Ukraine will not join
 * NATO is not agreeing with Russia's demand). Every other pairing follows the stances alone.
 */
export function comparePositions(
  a: Position | null,
  b: Position | null,
): { verdict: Verdict; conceded: Conceded | null } {
  const verdict = compareStances(a?.stance ?? null, b?.stance ?? null);
  if (verdict !== 'overlap' || !(conceding(a) || conceding(b))) return { verdict, conceded: null };
  return { verdict: 'concession', conceded: conceding(a) && conceding(b) ? 'both' : conceding(a) ? 'a' : 'b' };
}

export function compareOn(current: ReadonlyMap<string, Position>, issue: string, a: string, b: string): Comparison {
  const positionA = current.get(stanceKey(a, issue)) ?? null;
  const positionB = current.get(stanceKey(b, issue)) ?? null;
  return { issue, a, b, ...comparePositions(positionA, positionB), positionA, positionB };
}

/** Every unordered pair of the given parties, in the given order. */
/** A pair's key in records and React lists: one spelling, so a chart's data and its table meet. */
export const pairKey = (a: string, b: string): string => `${a}-${b}`;

export function partyPairs(parties: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < parties.length; i++)
    for (let j = i + 1; j < parties.length; j++) pairs.push([parties[i] as string, parties[j] as string]);
  return pairs;
}

/** A concession scores as an overlap: the positions meet. */
const POINTS: Record<Exclude<Verdict, 'no-basis'>, number> = { overlap: 2, concession: 2, partial: 1, conflict: 0 };

/**
 * Fewest issues both parties addressed for an agreement index to be shown. Over one or two issues a pair reads "100 %"
 * on a single coincidence and tops every ranking: below this the figure is withheld and the pair is "too few to compare".
 */
export const MIN_COMPARABLE = 3;

export interface Agreement {
  a: string;
  b: string;
  /** The figure shown, 0–1: `score`, or null when fewer than MIN_COMPARABLE issues are comparable (see `tooFew`). */
  index: number | null;
  /** The arithmetic on whatever is comparable (null only when nothing is): for the worked example and the data files. */
  score: number | null;
  /** Some issues are comparable, but fewer than MIN_COMPARABLE: the index is withheld, the counts are not. */
  tooFew: boolean;
  overlap: number;
  /** Issues where the positions meet because one side conceded. */
  concession: number;
  /** Of those, how many each side conceded (both conceding counts for each). */
  concededBy: { a: number; b: number };
  partial: number;
  conflict: number;
  /** Issues both parties addressed (the denominator). */
  comparable: number;
  /** Issues left out because a party has no stated position: reported, never imputed. */
  notComparable: number;
  comparisons: Comparison[];
}

/**
 * Agreement index as voting-advice applications score it (Wahl-O-Mat): 2 points per overlap or concession,
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
  const concession = count('concession');
  const partial = count('partial');
  const conflict = count('conflict');
  const comparable = overlap + concession + partial + conflict;
  const points = overlap * POINTS.overlap + concession * POINTS.concession + partial * POINTS.partial;
  const by = (side: 'a' | 'b') => comparisons.filter((c) => c.conceded === side || c.conceded === 'both').length;
  return {
    a,
    b,
    index: comparable < MIN_COMPARABLE ? null : points / (2 * comparable),
    score: comparable === 0 ? null : points / (2 * comparable),
    tooFew: comparable > 0 && comparable < MIN_COMPARABLE,
    overlap,
    concession,
    concededBy: { a: by('a'), b: by('b') },
    partial,
    conflict,
    comparable,
    notComparable: comparisons.length - comparable,
    comparisons,
  };
}
