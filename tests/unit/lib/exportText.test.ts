import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { indexDataset } from '../../../src/lib/datasetIndex';
import { exportSubtitle, sourcesLine } from '../../../src/lib/exportText';
import { EMPTY_FILTERS } from '../../../src/lib/filters';
import { formatterFor } from '../../../src/lib/format';
import { en } from '../../../src/i18n/en';
import { ru } from '../../../src/i18n/ru';
import { uk } from '../../../src/i18n/uk';
import { loadBundled, loadFixture } from '../../fixtures/load';

const fixture = indexDataset(loadFixture('four-parties.json'));
const bundled = indexDataset(loadBundled());

describe('exportSubtitle', () => {
  it('says only the date in force when nothing is filtered', () => {
    expect(exportSubtitle(EMPTY_FILTERS, fixture, '2024-01-31')).toBe('Positions as of 31 January 2024');
    expect(exportSubtitle(EMPTY_FILTERS, fixture, '2023-06-01')).toBe('Positions as of 1 June 2023');
  });

  it('says when only one party’s pairs are drawn, in each language', () => {
    const filters = { ...EMPTY_FILTERS, parties: ['gamma', 'alpha'] };
    expect(exportSubtitle(filters, fixture, '2024-01-31', en, formatterFor('en'), null, 'alpha')).toBe(
      'Parties: Gamma, Alpha · pairs of Alpha only · Positions as of 31 January 2024',
    );
    expect(exportSubtitle(filters, fixture, '2024-01-31', uk, formatterFor('uk'), null, 'alpha')).toContain(
      'лише пари сторони',
    );
    expect(exportSubtitle(filters, fixture, '2024-01-31', ru, formatterFor('ru'), null, 'alpha')).toContain(
      'только пары стороны',
    );
  });

  it('names parties by their short names, in the order chosen', () => {
    expect(exportSubtitle({ ...EMPTY_FILTERS, parties: ['gamma', 'alpha'] }, fixture, '2024-01-31')).toBe(
      'Parties: Gamma, Alpha · Positions as of 31 January 2024',
    );
    expect(exportSubtitle({ ...EMPTY_FILTERS, parties: ['ukraine', 'nato'] }, bundled, '2022-03-15')).toBe(
      'Parties: Ukraine, NATO · Positions as of 15 March 2022',
    );
  });

  it('names issues by their titles', () => {
    expect(exportSubtitle({ ...EMPTY_FILTERS, issues: ['trade', 'troops'] }, fixture, '2024-01-31')).toBe(
      'Issues: Trade, Troops · Positions as of 31 January 2024',
    );
    expect(
      exportSubtitle({ ...EMPTY_FILTERS, issues: ['military-limits', 'crimea-recognition'] }, bundled, '2022-03-15'),
    ).toBe('Issues: Limits on Ukraine’s army, Crimea · Positions as of 15 March 2022');
  });

  it('capitalises categories', () => {
    expect(exportSubtitle({ ...EMPTY_FILTERS, categories: ['security', 'territory'] }, fixture, '2024-01-31')).toBe(
      'Categories: Security, Territory · Positions as of 31 January 2024',
    );
  });

  it('names stances in words', () => {
    expect(
      exportSubtitle({ ...EMPTY_FILTERS, stances: ['supports', 'conditional', 'opposes'] }, fixture, '2024-01-31'),
    ).toBe('Stances: Supports, Conditional, Opposes · Positions as of 31 January 2024');
  });

  it('names the attribution kinds in words', () => {
    expect(exportSubtitle({ ...EMPTY_FILTERS, attribution: ['direct'] }, fixture, '2024-01-31')).toBe(
      'Only: direct quote · Positions as of 31 January 2024',
    );
    expect(exportSubtitle({ ...EMPTY_FILTERS, attribution: ['reported'] }, fixture, '2024-01-31')).toBe(
      'Only: reported by outlet · Positions as of 31 January 2024',
    );
  });

  it('says when inferred positions are left out and when only current positions count', () => {
    expect(
      exportSubtitle({ ...EMPTY_FILTERS, basis: ['stated'] }, fixture, '2024-01-31', en, formatterFor('en'), 365),
    ).toBe(
      'Only: stated positions · Current positions only (stated within 365 days of the date) · Positions as of 31 January 2024',
    );
  });

  it('writes the date range in words, open at either end', () => {
    expect(exportSubtitle({ ...EMPTY_FILTERS, from: '2023-03-01', to: '2023-06-30' }, fixture, '2024-01-31')).toBe(
      'Stated from 1 March 2023 to 30 June 2023 · Positions as of 31 January 2024',
    );
    expect(exportSubtitle({ ...EMPTY_FILTERS, from: '2023-03-01' }, fixture, '2024-01-31')).toBe(
      'Stated from 1 March 2023 · Positions as of 31 January 2024',
    );
    // The words are right even for a range open at the start; its spacing is the bug below.
    expect(exportSubtitle({ ...EMPTY_FILTERS, to: '2023-06-30' }, fixture, '2024-01-31')).toMatch(
      /^Stated\s+to 30 June 2023 · Positions as of 31 January 2024$/,
    );
  });

  it('writes a range open at the start with single spaces', () => {
    expect(exportSubtitle({ ...EMPTY_FILTERS, to: '2023-06-30' }, fixture, '2024-01-31')).toBe(
      'Stated to 30 June 2023 · Positions as of 31 January 2024',
    );
  });

  it('quotes the search text', () => {
    expect(exportSubtitle({ ...EMPTY_FILTERS, q: 'ceasefire' }, fixture, '2024-01-31')).toBe(
      'Matching “ceasefire” · Positions as of 31 January 2024',
    );
  });

  it('lists every active filter in reading order, the date last', () => {
    const filters = {
      parties: ['alpha', 'beta'],
      issues: ['borders'],
      categories: ['security'],
      stances: ['opposes' as const],
      attribution: ['reported' as const],
      basis: ['stated' as const],
      from: '2023-01-01',
      to: '2023-12-31',
      q: 'troops',
    };
    expect(exportSubtitle(filters, fixture, '2024-01-31')).toBe(
      'Parties: Alpha, Beta · Categories: Security · Issues: Borders · Stances: Opposes · Only: reported by outlet, stated positions · ' +
        'Stated from 1 January 2023 to 31 December 2023 · Matching “troops” · Positions as of 31 January 2024',
    );
  });

  it('falls back to the id for something the dataset does not know, rather than dropping it', () => {
    expect(
      exportSubtitle({ ...EMPTY_FILTERS, parties: ['alpha', 'omega'], issues: ['ghost'] }, fixture, '2024-01-31'),
    ).toBe('Parties: Alpha, omega · Issues: ghost · Positions as of 31 January 2024');
  });
});

