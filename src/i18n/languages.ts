import { oncePer } from '../core/onceEach';
import { en, type Messages } from './en';
import type { MethodText } from './method/types';

/**
 * The interface languages: one row each, and nothing else in the code lists them. The switch, the `lang=` parameter,
 * dates and numbers, plural rules, the fonts fetched before drawing, the catalogs, the methodology page and the tests
 * all read this. Adding a language is its two catalogs (`./xx.ts`, `./method/xx.ts`) and one row here.
 *
 * The dataset's own translations are a property of the data format, not of the interface (src/core/vocabulary.ts):
 * a language without them shows the dataset's English text.
 */
export interface Language {
  /** The language named in itself, for the switch: a reader finds theirs whatever the current one. */
  endonym: string;
  /** The Intl locale of dates, numbers, lists and plural rules; en-GB for "14 June 2024", the newsroom style. */
  locale: string;
  /** A few letters of each script the interface shows in the language, so the browser fetches those font faces. */
  fontSample: string;
  /** The interface text. Every language but English is fetched only by its readers. */
  messages: () => Promise<Messages>;
  /** The methodology page's prose, fetched with the page, never with the dashboard. */
  method: () => Promise<MethodText>;
  /**
   * The language's hyphenation patterns in the `hyphen` package (Liang's algorithm): CSS `hyphens: auto` needs a
   * dictionary the browser may lack (Chromium on Linux has none) and then breaks a long title mid-word with no
   * hyphen, so the build hyphenates the bundled dataset's words with these (scripts/bundledHyphens.ts).
   */
  hyphenPatterns: string;
  /**
   * The same patterns, fetched with the catalog by a reader of another dataset (`?data=`, a preview), whose words the
   * build could not know. English has none: its patterns weigh 25 KB gzip, more than the rest of the first view's own
   * code, and an English title word rarely outgrows its column; CSS hyphenation serves it where the browser can.
   */
  hyphenate?: () => Promise<Hyphenate>;
}

/** Text with soft hyphens (U+00AD) where a line may break inside a word; for display only, never for data files. */
export type Hyphenate = (text: string) => string;

/**
 * The sync hyphenator of a `hyphen/xx` module, whichever way the bundler hands a CommonJS module over. Each text is
 * hyphenated once: the grids ask again for every title on every render (each step of "play" through the dates), and
 * the texts are the dataset's titles, a few hundred at most.
 */
type HyphenModule = { hyphenateSync: (text: string) => string };
export const syncOf = (mod: HyphenModule & { default?: HyphenModule }): Hyphenate =>
  oncePer((mod.default ?? mod).hyphenateSync);

export const LANGUAGES = {
  en: {
    endonym: 'English',
    locale: 'en-GB',
    fontSample: 'Aa',
    messages: () => Promise.resolve(en),
    method: () => import('./method/en').then((module) => module.en),
    hyphenPatterns: 'en-gb',
  },
  uk: {
    endonym: 'Українська',
    locale: 'uk-UA',
    fontSample: 'AaЇї',
    messages: () => import('./uk').then((module) => module.uk),
    method: () => import('./method/uk').then((module) => module.uk),
    hyphenPatterns: 'uk',
    hyphenate: () => import('hyphen/uk').then(syncOf),
  },
  ru: {
    endonym: 'Русский',
    locale: 'ru-RU',
    fontSample: 'AaЖж',
    messages: () => import('./ru').then((module) => module.ru),
    method: () => import('./method/ru').then((module) => module.ru),
    hyphenPatterns: 'ru',
    hyphenate: () => import('hyphen/ru').then(syncOf),
  },
} as const satisfies Record<string, Language>;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as Lang[];
/** The catalog every other is checked against, and the one the page ships with. */
export const DEFAULT_LANG: Lang = 'en';

export const isLang = (value: string): value is Lang => Object.hasOwn(LANGUAGES, value);

/**
 * The language to use: `lang=` when valid; outside embeds, the browser's first supported
 * language (an embed follows its host page's choice, never the reader's browser); else English.
 */
export function chooseLang(param: string | null, browser: readonly string[], embed: boolean): Lang {
  if (param !== null && isLang(param)) return param;
  if (!embed)
    for (const tag of browser) {
      const base = tag.toLowerCase().split('-')[0] ?? '';
      if (isLang(base)) return base;
    }
  return DEFAULT_LANG;
}
