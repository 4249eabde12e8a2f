import type { Messages } from './en';
import { LANGUAGES, type Lang } from './languages';

const loaded = new Map<Lang, Promise<Messages>>();

/** The interface catalog of `lang`, fetched once; a failed download is forgotten so the next call tries again. */
export function loadCatalog(lang: Lang): Promise<Messages> {
  let pending = loaded.get(lang);
  if (pending === undefined) {
    pending = LANGUAGES[lang].messages().catch((error: unknown) => {
      loaded.delete(lang);
      throw error;
    });
    loaded.set(lang, pending);
  }
  return pending;
}
