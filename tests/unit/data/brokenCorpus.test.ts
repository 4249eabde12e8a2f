// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset, type LoadResult } from '../../../src/data/load';
import { downloadOf, piecesOf } from '../../fixtures/download';
import { MAX_DATASET_BYTES } from '../../../src/data/loadResult';
import { describeParseError, findJsonSyntaxError } from '../../../src/data/parse';
import { formatProblem } from '../../../src/data/validate';

/**
 * tests/fixtures/broken/: small datasets, each derived from four-parties.json with one thing broken, and
 * expected.json naming the first problem each must report. Every file goes through the app's own loading path
 * (loadDataset: size check, JSON.parse with line/column, validateDataset) with a stub fetch serving its bytes.
 */
const root = resolve(import.meta.dirname, '../../..');
const dir = resolve(root, 'tests/fixtures/broken');
const MANIFEST = 'expected.json';

interface Expectation {
  path: string;
  message: string;
}

function readManifest(): Record<string, Expectation> {
  const raw: unknown = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${MANIFEST} must be an object`);
  const out: Record<string, Expectation> = {};
  for (const [name, entry] of Object.entries(raw)) {
    const e = entry as Partial<Record<keyof Expectation, unknown>> | null;
    if (typeof e?.path !== 'string' || typeof e.message !== 'string' || e.message === '')
      throw new Error(`${MANIFEST}: "${name}" needs a string path and a non-empty message substring`);
    out[name] = { path: e.path, message: e.message };
  }
  return out;
}

const manifest = readManifest();
const corpus = readdirSync(dir)
  .filter((f) => f !== MANIFEST)
  .sort();

/** A fetch that answers every request with `body` (bytes as read from disk, so a BOM or bad UTF-8 stays as it is). */
const serve =
  (body: BodyInit, init?: ResponseInit): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, init));

const loadBytes = (name: string, bytes: Uint8Array): Promise<LoadResult> =>
  loadDataset(`/data/${name}`, serve(new Uint8Array(bytes)));

/** The smallest valid dataset text at hand, for the cases built in the test rather than stored. */
const validText = () => readFileSync(resolve(root, 'tests/fixtures/four-parties.json'), 'utf8');

describe('broken-dataset corpus', () => {
  it('has a manifest entry for every file and a file for every manifest entry', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(32);
    expect(corpus.every((f) => f.endsWith('.json'))).toBe(true);
    expect(Object.keys(manifest).sort()).toEqual(corpus);
  });

  it.each(corpus)('%s is refused with the expected first problem', async (name) => {
    const result = await loadBytes(name, readFileSync(join(dir, name)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.retry).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe('string');
      expect(p.message).not.toBe('');
    }
    const first = result.problems[0];
    const want = manifest[name];
    expect(want, `${MANIFEST} has no entry for ${name}`).toBeDefined();
    expect(first?.path).toBe(want?.path);
    expect(first?.message).toContain(want?.message);
  });
});

describe('the size cap', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Valid JSON of a valid dataset, padded with whitespace past the cap: parsed, it would load fine. */
  const oversized = () => validText().padEnd(MAX_DATASET_BYTES + 1, ' ');

  it('refuses a body over MAX_DATASET_BYTES without parsing it', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = oversized();
    expect(text.length).toBeGreaterThan(MAX_DATASET_BYTES);
    const result = await loadDataset('/data/huge.json', serve(text));
    expect(parse).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, title: 'The dataset is too large', retry: false });
    if (result.ok) return;
    expect(result.problems).toEqual([{ path: '', message: `huge.json is over the ${MAX_DATASET_BYTES}-byte limit.` }]);
  });

  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    const response = new Response(validText(), { headers: { 'content-length': String(MAX_DATASET_BYTES + 1) } });
    const read = vi.spyOn(response, 'text');
    const parse = vi.spyOn(JSON, 'parse');
    const result = await loadDataset('/data/huge.json', () => Promise.resolve(response));
    expect(read).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, title: 'The dataset is too large' });
  });
});

/** Runs the CLI as `npm run validate:data FILE` does (tsx), without npx's start-up cost. */
function runCli(file: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', file], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** Each run starts node + tsx (about a second, more on a busy machine): a few files only, run one at a time. */
const CLI_TIMEOUT_MS = 30_000;

describe('npm run validate:data on the corpus', () => {
  const representative = ['syntax-error.json', 'schema-version-3.json', 'rtl-and-zero-width-id.json', 'dangling-party.json'];

  it.each(representative)('%s: exits 1 and names the path of the problem', async (name) => {
    const file = join(dir, name);
    const want = manifest[name];
    if (want === undefined) throw new Error(`${MANIFEST} has no entry for ${name}`);
    const r = await runCli(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain(formatProblem(want));
  }, CLI_TIMEOUT_MS);
});

/** Bugs found with this corpus (once pinned with it.fails), kept as regression tests now they are fixed. */
describe('fixed bugs, kept as regressions', () => {
  it('the app accepts a BOM-prefixed dataset (Response.text() strips the BOM)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validText())]);
    expect((await loadBytes('bom.json', bytes)).ok).toBe(true);
  });

  it('a file that arrives in pieces reads the same, with letters and the BOM split between pieces', async () => {
    // The app decodes each piece as it arrives (src/data/load.ts): a character cut in two must wait for its other half.
    const text = readFileSync(resolve(root, 'data/dataset.json'), 'utf8');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const pieces = piecesOf(bytes, 1021);
    // Some piece starts with a UTF-8 continuation byte (10xxxxxx): the middle of a letter.
    expect(pieces.some((p) => ((p[0] ?? 0) & 0xc0) === 0x80)).toBe(true);
    // And the BOM is cut after its second byte.
    const first = pieces[0] ?? new Uint8Array();
    const result = await loadDataset('/data/dataset.json', downloadOf([first.slice(0, 2), first.slice(2), ...pieces.slice(1)]));
    expect(result.ok ? result.dataset : result.problems).toEqual(JSON.parse(text));
  });

  it('the CLI accepts the same BOM-prefixed file as the app (it reads with readFileSync and keeps U+FEFF)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'broken-corpus-')), 'bom.json');
    writeFileSync(file, `\uFEFF${validText()}`);
    const r = await runCli(file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, CLI_TIMEOUT_MS);

  it('the app applies the byte cap to bytes, not UTF-16 code units', async () => {
    // Cyrillic letters take two bytes of UTF-8: just over half the cap in letters is over the cap in bytes.
    const text = `"${'я'.repeat(Math.floor(MAX_DATASET_BYTES / 2) + 1)}"`;
    expect(text.length).toBeLessThan(MAX_DATASET_BYTES);
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_DATASET_BYTES);
    const result = await loadDataset('/data/cyrillic.json', serve(text));
    expect(result).toMatchObject({ ok: false, title: 'The dataset is too large' });
  });

  it('an unexpected-token syntax error is placed at a line and column, on one line', async () => {
    // V8 words this error "Unexpected token 'N', ..."Version": NaN, …" is not valid JSON" with no "position N"
    // and a multi-line excerpt; describeParseError finds the place itself and keeps to one line.
    const result = await loadBytes('nan-literal.json', readFileSync(join(dir, 'nan-literal.json')));
    const message = result.ok ? '' : (result.problems[0]?.message ?? '');
    expect(message).toContain('invalid JSON at line 2, column 20');
    expect(message).not.toContain('\n');
  });
});

/** The engine's words for a JSON.parse failure of `text`. */
function engineMessage(text: string): string {
  try {
    JSON.parse(text);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  throw new Error('expected JSON.parse to fail');
}

describe('locating a JSON syntax error without the engine\'s help', () => {
  const located = corpus
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
    .filter(({ text }) => text.trim() !== '' && findJsonSyntaxError(text) !== null);

  it('the corpus has syntax errors to check against', () => {
    expect(located.length).toBeGreaterThanOrEqual(6);
  });

  it.each(located.map((c) => [c.name, c.text] as const))('%s: the scan agrees with V8 where V8 gives a position', (_name, text) => {
    const position = /position (\d+)/.exec(engineMessage(text))?.[1];
    if (position !== undefined) expect(findJsonSyntaxError(text)).toBe(Number(position));
  });

  it('finds nothing wrong in valid JSON, and does not overflow on deep nesting', () => {
    expect(findJsonSyntaxError(validText())).toBeNull();
    expect(findJsonSyntaxError(' {"a":[1,-2.5e3,true,false,null,"\\u00e9\\""],"b":{}} ')).toBeNull();
    expect(findJsonSyntaxError('['.repeat(100_000))).toBe(100_000);
  });

  it.each([
    ['Firefox', 'JSON.parse: unexpected character at line 2 column 20 of the JSON data'],
    ['newer V8', "Unexpected token 'N', \"...\" is not valid JSON (line 2 column 20)"],
    ['Safari (no place at all)', 'JSON Parse error: Unexpected identifier "NaN"'],
  ])('%s wording is placed at line 2, column 20', (_engine, message) => {
    const text = readFileSync(join(dir, 'nan-literal.json'), 'utf8');
    expect(describeParseError(new SyntaxError(message), text)).toBe(`invalid JSON at line 2, column 20: ${message}`);
  });

  it('places an unexpected end of input at the end, on one line', () => {
    const text = '{\n  "a": [\n    [';
    expect(engineMessage(text)).not.toContain('position');
    expect(describeParseError(new SyntaxError(engineMessage(text)), text)).toMatch(/^invalid JSON at line 3, column 6: [^\n]+$/);
  });
});
