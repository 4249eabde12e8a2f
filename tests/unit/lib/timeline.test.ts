import { partyPairs } from '../../../src/lib/overlap';
import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../../src/lib/asOf';
import { dayNumber, isoFromDay } from '../../../src/core/dates';
import { stanceDistribution } from '../../../src/lib/distribution';
import {
  agreementOverTime,
  agreementSeries,
  levelOffset,
  STANCE_LEVEL,
  stanceLine,
  mostDiscussedIssue,
  stanceSeries,
  stanceSteps,
  type SeriesPoint,
} from '../../../src/lib/timeline';
import { loadBundled, loadFixture } from '../../fixtures/load';

const ds = loadFixture('four-parties.json');
const parties = ds.parties.map((p) => p.id);

describe('stanceSteps', () => {
  it('gives every party a step at each date the issue changes', () => {
    const steps = stanceSteps(ds.positions, 'trade', parties);
    expect(steps.get('alpha')?.map((s) => [s.date, s.stance])).toEqual([
      ['2023-01-10', 'opposes'],
      ['2023-02-01', 'opposes'],
      ['2023-06-01', 'conditional'],
    ]);
    expect(steps.get('delta')?.map((s) => s.stance)).toEqual([null, null, null]);
  });

  it('follows Ukraine and Russia on NATO membership in the bundled data', () => {
    const bundled = loadBundled();
    const steps = stanceSteps(bundled.positions, 'nato-membership', ['ukraine', 'russia']);
    const at = (party: string, date: string) => steps.get(party)?.find((s) => s.date === date)?.stance;
    expect(at('ukraine', '2021-04-06')).toBe('supports');
    expect(at('ukraine', '2022-03-15')).toBe('opposes');
    expect(at('ukraine', '2024-06-14')).toBe('supports');
    expect(steps.get('russia')?.every((s) => s.stance === 'opposes')).toBe(true);
  });
});

describe('agreementOverTime', () => {
  it('recomputes every pair at each change date', () => {
    const points = agreementOverTime(
      ds.positions,
      ds.issues.map((i) => i.id),
      partyPairs(['alpha', 'beta']),
    );
    expect(points.map((p) => p.date)).toEqual([
      '2023-01-10',
      '2023-01-12',
      '2023-02-01',
      '2023-03-01',
      '2023-04-01',
      '2023-06-01',
    ]);
    expect(points.map((p) => p.pairs[0]?.score)).toEqual([null, 0, 0, 0, 0, 1 / 6]);
  });
});

describe('stanceDistribution', () => {
  it('counts each party once per issue, with no stated position counted too', () => {
    const dist = stanceDistribution(resolveAsOf(ds.positions, '2023-12-31'), ['trade', 'troops'], parties);
    expect(dist).toEqual([
      { issue: 'trade', counts: { supports: 2, conditional: 1, opposes: 0, none: 1 } },
      { issue: 'troops', counts: { supports: 2, conditional: 0, opposes: 0, none: 2 } },
    ]);
  });
});

describe('mostDiscussedIssue', () => {
  // Positions per issue in the fixture: borders 2, trade 4, treaty 3, troops 2.
  it('picks the issue with the most positions', () => {
    expect(mostDiscussedIssue(ds.positions, ['borders', 'trade', 'treaty', 'troops'])).toBe('trade');
  });

  it('picks only among the issues given', () => {
    expect(mostDiscussedIssue(ds.positions, ['borders', 'treaty', 'troops'])).toBe('treaty');
  });

  it('breaks a tie by the order the issues are given in', () => {
    expect(mostDiscussedIssue(ds.positions, ['borders', 'troops'])).toBe('borders');
    expect(mostDiscussedIssue(ds.positions, ['troops', 'borders'])).toBe('troops');
  });

  it('counts only the positions it is given', () => {
    // Up to 2023-01-31 only alpha and beta on borders (2) and alpha on trade (1) had spoken.
    const early = ds.positions.filter((p) => p.date <= '2023-01-31');
    expect(mostDiscussedIssue(early, ['trade', 'borders'])).toBe('borders');
  });

  it('is null when there is no issue to choose', () => {
    expect(mostDiscussedIssue(ds.positions, [])).toBeNull();
  });
});

describe('dayNumber and isoFromDay', () => {
  it('counts whole days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-02-29')).toBe(11016);
    expect(dayNumber('2024-06-14')).toBe(19888);
  });

  it('counts a leap day as a day', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
  });

  it('turns a day number back into its date', () => {
    expect(isoFromDay(0)).toBe('1970-01-01');
    expect(isoFromDay(-1)).toBe('1969-12-31');
    expect(isoFromDay(19888)).toBe('2024-06-14');
    for (const iso of ['2000-02-29', '2021-04-06', '2023-12-31', '2024-01-01'])
      expect(isoFromDay(dayNumber(iso))).toBe(iso);
  });
});

