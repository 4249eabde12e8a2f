import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../src/data/validate';
import { readJson } from '../../fixtures/load';

const fixture = () => readJson('four-parties.json') as Record<string, unknown> & { positions: Record<string, unknown>[] };
const problemsOf = (input: unknown) => {
  const r = validateDataset(input);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('validateDataset', () => {
  it('accepts the bundled dataset and the fixture', () => {
    expect(validateDataset(readJson('../../data/dataset.json')).ok).toBe(true);
    expect(validateDataset(fixture()).ok).toBe(true);
  });

  it('names an unknown reference with its JSON path', () => {
    const ds = fixture();
    ds.positions[3]!.issue = 'nato';
    expect(problemsOf(ds)).toEqual(['positions[3].issue: unknown issue "nato"']);
  });

  it('rejects duplicate ids, impossible dates and conditional positions without conditions', () => {
    const ds = fixture();
    ds.positions[1]!.id = ds.positions[0]!.id;
    ds.positions[2]!.date = '2023-02-29';
    ds.positions[3]!.conditions = null;
    expect(problemsOf(ds)).toEqual([
      'positions[1].id: duplicate id "a-borders-1"',
      'positions[2].date: "2023-02-29" is not a real calendar date',
      'positions[3].conditions: a conditional position must state its conditions',
    ]);
  });

  it('rejects a stance outside the set and a non-http url', () => {
    const ds = fixture();
    ds.positions[0]!.stance = 'maybe';
    expect(problemsOf(ds)).toEqual(['positions[0].stance: expected one of: supports, conditional, opposes']);
    const ds2 = fixture();
    (ds2.sources as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)';
    expect(problemsOf(ds2)).toEqual(['sources[0].url: must be null or an http(s) URL']);
  });

  it('rejects an actor speaking for another party', () => {
    const ds = fixture();
    ds.positions[0]!.actor = 'bob';
    expect(problemsOf(ds)).toEqual(['positions[0].actor: actor "bob" belongs to party "beta", not "alpha"']);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const ds = fixture();
    ds.positions[0]!.qoute = 'x';
    expect(problemsOf(ds)).toEqual(['positions[0]: Unrecognized key: "qoute"']);
  });

  it('reports a wrong schemaVersion and missing arrays', () => {
    const problems = problemsOf({ schemaVersion: 3, meta: {} });
    expect(problems.some((p) => p.startsWith('schemaVersion:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('positions:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('meta.title:'))).toBe(true);
  });

  it('never throws on arbitrary JSON', () => {
    for (const v of [null, 0, 'x', [], [1], { positions: null }, { schemaVersion: 1, parties: [null] }])
      expect(validateDataset(v).ok).toBe(false);
  });
});
