import { describe, expect, it } from 'vitest';
import { onceEach, oncePer } from '../../../src/core/onceEach';

describe('onceEach', () => {
  it('loads each key once and hands every caller the same promise', async () => {
    const calls: string[] = [];
    const load = onceEach((key: string) => {
      calls.push(key);
      return Promise.resolve(key.toUpperCase());
    });
    const first = load('uk');
    expect(load('uk')).toBe(first);
    expect(await first).toBe('UK');
    await load('ru');
    expect(calls).toEqual(['uk', 'ru']);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let attempts = 0;
    const load = onceEach(() => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok')));
    await expect(load('uk')).rejects.toThrow('offline');
    await expect(load('uk')).resolves.toBe('ok');
    expect(attempts).toBe(2);
  });
});

describe('oncePer', () => {
  it('works a value out once per key, falsy values included, and keeps each key apart', () => {
    const made: string[] = [];
    const lengthOf = oncePer((text: string) => {
      made.push(text);
      return text.length;
    });
    expect([lengthOf('abc'), lengthOf(''), lengthOf('abc'), lengthOf(''), lengthOf('de')]).toEqual([3, 0, 3, 0, 2]);
    expect(made).toEqual(['abc', '', 'de']);
  });
});
