import { onceEach } from '../src/core/onceEach';
import type { Dataset } from '../src/data/schema';
import { hyphenWords } from '../src/i18n/hyphenWords';
import { DEFAULT_LANG, LANGUAGES, syncOf, type Hyphenate, type Lang } from '../src/i18n/languages';
import { issueText } from '../src/lib/translate';

/** The texts the views hyphenate, as a reader of `lang` sees them: every issue's title and proposition. */
const hyphenatedTexts = (dataset: Dataset, lang: Lang) =>
  dataset.issues.flatMap((issue) => {
    const { title, proposition } = issueText(issue, lang);
    return [title, proposition];
  });

/** The `hyphen` package's patterns for `lang`, as the build runs them (in Node). */
export const patternsOf = async (lang: Lang): Promise<Hyphenate> =>
  syncOf((await import(`hyphen/${LANGUAGES[lang].hyphenPatterns}`)) as Parameters<typeof syncOf>[0]);

/** The English words of `dataset`, worked out once: every language's table starts from them. */
const englishWords = onceEach(async (dataset: Dataset) =>
  hyphenWords(hyphenatedTexts(dataset, DEFAULT_LANG), await patternsOf(DEFAULT_LANG)),
);

/**
 * Every word the views of `dataset` hyphenate in `lang`, with its soft hyphens, from the `hyphen` package's patterns:
 * the build writes this table for the bundled dataset (scripts/bundledDatasetPlugin.ts). A text without a translation
 * is shown in English, so English words are broken by English patterns, whatever the interface language.
 */
export async function bundledHyphenWords(dataset: Dataset, lang: Lang): Promise<Record<string, string>> {
  const english = await englishWords(dataset);
  if (lang === DEFAULT_LANG) return english;
  return { ...english, ...hyphenWords(hyphenatedTexts(dataset, lang), await patternsOf(lang)) };
}
