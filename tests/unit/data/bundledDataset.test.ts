import { createHash } from 'node:crypto';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset, readDatasetBytes } from '../../../src/data/load';
import { LANGS } from '../../../src/i18n/languages';
import type { BundledData } from '../../../scripts/bundled-data';
import { runScript } from './runScript';
import { readJson } from '../../fixtures/load';
import { downloadOf, piecesOf } from '../../fixtures/download';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** What the build compiles in for `bytes`. */
const checked = (bytes: Uint8Array) => ({ sha256: sha256(bytes), bytes: bytes.byteLength });
const bytesOf = (json: unknown) => new TextEncoder().encode(JSON.stringify(json));

// A file the checker refuses (an unknown issue), so a pass shows it was not checked.
const refused = readJson('four-parties.json') as { positions: Record<string, unknown>[] };
refused.positions[0]!.issue = 'nato';

describe('the bundled dataset, checked by the build and trusted by its bytes', () => {
  const bytes = bytesOf(refused);

  it('reads the exact bytes the build checked without checking them again', async () => {
    const result = await readDatasetBytes(bytes, 'dataset.json', checked(bytes));
    // Said, so the page knows the build's hyphenated words fit these bytes (src/app/App.tsx).
    expect(result).toMatchObject({ ok: true, checkedByBuild: true });
  });

  it('does not say a dataset it checked itself was checked by the build', async () => {
    const valid = bytesOf(readJson('four-parties.json'));
    const result = await readDatasetBytes(valid, 'dataset.json', checked(bytes));
    expect(result.ok).toBe(true);
    expect(result.ok && result.checkedByBuild).toBeFalsy();
  });

  it('checks any other bytes in full, one changed byte or no digest at all, and names the problem', async () => {
    const changed = bytes.slice();
    changed[changed.indexOf(0x61)] = 0x62; // one "a" made a "b": same length, another digest
    for (const trusted of [checked(changed), checked(bytesOf({ ...refused, extra: 1 })), null]) {
      const result = await readDatasetBytes(bytes, 'dataset.json', trusted);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toContain('positions[0].issue: unknown issue "nato"');
    }
  });

  it('recognises the build’s bytes downloaded in pieces, and checks in full any other download', async () => {
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const trusted = checked(bytes);
    const load = (file: Uint8Array) => loadDataset('/data/dataset.json', downloadOf(piecesOf(file, 999)), trusted);
    try {
      expect(await load(bytes)).toMatchObject({ ok: true, checkedByBuild: true });
      expect(digest).toHaveBeenCalledTimes(1);
      const changed = bytes.slice();
      changed[changed.indexOf(0x61)] = 0x62; // same length, another digest
      const text = new TextDecoder().decode(bytes);
      for (const other of [changed, new TextEncoder().encode(`${text} `), new TextEncoder().encode(text.replace('"nato"', '"nat"'))])
        expect((await load(other)).ok).toBe(false);
      // Only the file as long as the build's was hashed: the longer and the shorter ones cannot be its bytes.
      expect(digest).toHaveBeenCalledTimes(2);
    } finally {
      digest.mockRestore();
    }
  });

  it('hashes only a file as long as the build’s: another length cannot be its bytes', async () => {
    const digest = vi.spyOn(crypto.subtle, 'digest');
    try {
      await readDatasetBytes(bytesOf({ ...refused, extra: 1 }), 'dataset.json', checked(bytes));
      expect(digest).not.toHaveBeenCalled();
      await readDatasetBytes(bytes, 'dataset.json', checked(bytes));
      expect(digest).toHaveBeenCalledTimes(1);
    } finally {
      digest.mockRestore();
    }
  });
});

// Each test starts the script under tsx, as the build does: seconds on a loaded machine.
describe('scripts/bundled-data.ts (what the build compiles in)', { timeout: 30_000 }, () => {
  it('prints the bundled dataset’s digest, length and each language’s hyphenated words', () => {
    const r = runScript('bundled-data.ts', 'data/dataset.json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as BundledData;
    const file = readFileSync(resolve(import.meta.dirname, '../../../data/dataset.json'));
    expect(out.sha256).toBe(sha256(file));
    expect(out.bytes).toBe(file.byteLength);
    expect(Object.keys(out.hyphens)).toEqual(LANGS);
    for (const lang of LANGS) expect(out.hyphens[lang].length, lang).toBeGreaterThan(50);
  });

  it('stops the build on a dataset the dashboard would refuse, naming each problem by its JSON path', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bundled-')), 'dataset.json');
    writeFileSync(file, JSON.stringify(refused));
    const r = runScript('bundled-data.ts', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('positions[0].issue: unknown issue "nato"');
  });
});
