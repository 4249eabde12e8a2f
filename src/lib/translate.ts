import type { Actor, Issue, Party, Position } from '../data/schema';
import { isTranslationLang, type TranslationLang } from '../core/vocabulary';
import type { Lang } from '../i18n/languages';

// The dataset is written in English; `translations.uk` / `translations.ru` are optional, and so is every field in
// them, because a newsroom may translate titles long before it translates summaries. These helpers are the one place
// that decides what a reader sees: the field in the reader's language where there is one, else the English value,
// never an empty label.

/** The translation record of `lang`; undefined for English (the base text) and for untranslated records. */
function inLang<T>(translations: Partial<Record<TranslationLang, T>> | undefined, lang: Lang): T | undefined {
  return isTranslationLang(lang) ? translations?.[lang] : undefined;
}

/** An issue's title (a UI label) and proposition (what stances refer to) in `lang`, each falling back to English. */
export function issueText(
  issue: Pick<Issue, 'title' | 'proposition' | 'translations'>,
  lang: Lang,
): { title: string; proposition: string } {
  const t = inLang(issue.translations, lang);
  return { title: t?.title ?? issue.title, proposition: t?.proposition ?? issue.proposition };
}

/** A party's full name in `lang`, falling back to English. */
export function partyName(party: Pick<Party, 'name' | 'translations'>, lang: Lang): string {
  return inLang(party.translations, lang)?.name ?? party.name;
}

/**
 * A party's short name (column headers) in `lang`. Falls back to the English short name, not to the translated full
 * name: a header that suddenly grows to the full name would break the layout it was chosen for.
 */
export function partyShortName(party: Pick<Party, 'shortName' | 'translations'>, lang: Lang): string {
  return inLang(party.translations, lang)?.shortName ?? party.shortName;
}

/** A speaker's name (as the reader's press spells it) and role in `lang`, each falling back to English. */
export function actorText(
  actor: Pick<Actor, 'name' | 'role' | 'translations'>,
  lang: Lang,
): { name: string; role: string } {
  const t = inLang(actor.translations, lang);
  return { name: t?.name ?? actor.name, role: t?.role ?? actor.role };
}

/**
 * A position's own wording in `lang`. `summary` and `conditions` fall back to English (`conditions` is null when
 * the position has none). The quote itself is never translated in place — it is evidence, shown as printed in its
 * source — so there is no `quote` here: `quoteTranslation` is a separate translation to show beside it, or null
 * when there is none (always null in English, the dataset's own language).
 */
export function positionText(
  position: Pick<Position, 'summary' | 'conditions' | 'translations'>,
  lang: Lang,
): { summary: string; conditions: string | null; quoteTranslation: string | null } {
  const t = inLang(position.translations, lang);
  const conditions = position.conditions ?? null;
  return {
    summary: t?.summary ?? position.summary,
    // a translation of conditions the position does not have is refused by the validator; never show one
    conditions: conditions === null ? null : (t?.conditions ?? conditions),
    quoteTranslation: t?.quote ?? null,
  };
}
