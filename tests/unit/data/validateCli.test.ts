import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from './runScript';
import { readJson } from '../../fixtures/load';

const run = (...args: string[]) => runScript('validate-data.ts', ...args);

// Each test starts a CLI under tsx: seconds on a loaded machine, past vitest's default 5 s.
describe('npm run validate:data', { timeout: 30_000 }, () => {
  it('prints counts and exits 0 for the bundled dataset', () => {
    const r = run();
    expect(r.status).toBe(0);
    const d = readJson('../../data/dataset.json') as Record<'positions' | 'parties' | 'actors' | 'issues' | 'sources', unknown[]>;
    expect(r.stdout).toContain(
      `valid — ${d.positions.length} positions, ${d.parties.length} parties, ${d.actors.length} actors, ${d.issues.length} issues, ${d.sources.length} sources`,
    );
    expect(r.stdout).not.toContain('migrated');
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

  it('warns, and still exits 0, when two parties’ colours are too close to tell apart', () => {
    const ds = readJson('four-parties.json') as { parties: Record<string, unknown>[] };
    ds.parties[0]!.color = '#0072B2';
    ds.parties[2]!.color = '#1f77b4';
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const file = join(dir, 'blues.json');
    writeFileSync(file, JSON.stringify(ds));
    const r = run(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/warning: parties\[2\]\.color: #1f77b4 is too close to \S+’s #0072B2 to tell apart \(CIEDE2000 ΔE 2\.0; at least 10 wanted\)/);
  });

  it('with --archive, fails on a quote with one word changed, naming the position and the nearest passage', () => {
    const ds = readJson('four-parties.json') as {
      sources: Record<string, unknown>[];
      positions: Record<string, unknown>[];
    };
    const dir = mkdtempSync(join(tmpdir(), 'archive-'));
    mkdirSync(join(dir, 'wire'));
    writeFileSync(join(dir, 'wire', 'report.txt'), 'He said: “Our border is not for sale, not ever.”');
    ds.sources[0]!.file = 'wire/report.txt';
    ds.positions.forEach((p) => (p.quote = null));
    ds.positions[0]!.source = ds.sources[0]!.id;
    ds.positions[0]!.quote = 'Our border is not for sale';
    const file = join(dir, 'quoted.json');
    writeFileSync(file, JSON.stringify(ds));
    const good = run(file, '--archive', dir);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('1 of 1 quotes verbatim in the archive');

    ds.positions[0]!.quote = 'Our border is not for rent';
    writeFileSync(file, JSON.stringify(ds));
    const bad = run(file, '--archive', dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(
      `positions[0].quote (${String(ds.positions[0]!.id)}): not verbatim in "wire/report.txt"; quoted: “our border is not for rent”; nearest passage: “"our border is not for sale,”`,
    );
    expect(run(file, '--archive', join(dir, 'missing')).stderr).toMatch(/--archive .*missing: cannot read the directory/);
  });

  it('names the line of a JSON syntax error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  oops\n}');
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('invalid JSON at line 3');
  });

  it('reads a version 1 file, says it migrated it, and data:migrate writes it in version 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrate-'));
    const file = join(dir, 'v1.json');
    writeFileSync(file, JSON.stringify(readJson('four-parties.json')));
    const read = run(file);
    expect(read.status).toBe(0);
    expect(read.stdout).toContain('format version 1, migrated to version 2 as it was read');

    const out = join(dir, 'v2.json');
    const migrate = runScript('migrate-data.ts', file, '--out', out);
    expect(migrate.status).toBe(0);
    expect(migrate.stdout).toContain('written in format version 2 (was 1)');
    const written = JSON.parse(readFileSync(out, 'utf8')) as { schemaVersion: number; positions: unknown[] };
    expect(written.schemaVersion).toBe(2);
    expect(written.positions).toEqual((readJson('four-parties.json') as { positions: unknown[] }).positions);
    const again = run(out);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain('migrated');
  });

  it('data:migrate refuses an invalid file and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrate-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, meta: {} }));
    const r = runScript('migrate-data.ts', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\d+ problem\(s\)/);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify({ schemaVersion: 1, meta: {} }));
  });
});
