import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { VIEWS } from '../../src/lib/urlState';
import { DIST, ORIGIN } from './servers';

// The screenshot CLI runs its own browser, so these tests use no `page` (and not the console-error fixture).
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'scripts/screenshots.ts');
/** The build the end-to-end server serves, for the CLI to serve itself. */
const BUILD = resolve(ROOT, DIST);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI and resolves with its exit code and output, whether it succeeds or not. */
function runCli(args: string[], timeout = 120_000): Promise<Run> {
  return new Promise((done) => {
    execFile(TSX, [CLI, ...args], { cwd: ROOT, timeout }, (err, stdout, stderr) => {
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

interface ConfigShot {
  name: string;
  view?: string;
  params?: Record<string, string>;
  width?: number;
  scale?: number;
}
interface Config {
  defaults?: Omit<ConfigShot, 'name'> & { embed?: boolean };
  shots: ConfigShot[];
}

async function readConfig(file: string): Promise<Config> {
  return JSON.parse(await readFile(join(ROOT, file), 'utf8')) as Config;
}

/** Each shot with its defaults applied, as the CLI reads it. */
const resolved = (config: Config) =>
  config.shots.map((shot) => ({
    name: shot.name,
    view: shot.view ?? config.defaults?.view,
    width: shot.width ?? config.defaults?.width,
    scale: shot.scale ?? config.defaults?.scale ?? 1,
    params: { ...config.defaults?.params, ...shot.params },
  }));

/** Every shot of `config` was written, at width × scale, not blank, and printed with its pixel size. */
async function expectCaptured(config: Config, out: string, run: Run): Promise<void> {
  expect(run.code, run.stderr).toBe(0);
  for (const shot of resolved(config)) {
    const file = join(out, `${shot.name}.png`);
    const png = PNG.sync.read(await readFile(file));
    expect(png.width, shot.name).toBe((shot.width ?? 0) * shot.scale);
    expect(png.height, shot.name).toBeGreaterThan(300);
    expect(run.stdout).toContain(`${file}  ${png.width}×${png.height}`);
    expect(distinctColours(png, 50), `${shot.name} looks blank`).toBeGreaterThan(50);
  }
  expect(run.stdout).toContain(`${config.shots.length} of ${config.shots.length} screenshots`);
}

test('without --url it serves the build itself: --dist names the build, and a missing one is refused', async () => {
  test.setTimeout(150_000);
  const config: Config = {
    defaults: { embed: true },
    shots: [
      { name: 'matrix-480', view: 'matrix', width: 480 },
      { name: 'distribution-900', view: 'distribution', width: 900, scale: 2 },
    ],
  };
  const file = join(dir, 'config.json');
  await writeFile(file, JSON.stringify(config));
  const out = join(dir, 'out');

  const run = await runCli(['--dist', BUILD, '--config', file, '--out', out]);
  expect(run.stdout).toMatch(/^serving \S+ at http:\/\/127\.0\.0\.1:\d+\/$/m);
  await expectCaptured(config, out, run);

  // The directory served is the one named: an empty one is refused before any browser starts…
  const empty = join(dir, 'empty');
  const none = await runCli(['--dist', empty, '--config', file, '--out', out]);
  expect(none.code).toBe(1);
  expect(none.stderr).toContain(`--dist: ${join(empty, 'index.html')} is missing`);
  expect(none.stderr, 'no stack trace').not.toMatch(/^\s+at /m);

  // …and a copy of the build whose dataset is broken gives a shot that fails with the page's own message.
  const broken = join(dir, 'broken');
  await cp(BUILD, broken, { recursive: true });
  await writeFile(join(broken, 'data/dataset.json'), '{ "not": "a dataset" ');
  const failed = await runCli(['--dist', broken, '--config', file, '--out', out]);
  expect(failed.code).toBe(1);
  expect(failed.stderr).toContain('FAILED matrix-480: the page shows a load error');
  expect(failed.stdout).toContain('0 of 2 screenshots');

  // --url and --dist together are a usage error.
  const both = await runCli(['--url', ORIGIN, '--dist', BUILD, '--config', file, '--out', out]);
  expect(both.code).toBe(1);
  expect(both.stderr).toContain('--url and --dist exclude each other');
});

test('the example config captures every view at 640 px and 1200 px', async () => {
  test.setTimeout(300_000);
  const config = await readConfig('screenshots.config.json');
  const shots = resolved(config);
  const pairs = (width: number) =>
    shots
      .filter((s) => s.width === width)
      .map((s) => s.view)
      .sort();
  expect(pairs(640)).toEqual([...VIEWS].sort());
  expect(pairs(1200)).toEqual([...VIEWS].sort());
  expect(shots).toHaveLength(2 * VIEWS.length);

  const out = join(dir, 'out');
  // 14 shots at 2×, the methodology page (141 sources) among them: about two minutes on a loaded two-core machine.
  const run = await runCli(['--dist', BUILD, '--out', out], 280_000);
  await expectCaptured(config, out, run);
});

test('the languages config captures every view in Ukrainian and Russian at 375 px and 1280 px', async () => {
  test.setTimeout(300_000);
  const config = await readConfig('screenshots.languages.json');
  const shots = resolved(config);
  for (const lang of ['uk', 'ru'])
    for (const width of [375, 1280])
      expect(
        shots
          .filter((s) => s.params.lang === lang && s.width === width)
          .map((s) => s.view)
          .sort(),
        `${lang} at ${width} px`,
      ).toEqual([...VIEWS].sort());
  expect(shots).toHaveLength(2 * 2 * VIEWS.length);

  const out = join(dir, 'out');
  // 28 shots, among them the methodology page (141 sources) at 2×: a few minutes on a shared two-core machine.
  const run = await runCli(
    ['--dist', BUILD, '--config', join(ROOT, 'screenshots.languages.json'), '--out', out],
    280_000,
  );
  await expectCaptured(config, out, run);
  // The two languages give different pictures of the same view.
  for (const view of VIEWS) {
    const [uk, ru] = await Promise.all(['uk', 'ru'].map((lang) => readFile(join(out, `${lang}-${view}-1280.png`))));
    expect(uk?.equals(ru ?? Buffer.alloc(0)), view).toBe(false);
  }
});
