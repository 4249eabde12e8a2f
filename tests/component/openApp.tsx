import { configure, getConfig, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import type { LoadResult } from '../../src/data/load';
import { App } from '../../src/app/App';
import { parseUrl, serializeUrl } from '../../src/lib/urlState';
import { createDashboardStore, StoreContext } from '../../src/state/store';

/**
 * The whole dashboard (header, tabs, as-of control, filters, the view, the detail panel, the live region) as main.tsx
 * composes it, opened at a query string, with the dataset already loaded. The address bar is the store's state as
 * main.tsx writes it: `address()` is what the page would show.
 */
export async function openApp(dataset: Dataset | (() => Promise<LoadResult>), search = '') {
  const { state, notices } = parseUrl(search);
  const store = createDashboardStore(state, notices, 'en');
  const load = typeof dataset === 'function' ? dataset : () => Promise.resolve<LoadResult>({ ok: true, dataset });
  const utils = render(
    <StoreContext.Provider value={store}>
      <App load={load} />
    </StoreContext.Provider>,
  );
  // Ready once the view has rendered: the main landmark holds its content.
  await screen.findByRole('main', {}, { timeout: 20_000 });
  await waitReady();
  const address = () => new URLSearchParams(serializeUrl(store.getState().url));
  return { ...utils, store, address };
}

/** The current view has rendered (App's ReadySignal marks the root, as the e2e tests wait for). */
async function waitReady(): Promise<void> {
  const { waitFor } = await import('@testing-library/react');
  await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'), { timeout: 20_000 });
}

/** The dashboard's change dates, oldest first: the as-of slider's steps. */
export const changeDates = (dataset: Dataset) => [...new Set(dataset.positions.map((p) => p.date))].sort();

/**
 * The whole dashboard on the bundled dataset is thousands of elements: ByRole queries skip jsdom's per-element
 * visibility check (getComputedStyle up the tree, 10x the time) in the files that call this. Whether something is
 * shown is asserted where it matters (an open dialog: `shownDialog`).
 */
export function fastRoleQueries(): void {
  let before = false;
  beforeAll(() => {
    before = getConfig().defaultHidden;
    configure({ defaultHidden: true });
  });
  afterAll(() => configure({ defaultHidden: before }));
}

/** The open dialog (a closed <dialog> stays in the page), or null. */
export const openDialog = (): HTMLElement | null =>
  [...document.querySelectorAll<HTMLElement>('dialog')].find((d) => d.hasAttribute('open')) ?? null;
