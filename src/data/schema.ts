import * as z from 'zod/mini';

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

export const STANCES = ['supports', 'conditional', 'opposes'] as const;
export const ATTRIBUTIONS = ['direct', 'reported'] as const;
export const DATE_BASES = ['statement', 'report'] as const;

export const partySchema = z.strictObject({
  id,
  name: text(120),
  shortName: text(40),
  /** Optional: parties without one take the next free colour of the fallback palette. */
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #RRGGBB'))),
});

export const actorSchema = z.strictObject({
  id,
  name: text(120),
  role: text(200),
  party: id,
});

export const issueSchema = z.strictObject({
  id,
  title: text(120),
  proposition: text(400),
  category: id,
});

export const sourceSchema = z.strictObject({
  id,
  outlet: text(200),
  headline: text(400),
  published: isoDate,
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
  attribution: z.enum(ATTRIBUTIONS, `expected one of: ${ATTRIBUTIONS.join(', ')}`),
  source: id,
  note: z.optional(nullableText(2000)),
});

export const metaSchema = z.strictObject({
  title: text(200),
  description: text(2000),
  updated: isoDate,
  credit: text(400),
  license: text(200),
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
