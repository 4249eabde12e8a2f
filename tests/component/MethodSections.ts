import { LANGS, LANGUAGES, type Lang } from '../../src/i18n/languages';

/** The page's six parts, in the order the page promises them. */
const SECTION_ORDER = ['codebook', 'verdicts', 'sources', 'corrections', 'report', 'download'] as const;

/** The six parts' headings, in order, as each language names them: read from the catalogs the page loads. */
export const METHOD_TEXT = Object.fromEntries(
  await Promise.all(
    LANGS.map(async (lang) => {
      const text = await LANGUAGES[lang].method();
      return [lang, SECTION_ORDER.map((part) => text.headings[part])] as const;
    }),
  ),
) as Record<Lang, string[]>;
