import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../fixtures/load';

const root = resolve(import.meta.dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run validate:data', () => {
  it('prints counts and exits 0 for the bundled dataset', () => {
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid — 44 positions, 3 parties, \d+ actors, 17 issues, 5 sources/);
  });

  it('prints every problem with its JSON path and exits 1', () => {
    const ds = readJson('four-parties.json') as { positions: Record<string, unknown>[] };
    ds.positions[3]!.issue = 'nato';
    ds.positions[0]!.source = 'wire';
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(ds));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2 problem(s)');
    expect(r.stderr).toContain('positions[0].source: unknown source "wire"');
    expect(r.stderr).toContain('positions[3].issue: unknown issue "nato"');
  });

  it('names the line of a JSON syntax error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  oops\n}');
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('invalid JSON at line 3');
  });
});
