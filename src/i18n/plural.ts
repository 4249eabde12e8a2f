/**
 * Plural forms for catalogs whose nouns change with the number. Ukrainian and Russian pick the form by the number:
 * one (1, 21, 101…), few (2–4, 22–24…), many (0, 5–20, 25–30…). `Intl.PluralRules` also returns 'other' for
 * fractions; those take the genitive singular, which is the `few` form of a nominative set (2,5 питання, 2,5 вопроса),
 * so `few` stands in unless a set gives its own `other`.
 */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other?: string;
}

/** `plural(5, forms)`: the form of the word that goes with the number; `count(5, forms)`: the number and its word. */
export function pluralsFor(locale: string) {
  const rules = new Intl.PluralRules(locale);
  const plural = (n: number, forms: PluralForms): string => {
    switch (rules.select(n)) {
      case 'one':
        return forms.one;
      case 'few':
        return forms.few;
      case 'many':
        return forms.many;
      default:
        return forms.other ?? forms.few;
    }
  };
  return { plural, count: (n: number, forms: PluralForms): string => `${n} ${plural(n, forms)}` };
}
