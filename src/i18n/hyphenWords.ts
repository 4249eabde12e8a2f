import { oncePer } from '../core/onceEach';
import type { Hyphenate } from './languages';

const SOFT_HYPHEN = '\u00ad';
/** A word as the hyphenator sees one: a run of letters (soft hyphens in it once hyphenated). */
const WORD = /[\p{L}\p{M}]+/gu;
const HYPHENATED_WORD = /[\p{L}\p{M}\u00ad]+/gu;

/**
 * The words of `texts` that `hyphenate` breaks, by the word, each with its soft hyphens: the hyphenation of a known
 * set of texts, worked out once by the library (at build time, for the bundled dataset) and kept as a small table, so
 * a reader's browser fetches the table (1–3 KB) rather than the language's patterns (8–25 KB gzip).
 */
export function hyphenWords(texts: Iterable<string>, hyphenate: Hyphenate): Record<string, string> {
  const words: Record<string, string> = {};
  for (const text of texts)
    for (const [broken] of hyphenate(text).matchAll(HYPHENATED_WORD))
      if (broken.includes(SOFT_HYPHEN)) words[broken.replaceAll(SOFT_HYPHEN, '')] = broken;
  return words;
}

/**
 * Soft hyphens in the words of `hyphenated` (hyphenWords' values); every other word is left as it is. Each text once,
 * as the patterns' hyphenator does (languages.ts, syncOf): the grids and the table ask again on every render.
 */
export function fromHyphenWords(hyphenated: readonly string[]): Hyphenate {
  const words = new Map(hyphenated.map((broken) => [broken.replaceAll(SOFT_HYPHEN, ''), broken]));
  return oncePer((text) => text.replace(WORD, (word) => words.get(word) ?? word));
}
