import type { Position, Source } from './schema';

/**
 * The language a position's quote is printed in, for `lang=` attributes (screen readers, hyphenation) and for
 * deciding whether a translation is worth showing: the position's own `quoteLanguage` (a statement quoted in another
 * language than the report's), else its source's `language`, else English.
 */
export function quoteLanguage(
  position: Pick<Position, 'quoteLanguage'>,
  source: Pick<Source, 'language'> | undefined,
): string {
  return position.quoteLanguage ?? source?.language ?? 'en';
}
