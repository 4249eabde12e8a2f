import { describe, expect, it } from 'vitest';
import type { Messages } from '../../../src/i18n/en';
import { LANGS, LANGUAGES, type Lang } from '../../../src/i18n/languages';
import { loadBundled } from '../../fixtures/load';

/** Every key path of a catalog, with the kind of value behind it. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (typeof value === 'string') return [path];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => shape(v, path === '' ? k : `${path}.${k}`));
  return [`${path}:${typeof value}`];
}

/** Every catalog, loaded as the app loads it: through the language registry. */
const CATALOGS = Object.fromEntries(
  await Promise.all(LANGS.map(async (l) => [l, await LANGUAGES[l].messages()] as const)),
) as Record<Lang, Messages>;

describe('interface catalogs', () => {
  const english = shape(CATALOGS.en).sort();

  it.each(LANGS.filter((l) => l !== 'en'))('%s has exactly the English keys, none missing, none extra', (lang) => {
    expect(shape(CATALOGS[lang]).sort()).toEqual(english);
  });

  it.each(LANGS)('%s names every category of the bundled dataset', (lang) => {
    for (const issue of loadBundled().issues)
      expect(CATALOGS[lang].categories[issue.category], issue.category).toBeTruthy();
  });

  it.each(LANGS)('%s leaves no string empty and no function returning an empty string', (lang) => {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
      else if (typeof value === 'object' && value !== null)
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(CATALOGS[lang], lang);
  });

  it('writes counts with the plural form each language needs', () => {
    expect(CATALOGS.en.table.showing(1, 1)).toBe('Showing 1 of 1 position');
    expect(CATALOGS.en.table.showing(2, 5)).toBe('Showing 2 of 5 positions');
    // Ukrainian and Russian have three forms: 1, 2–4, 5+ (21 takes the singular again).
    const uk = [1, 2, 5, 21].map((n) => CATALOGS.uk.detail.issueCount(n));
    const ru = [1, 2, 5, 21].map((n) => CATALOGS.ru.detail.issueCount(n));
    expect(new Set(uk).size).toBe(4);
    expect(uk[0]?.replace('1', '')).toBe(uk[3]?.replace('21', ''));
    expect(uk[1]?.replace('2', '')).not.toBe(uk[2]?.replace('5', ''));
    expect(ru[0]?.replace('1', '')).toBe(ru[3]?.replace('21', ''));
    expect(ru[1]?.replace('2', '')).not.toBe(ru[2]?.replace('5', ''));
  });
});
