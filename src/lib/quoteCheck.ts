import type { Dataset } from '../data/schema';

/**
 * Whether each quote is verbatim in the archived text of its own source: what a data desk checks before a quote is
 * printed. Typography is folded (curly and straight quotes, dashes, ellipses, runs of white space, case); words are
 * not. A quote may join passages with " ... ": each passage must be in the text.
 */

export const foldTypography = (s: string): string =>
  s
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u00A0\u200B]+/g, ' ')
    .trim()
    .toLowerCase();

const passages = (quote: string) =>
  foldTypography(quote)
    .split(/\s*(?:\.\.\.|\[\.\.\.\])\s*/)
    .filter((x) => x.length > 0);

/** An archived text, by its path under the archive (as a source's `file` names it). */
export interface ArchivedText {
  path: string;
  text: string;
}

export interface QuoteProblem {
  /** JSON path of the quote, e.g. `positions[12].quote`. */
  path: string;
  positionId: string;
  message: string;
}

/**
 * The passage of `text` (already folded) that shares most words, in order and place, with `passage`: what a checker
 * reads beside a quote that is not found, to see the changed word.
 */
export function nearestPassage(text: string, passage: string): string {
  const words = text.split(' ');
  const wanted = passage.split(' ');
  let best = 0;
  let at = 0;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    let same = 0;
    for (let j = 0; j < wanted.length; j++) if (words[i + j] === wanted[j]) same++;
    if (same > best) [best, at] = [same, i];
  }
  return best === 0 ? '' : words.slice(at, at + wanted.length).join(' ');
}

/** Every quote not verbatim in its source's archived text (or, for a source with no `file`, in any text). */
export function checkQuotes(
  dataset: Pick<Dataset, 'positions' | 'sources'>,
  texts: readonly ArchivedText[],
): { problems: QuoteProblem[]; quotes: number } {
  const folded = texts.map((t) => ({ path: t.path, text: foldTypography(t.text) }));
  const name = (path: string) => path.split('/').at(-1) ?? path;
  const textOf = (file: string) =>
    folded.find((t) => t.path === file || t.path.endsWith(`/${file}`) || name(t.path) === name(file));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const problems: QuoteProblem[] = [];
  let quotes = 0;
  dataset.positions.forEach((p, i) => {
    if (p.quote === null || p.quote.trim() === '') return;
    quotes++;
    const parts = passages(p.quote);
    const has = (t: { text: string }) => parts.every((part) => t.text.includes(part));
    const file = sources.get(p.source)?.file ?? null;
    const path = `positions[${i}].quote`;
    if (file === null) {
      if (!folded.some(has)) problems.push({ path, positionId: p.id, message: 'not verbatim in any archived text' });
      return;
    }
    const own = textOf(file);
    if (own === undefined) {
      problems.push({ path, positionId: p.id, message: `its source's archived text "${file}" is not in the archive` });
      return;
    }
    if (has(own)) return;
    const elsewhere = folded.find(has);
    const missing = parts.find((part) => !own.text.includes(part)) ?? '';
    const nearest = nearestPassage(own.text, missing);
    problems.push({
      path,
      positionId: p.id,
      message:
        elsewhere !== undefined
          ? `not in its source's text "${file}" but in "${elsewhere.path}"`
          : `not verbatim in "${file}"; quoted: “${missing}”${nearest === '' ? '' : `; nearest passage: “${nearest}”`}`,
    });
  });
  return { problems, quotes };
}
