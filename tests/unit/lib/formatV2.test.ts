import { describe, expect, it } from 'vitest';
import type { Position } from '../../../src/data/schema';
import { validateDataset } from '../../../src/data/validate';
import { resolveAsOf } from '../../../src/lib/asOf';
import { indexDataset } from '../../../src/lib/datasetIndex';
import { defaultParties, EMPTY_FILTERS, filterPositions, withDefaultParties } from '../../../src/lib/filters';
import { agreement, compareOn, comparePositions, partyPairs } from '../../../src/lib/overlap';
import { ageInDays, ageParts, isStale, staleAfterDays, staleFrom, withoutStale } from '../../../src/lib/stale';
import { agreementSentence } from '../../../src/lib/summary';
import { loadFixture, readJson } from '../../fixtures/load';

// The rules that format version 2 added, on the five-party fixture (tests/fixtures/five-parties.json): alpha concedes
// on membership and, conditionally, on neutrality; epsilon's support for the borders is inferred; a stale window of 365 days.
const ds = loadFixture('five-parties.json');
const index = indexDataset(ds);
const issues = ds.issues.map((i) => i.id);

const position = (over: Partial<Position>): Position => ({
  id: 'x',
  party: 'alpha',
  actor: null,
  issue: 'membership',
  stance: 'opposes',
  date: '2023-01-01',
  summary: 's',
  quote: null,
  attribution: 'direct',
  source: 's1',
  ...over,
});

describe('a concession against a demand', () => {
  it('the same stance where either side concedes is a concession, naming who conceded, and not an overlap', () => {
    const demand = position({ party: 'beta' });
    const conceded = position({ kind: 'concession' });
    expect(comparePositions(conceded, demand)).toEqual({ verdict: 'concession', conceded: 'a' });
    expect(comparePositions(demand, conceded)).toEqual({ verdict: 'concession', conceded: 'b' });
    expect(comparePositions(conceded, { ...conceded, party: 'beta' })).toEqual({
      verdict: 'concession',
      conceded: 'both',
    });
    expect(comparePositions(demand, { ...demand, party: 'alpha' })).toEqual({ verdict: 'overlap', conceded: null });
  });

  it('a concession of a different stance keeps the stance rules: conflict stays conflict', () => {
    expect(
      comparePositions(position({ kind: 'concession', stance: 'supports' }), position({ party: 'beta' })).verdict,
    ).toBe('conflict');
  });

  it('in the fixture: before alpha conceded, membership is a conflict; after, a concession by alpha', () => {
    expect(compareOn(resolveAsOf(ds.positions, '2023-02-01'), 'membership', 'alpha', 'beta').verdict).toBe('conflict');
    const after = compareOn(resolveAsOf(ds.positions, '2023-06-01'), 'membership', 'alpha', 'beta');
    expect(after).toMatchObject({ verdict: 'concession', conceded: 'a' });
    expect(after.positionA?.id).toBe('a-membership-2');
  });

  it('scores as an overlap in the agreement index, counted apart, and the sentence says who conceded, never "agree"', () => {
    const current = resolveAsOf(ds.positions, '2023-06-01');
    const ag = agreement(current, ['membership'], 'alpha', 'beta');
    expect(ag).toMatchObject({ score: 1, overlap: 0, concession: 1, concededBy: { a: 1, b: 0 }, comparable: 1 });
    const one = agreementSentence(ag, 'Alphaland', 'Betastan', '2023-06-01');
    expect(one).toBe('As of 1 June 2023, on the one issue both addressed, Alphaland concedes what Betastan demands.');
    expect(one).not.toMatch(/agree/);

    const two = agreementSentence(
      agreement(current, ['membership', 'borders'], 'alpha', 'beta'),
      'Alphaland',
      'Betastan',
      '2023-06-01',
    );
    expect(two).toBe(
      'As of 1 June 2023, Alphaland and Betastan conflict on 1 of the 2 issues both addressed; on 1, Alphaland concedes what Betastan demands.',
    );
  });
});

describe('a conditional concession', () => {
  it('is partial against the demand it meets halfway', () => {
    const c = compareOn(resolveAsOf(ds.positions, '2023-06-01'), 'neutral', 'alpha', 'beta');
    expect(c.verdict).toBe('partial');
    expect(c.positionA?.kind).toBe('concession');
    expect(c.conceded).toBeNull();
  });
});

