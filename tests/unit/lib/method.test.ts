import { describe, expect, it } from 'vitest';
import type { Dataset, Position } from '../../../src/data/schema';
import { resolveAsOf } from '../../../src/lib/asOf';
import { latestDate } from '../../../src/lib/datasetIndex';
import {
  codingCounts,
  contactLink,
  correctionsLog,
  downloadName,
  mirrorPairs,
  sourceUse,
  verdictPoints,
  workedExample,
} from '../../../src/lib/method';
import { VERDICTS } from '../../../src/core/vocabulary';
import { agreement, partyPairs } from '../../../src/lib/overlap';
import { loadBundled, loadFixture } from '../../fixtures/load';

const bundled = loadBundled();
const four = loadFixture('four-parties.json');

/** A position of the fixture with some fields changed. */
const position = (over: Partial<Position> & Pick<Position, 'id' | 'party' | 'issue' | 'stance'>): Position => ({
  actor: null,
  conditions: over.stance === 'conditional' ? 'Some condition.' : null,
  date: '2024-01-01',
  summary: 'A summary.',
  quote: null,
  attribution: 'direct',
  source: four.sources[0]?.id ?? '',
  note: null,
  ...over,
});

describe('verdictPoints', () => {
  it('scores overlaps and concessions 2, partials 1, conflicts 0, and leaves no basis out', () => {
    expect(Object.fromEntries(VERDICTS.map((v) => [v, verdictPoints(v)]))).toEqual({
      overlap: 2,
      concession: 2,
      partial: 1,
      conflict: 0,
      'no-basis': null,
    });
  });

  it('gives, over every pair and date of both datasets, the index agreement() computes', () => {
    for (const ds of [bundled, four]) {
      const issues = ds.issues.map((i) => i.id);
      for (const date of [...new Set(ds.positions.map((p) => p.date))]) {
        const current = resolveAsOf(ds.positions, date);
        for (const [a, b] of partyPairs(ds.parties.map((p) => p.id))) {
          const result = agreement(current, issues, a, b);
          const points = result.comparisons.reduce((sum, c) => sum + (verdictPoints(c.verdict) ?? 0), 0);
          const comparable = result.comparisons.filter((c) => verdictPoints(c.verdict) !== null).length;
          expect(comparable, `${a}–${b} ${date}`).toBe(result.comparable);
          expect(comparable === 0 ? null : points / (2 * comparable), `${a}–${b} ${date}`).toBe(result.score);
        }
      }
    }
  });
});

