import { describe, expect, it } from 'vitest';
import { fromHyphenWords, hyphenWords } from '../../../src/i18n/hyphenWords';
import { LANGS } from '../../../src/i18n/languages';
import { bundledHyphenWords, patternsOf } from '../../../scripts/bundledHyphens';
import { issueText } from '../../../src/lib/translate';
import { localizeDataset } from '../../../src/lib/localizeDataset';
import { loadBundled } from '../../fixtures/load';

const SOFT = '\u00ad';

describe('hyphenation of titles (issue 15: no word broken without a hyphen, whatever the browser)', () => {
  it('puts soft hyphens inside the long words that broke bare at 375 px, in every language, and changes no letter', async () => {
    for (const [lang, word] of [
      ['uk', 'Відповідальність'],
      ['ru', 'Территориальная'],
      ['en', 'Accountability'],
    ] as const) {
      const out = (await patternsOf(lang))(word);
      expect(out, lang).toContain(SOFT);
      expect(out.replaceAll(SOFT, '')).toBe(word);
    }
  });

  it('hyphenates every issue title of the bundled dataset that has a word of ten letters or more, in every language', async () => {
    const bundled = loadBundled();
    for (const lang of LANGS) {
      const hy = await patternsOf(lang);
      const titles = localizeDataset(bundled, lang).issues.map((i) => i.title);
      for (const title of titles)
        for (const word of title.split(/[\s–-]+/).filter((w) => /^[\p{L}’']{10,}$/u.test(w)))
          expect(hy(word), `${lang}: ${word}`).toContain(SOFT);
    }
  });
});

describe('the bundled dataset hyphenated by the build (a table of words, not the patterns)', () => {
  it('breaks each title and proposition exactly where the language’s patterns do, English fallbacks by English ones', async () => {
    const bundled = loadBundled();
    const english = await patternsOf('en');
    for (const lang of LANGS) {
      const patterns = await patternsOf(lang);
      const table = fromHyphenWords(Object.values(await bundledHyphenWords(bundled, lang)));
      let translated = 0;
      for (const issue of bundled.issues) {
        const shown = issueText(issue, lang);
        const original = issueText(issue, 'en');
        for (const field of ['title', 'proposition'] as const) {
          const text = shown[field];
          const isTranslation = lang !== 'en' && text !== original[field];
          if (isTranslation) translated++;
          expect(table(text), `${lang}: ${text}`).toBe((isTranslation ? patterns : english)(text));
        }
      }
      if (lang !== 'en') expect(translated, lang).toBeGreaterThan(0);
    }
  });

  it('keeps only the words the patterns break, and leaves a word it does not know as it is', () => {
    const hy = (text: string) => text.replace('Neutrality', `Neut${SOFT}ral${SOFT}ity`);
    const words = hyphenWords(['Permanent Neutrality.', 'Ukraine'], hy);
    expect(words).toEqual({ Neutrality: `Neut${SOFT}ral${SOFT}ity` });
    const table = fromHyphenWords(Object.values(words));
    expect(table('Neutrality and Neutralityship, (Neutrality)')).toBe(
      `Neut${SOFT}ral${SOFT}ity and Neutralityship, (Neut${SOFT}ral${SOFT}ity)`,
    );
  });
});

describe('the patterns a reader of another dataset fetches', () => {
  it('are the Ukrainian and Russian ones; English leaves its words to the browser rather than fetch 25 KB', async () => {
    const { loadHyphenator } = await import('../../../src/i18n/load');
    expect((await loadHyphenator('uk'))('Відповідальність')).toContain(SOFT);
    expect((await loadHyphenator('ru'))('Территориальная')).toContain(SOFT);
    expect((await loadHyphenator('en'))('Accountability')).toBe('Accountability');
  });
});
