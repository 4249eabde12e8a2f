import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../src/data/validate';
import { TRANSLATION_LANGS } from '../../../src/core/vocabulary';
import { readJson } from '../../fixtures/load';

type Item = Record<string, unknown>;
type Fixture = Item & { parties: Item[]; actors: Item[]; issues: Item[]; sources: Item[]; positions: Item[] };

const fixture = () => readJson('four-parties.json') as Fixture;
const bundled = () => readJson('../../data/dataset.json') as Fixture;
const problemsOf = (input: unknown) => {
  const r = validateDataset(input);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('translations in the dataset', () => {
  it('accepts translations of every translatable field, and source and quote languages', () => {
    const ds = fixture();
    ds.parties[0]!.translations = { uk: { name: 'Альфаленд', shortName: 'Альфа' }, ru: { name: 'Альфаленд' } };
    ds.actors[0]!.translations = { uk: { name: 'Анна Альфа', role: 'Президентка' }, ru: { role: 'Президент' } };
    ds.issues[0]!.translations = { uk: { title: 'Кордони', proposition: 'Кордони мають бути відновлені.' } };
    ds.sources[0]!.language = 'en-GB';
    ds.positions[0]!.quoteLanguage = 'uk';
    ds.positions[0]!.translations = { ru: { summary: 'альфа за', quote: 'Наши границы должны быть восстановлены.' } };
    ds.positions[3]!.translations = { uk: { conditions: 'Лише після припинення вогню' } };
    expect(problemsOf(ds)).toEqual([]);
  });

  it('accepts the bundled translations: every party, actor and issue in every language the format translates to', () => {
    const ds = bundled();
    expect(problemsOf(ds)).toEqual([]);
    const others = TRANSLATION_LANGS;
    const complete = (list: Item[], fields: string[]) =>
      list.every((item) =>
        others.every((lang) => {
          const t = (item.translations as Record<string, Record<string, string>> | undefined)?.[lang];
          return fields.every((f) => typeof t?.[f] === 'string' && t[f] !== item[f]);
        }),
      );
    expect(complete(ds.parties, ['name'])).toBe(true);
    expect(complete(ds.actors, ['name', 'role'])).toBe(true);
    expect(complete(ds.issues, ['title', 'proposition'])).toBe(true);
    expect(ds.sources.every((s) => s.language === 'en')).toBe(true);
    // every summary and condition is translated; a quote is never translated in place (nor in this dataset beside it)
    expect(complete(ds.positions, ['summary'])).toBe(true);
    expect(complete(ds.positions.filter((p) => p.conditions != null), ['conditions'])).toBe(true);
    expect(ds.positions.every((p) => p.quoteLanguage === undefined && Object.values(p.translations ?? {}).every((t: Item) => t.quote === undefined))).toBe(true);
  });

  it('rejects a language that is not an interface language, with its JSON path', () => {
    const ds = fixture();
    ds.issues[1]!.translations = { de: { title: 'Handel' } };
    ds.parties[2]!.translations = { en: { name: 'Gamma' } };
    expect(problemsOf(ds)).toEqual([
      'parties[2].translations: Unrecognized key: "en"',
      'issues[1].translations: Unrecognized key: "de"',
    ]);
  });

  it('rejects an unknown or misspelt translated field, with its JSON path', () => {
    const ds = fixture();
    ds.issues[0]!.translations = { uk: { title: 'Кордони', propositon: 'Кордони мають бути відновлені.' } };
    ds.actors[1]!.translations = { ru: { party: 'бета' } };
    ds.positions[0]!.translations = { uk: { stance: 'за' } };
    expect(problemsOf(ds)).toEqual([
      'actors[1].translations.ru: Unrecognized key: "party"',
      'issues[0].translations.uk: Unrecognized key: "propositon"',
      'positions[0].translations.uk: Unrecognized key: "stance"',
    ]);
  });

  it('rejects empty and over-long translations like the English fields', () => {
    const ds = fixture();
    ds.parties[0]!.translations = { uk: { shortName: 'Альфа'.repeat(9) } };
    ds.issues[0]!.translations = { ru: { title: '' } };
    expect(problemsOf(ds)).toEqual([
      'parties[0].translations.uk.shortName: Too big: expected string to have <=40 characters',
      'issues[0].translations.ru.title: must not be empty',
    ]);
  });

  it('rejects language tags that are not BCP 47', () => {
    for (const tag of ['EN', 'english', 'en_GB', 'e', 'en-', '']) {
      const ds = fixture();
      ds.sources[0]!.language = tag;
      ds.positions[0]!.quoteLanguage = tag;
      expect(problemsOf(ds), tag).toEqual([
        'sources[0].language: expected a BCP 47 language tag such as "en", "uk" or "ru"',
        'positions[0].quoteLanguage: expected a BCP 47 language tag such as "en", "uk" or "ru"',
      ]);
    }
    for (const tag of ['en', 'uk', 'ru', 'en-GB', 'zh-Hant', 'crh']) {
      const ds = fixture();
      ds.sources[0]!.language = tag;
      expect(problemsOf(ds), tag).toEqual([]);
    }
  });

  it('rejects a translation of conditions or of a quote the position does not have', () => {
    const ds = fixture();
    ds.positions[0]!.translations = { ru: { conditions: 'Только после перемирия' } }; // conditions: null
    ds.positions[2]!.translations = { uk: { quote: 'Ніколи.' } }; // quote: null
    ds.positions[4]!.quoteLanguage = 'uk'; // quote: null
    delete ds.positions[1]!.conditions; // absent counts as none
    ds.positions[1]!.translations = { uk: { conditions: 'Лише після перемир’я' } };
    expect(problemsOf(ds)).toEqual([
      'positions[0].translations.ru.conditions: translation of conditions given, but the position has no conditions',
      'positions[1].translations.uk.conditions: translation of conditions given, but the position has no conditions',
      'positions[2].translations.uk.quote: translation of quote given, but the position has no quote',
      'positions[4].quoteLanguage: quoteLanguage given, but the position has no quote',
    ]);
  });

  it('rejects a "translation" of a quote into the language it is printed in: quotes stay as printed', () => {
    const ds = fixture();
    ds.positions[0]!.quoteLanguage = 'uk';
    ds.positions[0]!.translations = { uk: { quote: 'Наші кордони мають бути відновлені.' } };
    ds.sources[0]!.language = 'ru-RU'; // positions[1] takes its source's language
    ds.positions[1]!.translations = { ru: { quote: 'Никогда.' }, uk: { quote: 'Ніколи.' } };
    expect(problemsOf(ds)).toEqual([
      'positions[0].translations.uk.quote: the quote is already in "uk" and is shown as printed: it needs no translation',
      'positions[1].translations.ru.quote: the quote is already in "ru" and is shown as printed: it needs no translation',
    ]);
  });
});
