// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTIONS, BASES, STANCES } from '../../../src/data/schema';
import { isRealDate } from '../../../src/core/dates';
import { MATRIX_SORTS } from '../../../src/lib/matrix';
import { VIEWS } from '../../../src/core/views';
import {
  DEFAULT_STATE,
  MAX_LIST_ITEMS,
  MAX_LIST_VALUE_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  parseUrl,
  serializeUrl,
  type ParsedUrl,
  type UrlState,
} from '../../../src/lib/urlState';
import { en } from '../../../src/i18n/en';
import type { Notice } from '../../../src/core/notice';

/** A notice as the English page words it. */
const text = (n: Notice | undefined) => (n === undefined ? '' : en.notices.text(n));

const params = { seed: 20_240_131, numRuns: 300 };

const ID = /^[a-z0-9][a-z0-9-]*$/;
const codePoints = (s: string) => [...s].length;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// ---------------------------------------------------------------- valid states

const idArb = fc.stringMatching(ID).filter((s) => s.length <= 80);
const shortIdArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,7}$/);

/** A list of ids as a URL can hold one: up to MAX_LIST_ITEMS, full lists of short ids and of the longest ones. */
const longIdArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{70,79}$/);
const idListArb = fc.oneof(
  fc.uniqueArray(idArb, { maxLength: 8 }),
  fc.uniqueArray(shortIdArb, { minLength: MAX_LIST_ITEMS - 3, maxLength: MAX_LIST_ITEMS }),
  fc.uniqueArray(longIdArb, { minLength: MAX_LIST_ITEMS - 3, maxLength: MAX_LIST_ITEMS }),
);

/** A real calendar day, years 0100–9999 (isRealDate refuses 0000–0099: Date.UTC maps years 0–99 to 1900–1999). */
const dateArb = fc
  .date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Characters that need care in a query string. */
const trickyUnit = fc.constantFrom(
  ...['%', '&', '=', '+', '#', '?', ',', ' ', '/', '%zz', '%2B'],
  ...['é', 'ё', '€', '😀', '\u200F', '\u200B'],
);
const qArb = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: MAX_QUERY_LENGTH }),
    fc.string({ unit: 'grapheme-ascii', maxLength: MAX_QUERY_LENGTH }),
    fc.string({ unit: trickyUnit, maxLength: 40 }),
    // At or just under the cap, in one- and two-unit characters.
    fc.string({ unit: 'grapheme-ascii', minLength: MAX_QUERY_LENGTH - 2, maxLength: MAX_QUERY_LENGTH }),
    fc.string({ unit: fc.constantFrom('😀', 'a', 'ё'), minLength: MAX_QUERY_LENGTH - 2, maxLength: MAX_QUERY_LENGTH }),
  )
  .filter((q) => codePoints(q) <= MAX_QUERY_LENGTH);

const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    view: fc.constantFrom(...VIEWS),
    parties: idListArb,
    issues: idListArb,
    categories: idListArb,
    stances: fc.uniqueArray(fc.constantFrom(...STANCES)),
    attribution: fc.uniqueArray(fc.constantFrom(...ATTRIBUTIONS)),
    basis: fc.uniqueArray(fc.constantFrom(...BASES)),
    range: fc.tuple(fc.option(dateArb), fc.option(dateArb)),
    asOf: fc.option(dateArb),
    q: qArb,
    group: fc.boolean(),
    sort: fc.constantFrom(...MATRIX_SORTS),
    fresh: fc.boolean(),
    focus: fc.option(idArb),
  })
  .map(({ range: [a, b], ...rest }) => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return { ...rest, from, to };
  });

describe('URL state round trip (property)', { timeout: 20_000 }, () => {
  it('parseUrl(serializeUrl(state)) gives back any valid state, with no notices', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parseUrl(serializeUrl(state))).toEqual({ state, data: null, notices: [] });
      }),
      params,
    );
  });

  it('kept parameters (data=, lang=) ride along without disturbing the state', () => {
    fc.assert(
      fc.property(stateArb, fc.webUrl({ withQueryParameters: true, withFragments: true }), (state, data) => {
        const parsed = parseUrl(serializeUrl(state, { data, lang: 'uk' }));
        expect(parsed).toEqual({ state, data, notices: [] });
      }),
      params,
    );
  });

  it('serializeUrl is canonical: re-serialising a parsed URL gives the same string', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const search = serializeUrl(state);
        expect(serializeUrl(parseUrl(search).state)).toBe(search);
      }),
      params,
    );
  });
});

