import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { ORIGIN } from './servers';

// The screenshot CLI runs its own browser, so these tests use no `page` (and not the console-error fixture).
const ROOT = resolve(import.meta.dirname, '../..');
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
    execFile(TSX, [CLI, ...args], { cwd: ROOT, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : null;
      done({ code, stdout, stderr });
    });
  });
}

/** Distinct RGBA values, counted up to `limit`: a blank or single-colour page has only a handful. */
function distinctColours(png: PNG, limit: number): number {
  const seen = new Set<number>();
  const pixels = new Uint32Array(png.data.buffer, png.data.byteOffset, png.data.length / 4);
  for (const p of pixels) {
    seen.add(p);
    if (seen.size > limit) break;
  }
  return seen.size;
}

let dir = '';

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'screenshots-test-'));
});

test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('captures the configured shots at width × scale', async ({ baseURL }) => {
  test.setTimeout(150_000);
  const shots = [
    { name: 'matrix-640', view: 'matrix', width: 640, scale: 1 },
    { name: 'agreement-400', view: 'agreement', width: 400, scale: 2 },
  ];
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ defaults: { embed: true, theme: 'light' }, shots }));
  const out = join(dir, 'out');

  const run = await runCli(['--url', baseURL ?? ORIGIN, '--config', config, '--out', out]);
  expect(run.code, run.stderr).toBe(0);

  for (const shot of shots) {
    const file = join(out, `${shot.name}.png`);
    const png = PNG.sync.read(await readFile(file));
    expect(png.width, shot.name).toBe(shot.width * shot.scale);
    expect(run.stdout).toContain(`${file}  ${png.width}×${png.height}`);
    expect(distinctColours(png, 50), `${shot.name} looks blank`).toBeGreaterThan(50);
  }
});

test('a bad config exits 1 naming the JSON path of the problem', async () => {
  const config = join(dir, 'bad.json');
  await writeFile(config, JSON.stringify({ shots: [{ name: 'matrix', view: 'matrix', width: -5 }] }));

  const run = await runCli(['--url', 'http://127.0.0.1:9', '--config', config, '--out', join(dir, 'out')]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`${config}: shots[0].width: expected a positive integer`);
  expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
});