describe('a position going stale between two dates', () => {
  it('is fresh within the window and stale the day after it', () => {
    const days = staleAfterDays(ds.meta);
    expect(days).toBe(365);
    const p = ds.positions.find((x) => x.id === 'a-borders-1');
    expect(p?.date).toBe('2023-01-10');
    if (p === undefined) return;
    expect(staleFrom(p.date, days)).toBe('2024-01-11');
    expect(isStale(p, '2024-01-10', days)).toBe(false);
    expect(isStale(p, '2024-01-11', days)).toBe(true);
    expect(ageInDays(p.date, '2024-01-11')).toBe(366);
  });

  it('"current positions only" turns a verdict resting on it into no basis, and keeps fresh ones', () => {
    const days = staleAfterDays(ds.meta);
    const early = withoutStale(resolveAsOf(ds.positions, '2023-12-31'), '2023-12-31', days);
    expect(compareOn(early, 'borders', 'alpha', 'beta').verdict).toBe('conflict');
    const late = withoutStale(resolveAsOf(ds.positions, '2024-09-01'), '2024-09-01', days);
    expect(compareOn(late, 'borders', 'alpha', 'beta').verdict).toBe('no-basis');
    expect(late.get(`epsilon\u0000trade`)?.id).toBe('e-trade-1');
  });

  it('ages read in whole years, months or days', () => {
    expect(ageParts(366)).toEqual({ unit: 'year', count: 1 });
    expect(ageParts(3 * 365 + 1)).toEqual({ unit: 'year', count: 3 });
    expect(ageParts(75)).toEqual({ unit: 'month', count: 2 });
    expect(ageParts(12)).toEqual({ unit: 'day', count: 12 });
  });
});

describe('an inferred position filtered out', () => {
  it('basis=stated leaves inferred positions out, and with them the verdicts they carried', () => {
    const stated = filterPositions(ds.positions, { ...EMPTY_FILTERS, basis: ['stated'] }, index);
    expect(stated.some((p) => p.id === 'e-borders-1')).toBe(false);
    expect(stated).toHaveLength(ds.positions.length - 1);
    const inferred = filterPositions(ds.positions, { ...EMPTY_FILTERS, basis: ['inferred'] }, index);
    expect(inferred.map((p) => p.id)).toEqual(['e-borders-1']);
    expect(compareOn(resolveAsOf(ds.positions, '2023-06-01'), 'borders', 'alpha', 'epsilon').verdict).toBe('overlap');
    expect(compareOn(resolveAsOf(stated, '2023-06-01'), 'borders', 'alpha', 'epsilon').verdict).toBe('no-basis');
  });

  it('an inferred position must say in its note what it is inferred from', () => {
    const bad = readJson('five-parties.json') as { positions: { id: string; note: string | null }[] };
    const p = bad.positions.find((x) => x.id === 'e-borders-1');
    if (p) p.note = null;
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((x) => `${x.path}: ${x.message}`)).toContain(
        `positions[${bad.positions.indexOf(p!)}].note: an inferred position must say in its note what it is inferred from`,
      );
  });
});

describe('a five-party dataset', () => {
  it('compares all ten pairs', () => {
    const pairs = partyPairs(ds.parties.map((p) => p.id));
    expect(pairs).toHaveLength(10);
    const current = resolveAsOf(ds.positions, '2024-12-31');
    const scored = pairs.map(([a, b]) => agreement(current, issues, a, b));
    expect(scored.every((ag) => ag.comparable + ag.notComparable === issues.length)).toBe(true);
  });

  it('shows the dataset’s default parties until the reader chooses, and the reader’s choice after', () => {
    expect(defaultParties(ds)).toEqual(['alpha', 'beta', 'gamma']);
    expect(withDefaultParties(EMPTY_FILTERS, ds).parties).toEqual(['alpha', 'beta', 'gamma']);
    expect(withDefaultParties({ ...EMPTY_FILTERS, parties: ['epsilon'] }, ds).parties).toEqual(['epsilon']);
    const { defaultParties: _, ...meta } = ds.meta;
    expect(withDefaultParties(EMPTY_FILTERS, { ...ds, meta }).parties).toEqual([]);
  });

  it('checks mirror issues, default parties, the contact and the corrections log against the dataset', () => {
    const bad = readJson('five-parties.json') as {
      meta: { contact: string; defaultParties: string[] };
      issues: { related?: string[] }[];
      corrections: { positions: string[] }[];
    };
    bad.meta.contact = 'http://example.org/errors';
    bad.meta.defaultParties = ['alpha', 'omega'];
    bad.issues[4]!.related = ['neutral', 'nowhere'];
    bad.corrections[0]!.positions = ['a-membership-9'];
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'meta.contact: expected a mailto: or https: address where readers report an error',
      'meta.defaultParties[1]: unknown party "omega"',
      'issues[4].related[0]: an issue cannot be related to itself',
      'issues[4].related[1]: unknown issue "nowhere"',
      'corrections[0].positions[0]: unknown position "a-membership-9"',
    ]);
  });
});

describe('a version 1 file', () => {
  it('is migrated when read: every position a stated demand, nothing else changed', () => {
    const v1 = readJson('four-parties.json') as { schemaVersion: number; positions: object[] };
    expect(v1.schemaVersion).toBe(1);
    const result = validateDataset(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.data.schemaVersion).toBe(2);
    expect(result.data.positions).toEqual(v1.positions);
    expect(result.data.positions.every((p) => p.kind === undefined && p.basis === undefined)).toBe(true);
  });

  it('may not use what version 2 added', () => {
    const v1 = readJson('four-parties.json') as { positions: Record<string, unknown>[] };
    v1.positions[0]!.kind = 'concession';
    const result = validateDataset(v1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ path: 'positions[0]', message: 'Unrecognized key: "kind"' }]);
  });
});