// ---------------------------------------------------------------- arbitrary input

/** What every parse, of anything, must give: a usable state within the caps and readable notices. */
function expectSane({ state, data, notices }: ParsedUrl): void {
  expect(Object.keys(state).sort()).toEqual(Object.keys(DEFAULT_STATE).sort());
  expect(VIEWS).toContain(state.view);
  expect(MATRIX_SORTS).toContain(state.sort);
  expect(typeof state.group).toBe('boolean');
  for (const key of ['parties', 'issues', 'categories'] as const) {
    expect(state[key].length).toBeLessThanOrEqual(MAX_LIST_ITEMS);
    expect(new Set(state[key]).size).toBe(state[key].length);
    for (const id of state[key]) expect(ID.test(id) && id.length <= 80, `${key}: "${id}"`).toBe(true);
  }
  expect(state.stances.length).toBeLessThanOrEqual(MAX_LIST_ITEMS);
  for (const s of state.stances) expect(STANCES).toContain(s);
  for (const a of state.attribution) expect(ATTRIBUTIONS).toContain(a);
  expect(typeof state.q).toBe('string');
  expect(codePoints(state.q)).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(LONE_SURROGATE.test(state.q), 'half a surrogate pair in q').toBe(false);
  for (const key of ['from', 'to', 'asOf'] as const) {
    const v = state[key];
    if (v !== null) expect(isRealDate(v), `${key}=${v}`).toBe(true);
  }
  if (state.from !== null && state.to !== null) expect(state.from <= state.to).toBe(true);
  expect(data === null || typeof data === 'string').toBe(true);
  for (const n of notices) {
    expect(typeof n.param).toBe('string');
    expect(typeof text(n)).toBe('string');
    expect(text(n)).not.toBe('');
  }
}

const KEYS = [
  'view',
  'parties',
  'issues',
  'categories',
  'stances',
  'attribution',
  'from',
  'to',
  'asOf',
  'q',
  'sort',
  'group',
  'data',
  'embed',
  'lang',
  'childId',
  'unknown',
  '__proto__',
  'constructor',
  'toString',
  '',
];
const keyArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.constantFrom('%76iew', 'vi%65w', 'q%', '%zz', 'Q', 'VIEW', 'view ') },
  { weight: 1, arbitrary: fc.string() },
);
const valueArb = fc.oneof(
  fc.constantFrom(
    '%',
    '%%',
    '%zz',
    '%E0%A4%A',
    '%C3%28',
    '%ED%A0%80',
    '%F0%9F%98',
    '%00',
    '%FF',
    '%uD800',
    '+',
    '++',
    '%2B',
  ),
  fc.constantFrom(',', ',,', ' , ', '%2C%2C', 'a,,b', ' a , b ', '&', '=', '==', '?', '#frag'),
  fc.constantFrom(...VIEWS, ...STANCES, ...ATTRIBUTIONS, 'issue', 'conflicts', 'Table', 'table '),
  fc.constantFrom(
    '2024-02-29',
    '2023-02-29',
    '2023-02-30',
    '0000-00-00',
    '0050-01-01',
    '9999-12-31',
    '2024-1-1',
    '20240101',
  ),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  // Lists, some longer than MAX_LIST_ITEMS, some over MAX_VALUE_LENGTH.
  fc
    .array(fc.oneof(shortIdArb, fc.constantFrom(...STANCES), fc.string()), { maxLength: 120, size: 'max' })
    .map((l) => l.join(',')),
  // Very long values, around and far beyond the caps.
  fc
    .tuple(
      fc.oneof(
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom(
          ...[MAX_QUERY_LENGTH - 1, MAX_QUERY_LENGTH, MAX_QUERY_LENGTH + 1, MAX_VALUE_LENGTH, MAX_VALUE_LENGTH + 1],
          ...[MAX_LIST_VALUE_LENGTH, MAX_LIST_VALUE_LENGTH + 1],
        ),
      ),
      fc.constantFrom('x', 'a,', '%41', '😀', 'é', '+'),
    )
    .map(([n, unit]) => unit.repeat(n)),
);
/** `k=v&k=v…`: sometimes a bare key, sometimes a leading "?", "&&" or a fragment. */
const queryArb = fc
  .tuple(
    fc.constantFrom('', '?', '??', '&', '#'),
    fc.array(
      fc.oneof(
        fc.tuple(keyArb, valueArb).map(([k, v]) => `${k}=${v}`),
        keyArb,
        fc.constantFrom('=', '&', '=='),
      ),
      { maxLength: 12 },
    ),
  )
  .map(([lead, parts]) => lead + parts.join('&'));

