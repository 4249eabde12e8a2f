import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/datasetIndex';
import {
  DEFAULT_STATE,
  fullDashboardSearch,
  keptParams,
  MAX_LIST_ITEMS,
  MAX_LIST_VALUE_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  linkCuts,
  parseUrl,
  reconcile,
  serializeUrl,
  type UrlState,
} from '../../../src/lib/urlState';
import { loadFixture } from '../../fixtures/load';
import { en } from '../../../src/i18n/en';
import type { Notice } from '../../../src/core/notice';

/** A notice as the English page words it. */
const text = (n: Notice | undefined) => (n === undefined ? '' : en.notices.text(n));

const full: UrlState = {
  view: 'table',
  parties: ['ukraine', 'nato'],
  issues: ['nato-membership', 'no-fly-zone'],
  categories: ['security'],
  stances: ['supports', 'conditional'],
  attribution: ['direct'],
  basis: ['stated'],
  from: '2021-01-01',
  to: '2022-12-31',
  asOf: '2022-03-15',
  q: 'Zelensky’s “red line” & co, 100%',
  group: true,
  sort: 'conflicts',
  fresh: true,
  focus: 'ukraine',
};

describe('URL state codec', () => {
  it('round-trips a full state', () => {
    expect(parseUrl(serializeUrl(full))).toEqual({ state: full, data: null, notices: [] });
  });

  it('round-trips the default state as an empty query', () => {
    expect(serializeUrl(DEFAULT_STATE)).toBe('');
    expect(parseUrl('').state).toEqual(DEFAULT_STATE);
  });

  it('uses the documented parameter names', () => {
    const params = new URLSearchParams(serializeUrl(full));
    expect([...params.keys()]).toEqual([
      'view',
      'parties',
      'issues',
      'categories',
      'stances',
      'attribution',
      'basis',
      'from',
      'to',
      'asOf',
      'q',
      'group',
      'sort',
      'fresh',
      'focus',
    ]);
    expect(params.get('parties')).toBe('ukraine,nato');
  });

  it('keeps data= beside the state', () => {
    const s = serializeUrl(DEFAULT_STATE, { data: '/other.json' });
    expect(parseUrl(s).data).toBe('/other.json');
  });

  it('ignores malformed values with a notice naming the parameter', () => {
    const { state, notices } = parseUrl('?view=pie&asOf=2022-02-30&stances=supports,maybe&zoom=3');
    expect(state.view).toBe('compare');
    expect(state.asOf).toBeNull();
    expect(state.stances).toEqual(['supports']);
    expect(notices.map((n) => n.param)).toEqual(['view', 'asOf', 'stances']);
    expect(text(notices[1])).toContain('asOf');
  });

  it('ignores, without a notice, parameters that are not its own: the tracking tags of shared links among them', () => {
    const tags =
      'utm_source=facebook&utm_medium=social&utm_campaign=war&fbclid=IwAR0abc-DEF_123&gclid=Cj0KCQ&mc_eid=9f&_ga=2.1&zoom=3';
    const { state, notices } = parseUrl(`?view=matrix&${tags}&asOf=2024-06-14`);
    expect(notices).toEqual([]);
    expect(state.view).toBe('matrix');
    expect(state.asOf).toBe('2024-06-14');
    // And the address the page writes back carries none of them.
    expect(serializeUrl(state)).toBe('?view=matrix&asOf=2024-06-14');
  });

  it('drops an inverted date range', () => {
    const { state, notices } = parseUrl('?from=2024-01-01&to=2021-01-01');
    expect([state.from, state.to]).toEqual([null, null]);
    expect(notices).toHaveLength(1);
  });

  it('caps the search text', () => {
    const { state, notices } = parseUrl(`?q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`);
    expect(state.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(notices).toHaveLength(1);
  });

  it('caps the search text by characters, never splitting an emoji', () => {
    const { state, notices } = parseUrl(`?q=${encodeURIComponent('😀'.repeat(MAX_QUERY_LENGTH + 1))}`);
    expect(state.q).toBe('😀'.repeat(MAX_QUERY_LENGTH));
    expect(notices.map(text)).toEqual([`search text cut to ${MAX_QUERY_LENGTH} characters`]);
  });

  it('keeps the start of a search text pasted past the single-value cap', () => {
    const { state } = parseUrl(`?q=${'a'.repeat(MAX_VALUE_LENGTH + 1)}`);
    expect(state.q).toBe('a'.repeat(MAX_QUERY_LENGTH));
  });

  it('a list fits the longest selection a URL holds: MAX_LIST_ITEMS ids of 80 characters', () => {
    const issues = Array.from({ length: MAX_LIST_ITEMS }, (_, i) => `${i}`.padStart(80, 'x'));
    expect(issues.join(',')).toHaveLength(MAX_LIST_VALUE_LENGTH);
    const state: UrlState = { ...DEFAULT_STATE, issues };
    expect(parseUrl(serializeUrl(state))).toEqual({ state, data: null, notices: [] });
    expect(parseUrl(`?issues=${issues.join(',')},x`).notices.map((n) => n.param)).toEqual(['issues']);
  });

  it('writes the first MAX_LIST_ITEMS of a longer selection, the ones parseUrl keeps', () => {
    const issues = Array.from({ length: MAX_LIST_ITEMS + 10 }, (_, i) => `issue-${i}`);
    const params = new URLSearchParams(serializeUrl({ ...DEFAULT_STATE, issues }));
    expect(params.get('issues')).toBe(issues.slice(0, MAX_LIST_ITEMS).join(','));
  });

  it('says what a link leaves out: each over-long list, and a search text past the cap', () => {
    const issues = Array.from({ length: MAX_LIST_ITEMS + 10 }, (_, i) => `issue-${i}`);
    const q = '🇺🇦'.repeat(MAX_QUERY_LENGTH);
    expect(linkCuts({ ...DEFAULT_STATE, issues, q })).toEqual([
      { param: 'issues', kept: MAX_LIST_ITEMS, total: MAX_LIST_ITEMS + 10 },
      { param: 'q', kept: MAX_QUERY_LENGTH, total: 2 * MAX_QUERY_LENGTH },
    ]);
    // What fits is not reported: exactly MAX_LIST_ITEMS, and the full state above.
    expect(linkCuts({ ...DEFAULT_STATE, issues: issues.slice(0, MAX_LIST_ITEMS) })).toEqual([]);
    expect(linkCuts(full)).toEqual([]);
  });

  it('accepts parameters owned by embeds and pym.js without a notice', () => {
    expect(parseUrl('?embed=1&childId=x&initialWidth=600').notices).toEqual([]);
  });

  it("keeps pym's parameters in the frame's own address, and out of the link to the full dashboard", () => {
    const kept = keptParams(
      '?view=matrix&embed=1&childId=graphic&initialWidth=600&parentUrl=https%3A%2F%2Fnews.example%2F&lang=uk',
    );
    expect(new URLSearchParams(serializeUrl(full, kept)).get('childId')).toBe('graphic');
    const link = new URLSearchParams(fullDashboardSearch(full, kept));
    expect([...link.keys()].filter((k) => ['embed', 'childId', 'initialWidth', 'parentUrl'].includes(k))).toEqual([]);
    expect(link.get('lang')).toBe('uk');
  });

  it('drops ids the dataset does not know', () => {
    const index = indexDataset(loadFixture('four-parties.json'));
    const { state, notices } = reconcile(
      { ...DEFAULT_STATE, parties: ['alpha', 'zeta'], categories: ['economy', 'space'] },
      index,
    );
    expect(state.parties).toEqual(['alpha']);
    expect(state.categories).toEqual(['economy']);
    expect(notices.map(text)).toEqual([
      'ignored "zeta" in parties: not in this dataset',
      'ignored "space" in categories: not in this dataset',
    ]);
  });
});
