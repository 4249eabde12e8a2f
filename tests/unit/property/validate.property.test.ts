// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referentialProblems } from '../../../src/data/references';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { dataset, datasetJsonSchema, shapeProblems } from '../../../src/data/schema';
import { formatPath, validateDataset, type Validation } from '../../../src/data/validate';
import { readJson } from '../../fixtures/load';

const SEED = 20_240_131;
const RUNS = 300;

type Segment = string | number;

/** Plain JSON data only: what JSON.stringify writes out unchanged (null-prototype objects included). */
function isJsonData(value: unknown, depth = 0): boolean {
  if (depth > 100) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isJsonData(value[i], depth + 1)) return false;
    return true;
  }
  if (typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  return Object.values(value).every((v) => isJsonData(v, depth + 1));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A problem path like `positions[3].translations.uk.quote`, or "" for the whole document. */
const PATH = /^(?:[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*)?$/;

function splitPath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] === undefined ? (m[1] ?? '') : Number(m[2]));
  return out;
}

/** The value at `segments` in `root`, or undefined when any step is missing. */
function at(root: unknown, segments: readonly Segment[]): unknown {
  let node = root;
  for (const s of segments) {
    if (typeof s === 'number' ? !Array.isArray(node) : !isRecord(node)) return undefined;
    node = (node as Record<Segment, unknown>)[s];
  }
  return node;
}

/** Whatever the input, a validation is either ok or a non-empty list of problems with readable paths. */
function expectWellFormed(result: Validation, input: unknown): void {
  if (result.ok) {
    // A version 1 file comes back migrated: the same content under the current version number.
    expect(result.data).toEqual(result.migratedFrom === 1 ? { ...(input as object), schemaVersion: 2 } : input);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(p.path).toMatch(PATH);
    expect(typeof p.message).toBe('string');
    expect(p.message.trim()).not.toBe('');
    // A problem points into the document: at a value it has, or at a missing key of an object it has.
    const segments = splitPath(p.path);
    const inside = segments.length === 0 || at(input, segments.slice(0, -1)) !== undefined;
    expect(inside, `${p.path} is outside the input`).toBe(true);
  }
}

/** Every path into a JSON value, the root included. */
function allPaths(value: unknown, prefix: Segment[] = []): Segment[][] {
  const out: Segment[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...allPaths(v, [...prefix, i])));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) out.push(...allPaths(v, [...prefix, k]));
  return out;
}

type Mutation = { op: 'drop'; path: Segment[] } | { op: 'replace'; path: Segment[]; value: fc.JsonValue };

/** Applies a mutation in place; a path made stale by an earlier mutation is skipped. Returns the new root. */
function mutate(root: unknown, m: Mutation): unknown {
  if (m.path.length === 0) return m.op === 'replace' ? m.value : undefined;
  const parent = at(root, m.path.slice(0, -1));
  const key = m.path[m.path.length - 1];
  if (key === undefined) return root;
  if (Array.isArray(parent) && typeof key === 'number' && key < parent.length) {
    if (m.op === 'drop') parent.splice(key, 1);
    else parent[key] = m.value;
  } else if (isRecord(parent) && typeof key === 'string' && Object.hasOwn(parent, key)) {
    if (m.op === 'drop') delete parent[key];
    else parent[key] = m.value;
  }
  return root;
}

const fixture = readJson('five-parties.json');
const fixturePaths = allPaths(fixture);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), path: fc.constantFrom(...fixturePaths) }),
  fc.record({
    op: fc.constant('replace' as const),
    path: fc.constantFrom(...fixturePaths),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
);

const params = { seed: SEED, numRuns: RUNS };

describe('validateDataset on arbitrary input (property)', { timeout: 20_000 }, () => {
  it('the valid fixture and its paths are the starting point', () => {
    expect(validateDataset(fixture).ok).toBe(true);
    expect(fixturePaths.length).toBeGreaterThan(100);
  });

  it('any JSON value: ok or a non-empty list of problems, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expectWellFormed(validateDataset(input), input);
      }),
      params,
    );
  });

  it('any JSON-serialisable value from fc.anything() (null-prototype objects too): never a throw', () => {
    const serialisable = fc.anything({ withNullPrototype: true, maxDepth: 4 }).filter((v) => isJsonData(v));
    fc.assert(
      fc.property(serialisable, (input) => {
        expectWellFormed(validateDataset(input), input);
      }),
      params,
    );
  });

  it('JSON objects carrying the dataset keys with random values: never a throw', () => {
    const keys = [
      'schemaVersion',
      'meta',
      'parties',
      'actors',
      'issues',
      'sources',
      'positions',
      'corrections',
    ] as const;
    const shaped = fc.record(Object.fromEntries(keys.map((k) => [k, fc.jsonValue({ maxDepth: 3 })])), {
      requiredKeys: [],
    });
    fc.assert(
      fc.property(shaped, (input) => {
        expectWellFormed(validateDataset(input), input);
      }),
      params,
    );
  });

  it('a valid dataset with keys dropped or values replaced: stays valid or reports problems with paths', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
        const input = mutations.reduce<unknown>((root, m) => mutate(root, m), structuredClone(fixture));
        expectWellFormed(validateDataset(input), input);
      }),
      params,
    );
  });

  it('a single replaced leaf that breaks the type is always reported at exactly that path', () => {
    const leaves = fixturePaths.filter((p) => {
      const v = at(fixture, p);
      return p.length > 0 && (typeof v === 'string' || typeof v === 'number');
    });
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.constantFrom<fc.JsonValue>([], {}, true), (path, value) => {
        const input = mutate(structuredClone(fixture), { op: 'replace', path, value });
        const result = validateDataset(input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const where = result.problems.map((p) => p.path);
        expect(where).toContain(formatPath(path));
      }),
      params,
    );
  });
});

