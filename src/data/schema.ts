import type { Problem } from './problem';
import { array, choice, described, integer, matches, maxLength, minLength, nullable, object, oneOf, optional, required, string, type Infer } from './rules';
import {
  ATTRIBUTIONS,
  BASES,
  DATE_BASES,
  KINDS,
  LIMITS as L,
  MIN_ISSUES,
  MIN_PARTIES,
  PATTERNS,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  STANCES,
  type TranslationLang,
} from '../core/vocabulary';

// The dataset format, written once: the app's check, the validator CLI's messages, the TypeScript types below and
// data/dataset.schema.json all come from these definitions. Referential rules (ids exist, real dates) are in
// references.ts; older versions are read by migrate.ts.
export { ATTRIBUTIONS, BASES, STANCES, type TranslationLang } from '../core/vocabulary';

const text = (max: number) => string(minLength(1, 'must not be empty'), maxLength(max));
const id = string(matches(PATTERNS.id, 'expected an id of lower-case letters, digits and hyphens'), maxLength(L.id));
const isoDate = string(matches(PATTERNS.isoDate, 'expected a date as YYYY-MM-DD'));
const languageTag = string(matches(PATTERNS.languageTag, 'expected a BCP 47 language tag such as "en", "uk" or "ru"'), maxLength(L.languageTag));

/** `translations: { uk?: {...}, ru?: {...} }`: both levels strict, every field optional text (English fills a gap). */
function translations<const K extends string>(limits: Readonly<Record<K, number>>) {
  const entries = Object.entries(limits) as [K, number][];
  const fields = object(Object.fromEntries(entries.map(([k, max]) => [k, optional(text(max))])) as Record<K, ReturnType<typeof optional<string>>>);
  return optional(object({ uk: optional(fields), ru: optional(fields) } satisfies Record<TranslationLang, unknown>));
}

const party = object({
  id: required(id),
  name: required(text(L.name)),
  shortName: required(text(L.shortName)),
  /** Optional: parties without one take the next free colour of the fallback palette. */
  color: optional(string(matches(PATTERNS.color, 'expected a colour as #RRGGBB'))),
  translations: translations({ name: L.name, shortName: L.shortName }),
});

const actor = object({
  id: required(id),
  name: required(text(L.name)),
  role: required(text(L.role)),
  party: required(id),
  translations: translations({ name: L.name, role: L.role }),
});

const issueV1 = {
  id: required(id),
  title: required(text(L.title)),
  proposition: required(text(L.proposition)),
  category: required(id),
  translations: translations({ title: L.title, proposition: L.proposition }),
};
const issue = object({
  ...issueV1,
  related: optional(described(array(id), 'Ids of mirror issues read together with this one (nato-membership and neutrality).')),
});

const source = object({
  id: required(id),
  outlet: required(text(L.outlet)),
  headline: required(text(L.headline)),
  published: required(isoDate),
  /** The language the report is printed in, and so the language of the quotes taken from it. */
  language: optional(languageTag),
  url: required(nullable(string(maxLength(L.url)))),
  /** The archived text the quotes are checked against, relative to the sources folder. */
  file: optional(nullable(text(L.file))),
  note: optional(nullable(text(L.note))),
  /** A translated headline is shown after the original in brackets, never in its place: a reader searches the original. */
  translations: translations({ outlet: L.outlet, headline: L.headline, note: L.note }),
});

const category = object({
  id: required(id),
  title: required(text(L.title)),
  translations: translations({ title: L.title }),
});

