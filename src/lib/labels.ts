import type { Attribution, Stance } from '../data/schema';
import type { Verdict } from './overlap';

/** Words and symbols for every stance and verdict: colour is never the only carrier of meaning. */
export const STANCE_LABEL: Record<Stance, string> = {
  supports: 'Supports',
  conditional: 'Conditional',
  opposes: 'Opposes',
};
export const STANCE_SYMBOL: Record<Stance, string> = { supports: '✓', conditional: '◐', opposes: '✕' };
export const NO_POSITION_LABEL = 'No stated position';
export const NO_POSITION_SYMBOL = '–';

export const VERDICT_LABEL: Record<Verdict, string> = {
  overlap: 'Overlap',
  partial: 'Partial',
  conflict: 'Conflict',
  'no-basis': 'No basis',
};
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  overlap: '=',
  partial: '≈',
  conflict: '≠',
  'no-basis': '·',
};
export const VERDICT_EXPLANATION: Record<Verdict, string> = {
  overlap: 'both take the same stance',
  partial: 'one is conditional, the other is not',
  conflict: 'one supports, the other opposes',
  'no-basis': 'at least one has no stated position',
};

export const ATTRIBUTION_LABEL: Record<Attribution, string> = {
  direct: 'Direct quote',
  reported: 'Reported by outlet',
};

export const CATEGORY_LABEL = (category: string) => category.charAt(0).toUpperCase() + category.slice(1);
