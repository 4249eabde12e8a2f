import { describe, expect, it } from 'vitest';
import type { Actor, Issue, Party, Position } from '../../../src/data/schema';
import { quoteLanguage } from '../../../src/data/quoteLanguage';
import { LANGS } from '../../../src/i18n/languages';
import { actorText, issueText, partyName, partyShortName, positionText } from '../../../src/lib/translate';
import { loadBundled } from '../../fixtures/load';

const issue: Issue = {
  id: 'nato-membership',
  title: 'NATO membership',
  proposition: 'Ukraine should become a member of NATO.',
  category: 'security',
  translations: {
    uk: { title: 'Членство в НАТО', proposition: 'Україна має стати членом НАТО.' },
    ru: { title: 'Членство в НАТО' },
  },
};
const party: Party = {
  id: 'nato',
  name: 'NATO and allies',
  shortName: 'NATO',
  translations: { uk: { name: 'НАТО і союзники', shortName: 'НАТО' }, ru: { name: 'НАТО и союзники' } },
};
const actor: Actor = {
  id: 'peskov',
  name: 'Dmitry Peskov',
  role: 'Spokesman for the Russian president',
  party: 'russia',
  translations: { ru: { name: 'Дмитрий Песков', role: 'Пресс-секретарь президента России' }, uk: { role: 'Речник' } },
};
const position: Pick<Position, 'summary' | 'conditions' | 'translations' | 'quoteLanguage'> = {
  summary: 'Supports it if guaranteed.',
  conditions: 'Only with guarantees',
  translations: {
    uk: { summary: 'Підтримує за гарантій.', conditions: 'Лише з гарантіями', quote: 'Переклад цитати' },
    ru: { summary: 'Поддерживает при гарантиях.' },
  },
};

describe('issueText', () => {
  it('gives the English base text in English, even when translations exist', () => {
    expect(issueText(issue, 'en')).toEqual({
      title: 'NATO membership',
      proposition: 'Ukraine should become a member of NATO.',
    });
  });
  it('gives the translation in each language, field by field falling back to English', () => {
    expect(issueText(issue, 'uk')).toEqual({ title: 'Членство в НАТО', proposition: 'Україна має стати членом НАТО.' });
    expect(issueText(issue, 'ru')).toEqual({
      title: 'Членство в НАТО',
      proposition: 'Ukraine should become a member of NATO.',
    });
  });
  it('falls back to English for an issue without translations', () => {
    const plain = { ...issue, translations: undefined };
    for (const lang of LANGS) expect(issueText(plain, lang)).toEqual(issueText(issue, 'en'));
  });
});

describe('partyName and partyShortName', () => {
  it('translate each name separately', () => {
    expect([partyName(party, 'en'), partyShortName(party, 'en')]).toEqual(['NATO and allies', 'NATO']);
    expect([partyName(party, 'uk'), partyShortName(party, 'uk')]).toEqual(['НАТО і союзники', 'НАТО']);
  });
  it('fall back to the English short name, never to the translated full name', () => {
    expect([partyName(party, 'ru'), partyShortName(party, 'ru')]).toEqual(['НАТО и союзники', 'NATO']);
    expect(partyName({ name: 'Ukraine' }, 'ru')).toBe('Ukraine');
  });
});

describe('actorText', () => {
  it('translates name and role per language, falling back to English field by field', () => {
    expect(actorText(actor, 'en')).toEqual({ name: 'Dmitry Peskov', role: 'Spokesman for the Russian president' });
    expect(actorText(actor, 'ru')).toEqual({ name: 'Дмитрий Песков', role: 'Пресс-секретарь президента России' });
    expect(actorText(actor, 'uk')).toEqual({ name: 'Dmitry Peskov', role: 'Речник' });
  });
});

describe('positionText', () => {
  it('never translates the quote in place: a translation comes separately, and never in English', () => {
    expect(positionText(position, 'en')).toEqual({
      summary: 'Supports it if guaranteed.',
      conditions: 'Only with guarantees',
      quoteTranslation: null,
    });
    expect(positionText(position, 'uk')).toEqual({
      summary: 'Підтримує за гарантій.',
      conditions: 'Лише з гарантіями',
      quoteTranslation: 'Переклад цитати',
    });
    expect(positionText(position, 'ru')).toEqual({
      summary: 'Поддерживает при гарантиях.',
      conditions: 'Only with guarantees',
      quoteTranslation: null,
    });
  });
  it('gives null conditions for a position without any, whether null or absent', () => {
    for (const lang of LANGS) {
      expect(positionText({ summary: 's', conditions: null }, lang).conditions).toBeNull();
      expect(positionText({ summary: 's' }, lang)).toEqual({ summary: 's', conditions: null, quoteTranslation: null });
    }
  });
});

describe('quoteLanguage', () => {
  it("is the position's own language, else its source's, else English", () => {
    expect(quoteLanguage({ quoteLanguage: 'uk' }, { language: 'en' })).toBe('uk');
    expect(quoteLanguage({}, { language: 'ru' })).toBe('ru');
    expect(quoteLanguage({}, {})).toBe('en');
    expect(quoteLanguage({}, undefined)).toBe('en');
  });
});

describe('the bundled dataset', () => {
  it('has Ukrainian and Russian titles, propositions, names and roles, and English quotes', () => {
    const ds = loadBundled();
    const membership = ds.issues.find((i) => i.id === 'nato-membership')!;
    expect(issueText(membership, 'uk').proposition).toBe('Україна має стати членом НАТО.');
    expect(issueText(membership, 'ru').proposition).toBe('Украина должна стать членом НАТО.');
    const zelensky = ds.actors.find((a) => a.id === 'zelensky')!;
    expect(actorText(zelensky, 'uk').name).toBe('Володимир Зеленський');
    expect(actorText(zelensky, 'ru').name).toBe('Владимир Зеленский');
    const sources = new Map(ds.sources.map((s) => [s.id, s]));
    for (const p of ds.positions) {
      expect(quoteLanguage(p, sources.get(p.source))).toBe('en');
      for (const lang of LANGS) expect(positionText(p, lang).quoteTranslation).toBeNull();
    }
  });
});
