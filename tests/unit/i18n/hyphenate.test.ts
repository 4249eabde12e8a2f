import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { localizeDataset } from '../../../src/lib/localizeDataset';
import { loadBundled } from '../../fixtures/load';

const SOFT = '\u00ad';

describe('hyphenation of titles (issue 15: no word broken without a hyphen, whatever the browser)', () => {
  it('puts soft hyphens inside the long Ukrainian and Russian words that broke bare at 375 px, and changes no letter', async () => {
    const uk = await LANGUAGES.uk.hyphenate();
    const ru = await LANGUAGES.ru.hyphenate();
    for (const [hy, word] of [
      [uk, 'Відповідальність'],
      [ru, 'Территориальная'],
    ] as const) {
      const out = hy(word);
      expect(out).toContain(SOFT);
      expect(out.replaceAll(SOFT, '')).toBe(word);
    }
  });

  it('hyphenates every Ukrainian and Russian issue title of the bundled dataset that has a word of ten letters or more', async () => {
    const bundled = loadBundled();
    for (const lang of ['uk', 'ru'] as const) {
      const hy = await LANGUAGES[lang].hyphenate();
      const titles = localizeDataset(bundled, lang).issues.map((i) => i.title);
      for (const title of titles)
        for (const word of title.split(/[\s–-]+/).filter((w) => /^[\p{L}’']{10,}$/u.test(w)))
          expect(hy(word), `${lang}: ${word}`).toContain(SOFT);
    }
  });

  it('leaves English to the browser: its patterns would weigh on the first view', async () => {
    const en = await LANGUAGES.en.hyphenate();
    expect(en('Accountability')).toBe('Accountability');
  });
});
