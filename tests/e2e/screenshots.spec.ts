import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { DIST, ORIGIN } from './servers';

// The screenshot CLI runs its own browser, so this test uses no `page` (and not the console-error fixture).
// One small real run of each way to reach the pages (--url, and --dist serving a build itself), with a shot that fails.
// The CLI's checks before any browser starts (bad config, --url with --dist, a missing build) and the example configs'
// validity and coverage of every view and language: tests/unit/scripts/screenshotsConfig.test.ts.
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

/** Every shot in `shots` was written, at width × scale, not blank, and printed with its pixel size. */
async function expectCaptured(shots: { name: string; width: number; scale: number }[], out: string, run: Run) {
  for (const shot of shots) {
    const file = join(out, `${shot.name}.png`);
    const png = PNG.sync.read(await readFile(file));
    expect(png.width, shot.name).toBe(shot.width * shot.scale);
    expect(png.height, shot.name).toBeGreaterThan(300);
    expect(run.stdout).toContain(`${file}  ${png.width}×${png.height}`);
    expect(distinctColours(png, 50), `${shot.name} looks blank`).toBeGreaterThan(50);
  }
}

test('captures the configured shots at width × scale, from a URL or serving a build itself; a page that shows a load error fails its shot', async ({
  baseURL,
}) => {
  test.setTimeout(150_000);
  // From a running server (--url).
  const fromUrl = [{ name: 'matrix-640', view: 'matrix', width: 640, scale: 1 }];
  const urlConfig = join(dir, 'url.json');
  await writeFile(urlConfig, JSON.stringify({ defaults: { embed: true, theme: 'light' }, shots: fromUrl }));
  // Serving a build itself (--dist), a shot at 2×, and a shot whose dataset cannot be loaded.
  const fromDist = [{ name: 'agreement-400', view: 'agreement', width: 400, scale: 2 }];
  const distConfig = join(dir, 'dist.json');
  await writeFile(
    distConfig,
    JSON.stringify({
      defaults: { embed: true },
      shots: [
        ...fromDist,
        { name: 'matrix-missing', view: 'matrix', width: 480, params: { data: 'data/missing.json' } },
      ],
    }),
  );
  const [urlOut, distOut] = [join(dir, 'url'), join(dir, 'dist')];

  const [url, dist] = await Promise.all([
    runCli(['--url', baseURL ?? ORIGIN, '--config', urlConfig, '--out', urlOut]),
    runCli(['--dist', BUILD, '--config', distConfig, '--out', distOut]),
  ]);

  expect(url.code, url.stderr).toBe(0);
  await expectCaptured(fromUrl, urlOut, url);
  expect(url.stdout).toContain('1 of 1 screenshots');

  expect(dist.stdout).toMatch(/^serving \S+ at http:\/\/127\.0\.0\.1:\d+\/$/m);
  await expectCaptured(fromDist, distOut, dist);
  expect(dist.code).toBe(1);
  expect(dist.stderr).toContain('FAILED matrix-missing: the page shows a load error');
  expect(dist.stdout).toContain('1 of 2 screenshots');
});
