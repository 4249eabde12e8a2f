import { use } from 'react';
import type { Lang } from '../../../lib/lang';
import { en } from './en';
import type { MethodText } from './types';

type Other = Exclude<Lang, 'en'>;

// English comes with the page's chunk; Ukrainian and Russian are fetched only by their readers, as the catalogs are.
const loaders: Record<Other, () => Promise<MethodText>> = {
  uk: () => import('./uk').then((module) => module.uk),
  ru: () => import('./ru').then((module) => module.ru),
};

/** One request per language, kept: `use` must see the same promise on every render, before and after it settles. */
const requests = new Map<Other, Promise<MethodText>>();

function request(lang: Other): Promise<MethodText> {
  let pending = requests.get(lang);
  if (pending === undefined) {
    pending = loaders[lang]().catch((error: unknown) => {
      // Forgotten, so the view's error boundary can try again.
      requests.delete(lang);
      throw error;
    });
    requests.set(lang, pending);
  }
  return pending;
}

/**
 * The page's text in `lang`; suspends while it downloads. Every language but English always goes through `use`, also
 * once its text is here (React then returns it at once): a render that suspended must call `use` again when retried.
 */
export function useMethodText(lang: Lang): MethodText {
  return lang === 'en' ? en : use(request(lang));
}
