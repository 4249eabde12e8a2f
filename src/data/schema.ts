import * as z from 'zod/mini';
import { ATTRIBUTIONS, DATE_BASES, LIMITS as L, MIN_ISSUES, MIN_PARTIES, PATTERNS, SCHEMA_VERSION, STANCES, type TranslationLang } from './vocabulary';

// This schema is the dataset format's reference: the validator CLI, the published JSON Schema and the app's error
// messages come from it. The app checks valid files with the faster shape.ts first and loads this only for messages.
export { ATTRIBUTIONS, DATE_BASES, STANCES, TRANSLATION_LANGS, type TranslationLang } from './vocabulary';

// zod's JIT compiles validators with `new Function`, which a strict CSP (no 'unsafe-eval') forbids.
// zod/mini ships no messages by default ("Invalid input"); a dataset author needs to know what is wrong.
z.config({ jitless: true, ...z.locales.en() });

const isoDate = z.string().check(z.regex(PATTERNS.isoDate, 'expected a date as YYYY-MM-DD'));
const id = z.string().check(
  z.regex(PATTERNS.id, 'expected an id of lower-case letters, digits and hyphens'),
  z.maxLength(L.id),
);
const text = (max: number) => z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max));
const nullableText = (max: number) => z.nullable(text(max));
const languageTag = z.string().check(
  z.regex(PATTERNS.languageTag, 'expected a BCP 47 language tag such as "en", "uk" or "ru"'),
  z.maxLength(L.languageTag),
);

/**
 * `translations: { uk?: {...}, ru?: {...} }` of a record: each language optional, each field optional (a missing one
 * falls back to the English value). Strict at both levels, so an unknown language or a misspelt field is an error.
 */
function translations<Shape extends Record<string, z.ZodMiniType<string | undefined>>>(shape: Shape) {
  const fields = z.strictObject(shape);
  const byLang = { uk: z.optional(fields), ru: z.optional(fields) } satisfies Record<TranslationLang, unknown>;
  return z.optional(z.strictObject(byLang));
}

export const partySchema = z.strictObject({
  id,
  name: text(L.name),
  shortName: text(L.shortName),
  /** Optional: parties without one take the next free colour of the fallback palette. */
  color: z.optional(z.string().check(z.regex(PATTERNS.color, 'expected a colour as #RRGGBB'))),
  translations: translations({ name: z.optional(text(L.name)), shortName: z.optional(text(L.shortName)) }),
});

export const actorSchema = z.strictObject({
  id,
  name: text(L.name),
  role: text(L.role),
  party: id,
  translations: translations({ name: z.optional(text(L.name)), role: z.optional(text(L.role)) }),
});

export const issueSchema = z.strictObject({
  id,
  title: text(L.title),
  proposition: text(L.proposition),
  category: id,
  translations: translations({ title: z.optional(text(L.title)), proposition: z.optional(text(L.proposition)) }),
});

export const sourceSchema = z.strictObject({
  id,
  outlet: text(L.outlet),
  headline: text(L.headline),
  published: isoDate,
  /** The language the report is printed in, and so the language of the quotes taken from it. */
  language: z.optional(languageTag),
  url: z.nullable(z.string().check(z.maxLength(L.url))),
  file: z.optional(nullableText(L.file)),
  note: z.optional(nullableText(L.note)),
});

export const positionSchema = z.strictObject({
  id,
  party: id,
  actor: z.nullable(id),
  issue: id,
  stance: z.enum(STANCES, `expected one of: ${STANCES.join(', ')}`),
  conditions: z.optional(nullableText(L.conditions)),
  date: isoDate,
  dateBasis: z.optional(z.enum(DATE_BASES, `expected one of: ${DATE_BASES.join(', ')}`)),
  summary: text(L.summary),
  quote: nullableText(L.quote),
  /** The quote's language when it differs from its source's (a Ukrainian statement printed in an English report). */
  quoteLanguage: z.optional(languageTag),
  attribution: z.enum(ATTRIBUTIONS, `expected one of: ${ATTRIBUTIONS.join(', ')}`),
  source: id,
  note: z.optional(nullableText(L.note)),
  /** `quote` here is a translation shown beside the quote, never in its place: the quote stays as printed. */
  translations: translations({
    summary: z.optional(text(L.summary)),
    conditions: z.optional(text(L.conditions)),
    quote: z.optional(text(L.quote)),
  }),
});

export const metaSchema = z.strictObject({
  title: text(L.metaTitle),
  description: text(L.description),
  updated: isoDate,
  credit: text(L.credit),
  license: text(L.license),
  translations: translations({ title: z.optional(text(L.metaTitle)), description: z.optional(text(L.description)), credit: z.optional(text(L.credit)) }),
});

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, 'expected schemaVersion 1, the only version this dashboard reads'),
  meta: metaSchema,
  parties: z.array(partySchema).check(z.minLength(MIN_PARTIES, 'a dataset needs at least two parties')),
  actors: z.array(actorSchema),
  issues: z.array(issueSchema).check(z.minLength(MIN_ISSUES, 'a dataset needs at least one issue')),
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