describe('stanceSeries', () => {
  const view = (points: readonly SeriesPoint[] | undefined) =>
    (points ?? []).map((p) => [p.date, p.stance, p.level, p.statements.map((s) => s.id)]);

  it('steps through every change on the issue and ends at the as-of date', () => {
    // trade: alpha opposes 2023-01-10, beta and gamma support 2023-02-01, alpha conditional 2023-06-01.
    const series = stanceSeries(ds.positions, 'trade', parties, '2023-12-31');
    expect([...series.keys()]).toEqual(parties);
    expect(view(series.get('alpha'))).toEqual([
      ['2023-01-10', 'opposes', 1, ['a-trade-1']],
      ['2023-02-01', 'opposes', 1, []],
      ['2023-06-01', 'conditional', 2, ['a-trade-2']],
      ['2023-12-31', 'conditional', 2, []],
    ]);
    expect(view(series.get('beta'))).toEqual([
      ['2023-01-10', null, 0, []],
      ['2023-02-01', 'supports', 3, ['b-trade-1']],
      ['2023-06-01', 'supports', 3, []],
      ['2023-12-31', 'supports', 3, []],
    ]);
    expect(view(series.get('gamma'))).toEqual([
      ['2023-01-10', null, 0, []],
      ['2023-02-01', 'supports', 3, ['c-trade-1']],
      ['2023-06-01', 'supports', 3, []],
      ['2023-12-31', 'supports', 3, []],
    ]);
    expect(view(series.get('delta'))).toEqual([
      ['2023-01-10', null, 0, []],
      ['2023-02-01', null, 0, []],
      ['2023-06-01', null, 0, []],
      ['2023-12-31', null, 0, []],
    ]);
  });

  it('puts each point at its day number', () => {
    const alpha = stanceSeries(ds.positions, 'trade', parties, '2023-12-31').get('alpha');
    expect(alpha?.map((p) => p.day)).toEqual([19367, 19389, 19509, 19722]);
  });

  it('shows nothing stated after the as-of date', () => {
    const series = stanceSeries(ds.positions, 'trade', parties, '2023-03-15');
    expect(view(series.get('alpha'))).toEqual([
      ['2023-01-10', 'opposes', 1, ['a-trade-1']],
      ['2023-02-01', 'opposes', 1, []],
      ['2023-03-15', 'opposes', 1, []],
    ]);
    for (const points of series.values()) expect(points.every((p) => p.date <= '2023-03-15')).toBe(true);
  });

  it('adds no second point when the as-of date is itself a change date', () => {
    const alpha = stanceSeries(ds.positions, 'trade', parties, '2023-06-01').get('alpha');
    expect(alpha?.map((p) => p.date)).toEqual(['2023-01-10', '2023-02-01', '2023-06-01']);
  });

  it('marks every statement made on a date, with the step at the later same-day entry', () => {
    // beta said supports, then opposes, both on 2023-03-01: two markers, one step (opposes).
    const beta = stanceSeries(ds.positions, 'treaty', parties, '2023-12-31').get('beta');
    expect(view(beta)).toEqual([
      ['2023-03-01', 'opposes', 1, ['b-treaty-1', 'b-treaty-2']],
      ['2023-12-31', 'opposes', 1, []],
    ]);
  });

  it('leaves other issues’ statements out of the markers', () => {
    // alpha also spoke on borders on 2023-01-10; only its trade statement marks the trade chart.
    const alpha = stanceSeries(ds.positions, 'trade', parties, '2023-01-10').get('alpha');
    expect(view(alpha)).toEqual([['2023-01-10', 'opposes', 1, ['a-trade-1']]]);
  });

  it('is empty for every party before anyone spoke on the issue', () => {
    const series = stanceSeries(ds.positions, 'trade', parties, '2023-01-09');
    expect([...series.values()]).toEqual([[], [], [], []]);
  });

  it('marks every statement of the bundled data at the stance in force after it, the day’s last entry winning', () => {
    const bundled = loadBundled();
    const asOf = '2024-06-14';
    for (const party of ['ukraine', 'russia']) {
      const mine = bundled.positions.filter(
        (p) => p.party === party && p.issue === 'nato-membership' && p.date <= asOf,
      );
      const series = stanceSeries(bundled.positions, 'nato-membership', [party], asOf).get(party) ?? [];
      const marked = series.filter((p) => p.statements.length > 0);
      expect(marked.map((p) => p.date)).toEqual([...new Set(mine.map((p) => p.date))]);
      for (const point of marked) expect(point.stance).toBe(point.statements.at(-1)?.stance);
      expect(series.at(-1)?.date).toBe(asOf);
    }
  });
});

