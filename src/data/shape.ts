import type { Problem } from './problem';
import { formatPath } from './problem';
import type { Dataset } from './schema';
import { ATTRIBUTIONS, DATE_BASES, LIMITS as L, MIN_ISSUES, MIN_PARTIES, PATTERNS, SCHEMA_VERSION, STANCES } from './vocabulary';

// The dataset's shape, written once and read two ways: `ok` answers yes or no as fast as it can (10,000 positions
// in a few milliseconds; zod, jitless as the strict CSP requires, took ~4× longer and ~9 KB gzip of the bundle),
// `explain` walks a bad file again to say what is wrong and where, in zod's words. The zod schema (schema.ts)
// remains the format's reference for the published JSON Schema; property tests hold this file to it.

type Path = readonly (string | number)[];

interface Rule {
  ok: (value: unknown) => boolean;
  /** Adds a problem for each way `value` fails `ok`, in the order zod reports them. */
  explain: (value: unknown, path: Path, out: Problem[]) => void;
}

const problem = (path: Path, message: string): Problem => ({ path: formatPath(path), message });

function received(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const mismatch = (expected: string) => (v: unknown, path: Path, out: Problem[]) => {
  out.push(problem(path, `Invalid input: expected ${expected}, received ${received(v)}`));
};

interface StringCheck {
  ok: (length: number, s: string) => boolean;
  message: (kind: 'string' | 'array') => string;
  /** A length check: zod runs these on any value with a length, so an array where text belongs gets them too. */
  length?: true;
}
const minLength = (min: number, message: string): StringCheck => ({ ok: (n) => n >= min, message: () => message, length: true });
const maxLength = (max: number): StringCheck => ({
  ok: (n) => n <= max,
  message: (kind) => `Too big: expected ${kind} to have <=${max} ${kind === 'string' ? 'characters' : 'items'}`,
  length: true,
});
const matches = (pattern: RegExp, message: string): StringCheck => ({ ok: (_, s) => pattern.test(s), message: () => message });

/** A string passing every check; like zod, each failed check is its own problem. */
function string(...checks: StringCheck[]): Rule {
  return {
    ok: (v) => {
      if (typeof v !== 'string') return false;
      // A plain loop: this runs for every string of every position, and a callback per check showed in profiles.
      for (let i = 0; i < checks.length; i++) if (!(checks[i] as StringCheck).ok(v.length, v)) return false;
      return true;
    },
    explain: (v, path, out) => {
      if (typeof v === 'string') {
        for (const c of checks) if (!c.ok(v.length, v)) out.push(problem(path, c.message('string')));
        return;
      }
      mismatch('string')(v, path, out);
      if (Array.isArray(v)) for (const c of checks) if (c.length && !c.ok(v.length, '')) out.push(problem(path, c.message('array')));
    },
  };
}

const text = (max: number) => string(minLength(1, 'must not be empty'), maxLength(max));

function nullable(rule: Rule): Rule {
  return {
    ok: (v) => v === null || rule.ok(v),
    explain: (v, path, out) => {
      if (v !== null) rule.explain(v, path, out);
    },
  };
}

function oneOf(values: readonly unknown[], message: string): Rule {
  return {
    ok: (v) => values.includes(v),
    explain: (v, path, out) => {
      if (!values.includes(v)) out.push(problem(path, message));
    },
  };
}

interface Field {
  rule: Rule;
  optional: boolean;
}
const required = (rule: Rule): Field => ({ rule, optional: false });
const optional = (rule: Rule): Field => ({ rule, optional: true });

/** Strict: every key known, every required key present; an optional key may be absent or undefined. */
function object(shape: Readonly<Record<string, Field>>): Rule {
  const keys = Object.keys(shape);
  const fields = Object.values(shape);
  return {
    ok: (v) => {
      if (!isRecord(v)) return false;
      for (const key in v) if (!Object.hasOwn(shape, key)) return false;
      for (let i = 0; i < keys.length; i++) {
        const value = v[keys[i] as string];
        const field = fields[i] as Field;
        if (value === undefined ? !field.optional : !field.rule.ok(value)) return false;
      }
      return true;
    },
    explain: (v, path, out) => {
      if (!isRecord(v)) {
        mismatch('object')(v, path, out);
        return;
      }
      keys.forEach((key, i) => {
        const value = v[key];
        const field = fields[i] as Field;
        if (value === undefined && field.optional) return;
        field.rule.explain(value, [...path, key], out);
      });
      const unknown = Object.keys(v).filter((key) => !Object.hasOwn(shape, key));
      if (unknown.length > 0)
        out.push(problem(path, `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map((k) => `"${k}"`).join(', ')}`));
    },
  };
}

function array(item: Rule, min = 0, tooFew = ''): Rule {
  return {
    ok: (v) => {
      if (!Array.isArray(v) || v.length < min) return false;
      for (let i = 0; i < v.length; i++) if (!item.ok(v[i])) return false;
      return true;
    },
    explain: (v, path, out) => {
      if (!Array.isArray(v)) {
        mismatch('array')(v, path, out);
        return;
      }
      v.forEach((x, i) => item.explain(x, [...path, i], out));
      if (v.length < min) out.push(problem(path, tooFew));
    },
  };
}

/** `translations: { uk?: {...}, ru?: {...} }`: both levels strict, every field optional text. */
function translations(limits: Readonly<Record<string, number>>): Rule {
  const fields = object(Object.fromEntries(Object.entries(limits).map(([k, max]) => [k, optional(text(max))])));
  return object({ uk: optional(fields), ru: optional(fields) });
}

const id = string(matches(PATTERNS.id, 'expected an id of lower-case letters, digits and hyphens'), maxLength(L.id));
const isoDate = string(matches(PATTERNS.isoDate, 'expected a date as YYYY-MM-DD'));
const languageTag = string(matches(PATTERNS.languageTag, 'expected a BCP 47 language tag such as "en", "uk" or "ru"'), maxLength(L.languageTag));
const choice = (values: readonly string[]) => oneOf(values, `expected one of: ${values.join(', ')}`);

const party = object({
  id: required(id),
  name: required(text(L.name)),
  shortName: required(text(L.shortName)),
  color: optional(string(matches(PATTERNS.color, 'expected a colour as #RRGGBB'))),
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
  url: required(nullable(string(maxLength(L.url)))),
  file: optional(nullable(text(L.file))),
  note: optional(nullable(text(L.note))),
});

const position = object({
  id: required(id),
  party: required(id),
  actor: required(nullable(id)),
  issue: required(id),
  stance: required(choice(STANCES)),
  conditions: optional(nullable(text(L.conditions))),
  date: required(isoDate),
  dateBasis: optional(choice(DATE_BASES)),
  summary: required(text(L.summary)),
  quote: required(nullable(text(L.quote))),
  quoteLanguage: optional(languageTag),
  attribution: required(choice(ATTRIBUTIONS)),
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
  schemaVersion: required(oneOf([SCHEMA_VERSION], `expected schemaVersion ${SCHEMA_VERSION}, the only version this dashboard reads`)),
  meta: required(meta),
  parties: required(array(party, MIN_PARTIES, 'a dataset needs at least two parties')),
  actors: required(array(actor)),
  issues: required(array(issue, MIN_ISSUES, 'a dataset needs at least one issue')),
  sources: required(array(source)),
  positions: required(array(position)),
});

/** True when `input` has the dataset's shape (references and calendar dates are checked separately). */
export function hasDatasetShape(input: unknown): input is Dataset {
  return dataset.ok(input);
}

/** What is wrong with the shape of `input`, each problem at its JSON path; empty when it has the dataset's shape. */
export function shapeProblems(input: unknown): Problem[] {
  const out: Problem[] = [];
  dataset.explain(input, [], out);
  return out;
}
