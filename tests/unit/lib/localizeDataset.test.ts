import { describe, expect, it } from 'vitest';
import { uk } from '../../../src/i18n/uk';
import { en } from '../../../src/i18n/en';
import { asSentence, categoryTitle } from '../../../src/lib/labels';
import { localizeDataset } from '../../../src/lib/localizeDataset';
import { validateDataset } from '../../../src/data/validate';
import { loadBundled, loadFixture } from '../../fixtures/load';

describe('sources and categories in the reader’s language', () => {
  const bundled = loadBundled();

  it('gives a source its translated outlet and note, and keeps its headline and archive file as they are', () => {
    const ds = loadFixture('four-parties.json');
    const [first] = ds.sources;
    if (first === undefined) throw new Error('fixture has no source');
    const translated = {
      ...ds,
      sources: [
        {
          ...first,
          note: 'A note.',
          translations: { uk: { outlet: 'Видання', headline: 'Заголовок', note: 'Примітка.' } },
        },
      ],
    };
    const [s] = localizeDataset(translated, 'uk').sources;
    expect(s).toMatchObject({ outlet: 'Видання', note: 'Примітка.', headline: first.headline });
    expect(localizeDataset(translated, 'ru').sources[0]).toMatchObject({ outlet: first.outlet, note: 'A note.' });
  });

  it('translates the bundled dataset’s descriptive outlets, such as the unnamed republisher', () => {
    const outlets = new Set(localizeDataset(bundled, 'uk').sources.map((s) => s.outlet));
    expect(outlets).toContain('Неназваний передрук статті Financial Times');
    expect(outlets).not.toContain('Unnamed republisher of a Financial Times report');
  });

  it('names a category by the dataset’s title in the reader’s language, else the interface’s word, else its id', () => {
    const localized = localizeDataset(
      {
        ...bundled,
        categories: [{ id: 'water-rights', title: 'Water rights', translations: { uk: { title: 'Права на воду' } } }],
      },
      'uk',
    );
    expect(categoryTitle(localized.categories, uk, 'water-rights')).toBe('Права на воду');
    expect(categoryTitle(localized.categories, uk, 'security')).toBe('Безпека');
    expect(categoryTitle(undefined, en, 'fishing-quotas')).toBe('Fishing-quotas');
    expect(categoryTitle(localizeDataset(bundled, 'ru').categories, en, 'territory')).toBe('Территории');
  });

  it('refuses two categories with one id, naming the second', () => {
    const twice = {
      ...bundled,
      categories: [
        { id: 'a', title: 'A' },
        { id: 'a', title: 'B' },
      ],
    };
    const result = validateDataset(JSON.parse(JSON.stringify(twice)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path: 'categories[1].id', message: 'duplicate id "a"' });
  });
});

describe('asSentence', () => {
  it('ends a credit with a full stop unless it has one, also after a bracket or a quote', () => {
    expect(asSentence('Compiled by the desk (fictional)')).toBe('Compiled by the desk (fictional).');
    expect(asSentence('Compiled by the desk.')).toBe('Compiled by the desk.');
    expect(asSentence('“Who said what?”')).toBe('“Who said what?”');
    expect(asSentence('Coded twice (blind.) ')).toBe('Coded twice (blind.)');
  });
});