describe('agreementSeries', () => {
  const issues = ['borders', 'trade', 'treaty', 'troops'];

  it('gives every pair’s index in percent at each change, with its base, null below three issues, ending at as-of', () => {
    // alpha–beta: shares one issue on 2023-01-12, two on 02-01, three (all conflicts, 0%) on 03-01; 2023-06-01 trade
    // turns partial: 1 of 6 points. alpha–delta: both support troops from 2023-04-01, one issue: too few, no figure.
    // beta–delta: never speak on the same issue.
    const rows = agreementSeries(ds.positions, issues, partyPairs(['alpha', 'beta', 'delta']), '2023-12-31');
    const none = { 'alpha-delta': null, 'beta-delta': null };
    expect(rows.map((r) => [r.date, r.values])).toEqual([
      ['2023-01-10', { 'alpha-beta': null, ...none }],
      ['2023-01-12', { 'alpha-beta': null, ...none }],
      ['2023-02-01', { 'alpha-beta': null, ...none }],
      ['2023-03-01', { 'alpha-beta': 0, ...none }],
      ['2023-04-01', { 'alpha-beta': 0, ...none }],
      ['2023-06-01', { 'alpha-beta': 16.7, ...none }],
      ['2023-12-31', { 'alpha-beta': 16.7, ...none }],
    ]);
    expect(rows.map((r) => [r.bases['alpha-beta'], r.bases['alpha-delta'], r.bases['beta-delta']])).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [2, 0, 0],
      [3, 0, 0],
      [3, 1, 0],
      [3, 1, 0],
      [3, 1, 0],
    ]);
    expect(rows.map((r) => r.day)).toEqual([19367, 19369, 19389, 19417, 19448, 19509, 19722]);
  });

  it('rounds percentages to one decimal', () => {
    // alpha–beta on 2023-06-01: 1 of 6 points over 3 issues → 16.7; the other pairs share one issue each.
    const rows = agreementSeries(ds.positions, issues, partyPairs(['alpha', 'beta', 'gamma']), '2023-06-01');
    expect(rows.at(-1)).toEqual({
      day: 19509,
      date: '2023-06-01',
      values: { 'alpha-beta': 16.7, 'alpha-gamma': null, 'beta-gamma': null },
      bases: { 'alpha-beta': 3, 'alpha-gamma': 1, 'beta-gamma': 1 },
    });
  });

  it('uses nothing stated after the as-of date', () => {
    const rows = agreementSeries(ds.positions, issues, partyPairs(['alpha', 'beta']), '2023-03-15');
    expect(rows.map((r) => [r.date, r.values['alpha-beta'], r.bases['alpha-beta']])).toEqual([
      ['2023-01-10', null, 0],
      ['2023-01-12', null, 1],
      ['2023-02-01', null, 2],
      ['2023-03-01', 0, 3],
      ['2023-03-15', 0, 3],
    ]);
  });

  it('scores only the issues given', () => {
    // On troops alone, alpha and delta share one issue from 2023-04-01: a base, but too few for a figure.
    const rows = agreementSeries(ds.positions, ['troops'], partyPairs(['alpha', 'delta']), '2023-04-30');
    expect(rows.every((r) => r.values['alpha-delta'] === null)).toBe(true);
    expect(rows.map((r) => [r.date, r.bases['alpha-delta']])).toEqual([
      ['2023-01-10', 0],
      ['2023-01-12', 0],
      ['2023-02-01', 0],
      ['2023-03-01', 0],
      ['2023-04-01', 1],
      ['2023-04-30', 1],
    ]);
  });

  it('is empty before anything was stated', () => {
    expect(agreementSeries(ds.positions, issues, partyPairs(['alpha', 'beta']), '2022-12-31')).toEqual([]);
  });
});

describe('levelOffset', () => {
  it('sets parties apart on a level, and however many there are, none leaves its level’s band', () => {
    expect(levelOffset(0, 1)).toBe(0);
    expect([0, 1].map((i) => levelOffset(i, 2))).toEqual([-0.1, 0.1]);
    for (const n of [2, 3, 5, 9, 27]) {
      const offsets = Array.from({ length: n }, (_, i) => levelOffset(i, n));
      // Halfway to the next level is where a reader would read the neighbouring stance: every line stays well short.
      expect(Math.max(...offsets.map(Math.abs))).toBeLessThanOrEqual(0.2 + 1e-9);
      expect(new Set(offsets).size).toBe(n);
    }
  });
});

describe('stanceLine', () => {
  const point = (date: string, stance: SeriesPoint['stance']): SeriesPoint => ({
    day: dayNumber(date),
    date,
    stance,
    level: STANCE_LEVEL[stance ?? 'none'],
    statements: [],
  });

  it('draws no stated position as a gap (null), never on a level, and runs a lapsing stance to the day it lapses', () => {
    const line = stanceLine(
      [
        point('2022-01-01', null),
        point('2022-02-01', 'supports'),
        point('2022-03-01', null),
        point('2022-04-01', 'opposes'),
      ],
      0,
      1,
    );
    expect(line.map((p) => [p.date, p.day, p.y])).toEqual([
      ['2022-01-01', dayNumber('2022-01-01'), null],
      ['2022-02-01', dayNumber('2022-02-01'), 3],
      // The supporting stretch ends on 1 March, where the stance lapsed: same level, no marker.
      ['2022-02-01', dayNumber('2022-03-01'), 3],
      ['2022-03-01', dayNumber('2022-03-01'), null],
      ['2022-04-01', dayNumber('2022-04-01'), 1],
    ]);
    expect(line[2]?.statements).toEqual([]);
  });
});
