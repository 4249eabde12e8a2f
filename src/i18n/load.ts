import type { Lang } from '../lib/lang';
import { en, type Messages } from './en';

/**
 * English ships with the page; Ukrainian and Russian are fetched only by readers who use them,
 * so most readers do not pay for three catalogs.
 */
const loaders: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  uk: () => import('./uk').then((module) => module.uk),
  ru: () => import('./ru').then((module) => module.ru),
};

const loaded = new Map<Lang, Messages>([['en', en]]);

export async function loadCatalog(lang: Lang): Promise<Messages> {
  const ready = loaded.get(lang);
  if (ready) return ready;
  const messages = await loaders[lang as Exclude<Lang, 'en'>]();
  loaded.set(lang, messages);
  return messages;
}
