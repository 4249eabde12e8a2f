import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { ru } from '../../../src/i18n/ru';
import { uk } from '../../../src/i18n/uk';

/**
 * Numbers that take the same form of a counted word, by the language's plural rules: one (1, 21, 101), few (2–4,
 * 22–24), many (5–20, 25–30…); English has one and other. Any sentence of a catalog, given two numbers of the same
 * class, must read the same once the digits are set aside: "21 питань" beside "31 питання" is a wrong form. The
 * number 1 itself is left to the sentences' own tests: "the one issue both addressed" rightly differs from "21 issues".
 */
const CLASSES: Record<'en' | 'uk' | 'ru', number[][]> = {
  en: [[2, 3, 5, 11, 21]],
  uk: [
    [21, 31, 101],
    [2, 3, 4, 22, 34],
    [5, 11, 12, 14, 25, 100],
  ],
  ru: [
    [21, 31, 101],
    [2, 3, 4, 22, 34],
    [5, 11, 12, 14, 25, 100],
  ],
};

type Fn = (...args: unknown[]) => unknown;

/** Every function in a catalog, with its path ("summary.matrix"). */
function functions(node: unknown, path = ''): [string, Fn][] {
  if (typeof node === 'function') return [[path, node as Fn]];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => functions(v, path === '' ? k : `${path}.${k}`));
}

/** The function's text with numbers in every argument, or null where it needs other arguments (lists, objects). */
function call(fn: Fn, args: number[]): string | null {
  try {
    const out = fn(...args);
    return typeof out === 'string' ? out : null;
  } catch {
    return null;
  }
}

const withoutDigits = (text: string) => text.replace(/\d+/g, '#');

describe('every counted word in every catalog takes the form its number asks for (issue 15: 0, 1, 2, many)', () => {
  for (const [lang, catalog] of Object.entries({ en, uk, ru }) as ['en' | 'uk' | 'ru', typeof en][]) {
    it(`${lang}`, () => {
      let checked = 0;
      for (const [path, fn] of functions(catalog)) {
        // Every argument the same number: a sentence that compares two counts ("the first 5 of 21") reads alike.
        const arity = Math.max(fn.length, 1);
        for (const cls of CLASSES[lang]) {
          const texts = cls.map((n) =>
            call(
              fn,
              Array.from({ length: arity }, () => n),
            ),
          );
          if (texts.some((t) => t === null)) continue;
          const [first, ...rest] = texts.map((t) => withoutDigits(t ?? ''));
          for (const [k, t] of rest.entries()) expect(t, `${lang} ${path}: ${cls[0]} and ${cls[k + 1]}`).toBe(first);
          checked++;
        }
      }
      // The catalogs hold dozens of counted sentences: the sweep must reach them, not pass by skipping them.
      expect(checked).toBeGreaterThan(100);
    });
  }
});
