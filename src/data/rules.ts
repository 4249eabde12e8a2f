import type { Problem } from './problem';
import { formatPath } from './problem';

/**
 * A small set of combinators in which the dataset format is written once (schema.ts). Each rule is read three ways:
 * `ok` answers yes or no as fast as it can (10,000 positions in a few milliseconds, with no `eval`, so a strict CSP
 * holds), `explain` walks a bad file again to say what is wrong and where, and `json` is the rule as JSON Schema, for
 * `data/dataset.schema.json`. The TypeScript type of a value that passes is `Infer<typeof rule>`. Messages keep the
 * wording of zod, which the format was first written in, so dataset authors' tools and habits still match.
 */

type Path = readonly (string | number)[];
type JsonSchema = Readonly<Record<string, unknown>>;

export interface Rule<T> {
  ok: (value: unknown) => value is T;
  /** Adds a problem for each way `value` fails `ok`, in document order. */
  explain: (value: unknown, path: Path, out: Problem[]) => void;
  json: JsonSchema;
}

export type Infer<R> = R extends Rule<infer T> ? T : never;

const problem = (path: Path, message: string): Problem => ({ path: formatPath(path), message });

function received(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const mismatch = (expected: string, v: unknown, path: Path, out: Problem[]) => {
  out.push(problem(path, `Invalid input: expected ${expected}, received ${received(v)}`));
};

export interface StringCheck {
  ok: (length: number, s: string) => boolean;
  message: (kind: 'string' | 'array') => string;
  json: JsonSchema;
  /** A length check: it runs on any value with a length, so an array where text belongs gets it too. */
  length?: true;
}
export const minLength = (min: number, message: string): StringCheck => ({
  ok: (n) => n >= min,
  message: () => message,
  json: { minLength: min },
  length: true,
});
export const maxLength = (max: number): StringCheck => ({
  ok: (n) => n <= max,
  message: (kind) => `Too big: expected ${kind} to have <=${max} ${kind === 'string' ? 'characters' : 'items'}`,
  json: { maxLength: max },
  length: true,
});
export const matches = (pattern: RegExp, message: string): StringCheck => ({
  ok: (_, s) => pattern.test(s),
  message: () => message,
  json: { pattern: pattern.source },
});

/** A string passing every check; each failed check is its own problem. */
export function string(...checks: StringCheck[]): Rule<string> {
  return {
    ok: (v): v is string => {
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
      mismatch('string', v, path, out);
      if (Array.isArray(v)) for (const c of checks) if (c.length && !c.ok(v.length, '')) out.push(problem(path, c.message('array')));
    },
    json: Object.assign({ type: 'string' }, ...checks.map((c) => c.json)) as JsonSchema,
  };
}

/** A whole number from `min` to `max`. */
export function integer(min: number, max: number): Rule<number> {
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  return {
    ok,
    explain: (v, path, out) => {
      if (typeof v !== 'number') mismatch('number', v, path, out);
      else if (!ok(v)) out.push(problem(path, `expected a whole number from ${min} to ${max}`));
    },
    json: { type: 'integer', minimum: min, maximum: max },
  };
}

export function nullable<T>(rule: Rule<T>): Rule<T | null> {
  return {
    ok: (v): v is T | null => v === null || rule.ok(v),
    explain: (v, path, out) => {
      if (v !== null) rule.explain(v, path, out);
    },
    json: { anyOf: [rule.json, { type: 'null' }] },
  };
}

/** One of a fixed list of strings or numbers. */
export function oneOf<const V extends readonly (string | number)[]>(values: V, message: string): Rule<V[number]> {
  const json: JsonSchema =
    values.length === 1
      ? { type: typeof values[0] === 'number' ? 'number' : 'string', const: values[0] }
      : { type: 'string', enum: values };
  return {
    ok: (v): v is V[number] => (values as readonly unknown[]).includes(v),
    explain: (v, path, out) => {
      if (!(values as readonly unknown[]).includes(v)) out.push(problem(path, message));
    },
    json,
  };
}

export const choice = <const V extends readonly string[]>(values: V) => oneOf(values, `expected one of: ${values.join(', ')}`);

export interface Field<T, Optional extends boolean> {
  rule: Rule<T>;
  optional: Optional;
}
export const required = <T>(rule: Rule<T>): Field<T, false> => ({ rule, optional: false });
export const optional = <T>(rule: Rule<T>): Field<T, true> => ({ rule, optional: true });

type Fields = Readonly<Record<string, Field<unknown, boolean>>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type FieldType<F> = F extends Field<infer T, boolean> ? T : never;
type ObjectOf<S extends Fields> = Simplify<
  { [K in keyof S as S[K]['optional'] extends true ? never : K]: FieldType<S[K]> } & {
    [K in keyof S as S[K]['optional'] extends true ? K : never]?: FieldType<S[K]>;
  }
>;

/** Strict: every key known, every required key present; an optional key may be absent or undefined. */
export function object<S extends Fields>(shape: S): Rule<ObjectOf<S>> {
  const keys = Object.keys(shape);
  const fields = Object.values(shape);
  return {
    ok: (v): v is ObjectOf<S> => {
      if (!isRecord(v)) return false;
      for (const key in v) if (!Object.hasOwn(shape, key)) return false;
      for (let i = 0; i < keys.length; i++) {
        const value = v[keys[i] as string];
        const field = fields[i] as Field<unknown, boolean>;
        if (value === undefined ? !field.optional : !field.rule.ok(value)) return false;
      }
      return true;
    },
    explain: (v, path, out) => {
      if (!isRecord(v)) {
        mismatch('object', v, path, out);
        return;
      }
      keys.forEach((key, i) => {
        const value = v[key];
        const field = fields[i] as Field<unknown, boolean>;
        if (value === undefined && field.optional) return;
        field.rule.explain(value, [...path, key], out);
      });
      const unknown = Object.keys(v).filter((key) => !Object.hasOwn(shape, key));
      if (unknown.length > 0)
        out.push(problem(path, `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map((k) => `"${k}"`).join(', ')}`));
    },
    json: {
      type: 'object',
      properties: Object.fromEntries(keys.map((k, i) => [k, (fields[i] as Field<unknown, boolean>).rule.json])),
      required: keys.filter((_, i) => !(fields[i] as Field<unknown, boolean>).optional),
      additionalProperties: false,
    },
  };
}

export function array<T>(item: Rule<T>, min = 0, tooFew = ''): Rule<T[]> {
  return {
    ok: (v): v is T[] => {
      if (!Array.isArray(v) || v.length < min) return false;
      for (let i = 0; i < v.length; i++) if (!item.ok(v[i])) return false;
      return true;
    },
    explain: (v, path, out) => {
      if (!Array.isArray(v)) {
        mismatch('array', v, path, out);
        return;
      }
      v.forEach((x, i) => item.explain(x, [...path, i], out));
      if (v.length < min) out.push(problem(path, tooFew));
    },
    json: min > 0 ? { type: 'array', items: item.json, minItems: min } : { type: 'array', items: item.json },
  };
}

/** Adds a title and description to a rule's JSON Schema, for the published schema's readers. */
export function described<T>(rule: Rule<T>, description: string): Rule<T> {
  return { ...rule, json: { ...rule.json, description } };
}