const positionV1 = {
  id: required(id),
  party: required(id),
  actor: required(nullable(id)),
  issue: required(id),
  stance: required(choice(STANCES)),
  conditions: optional(nullable(text(L.conditions))),
  date: required(described(isoDate, 'When it was said (see dateBasis), not when it was published.')),
  dateBasis: optional(choice(DATE_BASES)),
  summary: required(text(L.summary)),
  quote: required(nullable(text(L.quote))),
  /** The quote's language when it differs from its source's (a Ukrainian statement printed in an English report). */
  quoteLanguage: optional(languageTag),
  attribution: required(choice(ATTRIBUTIONS)),
  source: required(id),
  note: optional(nullable(text(L.note))),
  /** `quote` here is a translation shown beside the quote, never in its place: the quote stays as printed. */
  translations: translations({ summary: L.summary, conditions: L.conditions, quote: L.quote }),
};
const position = object({
  ...positionV1,
  kind: optional(described(choice(KINDS), 'demand (the default): what the party wants; concession: what it would accept short of that.')),
  basis: optional(described(choice(BASES), 'stated (the default), or inferred from an action or a linked demand; the note says from what.')),
});

const metaV1 = {
  title: required(text(L.metaTitle)),
  description: required(text(L.description)),
  updated: required(isoDate),
  credit: required(text(L.credit)),
  license: required(text(L.license)),
  translations: translations({ title: L.metaTitle, description: L.description, credit: L.credit }),
};
const meta = object({
  ...metaV1,
  staleAfterDays: optional(described(integer(1, 36_500), 'A position older than this at the as-of date is stale (default 365).')),
  /** Where readers report an error: checked in references.ts to be a mailto: or https: address. */
  contact: optional(string(minLength(1, 'must not be empty'), maxLength(L.contact))),
  defaultParties: optional(described(array(id), 'The parties shown until a reader chooses; all of them when absent.')),
});

const correction = object({
  date: required(isoDate),
  positions: required(array(id)),
  text: required(text(L.correction)),
});

const tooFewParties = 'a dataset needs at least two parties';
const tooFewIssues = 'a dataset needs at least one issue';
const versionMessage = `expected schemaVersion ${SCHEMA_VERSIONS.join(' or ')}, the versions this dashboard reads`;

export const datasetV1 = object({
  schemaVersion: required(oneOf([1], versionMessage)),
  meta: required(object(metaV1)),
  parties: required(array(party, MIN_PARTIES, tooFewParties)),
  actors: required(array(actor)),
  issues: required(array(object(issueV1), MIN_ISSUES, tooFewIssues)),
  sources: required(array(source)),
  positions: required(array(object(positionV1))),
});

export const dataset = object({
  schemaVersion: required(oneOf([SCHEMA_VERSION], versionMessage)),
  meta: required(meta),
  parties: required(array(party, MIN_PARTIES, tooFewParties)),
  actors: required(array(actor)),
  issues: required(array(issue, MIN_ISSUES, tooFewIssues)),
  sources: required(array(source)),
  positions: required(array(position)),
  /** The dataset's public corrections log, newest last. */
  corrections: optional(array(correction)),
  categories: optional(
    described(
      array(category),
      'Titles of the issues’ categories, with translations. An issue may use a category not listed: its id is shown, capitalised.',
    ),
  ),
});

export type Stance = (typeof STANCES)[number];
export type Attribution = (typeof ATTRIBUTIONS)[number];
export type Basis = (typeof BASES)[number];
export type Dataset = Infer<typeof dataset>;
export type DatasetV1 = Infer<typeof datasetV1>;
export type Party = Dataset['parties'][number];
export type Actor = Dataset['actors'][number];
export type Issue = Dataset['issues'][number];
export type Source = Dataset['sources'][number];
export type Position = Dataset['positions'][number];
export type Correction = NonNullable<Dataset['corrections']>[number];
export type DatasetMeta = Dataset['meta'];

/** What is wrong with the shape of `input` for its version's rule, each problem at its JSON path. */
export function shapeProblems(input: unknown, rule: typeof dataset | typeof datasetV1 = dataset): Problem[] {
  const out: Problem[] = [];
  rule.explain(input, [], out);
  return out;
}

/** The published JSON Schema of the current version. */
export function datasetJsonSchema(): string {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...dataset.json,
    title: 'Demands overlap dataset',
    description: `Positions of parties on issues, each with its source (format version ${SCHEMA_VERSION}; version 1 files are migrated when read). Referential rules (ids exist and are unique, real calendar dates, conditions on conditional positions, a note on inferred ones) are checked by \`npm run validate:data\`.`,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
