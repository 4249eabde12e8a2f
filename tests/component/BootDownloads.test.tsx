import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJson } from '../fixtures/load';
import { bootMain, serveJson, unmountMain } from './bootMain';

// What the page asked for, and when React took over: a download asked for before the root exists waits for nothing
// but the network; one asked for from a component waits for the whole bundle to run and the first render.
const calls = vi.hoisted(() => [] as string[]);

vi.mock('react-dom/client', async (original) => {
  const client = (await import('./bootMain')).trackRoots(await original<typeof import('react-dom/client')>());
  return {
    ...client,
    createRoot: (...args: Parameters<typeof client.createRoot>) => {
      calls.push('createRoot');
      return client.createRoot(...args);
    },
  };
});

vi.mock('../../src/i18n/load', async (original) => {
  const load = await original<typeof import('../../src/i18n/load')>();
  return {
    ...load,
    loadCatalog: (lang: Parameters<typeof load.loadCatalog>[0]) => {
      calls.push(`catalog ${lang}`);
      return load.loadCatalog(lang);
    },
    loadBundledHyphenator: (lang: Parameters<typeof load.loadBundledHyphenator>[0]) => {
      calls.push(`bundled words ${lang}`);
      return load.loadBundledHyphenator(lang);
    },
  };
});

vi.mock('../../src/data/load', async (original) => {
  const load = await original<typeof import('../../src/data/load')>();
  return {
    ...load,
    loadChecker: () => {
      calls.push('checker');
      return load.loadChecker();
    },
  };
});

afterEach(async () => {
  await unmountMain();
  calls.length = 0;
});

describe('what the first view needs downloads beside the dataset', { timeout: 30_000 }, () => {
  it('the catalog and the build’s hyphenated words are asked for before React renders anything', async () => {
    await bootMain('?view=table&lang=uk');
    const root = calls.indexOf('createRoot');
    expect(root).toBeGreaterThan(-1);
    expect(calls.indexOf('catalog uk')).toBeGreaterThan(-1);
    expect(calls.indexOf('catalog uk')).toBeLessThan(root);
    expect(calls.indexOf('bundled words uk')).toBeGreaterThan(-1);
    expect(calls.indexOf('bundled words uk')).toBeLessThan(root);
  });

  it('another dataset never asks for the build’s words: they hyphenate only the bundled one', async () => {
    await bootMain('?view=table&lang=uk&data=data/four.json', {
      answer: serveJson(readJson('four-parties.json'), '/data/four.json'),
    });
    expect(calls).toContain('catalog uk');
    expect(calls.filter((c) => c.startsWith('bundled words'))).toEqual([]);
  });

  it('another dataset’s checker is asked for before React renders anything, not after the data arrives', async () => {
    await bootMain('?view=table&data=data/four.json', {
      answer: serveJson(readJson('four-parties.json'), '/data/four.json'),
    });
    expect(calls.indexOf('checker')).toBeGreaterThan(-1);
    expect(calls.indexOf('checker')).toBeLessThan(calls.indexOf('createRoot'));
  });

  it('the bundled dataset does not ask for the checker at boot: a built site checked it and never needs it', async () => {
    await bootMain('?view=table');
    expect(calls).toContain('createRoot');
    expect(calls).not.toContain('checker');
  });
});