describe('workedExample', () => {
  it('takes the first two parties as of the latest date, as the agreement view computes them', () => {
    const ex = workedExample(bundled);
    expect(ex).not.toBeNull();
    if (ex === null) return;
    expect([ex.a, ex.b]).toEqual([bundled.parties[0]?.id, bundled.parties[1]?.id]);
    expect(ex.asOf).toBe(latestDate(bundled.positions));
    const engine = agreement(
      resolveAsOf(bundled.positions, ex.asOf),
      bundled.issues.map((i) => i.id),
      ex.a,
      ex.b,
    );
    expect(ex.agreement).toEqual(engine);
    expect(ex.rows.length).toBe(engine.comparable);
    expect(ex.excluded.length).toBe(engine.notComparable);
    expect(ex.maxPoints).toBe(2 * engine.comparable);
    expect(ex.points / ex.maxPoints).toBe(engine.score);
  });

  it('lists each issue both addressed, in dataset order, with its verdict and points', () => {
    const ex = workedExample(bundled);
    const order = bundled.issues.map((i) => i.id);
    const issues = ex?.rows.map((r) => r.issue) ?? [];
    expect(issues).toEqual([...issues].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    for (const row of ex?.rows ?? []) {
      expect(row.positionA).not.toBeNull();
      expect(row.positionB).not.toBeNull();
      expect(row.points).toBe(verdictPoints(row.verdict));
    }
    for (const c of ex?.excluded ?? []) expect(c.verdict).toBe('no-basis');
  });

  it('tallies every scoring verdict, in VERDICTS order, including those with no issue', () => {
    const ex = workedExample(bundled);
    expect(ex?.tally.map((t) => t.verdict)).toEqual(VERDICTS.filter((v) => v !== 'no-basis'));
    expect(ex?.tally.reduce((n, t) => n + t.count, 0)).toBe(ex?.rows.length);
    expect(ex?.tally.reduce((n, t) => n + t.count * t.points, 0)).toBe(ex?.points);
  });

  it('counts a concession as one, and as an overlap in the index', () => {
    const ds: Dataset = {
      ...four,
      positions: [
        position({ id: 'x1', party: 'alpha', issue: four.issues[0]?.id ?? '', stance: 'opposes', kind: 'concession' }),
        position({ id: 'x2', party: 'beta', issue: four.issues[0]?.id ?? '', stance: 'opposes' }),
      ],
    };
    const ex = workedExample(ds);
    expect(ex?.rows.map((r) => [r.verdict, r.points, r.conceded])).toEqual([['concession', 2, 'a']]);
    expect(ex?.agreement.score).toBe(1);
    expect(ex?.tally.find((t) => t.verdict === 'concession')?.count).toBe(1);
  });

  it('has no rows and no index when the two parties share no stated issue', () => {
    const ds: Dataset = {
      ...four,
      positions: [position({ id: 'x1', party: 'alpha', issue: four.issues[0]?.id ?? '', stance: 'supports' })],
    };
    const ex = workedExample(ds);
    expect(ex?.rows).toEqual([]);
    expect(ex?.agreement.index).toBeNull();
    expect(ex?.maxPoints).toBe(0);
  });

  it('takes a chosen date', () => {
    expect(workedExample(bundled, '2021-04-06')?.asOf).toBe('2021-04-06');
  });
});

describe('sourceUse', () => {
  it('gives every source, in dataset order, with the count of positions citing it and their issues once each', () => {
    const use = sourceUse(bundled);
    expect(use.map((u) => u.source.id)).toEqual(bundled.sources.map((s) => s.id));
    expect(use.reduce((n, u) => n + u.positions, 0)).toBe(bundled.positions.length);
    const order = bundled.issues.map((i) => i.id);
    for (const u of use) {
      const citing = bundled.positions.filter((p) => p.source === u.source.id);
      expect(u.positions).toBe(citing.length);
      expect(new Set(u.issues)).toEqual(new Set(citing.map((p) => p.issue)));
      expect(u.issues).toEqual([...u.issues].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    }
  });

  it('keeps a source nothing was taken from', () => {
    const ds: Dataset = { ...four, positions: [] };
    expect(sourceUse(ds).every((u) => u.positions === 0 && u.issues.length === 0)).toBe(true);
  });
});

describe('correctionsLog', () => {
  it('is empty without corrections', () => {
    expect(correctionsLog({ ...four, corrections: undefined })).toEqual([]);
    expect(correctionsLog({ ...four, corrections: [] })).toEqual([]);
  });

  it('puts the newest first, and of one date the last written first', () => {
    const p = four.positions[0]?.id ?? '';
    const ds: Dataset = {
      ...four,
      corrections: [
        { date: '2024-01-02', positions: [p], text: 'first of the 2nd' },
        { date: '2024-01-05', positions: [], text: 'the 5th' },
        { date: '2024-01-02', positions: [p], text: 'second of the 2nd' },
        { date: '2023-12-30', positions: [], text: 'oldest' },
      ],
    };
    expect(correctionsLog(ds).map((c) => c.text)).toEqual([
      'the 5th',
      'second of the 2nd',
      'first of the 2nd',
      'oldest',
    ]);
  });

  it('resolves each named position, and keeps an id the dataset no longer holds', () => {
    const [first] = four.positions;
    const ds: Dataset = {
      ...four,
      corrections: [{ date: '2024-01-02', positions: [first?.id ?? '', 'gone-2020'], text: 'x' }],
    };
    const [entry] = correctionsLog(ds);
    expect(entry?.named).toEqual([
      { id: first?.id, position: first },
      { id: 'gone-2020', position: null },
    ]);
  });

  it('resolves every position the bundled log names', () => {
    const log = correctionsLog(bundled);
    expect(log.length).toBe(bundled.corrections?.length);
    for (const c of log) for (const n of c.named) expect(n.position?.id, n.id).toBe(n.id);
  });
});

describe('contactLink', () => {
  it('links mailto: and https: addresses, naming them by the address', () => {
    expect(contactLink('mailto:corrections@example.org')).toEqual({
      href: 'mailto:corrections@example.org',
      label: 'corrections@example.org',
    });
    expect(contactLink('mailto:a%40b@example.org?subject=Error')).toEqual({
      href: 'mailto:a%40b@example.org?subject=Error',
      label: 'a@b@example.org',
    });
    expect(contactLink('https://example.org/corrections')).toEqual({
      href: 'https://example.org/corrections',
      label: 'https://example.org/corrections',
    });
  });

  it('gives nothing when there is no address, or one that is not mailto: or https:', () => {
    expect(contactLink(undefined)).toBeNull();
    expect(contactLink('http://example.org')).toBeNull();
    expect(contactLink('javascript:alert(1)')).toBeNull();
    expect(contactLink('corrections@example.org')).toBeNull();
  });

  it('finds none in the bundled dataset', () => {
    expect(contactLink(bundled.meta.contact)).toBeNull();
  });
});

describe('downloadName', () => {
  it('names the file after the dataset file and its update', () => {
    expect(downloadName('http://localhost:4173/data/dataset.json', '2026-12-01')).toBe('dataset-2026-12-01.json');
    expect(downloadName('https://data.example.org/v2/positions.JSON?x=1#y', '2024-01-31')).toBe(
      'positions-2024-01-31.json',
    );
    expect(downloadName('data/dataset.json', '2024-01-31')).toBe('dataset-2024-01-31.json');
  });

  it('falls back to "dataset" for an address without a usable file name', () => {
    expect(downloadName('https://data.example.org/', '2024-01-31')).toBe('dataset-2024-01-31.json');
    expect(downloadName('https://data.example.org/get?id=4', '2024-01-31')).toBe('get-2024-01-31.json');
    expect(downloadName('https://x.example/%20..json', '2024-01-31')).toBe('20-2024-01-31.json');
  });
});

describe('mirrorPairs', () => {
  it('gives each pair of related issues once, in dataset order', () => {
    const related: Record<string, string[]> = {
      borders: ['treaty'],
      trade: ['troops'],
      treaty: ['borders'],
      troops: ['trade'],
    };
    const ds: Dataset = { ...four, issues: four.issues.map((i) => ({ ...i, related: related[i.id] })) };
    expect(mirrorPairs(ds)).toEqual([
      ['borders', 'treaty'],
      ['trade', 'troops'],
    ]);
  });

  it('skips unknown ids and an issue related to itself', () => {
    const [a, b] = four.issues;
    const ds: Dataset = {
      ...four,
      issues: four.issues.map((i) => (i.id === a?.id ? { ...i, related: [i.id, 'nope', b?.id ?? ''] } : i)),
    };
    expect(mirrorPairs(ds)).toEqual([[a?.id, b?.id]]);
  });
});

describe('codingCounts', () => {
  it('counts concessions, inferred positions and positions dated by their report', () => {
    const ps = bundled.positions;
    expect(codingCounts(bundled)).toEqual({
      positions: ps.length,
      concessions: ps.filter((p) => p.kind === 'concession').length,
      inferred: ps.filter((p) => p.basis === 'inferred').length,
      reportDated: ps.filter((p) => p.dateBasis === 'report').length,
    });
    expect(codingCounts(bundled).concessions).toBeGreaterThan(0);
  });
});
