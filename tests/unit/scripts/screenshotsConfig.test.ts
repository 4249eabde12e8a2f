import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/core/views';

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

/** Each shot with its defaults applied, as the CLI reads it. */
const resolved = (config: Config) =>
  config.shots.map((shot) => ({
    name: shot.name,
    view: shot.view ?? config.defaults?.view,
    width: shot.width ?? config.defaults?.width,
    scale: shot.scale ?? config.defaults?.scale ?? 1,
    params: { ...config.defaults?.params, ...shot.params },
  }));

const readConfig = async (file: string) => JSON.parse(await readFile(join(ROOT, file), 'utf8')) as Config;

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

describe('the example configs cover every view', () => {
  it('screenshots.config.json: every view at 640 px and 1200 px', async () => {
    const shots = resolved(await readConfig('screenshots.config.json'));
    const views = (width: number) =>
      shots
        .filter((s) => s.width === width)
        .map((s) => s.view)
        .sort();
    expect(views(640)).toEqual([...VIEWS].sort());
    expect(views(1200)).toEqual([...VIEWS].sort());
    expect(shots).toHaveLength(2 * VIEWS.length);
  });

  it('screenshots.languages.json: every view in Ukrainian and Russian at 375 px and 1280 px', async () => {
    const shots = resolved(await readConfig('screenshots.languages.json'));
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
    // The files the e2e test of the languages compared: one per language and view at 1280 px, named apart.
    for (const view of VIEWS)
      expect(new Set(shots.filter((s) => s.view === view && s.width === 1280).map((s) => s.name)).size).toBe(2);
  });
});
