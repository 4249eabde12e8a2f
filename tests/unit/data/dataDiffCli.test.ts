import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from './runScript';
import { resolveAsOf, stanceKey } from '../../../src/lib/asOf';
import { latestDate } from '../../../src/lib/datasetIndex';
import { loadBundled } from '../../fixtures/load';

const run = (...args: string[]) => runScript('data-diff.ts', ...args);

describe('npm run data:diff', { timeout: 30_000 }, () => {
  it('names a changed stance and the verdicts it changes, and exits 1 until the corrections log has an entry', () => {
    const bundled = loadBundled();
    const standing = resolveAsOf(bundled.positions, latestDate(bundled.positions) ?? '').get(
      stanceKey('russia', 'nato-membership'),
    );
    if (standing === undefined) throw new Error('no standing position');
    const dir = mkdtempSync(join(tmpdir(), 'diff-'));
    const file = join(dir, 'changed.json');
    const changed = { ...bundled, positions: bundled.positions.map((p) => (p.id === standing.id ? { ...p, stance: 'supports' } : p)) };
    writeFileSync(file, JSON.stringify(changed));
    const r = run('data/dataset.json', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`~ ${standing.id} (coding)`);
    expect(r.stdout).toContain(`stance: "${standing.stance}" → "supports"`);
    expect(r.stdout).toMatch(/nato-membership, Ukraine – Russia: \S+ → \S+/);
    expect(r.stdout).toContain(`no new entry names ${standing.id}`);

    const logged = { ...changed, corrections: [...(bundled.corrections ?? []), { date: '2026-12-07', positions: [standing.id], text: 'Recoded.' }] };
    writeFileSync(file, JSON.stringify(logged));
    expect(run('data/dataset.json', file).status).toBe(0);
    expect(run('data/dataset.json').stderr).toContain('usage: npm run data:diff -- OLD.json NEW.json');
  });
});
