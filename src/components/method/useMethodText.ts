import { use } from 'react';
import { onceEach } from '../../core/onceEach';
import { DEFAULT_LANG, LANGUAGES, type Lang } from '../../i18n/languages';
import { en } from '../../i18n/method/en';
import type { MethodText } from '../../i18n/method/types';

/** One request per language: `use` must see the same promise on every render, before and after it settles. */
const request = onceEach((lang: Lang) => LANGUAGES[lang].method());

/**
 * The page's text in `lang`; suspends while it downloads. English comes with the page's chunk, as most readers read
 * it. Every other language always goes through `use`, also once its text is here (React then returns it at once): a
 * render that suspended must call `use` again when retried.
 */
export function useMethodText(lang: Lang): MethodText {
  return lang === DEFAULT_LANG ? en : use(request(lang));
}
