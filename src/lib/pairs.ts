import { partyPairs } from './overlap';

/**
 * Up to this many parties, every pair is drawn (15 pairs). Pairs grow with the square of the parties: 43 parties
 * make 903, more than a reader can compare and more than a phone can draw, so beyond it the views draw the pairs of
 * one party, the focus, and say how to see the others.
 */
export const MAX_PARTIES_ALL_PAIRS = 6;

export interface PairPlan {
  /** The pairs drawn, in partyPairs order. */
  pairs: [string, string][];
  /** The party whose pairs are drawn, or null when every pair is. */
  focus: string | null;
  /** How many pairs the parties make in all. */
  total: number;
}

/** The pairs to draw for these parties; `focus` is the reader's choice (`focus=`), else the first party. */
export function pairPlan(parties: readonly string[], focus: string | null): PairPlan {
  const all = partyPairs(parties);
  if (parties.length <= MAX_PARTIES_ALL_PAIRS) return { pairs: all, focus: null, total: all.length };
  const chosen = focus !== null && parties.includes(focus) ? focus : (parties[0] ?? null);
  return { pairs: all.filter(([a, b]) => a === chosen || b === chosen), focus: chosen, total: all.length };
}
