/** Interface languages. The dataset's own text is English; uk and ru translations are optional fields. */
export const LANGS = ['en', 'uk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language named in itself, for the switch: a reader finds theirs whatever the current one. */
export const ENDONYM: Record<Lang, string> = { en: 'English', uk: 'Українська', ru: 'Русский' };

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

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
