import * as bundledHyphens from 'virtual:bundled-hyphens';
import { onceEach } from '../core/onceEach';
import { fromHyphenWords } from './hyphenWords';
import { LANGUAGES, type Hyphenate, type Lang, type Language } from './languages';

/** The interface catalog of `lang`, fetched once; a failed download is tried again on the next call. */
export const loadCatalog = onceEach((lang: Lang) => LANGUAGES[lang].messages());

/** The hyphenator of `lang` for any dataset (the language's patterns, where it fetches them), once, with its catalog. */
export const loadHyphenator = onceEach((lang: Lang): Promise<Hyphenate> => {
  const language: Language = LANGUAGES[lang];
  return language.hyphenate?.() ?? Promise.resolve((text) => text);
});

/** The hyphenator of `lang` for the bundled dataset: the words the build hyphenated, a fraction of the patterns. */
// The index of the tables is in the first view's code (a few lines), so a reader waits for one fetch, not two.
export const loadBundledHyphenator = onceEach((lang: Lang): Promise<Hyphenate> =>
  bundledHyphens[lang]().then(fromHyphenWords),
);
