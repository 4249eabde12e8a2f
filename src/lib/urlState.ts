import type { Attribution, Basis, Stance } from '../data/schema';
import { ATTRIBUTIONS, BASES, LIMITS, STANCES } from '../core/vocabulary';
import type { DatasetIndex } from './datasetIndex';
import { isRealDate } from '../core/dates';
import { DEFAULT_VIEW, VIEWS, type View } from '../core/views';
import { EMPTY_FILTERS, type Filters } from './filters';
import { MATRIX_SORTS, type MatrixSort } from './matrix';
import type { Notice } from '../core/notice';

export interface UrlState extends Filters {
  view: View;
  /** null: the latest date in the dataset. */
  asOf: string | null;
  /** Table grouped by issue. */
  group: boolean;
  /** Row order of the overlap matrix. */
  sort: MatrixSort;
  /** Current positions only: stale positions count as no stated position. */
  fresh: boolean;
  /** With too many parties for every pair: the party whose pairs are drawn (src/lib/pairs.ts). */
  focus: string | null;
}

export const DEFAULT_STATE: UrlState = {
  ...EMPTY_FILTERS,
  view: DEFAULT_VIEW,
  asOf: null,
  group: false,
  sort: 'issue',
  fresh: false,
  focus: null,
};

export type { Notice } from '../core/notice';

export interface ParsedUrl {
  state: UrlState;
  /** Dataset URL from `data=`, checked against the allowlist where it is loaded. */
  data: string | null;
  notices: Notice[];
}

/** Longest value of a single-valued parameter (view, dates, sort…); longer ones are ignored. */
export const MAX_VALUE_LENGTH = 500;
export const MAX_LIST_ITEMS = 50;
/** In code points, so a cut never leaves half an emoji. */
export const MAX_QUERY_LENGTH = 200;
const MAX_ID_LENGTH = LIMITS.id;
/**
 * Longest value of a list parameter: the longest list parseUrl can return (MAX_LIST_ITEMS ids of MAX_ID_LENGTH,
 * comma-separated), so any selection it keeps also round-trips. A flat 500 dropped a 40-issue selection whole.
 */
export const MAX_LIST_VALUE_LENGTH = MAX_LIST_ITEMS * (MAX_ID_LENGTH + 1) - 1;

const LIST_KEYS = ['parties', 'issues', 'categories', 'stances', 'attribution', 'basis'] as const;
const isListKey = (key: string) => (LIST_KEYS as readonly string[]).includes(key);

/** The first `max` code points of `s`: a cut by UTF-16 units can split a surrogate pair. */
function firstCodePoints(s: string, max: number): string {
  let units = 0;
  let count = 0;
  for (const ch of s) {
    if (count === max) break;
    units += ch.length;
    count++;
  }
  return s.slice(0, units);
}

/** What pym.js adds to an iframe's URL: kept while the frame lives (a reload still finds its childId). */
const PYM_PARAMS = ['childId', 'initialWidth', 'parentTitle', 'parentUrl'];
/** Parameters owned by other parts of the page, kept in the URL as the state changes. */
const KEPT = ['data', 'embed', 'controls', 'theme', 'transparent', 'lang', 'preview', ...PYM_PARAMS];
/**
 * Parameters that only make sense where they are: inside a host page's iframe, or (preview=) in the browser tab that
 * holds a previewed local file. Never copied into a link or a new embed code.
 */
export const NOT_SHARED: readonly string[] = ['embed', 'controls', 'transparent', 'preview', ...PYM_PARAMS];

/** The parameters of `search` that are not state but must survive state changes (e.g. data=). */
export function keptParams(search: string): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(search)) if (KEPT.includes(k) && !(k in kept)) kept[k] = v;
  return kept;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

const show = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** A list item that is not a valid value: an id of the wrong shape, or not one of the vocabulary's words. */
const invalid = (param: string, value: string): Notice => ({ kind: 'notAllowed', param, value, allowed: 'id' });

function parseList<T extends string>(
  param: string,
  raw: string,
  valid: (item: string) => item is T,
  notices: Notice[],
): T[] {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const kept: T[] = [];
  for (const item of items) {
    if (!valid(item)) notices.push(invalid(param, show(item)));
    else if (!kept.includes(item)) kept.push(item);
  }
  if (kept.length > MAX_LIST_ITEMS) {
    notices.push({ kind: 'tooMany', param, max: MAX_LIST_ITEMS });
    return kept.slice(0, MAX_LIST_ITEMS);
  }
  return kept;
}

const oneOf =
  <T extends string>(set: readonly T[]) =>
  (s: string): s is T =>
    (set as readonly string[]).includes(s);
const isId = (s: string): s is string => ID.test(s) && s.length <= MAX_ID_LENGTH;

