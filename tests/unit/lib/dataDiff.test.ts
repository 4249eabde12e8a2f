import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { resolveAsOf, stanceKey } from '../../../src/lib/asOf';
import { latestDate } from '../../../src/lib/datasetIndex';
import { diffDatasets, diffReport } from '../../../src/lib/dataDiff';
import { loadBundled } from '../../fixtures/load';

const bundled = loadBundled();
const LATEST = latestDate(bundled.positions) ?? '';
/** Russia's standing position on NATO membership at the latest date: changing it changes verdicts. */
const standing = resolveAsOf(bundled.positions, LATEST).get(stanceKey('russia', 'nato-membership'));

const withStance = (ds: Dataset, id: string, stance: 'supports' | 'opposes' | 'conditional'): Dataset => ({
  ...ds,
  positions: ds.positions.map((p) =>
    p.id === id ? { ...p, stance, conditions: stance === 'conditional' ? 'if…' : p.conditions } : p,
  ),
});

describe('diffDatasets', () => {
  it('names a changed stance field by field, the verdicts it changes, and the missing corrections entry', () => {
    if (standing === undefined) throw new Error('no standing position');
    const after = withStance(bundled, standing.id, 'supports');
    const diff = diffDatasets(bundled, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      { id: standing.id, coding: true, fields: [{ field: 'stance', before: standing.stance, after: 'supports' }] },
    ]);
    expect(diff.asOf).toBe(LATEST);
    // Every pair with Russia whose verdict on NATO membership moves, and no other.
    expect(diff.verdicts.length).toBeGreaterThan(0);
    for (const v of diff.verdicts) {
      expect(v.issue).toBe('nato-membership');
      expect([v.a, v.b]).toContain('russia');
      expect(v.before).not.toBe(v.after);
    }
    expect(diff.uncorrected).toEqual([standing.id]);
    expect(diffReport(diff, after)).toContain(`      stance: "${standing.stance}" → "supports"`);
  });

  it('is satisfied by a new corrections entry naming the position, and does not ask one for an added position', () => {
    if (standing === undefined) throw new Error('no standing position');
    const corrected = {
      ...withStance(bundled, standing.id, 'supports'),
      corrections: [...(bundled.corrections ?? []), { date: '2026-12-07', positions: [standing.id], text: 'Recoded.' }],
    };
    expect(diffDatasets(bundled, corrected).uncorrected).toEqual([]);
    const extra = { ...standing, id: 'new-position' };
    const grown = { ...bundled, positions: [...bundled.positions, extra] };
    expect(diffDatasets(bundled, grown)).toMatchObject({ added: ['new-position'], uncorrected: [] });
  });

  it('does not count a reworded summary as a coding, and asks an entry for a removed position', () => {
    const [first] = bundled.positions;
    if (first === undefined) throw new Error('empty');
    const reworded = {
      ...bundled,
      positions: bundled.positions.map((p) => (p.id === first.id ? { ...p, summary: 'New words.' } : p)),
    };
    expect(diffDatasets(bundled, reworded)).toMatchObject({ uncorrected: [], verdicts: [] });
    expect(diffDatasets(bundled, reworded).changed[0]?.coding).toBe(false);
    const smaller = { ...bundled, positions: bundled.positions.slice(1) };
    expect(diffDatasets(bundled, smaller)).toMatchObject({ removed: [first.id], uncorrected: [first.id] });
  });
});
