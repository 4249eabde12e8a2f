/**
 * Plural forms for the Slavic catalogs. Ukrainian and Russian pick the noun form by the number:
 * one (1, 21, 101…), few (2–4, 22–24…), many (0, 5–20, 25–30…). `Intl.PluralRules` also returns
 * 'other' for fractions; those take the genitive singular, which is the `few` form of a nominative
 * set (2,5 питання, 2,5 вопроса), so `few` stands in unless a set gives its own `other`.
 */
export type PluralLang = 'uk' | 'ru';

export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other?: string;
}

const rules: Record<PluralLang, Intl.PluralRules> = {
  uk: new Intl.PluralRules('uk'),
  ru: new Intl.PluralRules('ru'),
};

/** The form of the word that goes with `n`, e.g. plural('uk', 5, { one: 'питання', few: 'питання', many: 'питань' }) → 'питань'. */
export function plural(lang: PluralLang, n: number, forms: PluralForms): string {
  switch (rules[lang].select(n)) {
    case 'one':
      return forms.one;
    case 'few':
      return forms.few;
    case 'many':
      return forms.many;
    default:
      return forms.other ?? forms.few;
  }
}

/** The number followed by its word, e.g. count('ru', 21, { one: 'вопрос', few: 'вопроса', many: 'вопросов' }) → '21 вопрос'. */
export const count = (lang: PluralLang, n: number, forms: PluralForms): string => `${n} ${plural(lang, n, forms)}`;