describe('sourcesLine', () => {
  it('lists the one outlet of the fixture', () => {
    expect(sourcesLine(fixture)).toBe('Sources: Test Wire.');
  });

  it('names the outlets behind the most positions, and how many more, when there are more than it names', () => {
    const base = loadFixture('four-parties.json');
    const first = base.sources[0];
    if (first === undefined) throw new Error('fixture has no source');
    const outlets = [
      'Alpha Post',
      'Beta Wire',
      'Gamma Daily',
      'Delta News',
      'Epsilon Times',
      'Zeta Radio',
      'Eta Herald',
    ];
    const sources = outlets.map((outlet, i) => ({ ...first, id: `s${i}`, outlet }));
    // Eta Herald (last in dataset order) backs three positions, Beta Wire two, the rest one or none.
    const backing = ['s6', 's6', 's6', 's1', 's1', 's0', 's2', 's3', 's4', 's5'];
    const positions = base.positions.slice(0, backing.length).map((p, i) => ({ ...p, source: backing[i] ?? 's0' }));
    const line = sourcesLine(indexDataset({ ...base, sources, positions }));
    expect(line).toBe(
      'Sources: Eta Herald; Beta Wire; Alpha Post; Gamma Daily; Delta News and 2 more (all listed on the methodology page).',
    );
  });

  it('says how many more outlets there are in Ukrainian and Russian too', () => {
    expect(sourcesLine(bundled, uk)).toMatch(/^Джерела: .+ та ще \d+ \(усі — на сторінці методології\)\.$/);
    expect(sourcesLine(bundled, ru)).toMatch(/^Источники: .+ и еще \d+ \(все — на странице методологии\)\.$/);
  });

  it('names an outlet once however many of its reports are cited', () => {
    const base = loadFixture('four-parties.json');
    const first = base.sources[0];
    if (first === undefined) throw new Error('fixture has no source');
    const dataset: Dataset = {
      ...base,
      sources: [
        first,
        { ...first, id: 's2', outlet: 'Other Desk', headline: 'Second report' },
        { ...first, id: 's3', headline: 'Third report' },
        { ...first, id: 's4', outlet: 'Other Desk', headline: 'Fourth report' },
        { ...first, id: 's5', outlet: 'Third Post', headline: 'Fifth report' },
      ],
    };
    expect(sourcesLine(indexDataset(dataset))).toBe('Sources: Test Wire; Other Desk; Third Post.');
  });
});
