import { onceEach } from '../core/onceEach';
import { LANGUAGES, type Lang } from './languages';

/** The interface catalog of `lang`, fetched once; a failed download is tried again on the next call. */
export const loadCatalog = onceEach((lang: Lang) => LANGUAGES[lang].messages());

/** The hyphenator of `lang`, fetched once with its catalog. */
export const loadHyphenator = onceEach((lang: Lang) => LANGUAGES[lang].hyphenate());
