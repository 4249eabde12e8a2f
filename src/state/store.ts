import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Filters } from '../lib/filters';
import { EMPTY_FILTERS } from '../lib/filters';
import { DEFAULT_LANG, type Lang } from '../i18n/languages';
import type { MatrixSort } from '../lib/matrix';
import type { View } from '../core/views';
import type { Notice, UrlState } from '../lib/urlState';

/** What the detail panel explains: one party's stance on an issue, or a pair's verdict. */
export type Selection =
  | { kind: 'stance'; issue: string; party: string }
  | { kind: 'pair'; issue: string; a: string; b: string }
  /** A pair across every issue shown (or one category): the comparisons behind an agreement index. */
  | { kind: 'pair-all'; a: string; b: string; category?: string }
  /** Every party's stance on one issue: the counts behind a distribution bar. */
  | { kind: 'issue'; issue: string }
  /** One statement, e.g. a timeline marker. */
  | { kind: 'position'; id: string };

export interface DashboardState {
  /** Everything a URL can express; the store holds inputs only, never derived rows. */
  url: UrlState;
  notices: Notice[];
  /** Interface language; kept in the URL as lang= beside the state once the address or the reader named it. */
  lang: Lang;
  langInAddress: boolean;
  selection: Selection | null;
  setView: (view: View) => void;
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  clearFilter: (key: keyof Filters) => void;
  clearFilters: () => void;
  setAsOf: (date: string | null) => void;
  setGroup: (group: boolean) => void;
  setSort: (sort: MatrixSort) => void;
  setFresh: (fresh: boolean) => void;
  setFocus: (focus: string | null) => void;
  setLang: (lang: Lang) => void;
  select: (selection: Selection | null) => void;
  dismissNotice: (index: number) => void;
  dismissNotices: () => void;
}

export type DashboardStore = StoreApi<DashboardState>;

export function createDashboardStore(
  url: UrlState,
  notices: Notice[] = [],
  lang: Lang = DEFAULT_LANG,
  langInAddress = false,
): DashboardStore {
  return createStore<DashboardState>()((set) => ({
    url,
    notices,
    lang,
    langInAddress,
    selection: null,
    setView: (view) => set((s) => ({ url: { ...s.url, view }, selection: null })),
    setFilter: (key, value) => set((s) => ({ url: { ...s.url, [key]: value } })),
    clearFilter: (key) => set((s) => ({ url: { ...s.url, [key]: EMPTY_FILTERS[key] } })),
    clearFilters: () => set((s) => ({ url: { ...s.url, ...EMPTY_FILTERS } })),
    setAsOf: (asOf) => set((s) => ({ url: { ...s.url, asOf } })),
    setGroup: (group) => set((s) => ({ url: { ...s.url, group } })),
    setSort: (sort) => set((s) => ({ url: { ...s.url, sort } })),
    setFresh: (fresh) => set((s) => ({ url: { ...s.url, fresh } })),
    setFocus: (focus) => set((s) => ({ url: { ...s.url, focus } })),
    setLang: (next) => set({ lang: next, langInAddress: true }),
    select: (selection) => set({ selection }),
    dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
    dismissNotices: () => set({ notices: [] }),
  }));
}

export const StoreContext = createContext<DashboardStore | null>(null);

/** The store itself, for the few places that act on it outside rendering (App applies the loaded dataset to it). */
export function useDashboardStore(): DashboardStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useDashboard must be used inside <StoreContext.Provider>');
  return store;
}

export function useDashboard<T>(selector: (state: DashboardState) => T): T {
  return useStore(useDashboardStore(), selector);
}
