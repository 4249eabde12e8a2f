/**
 * The dataset format's words and limits: the format (schema.ts), the URL codec and the interface read them here.
 */

export const STANCES = ['supports', 'conditional', 'opposes'] as const;
export const ATTRIBUTIONS = ['direct', 'reported'] as const;
export const DATE_BASES = ['statement', 'report'] as const;
/** What a position says: a demand is what the party wants; a concession, what it would accept short of that. */
export const KINDS = ['demand', 'concession'] as const;
/** How it is known: said by the party, or read by the curators from an action or a linked demand. */
export const BASES = ['stated', 'inferred'] as const;

/**
 * The languages a dataset can carry translations in, beside its own English. A property of the format, not of the
 * interface: an interface language without translations here shows the dataset's English text.
 */
export const TRANSLATION_LANGS = ['uk', 'ru'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];
export const isTranslationLang = (lang: string): lang is TranslationLang =>
  (TRANSLATION_LANGS as readonly string[]).includes(lang);

/** What the engine concludes for a pair of parties on one issue (src/lib/overlap.ts). */
export const VERDICTS = ['overlap', 'concession', 'partial', 'conflict', 'no-basis'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const PATTERNS = {
  isoDate: /^\d{4}-\d{2}-\d{2}$/,
  id: /^[a-z0-9][a-z0-9-]*$/,
  color: /^#[0-9a-fA-F]{6}$/,
  /** A BCP 47 language tag as written in practice: "en", "uk", "ru", "en-GB", "zh-Hant". */
  languageTag: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
} as const;

/** Longest allowed strings, in UTF-16 code units (what `String.length` counts). */
export const LIMITS = {
  id: 80,
  languageTag: 35,
  url: 2000,
  name: 120,
  shortName: 40,
  role: 200,
  title: 120,
  proposition: 400,
  outlet: 200,
  headline: 400,
  file: 200,
  note: 2000,
  conditions: 2000,
  summary: 2000,
  quote: 4000,
  metaTitle: 200,
  description: 2000,
  credit: 400,
  license: 200,
  contact: 400,
  correction: 2000,
} as const;

export const MIN_PARTIES = 2;
export const MIN_ISSUES = 1;
/** The version this dashboard writes; every earlier one is read and migrated (migrate.ts). */
export const SCHEMA_VERSION = 2;
export const SCHEMA_VERSIONS = [1, 2] as const;
/** A position older than this many days at the as-of date is stale, unless the dataset says otherwise. */
export const DEFAULT_STALE_AFTER_DAYS = 365;
