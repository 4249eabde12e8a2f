import type { Stance } from '../data/schema';
import type { Verdict } from '../core/vocabulary';

/**
 * Symbols beside every stance and verdict word, so colour is never the only carrier of meaning.
 * They are the same in every language; the words come from the interface catalogs (src/i18n).
 */
export const STANCE_SYMBOL: Record<Stance, string> = { supports: '✓', conditional: '◐', opposes: '✕' };
export const NO_POSITION_SYMBOL = '–';

export const VERDICT_SYMBOL: Record<Verdict, string> = {
  overlap: '=',
  concession: '→',
  partial: '≈',
  conflict: '≠',
  'no-basis': '·',
};
