import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { en as method } from '../../../src/i18n/method/en';

const SRC = join(import.meta.dirname, '../../../src');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
/** The code that reads the catalogs: everything but the catalogs themselves. */
const code = sourceFiles(SRC)
  .filter((file) => !file.includes(`${join(SRC, 'i18n')}/`))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

const keyPaths = (value: unknown, path: string[] = []): string[][] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, [...path, key]))
    : [path];

/**
 * A key is read when the code names it after its parent (`m.export.csv`, or `s.asOf` through an alias of a group),
 * or indexes its parent (`m.views[view]`). Catalogs the compiler checks against English cannot miss a key; this
 * finds the other way round: text no one shows, which translators would keep translating.
 */
function unread(catalog: object): string[] {
  return keyPaths(catalog)
    .filter((path) => {
      const leaf = path.at(-1) ?? '';
      const parent = path.at(-2);
      if (parent !== undefined && (code.includes(`${parent}.${leaf}`) || code.includes(`${parent}[`))) return false;
      return !new RegExp(`\\.${leaf}\\b`).test(code);
    })
    .map((path) => path.join('.'));
}

describe('catalog keys', () => {
  it('every key of the interface catalog is read somewhere in src', () => {
    expect(unread(en)).toEqual([]);
  });

  it('every key of the methodology text is read somewhere in src', () => {
    expect(unread(method)).toEqual([]);
  });

  it('finds a key that nothing reads', () => {
    expect(unread({ ...en, zzUnusedGroup: { zzNeverRead: 'x' } })).toEqual(['zzUnusedGroup.zzNeverRead']);
  });
});