/**
 * The format is written once (schema.ts) and read three ways: `ok` (the fast check), `explain` (the messages) and the
 * published JSON Schema. Ajv, a JSON Schema validator that shares no code with ours, is the oracle: a laxer check
 * would let a malformed file into the views, and a stricter one would refuse a file the published schema accepts.
 */
describe('the fast check, the messages and the published JSON Schema agree (property)', { timeout: 30_000 }, () => {
  // JSON Schema counts lengths in code points, the format in UTF-16 units (String.length): the published schema is that
  // much laxer for text full of emoji near a limit, which these generators do not produce.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const schemaAccepts = ajv.compile(JSON.parse(datasetJsonSchema()) as object);
  const agrees = (input: unknown): void => {
    const what = JSON.stringify(input)?.slice(0, 300);
    const accepted = schemaAccepts(input);
    expect(dataset.ok(input), what).toBe(accepted);
    expect(shapeProblems(input).length === 0, what).toBe(accepted);
  };

  it('on the valid fixtures', () => {
    expect(dataset.ok(fixture)).toBe(true);
    expect(dataset.ok(readJson('../../data/dataset.json'))).toBe(true);
    expect(schemaAccepts(fixture)).toBe(true);
    expect(shapeProblems(fixture)).toEqual([]);
  });

  it('on a valid dataset with keys dropped or values replaced by any JSON', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
        agrees(mutations.reduce<unknown>((root, m) => mutate(root, m), structuredClone(fixture)));
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it('on leaves replaced by near misses: empty, too long, wrong case, null, numbers', () => {
    const leaves = fixturePaths.filter((p) => p.length > 0 && typeof at(fixture, p) !== 'object');
    const nearMiss = fc.oneof(
      fc.constantFrom<fc.JsonValue>(
        '',
        ' ',
        null,
        0,
        1,
        2,
        2.5,
        -1,
        '1',
        'Supports',
        'A-b',
        '-a',
        'a_b',
        '2024-1-01',
        '#12345',
        'EN',
        'en-',
        true,
      ),
      fc.integer({ min: 1, max: 4_100 }).map((n) => 'x'.repeat(n)),
      fc.integer({ min: 1, max: 100 }).map((n) => 'X'.repeat(n)),
      fc.integer({ min: 0, max: 4_100 }).map((n) => Array<number>(n).fill(1)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...leaves), nearMiss, (path, value) => {
        agrees(mutate(structuredClone(fixture), { op: 'replace', path, value }));
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it('on unknown keys added to any object', () => {
    const objects = fixturePaths.filter((p) => isRecord(at(fixture, p)));
    fc.assert(
      fc.property(
        fc.constantFrom(...objects),
        fc.subarray(['extra', '__proto__', 'constructor', 'toString', 'Id'], { minLength: 1 }),
        (path, keys) => {
          const input = structuredClone(fixture);
          const target = at(input, path);
          if (isRecord(target))
            for (const key of keys)
              Object.defineProperty(target, key, { value: 'x', enumerable: true, configurable: true, writable: true });
          agrees(input);
        },
      ),
      params,
    );
  });

  it('on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), agrees), params);
  });

  it('validateDataset gives the shape problems, or else the reference rules', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 0, maxLength: 2 }), (mutations) => {
        const input = mutations.reduce<unknown>((root, m) => mutate(root, m), structuredClone(fixture));
        const expected = dataset.ok(input) ? referentialProblems(input) : shapeProblems(input);
        const result = validateDataset(input);
        expect(result.ok ? [] : result.problems).toEqual(expected);
      }),
      params,
    );
  });
});
