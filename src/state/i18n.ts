import { createContext, useContext } from 'react';
import { en, type Messages } from '../i18n/en';
import { formatterFor, type Formatter } from '../lib/format';
import { DEFAULT_LANG, type Hyphenate, type Lang } from '../i18n/languages';

export interface I18n {
  lang: Lang;
  /** The interface text of the language. */
  m: Messages;
  fmt: Formatter;
  /** Soft hyphens for a title shown in a narrow column (see Language.hyphenate). */
  hy: Hyphenate;
}

export const i18nFor = (lang: Lang, m: Messages, hy: Hyphenate = (text) => text): I18n => ({
  lang,
  m,
  fmt: formatterFor(lang),
  hy,
});

export const I18nContext = createContext<I18n>(i18nFor(DEFAULT_LANG, en));

export const useI18n = (): I18n => useContext(I18nContext);
