import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Moved from e2e/screenshots.spec.ts: what the screenshot CLI (scripts/screenshots.ts) decides before it starts a
// browser — its config's validity, its arguments, the build it is asked to serve — and that the two example configs
// are valid and cover every view (and language). One small real capture stays in e2e/screenshots.spec.ts.

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'scripts/screenshots.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI and resolves with its exit code and output, whether it succeeds or not. */
function runCli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(TSX, [CLI, ...args], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : null;
      done({ code, stdout, stderr });
    });
  });
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'screenshots-config-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the screenshot CLI before any browser starts', { timeout: 60_000 }, () => {
  it('a bad config exits 1 naming the JSON path of the problem', async () => {
    const config = join(dir, 'bad.json');
    await writeFile(config, JSON.stringify({ shots: [{ name: 'matrix', view: 'matrix', width: -5 }] }));
    const run = await runCli(['--url', 'http://127.0.0.1:9', '--config', config, '--out', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${config}: shots[0].width: expected a positive integer`);
    expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
  });

  it('--url and --dist together are a usage error; a --dist without a build is refused, naming what is missing', async () => {
    const config = join(dir, 'one.json');
    await writeFile(config, JSON.stringify({ shots: [{ name: 'matrix-480', view: 'matrix', width: 480 }] }));
    const empty = join(dir, 'empty');
    const [both, none] = await Promise.all([
      runCli(['--url', 'http://127.0.0.1:9', '--dist', ROOT, '--config', config, '--out', join(dir, 'out')]),
      runCli(['--dist', empty, '--config', config, '--out', join(dir, 'out')]),
    ]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--url and --dist exclude each other');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`--dist: ${join(empty, 'index.html')} is missing`);
    expect(none.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
  });

  it('the example configs are valid: the CLI reads them and stops only at the missing build', async () => {
    const empty = join(dir, 'no-build');
    const runs = await Promise.all(
      ['screenshots.config.json', 'screenshots.languages.json'].map((file) =>
        runCli(['--dist', empty, '--config', join(ROOT, file), '--out', join(dir, 'out')]),
      ),
    );
    for (const run of runs) {
      // Config problems are reported before the build is looked for: this message means the config passed.
      expect(run.stderr).toContain(`--dist: ${join(empty, 'index.html')} is missing`);
      expect(run.stderr).not.toMatch(/shots\[|defaults/);
    }
  });
});
