import type { Messages } from '../i18n/en';
import type { Comparison } from './overlap';
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

/** The words a verdict shows: a concession names who conceded ("Ukraine concedes"), never an agreement. */
export function verdictWords(
  m: Pick<Messages, 'verdict' | 'compare'>,
  c: Pick<Comparison, 'verdict' | 'conceded'>,
  nameA: string,
  nameB: string,
): string {
  if (c.verdict !== 'concession' || c.conceded === null) return m.verdict[c.verdict];
  if (c.conceded === 'both') return m.verdict.concession;
  return m.compare.concedes(c.conceded === 'a' ? nameA : nameB);
}

/** What an agreement figure rests on: the index (null when withheld) and the issues both parties addressed. */
export interface IndexBase {
  index: number | null;
  comparable: number;
}

/**
 * An agreement index as every figure shows it: the percentage, or why there is none: too few issues in common (with
 * how many) or none at all. `cap` is the form that starts a label; `none` is a place's own word for no basis at all
 * ("n/a" on a pair's card, "not computed (no basis)" in the detail panel).
 */
export function indexText(
  m: Pick<Messages, 'charts'>,
  percent: (x: number) => string,
  ag: IndexBase,
  { cap = false, none }: { cap?: boolean; none?: string } = {},
): string {
  if (ag.index !== null) return percent(ag.index);
  if (ag.comparable > 0) return cap ? m.charts.tooFewCap(ag.comparable) : m.charts.tooFew(ag.comparable);
  return none ?? (cap ? m.charts.noBasisCap : m.charts.noBasis);
}

/**
 * A category's name: the dataset's title for it (translated where the dataset translates it, as issue titles are),
 * else the interface's word for a category it knows, else the id capitalised: an unknown category keeps working.
 */
export function categoryTitle(
  categories: readonly { id: string; title: string }[] | undefined,
  m: Pick<Messages, 'categories'>,
  id: string,
): string {
  return categories?.find((c) => c.id === id)?.title ?? m.categories[id] ?? id.charAt(0).toUpperCase() + id.slice(1);
}

/**
 * The text as a sentence, ending in a full stop unless it already ends in one (or ! ? …, perhaps before a closing
 * quote or bracket): a dataset's credit is followed by more sentences ("… (fictional). Licence: …").
 */
export function asSentence(text: string): string {
  const t = text.trim();
  return /[.!?…]["'”’»)\]]*$/u.test(t) ? t : `${t}.`;
}
