import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from './runScript';
import { resolveAsOf, stanceKey } from '../../../src/lib/asOf';
import { latestDate } from '../../../src/lib/datasetIndex';
import { loadBundled } from '../../fixtures/load';
import { datasetWorkbook } from '../../fixtures/workbooks';

const bundledText = readFileSync('data/dataset.json', 'utf8');

describe('npm run data:export and data:import', { timeout: 60_000 }, () => {
  it('export writes one CSV per table and a workbook; importing either gives back data/dataset.json byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sheets-'));
    const exported = runScript('data-export.ts', '--to', dir);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toContain(`positions ${loadBundled().positions.length}`);
    const positions = readFileSync(join(dir, 'positions.csv'), 'utf8');
    expect(positions.startsWith('\uFEFFid,party,actor,issue,stance,')).toBe(true);
    expect(positions).toContain('summary.uk,summary.ru');

    const fromBook = runScript('data-import.ts', join(dir, 'dataset.xlsx'));
    expect(fromBook.status, fromBook.stderr).toBe(0);
    expect(fromBook.stdout).toBe(bundledText);
    const out = join(dir, 'back.json');
    const fromCsv = runScript('data-import.ts', dir, '--out', out);
    expect(fromCsv.status, fromCsv.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(bundledText);
  });

  it('the template holds one example row per table and the codebook first, and imports as a valid dataset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'template-'));
    expect(runScript('data-export.ts', '--to', dir, '--template').status).toBe(0);
    const r = runScript('data-import.ts', join(dir, 'template.xlsx'));
    expect(r.status, r.stderr).toBe(0);
    const data = JSON.parse(r.stdout) as ReturnType<typeof loadBundled>;
    expect([data.positions.length, data.issues.length, data.sources.length, data.actors.length, data.corrections?.length]).toEqual([1, 1, 1, 1, 1]);
    expect(data.parties).toHaveLength(2);
  });

  it('a broken workbook: exit 1, every problem by sheet, row and column; data:diff reads workbooks', () => {
    const bundled = loadBundled();
    const standing = resolveAsOf(bundled.positions, latestDate(bundled.positions) ?? '').get(stanceKey('russia', 'nato-membership'));
    const index = bundled.positions.findIndex((p) => p.id === standing?.id);
    const dir = mkdtempSync(join(tmpdir(), 'broken-'));
    const file = join(dir, 'draft.xlsx');
    writeFileSync(
      file,
      datasetWorkbook(bundled, (t, row, c) =>
        t === 'positions' && row === index + 2 && c === 'stance' ? '<c r="REF" t="inlineStr"><is><t>maybe</t></is></c>' : t === 'issues' && row === 3 && c === 'category' ? '<c r="REF"><f>A1</f></c>' : undefined,
      ),
    );
    const r = runScript('data-import.ts', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2 problem(s)');
    expect(r.stderr).toContain(`positions, row ${index + 2}, column stance (E): "maybe": expected one of: supports, conditional, opposes`);
    expect(r.stderr).toContain('issues, row 3, column category (D): holds a formula (=A1)');
    expect(runScript('data-import.ts').stderr).toContain('usage: npm run data:import -- FILE_OR_DIR');

    const changed = join(dir, 'changed.xlsx');
    const id = bundled.positions[index]?.id ?? '';
    const changedTo = standing?.stance === 'supports' ? 'opposes' : 'supports';
    writeFileSync(changed, datasetWorkbook(bundled, (t, row, c) => (t === 'positions' && row === index + 2 && c === 'stance' ? `<c r="REF" t="inlineStr"><is><t>${changedTo}</t></is></c>` : undefined)));
    const diff = runScript('data-diff.ts', 'data/dataset.json', changed);
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain(`~ ${id} (coding)`);
    expect(diff.stdout).toMatch(/nato-membership, Ukraine – Russia: \S+ → \S+/);
  });
});
