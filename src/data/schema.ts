import * as z from 'zod/mini';
import type { Lang } from '../lib/lang';

// zod's JIT compiles validators with `new Function`, which a strict CSP (no 'unsafe-eval') forbids.
// zod/mini ships no messages by default ("Invalid input"); a dataset author needs to know what is wrong.
z.config({ jitless: true, ...z.locales.en() });

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
);
const id = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and hyphens'),
  z.maxLength(80),
);
const text = (max: number) => z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max));
const nullableText = (max: number) => z.nullable(text(max));
/** A BCP 47 language tag as written in practice: "en", "uk", "ru", "en-GB", "zh-Hant". */
const languageTag = z.string().check(
  z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "en", "uk" or "ru"'),
  z.maxLength(35),
);

/** The interface languages a translation can be given for: every one but English, the dataset's own language. */
export type TranslationLang = Exclude<Lang, 'en'>;
export const TRANSLATION_LANGS = ['uk', 'ru'] as const satisfies readonly TranslationLang[];

/**
 * `translations: { uk?: {...}, ru?: {...} }` of a record: each language optional, each field optional (a missing one
 * falls back to the English value). Strict at both levels, so an unknown language or a misspelt field is an error.
 */
function translations<Shape extends Record<string, z.ZodMiniType<string | undefined>>>(shape: Shape) {
  const fields = z.strictObject(shape);
  const byLang = { uk: z.optional(fields), ru: z.optional(fields) } satisfies Record<TranslationLang, unknown>;
  return z.optional(z.strictObject(byLang));
}

export const STANCES = ['supports', 'conditional', 'opposes'] as const;
export const ATTRIBUTIONS = ['direct', 'reported'] as const;
export const DATE_BASES = ['statement', 'report'] as const;

export const partySchema = z.strictObject({
  id,
  name: text(120),
  shortName: text(40),
  /** Optional: parties without one take the next free colour of the fallback palette. */
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #RRGGBB'))),
  translations: translations({ name: z.optional(text(120)), shortName: z.optional(text(40)) }),
});

export const actorSchema = z.strictObject({
  id,
  name: text(120),
  role: text(200),
  party: id,
  translations: translations({ name: z.optional(text(120)), role: z.optional(text(200)) }),
});

export const issueSchema = z.strictObject({
  id,
  title: text(120),
  proposition: text(400),
  category: id,
  translations: translations({ title: z.optional(text(120)), proposition: z.optional(text(400)) }),
});

export const sourceSchema = z.strictObject({
  id,
  outlet: text(200),
  headline: text(400),
  published: isoDate,
  /** The language the report is printed in, and so the language of the quotes taken from it. */
  language: z.optional(languageTag),
  url: z.nullable(z.string().check(z.maxLength(2000))),
  file: z.optional(nullableText(200)),
  note: z.optional(nullableText(2000)),
});

export const positionSchema = z.strictObject({
  id,
  party: id,
  actor: z.nullable(id),
  issue: id,
  stance: z.enum(STANCES, `expected one of: ${STANCES.join(', ')}`),
  conditions: z.optional(nullableText(2000)),
  date: isoDate,
  dateBasis: z.optional(z.enum(DATE_BASES, `expected one of: ${DATE_BASES.join(', ')}`)),
  summary: text(2000),
  quote: nullableText(4000),
  /** The quote's language when it differs from its source's (a Ukrainian statement printed in an English report). */
  quoteLanguage: z.optional(languageTag),
  attribution: z.enum(ATTRIBUTIONS, `expected one of: ${ATTRIBUTIONS.join(', ')}`),
  source: id,
  note: z.optional(nullableText(2000)),
  /** `quote` here is a translation shown beside the quote, never in its place: the quote stays as printed. */
  translations: translations({
    summary: z.optional(text(2000)),
    conditions: z.optional(text(2000)),
    quote: z.optional(text(4000)),
  }),
});

export const metaSchema = z.strictObject({
  title: text(200),
  description: text(2000),
  updated: isoDate,
  credit: text(400),
  license: text(200),
  translations: translations({ title: z.optional(text(200)), description: z.optional(text(2000)), credit: z.optional(text(400)) }),
});

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(1, 'expected schemaVersion 1, the only version this dashboard reads'),
  meta: metaSchema,
  parties: z.array(partySchema).check(z.minLength(2, 'a dataset needs at least two parties')),
  actors: z.array(actorSchema),
  issues: z.array(issueSchema).check(z.minLength(1, 'a dataset needs at least one issue')),
  sources: z.array(sourceSchema),
  positions: z.array(positionSchema),
});

export type Stance = (typeof STANCES)[number];
export type Attribution = (typeof ATTRIBUTIONS)[number];
export type Party = z.infer<typeof partySchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Position = z.infer<typeof positionSchema>;
export type DatasetMeta = z.infer<typeof metaSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type PartyTranslation = NonNullable<NonNullable<Party['translations']>[TranslationLang]>;
export type ActorTranslation = NonNullable<NonNullable<Actor['translations']>[TranslationLang]>;
export type IssueTranslation = NonNullable<NonNullable<Issue['translations']>[TranslationLang]>;
export type PositionTranslation = NonNullable<NonNullable<Position['translations']>[TranslationLang]>;