const codeUnitArb = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

describe('parseUrl on arbitrary input (property)', { timeout: 20_000 }, () => {
  const arbitraries: [string, fc.Arbitrary<string>][] = [
    ['fc.string()', fc.string()],
    ['full-unicode strings', fc.string({ unit: 'binary' })],
    ['graphemes', fc.string({ unit: 'grapheme' })],
    ['UTF-16 code units, lone surrogates included', fc.string({ unit: codeUnitArb })],
    ['k=v& structures with odd encodings and long values', queryArb],
  ];

  it.each(arbitraries)('%s: never throws, respects the caps, explains itself', (_name, arb) => {
    fc.assert(
      fc.property(arb, (search) => {
        expectSane(parseUrl(search));
      }),
      params,
    );
  });

  it('what parseUrl accepts survives a second trip unchanged', () => {
    fc.assert(
      fc.property(queryArb, (search) => {
        const { state } = parseUrl(search);
        expect(parseUrl(serializeUrl(state))).toEqual({ state, data: null, notices: [] });
      }),
      params,
    );
  });

  const tinyIdArb = fc.stringMatching(/^[a-z][0-9]{1,2}$/);
  it('a list over MAX_LIST_ITEMS valid values is cut to the first MAX_LIST_ITEMS, with a notice', () => {
    fc.assert(
      fc.property(fc.uniqueArray(tinyIdArb, { minLength: MAX_LIST_ITEMS + 1, maxLength: 120 }), (ids) => {
        fc.pre(ids.join(',').length <= MAX_LIST_VALUE_LENGTH);
        const { state, notices } = parseUrl(`?issues=${ids.join(',')}`);
        expect(state.issues).toEqual(ids.slice(0, MAX_LIST_ITEMS));
        expect(notices.map((n) => n.param)).toEqual(['issues']);
      }),
      params,
    );
  });
});

describe('serializeUrl writes only what parseUrl keeps (property)', { timeout: 20_000 }, () => {
  /** More than a URL holds: lists past MAX_LIST_ITEMS of the longest ids, and search text past the cap. */
  const oversizedArb = fc.record({
    issues: fc.uniqueArray(longIdArb, { minLength: 1, maxLength: MAX_LIST_ITEMS + 20 }),
    q: fc.string({ unit: fc.constantFrom('😀', 'a', 'ё', '&'), maxLength: 3 * MAX_QUERY_LENGTH }),
  });

  it('the address of an oversized state parses with no notice, to the first MAX_LIST_ITEMS ids and MAX_QUERY_LENGTH characters', () => {
    fc.assert(
      fc.property(oversizedArb, ({ issues, q }) => {
        const state: UrlState = { ...DEFAULT_STATE, issues, q };
        const parsed = parseUrl(serializeUrl(state));
        expect(parsed.notices).toEqual([]);
        expect(parsed.state.issues).toEqual(issues.slice(0, MAX_LIST_ITEMS));
        expect(parsed.state.q).toBe([...q].slice(0, MAX_QUERY_LENGTH).join(''));
      }),
      params,
    );
  });
});

/** Bugs once pinned here with it.fails, kept as regression tests. */
describe('fixed bugs', () => {
  it('a state with a long selection round-trips (serializeUrl ignored MAX_VALUE_LENGTH, parseUrl dropped the list)', () => {
    // 40 issues with ids like "issue-number-12": 629 characters joined, under MAX_LIST_ITEMS but over MAX_VALUE_LENGTH.
    const issues = Array.from({ length: 40 }, (_, i) => `issue-number-${i}`);
    const state: UrlState = { ...DEFAULT_STATE, issues };
    expect(parseUrl(serializeUrl(state))).toEqual({ state, data: null, notices: [] });
  });

  it('cutting q to MAX_QUERY_LENGTH does not split a surrogate pair', () => {
    // 199 letters and an emoji: 201 UTF-16 units but 200 characters, so nothing is cut.
    const fits = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`;
    expect(parseUrl(`?q=${encodeURIComponent(fits)}`)).toMatchObject({ state: { q: fits }, notices: [] });
    const { state, notices } = parseUrl(`?q=${encodeURIComponent(`${fits}b`)}`);
    expect(state.q).toBe(fits);
    expect(LONE_SURROGATE.test(state.q)).toBe(false);
    expect(notices).toHaveLength(1);
  });
});