/** Reads a query string into a state; never throws, and says what it ignored. */
export function parseUrl(search: string): ParsedUrl {
  const state: UrlState = { ...DEFAULT_STATE };
  const notices: Notice[] = [];
  let data: string | null = null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      state,
      data,
      notices: [{ kind: 'unreadable', param: '' }],
    };
  }
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (seen.has(key)) {
      notices.push({ kind: 'repeated', param: key });
      continue;
    }
    seen.add(key);
    // data= is checked where it is loaded; q is cut below rather than ignored, keeping the start of a long paste.
    const cap = isListKey(key) ? MAX_LIST_VALUE_LENGTH : key === 'data' || key === 'q' ? Infinity : MAX_VALUE_LENGTH;
    if (raw.length > cap) {
      notices.push({ kind: 'tooLong', param: key, max: cap });
      continue;
    }
    const notOneOf = (expected: readonly string[]) =>
      notices.push({ kind: 'notOneOf', param: key, value: show(raw), expected });
    switch (key) {
      case 'view':
        if (oneOf(VIEWS)(raw)) state.view = raw;
        else notOneOf(VIEWS);
        break;
      case 'parties':
      case 'issues':
      case 'categories':
        state[key] = parseList(key, raw, isId, notices);
        break;
      case 'stances':
        state.stances = parseList<Stance>(key, raw, oneOf(STANCES), notices);
        break;
      case 'attribution':
        state.attribution = parseList<Attribution>(key, raw, oneOf(ATTRIBUTIONS), notices);
        break;
      case 'basis':
        state.basis = parseList<Basis>(key, raw, oneOf(BASES), notices);
        break;
      case 'fresh':
        if (raw === '1') state.fresh = true;
        else notOneOf(['1']);
        break;
      case 'from':
      case 'to':
      case 'asOf':
        if (isRealDate(raw)) state[key] = raw;
        else notices.push({ kind: 'notADate', param: key, value: show(raw) });
        break;
      case 'q':
        state.q = firstCodePoints(raw, MAX_QUERY_LENGTH);
        if (state.q !== raw) notices.push({ kind: 'searchCut', param: 'q', max: MAX_QUERY_LENGTH });
        break;
      case 'sort':
        if (raw === 'conflicts') state.sort = 'conflicts';
        else notOneOf(MATRIX_SORTS.filter((s) => s !== DEFAULT_STATE.sort));
        break;
      case 'group':
        if (raw === 'issue') state.group = true;
        else notOneOf(['issue']);
        break;
      case 'focus':
        if (isId(raw)) state.focus = raw;
        else notices.push(invalid(key, show(raw)));
        break;
      default:
        // Anything else is not the dashboard's: tracking tags every shared link carries (utm_source, fbclid, gclid…),
        // a host's own parameters. Ignored without a word, and dropped from the address the page writes back.
        if (key === 'data') data = raw;
    }
  }
  if (state.from !== null && state.to !== null && state.from > state.to) {
    notices.push({ kind: 'fromAfterTo', param: 'from', from: state.from, to: state.to });
    state.from = null;
    state.to = null;
  }
  return { state, data, notices };
}

/**
 * The query string for a state, omitting defaults so URLs stay short. Extra params (e.g. data=) are kept.
 * It writes only what parseUrl keeps: at most MAX_LIST_ITEMS of a list and MAX_QUERY_LENGTH characters of q, cut
 * exactly as parseUrl cuts them. So an address never carries a value the next reader loses with a notice, or
 * (over a length cap) loses whole; the page itself keeps the full state, only the link is shortened.
 */
export function serializeUrl(state: UrlState, keep: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  for (const key of LIST_KEYS)
    if (state[key].length > 0) params.set(key, state[key].slice(0, MAX_LIST_ITEMS).join(','));
  for (const key of ['from', 'to', 'asOf'] as const) {
    const v = state[key];
    if (v !== null) params.set(key, v);
  }
  if (state.q !== '') params.set('q', firstCodePoints(state.q, MAX_QUERY_LENGTH));
  if (state.group) params.set('group', 'issue');
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
  if (state.fresh) params.set('fresh', '1');
  if (state.focus !== null) params.set('focus', state.focus);
  for (const [k, v] of Object.entries(keep)) params.set(k, v);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** A part of the state that a link cannot carry whole (see serializeUrl): how much of it the link keeps. */
export interface LinkCut {
  param: (typeof LIST_KEYS)[number] | 'q';
  kept: number;
  total: number;
}

/** What serializeUrl leaves out of a link to this state, so the page can say so instead of dropping it silently. */
export function linkCuts(state: UrlState): LinkCut[] {
  const cuts: LinkCut[] = [];
  for (const param of LIST_KEYS)
    if (state[param].length > MAX_LIST_ITEMS) cuts.push({ param, kept: MAX_LIST_ITEMS, total: state[param].length });
  const q = [...state.q].length;
  if (q > MAX_QUERY_LENGTH) cuts.push({ param: 'q', kept: MAX_QUERY_LENGTH, total: q });
  return cuts;
}

/** The same state as a stand-alone page: what "Open the full dashboard" links to. */
export function fullDashboardSearch(state: UrlState, keep: Readonly<Record<string, string>>): string {
  return serializeUrl(state, Object.fromEntries(Object.entries(keep).filter(([k]) => !NOT_SHARED.includes(k))));
}

/** Drops ids the dataset does not know, with a notice for each, so a stale link still opens. */
export function reconcile(state: UrlState, index: DatasetIndex): { state: UrlState; notices: Notice[] } {
  const notices: Notice[] = [];
  const keep = (param: 'parties' | 'issues' | 'categories', known: (id: string) => boolean) =>
    state[param].filter((id) => {
      if (known(id)) return true;
      notices.push({ kind: 'notInDataset', param, value: show(id) });
      return false;
    });
  let focus = state.focus;
  if (focus !== null && !index.parties.has(focus)) {
    notices.push({ kind: 'notInDataset', param: 'focus', value: show(focus) });
    focus = null;
  }
  return {
    state: {
      ...state,
      focus,
      parties: keep('parties', (id) => index.parties.has(id)),
      issues: keep('issues', (id) => index.issues.has(id)),
      categories: keep('categories', (id) => index.categories.includes(id)),
    },
    notices,
  };
}
