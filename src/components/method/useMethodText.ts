import { use } from 'react';
import { DEFAULT_LANG, LANGUAGES, type Lang } from '../../i18n/languages';
import { en } from '../../i18n/method/en';
import type { MethodText } from '../../i18n/method/types';

/** One request per language, kept: `use` must see the same promise on every render, before and after it settles. */
const requests = new Map<Lang, Promise<MethodText>>();

function request(lang: Lang): Promise<MethodText> {
  let pending = requests.get(lang);
  if (pending === undefined) {
    pending = LANGUAGES[lang].method().catch((error: unknown) => {
      // Forgotten, so the view's error boundary can try again.
      requests.delete(lang);
      throw error;
    });
    requests.set(lang, pending);
  }
  return pending;
}

/**
 * The page's text in `lang`; suspends while it downloads. English comes with the page's chunk, as most readers read
 * it. Every other language always goes through `use`, also once its text is here (React then returns it at once): a
 * render that suspended must call `use` again when retried.
 */
export function useMethodText(lang: Lang): MethodText {
  return lang === DEFAULT_LANG ? en : use(request(lang));
}
