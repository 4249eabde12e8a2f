import { en } from '../../src/i18n/method/en';
import { ru } from '../../src/i18n/method/ru';
import { uk } from '../../src/i18n/method/uk';
import type { MethodText } from '../../src/i18n/method/types';

/** The methodology page's prose in each interface language, as the page loads it. */
export const METHOD_CATALOGS = { en, uk, ru } as const satisfies Record<string, MethodText>;

/** The page's six parts, in the order the page promises them. */
export const SECTION_ORDER = ['codebook', 'verdicts', 'sources', 'corrections', 'report', 'download'] as const;

/** The six parts' headings, in order, as each language names them (read from the catalogs). */
export const METHOD_TEXT = {
  en: SECTION_ORDER.map((s) => en.headings[s]),
  uk: SECTION_ORDER.map((s) => uk.headings[s]),
  ru: SECTION_ORDER.map((s) => ru.headings[s]),
};
