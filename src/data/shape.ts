import type { Dataset } from './schema';
import { ATTRIBUTIONS, DATE_BASES, LIMITS as L, MIN_ISSUES, MIN_PARTIES, PATTERNS, SCHEMA_VERSION, STANCES } from './vocabulary';

// A yes/no mirror of schema.ts, written by hand for speed and size: checking 10,000 positions with zod (jitless, as
// the strict CSP requires) took ~4× longer, and zod is ~9 KB gzip the first view no longer pays for. It says only
// whether a dataset has the right shape; when it says no, the app loads the zod schema to say what is wrong and
// where. It may be stricter than the schema, never laxer (a property test holds it to that).

type Check = (value: unknown) => boolean;
type Shape = Readonly<Record<string, { check: Check; optional: boolean }>>;

const required = (check: Check) => ({ check, optional: false });
const optional = (check: Check) => ({ check, optional: true });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const string = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
const text = (max: number): Check => (v) => typeof v === 'string' && v.length >= 1 && v.length <= max;
const matching = (pattern: RegExp, max = Infinity): Check => (v) => typeof v === 'string' && v.length <= max && pattern.test(v);
const nullable = (check: Check): Check => (v) => v === null || check(v);
const oneOf = (values: readonly unknown[]): Check => (v) => values.includes(v);

const id = matching(PATTERNS.id, L.id);
const isoDate = matching(PATTERNS.isoDate);
const languageTag = matching(PATTERNS.languageTag, L.languageTag);

/** Every key known (strict), every required key present; an optional key may be absent or undefined. */
function object(shape: Shape): Check {
  const keys = Object.keys(shape);
  return (v) => {
    if (!isRecord(v)) return false;
    for (const key in v) if (!Object.hasOwn(shape, key)) return false;
    for (const key of keys) {
      const field = shape[key];
      const value = v[key];
      if (field === undefined) return false;
      if (value === undefined ? !field.optional : !field.check(value)) return false;
    }
    return true;
  };
}

const array =
  (item: Check, min = 0): Check =>
  (v) =>
    Array.isArray(v) && v.length >= min && v.every(item);

/** `translations: { uk?: {...}, ru?: {...} }`: both levels strict, every field optional text. */
function translations(limits: Readonly<Record<string, number>>): Check {
  const fields = object(Object.fromEntries(Object.entries(limits).map(([k, max]) => [k, optional(text(max))])));
  return object({ uk: optional(fields), ru: optional(fields) });
}

const party = object({
  id: required(id),
  name: required(text(L.name)),
  shortName: required(text(L.shortName)),
  color: optional(matching(PATTERNS.color)),
  translations: optional(translations({ name: L.name, shortName: L.shortName })),
});

const actor = object({
  id: required(id),
  name: required(text(L.name)),
  role: required(text(L.role)),
  party: required(id),
  translations: optional(translations({ name: L.name, role: L.role })),
});

const issue = object({
  id: required(id),
  title: required(text(L.title)),
  proposition: required(text(L.proposition)),
  category: required(id),
  translations: optional(translations({ title: L.title, proposition: L.proposition })),
});

const source = object({
  id: required(id),
  outlet: required(text(L.outlet)),
  headline: required(text(L.headline)),
  published: required(isoDate),
  language: optional(languageTag),
  url: required(nullable(string(L.url))),
  file: optional(nullable(text(L.file))),
  note: optional(nullable(text(L.note))),
});

const position = object({
  id: required(id),
  party: required(id),
  actor: required(nullable(id)),
  issue: required(id),
  stance: required(oneOf(STANCES)),
  conditions: optional(nullable(text(L.conditions))),
  date: required(isoDate),
  dateBasis: optional(oneOf(DATE_BASES)),
  summary: required(text(L.summary)),
  quote: required(nullable(text(L.quote))),
  quoteLanguage: optional(languageTag),
  attribution: required(oneOf(ATTRIBUTIONS)),
  source: required(id),
  note: optional(nullable(text(L.note))),
  translations: optional(translations({ summary: L.summary, conditions: L.conditions, quote: L.quote })),
});

const meta = object({
  title: required(text(L.metaTitle)),
  description: required(text(L.description)),
  updated: required(isoDate),
  credit: required(text(L.credit)),
  license: required(text(L.license)),
  translations: optional(translations({ title: L.metaTitle, description: L.description, credit: L.credit })),
});

const dataset = object({
  schemaVersion: required((v) => v === SCHEMA_VERSION),
  meta: required(meta),
  parties: required(array(party, MIN_PARTIES)),
  actors: required(array(actor)),
  issues: required(array(issue, MIN_ISSUES)),
  sources: required(array(source)),
  positions: required(array(position)),
});

/** True when `input` has the dataset's shape (references and calendar dates are checked separately). */
export function hasDatasetShape(input: unknown): input is Dataset {
  return dataset(input);
}
