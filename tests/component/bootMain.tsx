import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, screen, waitFor } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { expect, vi } from 'vitest';
import type { Dataset } from '../../src/data/schema';

/**
 * Boots the real entry point, src/main.tsx, in jsdom at an address, as a browser would open the page: the query is
 * read by main.tsx itself (state, presentation, language, notices, ?data= allowlist), the dataset is fetched through
 * the page's own loadDataset with `fetch` answered here, and the address follows the state through history. Used by
 * the I18n*, Errors*, Embed* and Export* component tests, which replaced end-to-end tests that needed no real browser.
 *
 * The test file must track the React roots main.tsx creates, so they can be unmounted between tests:
 *   vi.mock('react-dom/client', async (original) =>
 *     (await import('./bootMain')).trackRoots(await original()));
 */

const roots: Root[] = [];

/** A react-dom/client whose createRoot remembers its roots (see the comment above). */
export function trackRoots<T extends { createRoot: (...args: never[]) => Root }>(client: T): T {
  const createRoot = ((...args: Parameters<T['createRoot']>) => {
    const root = client.createRoot(...args);
    roots.push(root);
    return root;
  }) as T['createRoot'];
  return { ...client, createRoot };
}

/** The bundled dataset's file, as the page downloads it. */
export const BUNDLED_TEXT = readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8');
export const bundledDataset = JSON.parse(BUNDLED_TEXT) as Dataset;

export type Answer = (url: string, init?: RequestInit) => Promise<Response> | Response;

/** Answers data/dataset.json with the bundled file, anything else with 404. */
export const serveBundled: Answer = (url) =>
  new URL(url).pathname.endsWith('/data/dataset.json')
    ? new Response(BUNDLED_TEXT, { headers: { 'Content-Type': 'application/json' } })
    : new Response('not found', { status: 404, statusText: 'Not Found' });

/** Answers the dataset with `json` (serialised), like a server would. */
export const serveJson =
  (json: unknown, path = '/data/dataset.json'): Answer =>
  (url) =>
    new URL(url).pathname.endsWith(path)
      ? new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } })
      : new Response('not found', { status: 404, statusText: 'Not Found' });

/** The reader's colour scheme as matchMedia reports it; `setDark` flips it and tells the listeners. */
export function emulateColourScheme(dark: boolean): { setDark: (dark: boolean) => void } {
  let current = dark;
  const listeners = new Set<() => void>();
  window.matchMedia = ((query: string) => ({
    get matches() {
      if (query.includes('prefers-color-scheme: dark')) return current;
      // jsdom cannot run an animation to its end, so charts are drawn as a reader who asked for less motion sees them.
      return query.includes('prefers-reduced-motion: reduce');
    },
    media: query,
    onchange: null,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    addListener: (l: () => void) => listeners.add(l),
    removeListener: (l: () => void) => listeners.delete(l),
    dispatchEvent: () => true,
  })) as unknown as typeof window.matchMedia;
  return {
    setDark: (next) => {
      current = next;
      act(() => listeners.forEach((l) => l()));
    },
  };
}

export interface Booted {
  /** Every request the page made, in order. */
  fetch: ReturnType<typeof vi.fn<Answer>>;
  /** The query of the page's address, as the address bar shows it. */
  address: () => URLSearchParams;
}

/**
 * Opens the page at `query` (e.g. '?view=matrix&lang=uk'). `languages` is the browser's language list. Resolves once
 * main.tsx has run; `ready` (default) also waits for the view to have rendered or the error panel to show.
 */
export async function bootMain(
  query: string,
  { answer = serveBundled, languages = ['en-US', 'en'], ready = true } = {} as {
    answer?: Answer;
    languages?: string[];
    ready?: boolean;
  },
): Promise<Booted> {
  await unmountMain();
  vi.resetModules();
  window.history.replaceState(null, '', `/${query}`);
  document.head.querySelectorAll('link[rel="preload"]').forEach((l) => l.remove());
  document.body.innerHTML = '<div id="root"></div>';
  Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => languages });
  const fetch = vi.fn<Answer>((url, init) => answer(String(url), init));
  vi.stubGlobal('fetch', fetch);
  await act(async () => {
    await import('../../src/main.tsx');
  });
  if (ready) await waitForPage();
  return { fetch, address: () => new URLSearchParams(window.location.search) };
}

/** The view has rendered (`data-ready`) or the page shows its error panel (`data-error`). */
export async function waitForPage(): Promise<void> {
  await waitFor(
    () => {
      const root = document.documentElement.dataset;
      expect(root.ready === 'true' || root.error === 'true').toBe(true);
    },
    { timeout: 10_000 },
  );
}

/** Waits for a view to be rendered after in-page navigation. */
export async function waitForView(heading: string | RegExp): Promise<void> {
  await screen.findByRole('heading', { name: heading }, { timeout: 10_000 });
  await waitForPage();
}

/** Unmounts the page and forgets what it left on <html>, the address and the globals. */
export async function unmountMain(): Promise<void> {
  const open = roots.splice(0);
  await act(async () => {
    for (const root of open) root.unmount();
  });
  const html = document.documentElement;
  for (const key of ['ready', 'error', 'embed', 'transparent', 'theme']) delete html.dataset[key];
  html.removeAttribute('lang');
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
}
