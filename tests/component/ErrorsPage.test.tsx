import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOAD_TIMEOUT_MS } from '../../src/data/load';
import { readJson } from '../fixtures/load';
import {
  type Answer,
  bootMain,
  BUNDLED_TEXT,
  bundledDataset,
  serveBundled,
  serveJson,
  unmountMain,
  waitForPage,
} from './bootMain';
import { downloadOf, piecesOf } from '../fixtures/download';

vi.mock('react-dom/client', async (original) =>
  (await import('./bootMain')).trackRoots(await original<typeof import('react-dom/client')>()),
);

const html = () => document.documentElement;

afterEach(async () => {
  vi.useRealTimers();
  await unmountMain();
});

// Moved from e2e/errors.spec.ts, e2e/contained.spec.ts (the failing request) and e2e/slow-data.spec.ts: the page,
// booted from src/main.tsx, fetches its dataset through loadDataset; only the answers come from the test.
describe('when the data cannot be used', { timeout: 30_000 }, () => {
  it('a broken dataset shows the problems with their JSON paths', async () => {
    const broken = structuredClone(readJson('four-parties.json')) as { positions: { issue: string; date: string }[] };
    broken.positions[2]!.issue = 'nato';
    broken.positions[4]!.date = '2023-02-30';
    await bootMain('?data=data/broken.json', { answer: serveJson(broken, '/data/broken.json') });
    expect(html()).toHaveAttribute('data-error', 'true');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('broken.json does not match the dataset format');
    expect(alert).toHaveTextContent('positions[2].issue: unknown issue "nato"');
    expect(alert).toHaveTextContent('positions[4].date: "2023-02-30" is not a real calendar date');
  });

  it('a file that is not JSON says where it breaks', async () => {
    await bootMain('?data=data/truncated.json', {
      answer: () => new Response('{"schemaVersion": 1, "meta": {', { headers: { 'Content-Type': 'application/json' } }),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('truncated.json is not valid JSON');
    expect(screen.getByRole('alert')).toHaveTextContent('line 1');
  });

  it('a dataset from a foreign origin is refused before any request', async () => {
    const page = await bootMain('?data=https://evil.example.org/fake.json');
    expect(html()).toHaveAttribute('data-error', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Refused to load data from https://evil.example.org');
    expect(page.fetch.mock.calls.filter(([url]) => String(url).includes('evil.example.org'))).toEqual([]);
    expect(document.head.querySelector('link[rel="preload"][href*="evil"]')).toBeNull();
  });

  it('malformed parameters are ignored with a dismissible notice', async () => {
    await bootMain('?view=pie&asOf=yesterday&parties=ukraine,atlantis');
    const notice = screen.getAllByRole('status').find((s) => s.textContent?.includes('ignored'));
    expect(notice).toHaveTextContent('ignored view="pie"');
    expect(notice).toHaveTextContent('ignored asOf="yesterday"');
    expect(notice).toHaveTextContent('ignored "atlantis" in parties: not in this dataset');
    expect(screen.getByRole('grid')).toBeInTheDocument();
    await userEvent.click(within(notice!).getByRole('button', { name: 'Dismiss notice' }));
    expect(notice).not.toBeInTheDocument();
  });

  it('a failing dataset request shows a clear message and a retry that works', async () => {
    let fail = true;
    await bootMain('', {
      answer: (url, init) => (fail ? new Response('busy', { status: 503 }) : serveBundled(url, init)),
    });
    expect(html()).toHaveAttribute('data-error', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('503');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitForPage();
    expect(html()).toHaveAttribute('data-ready', 'true');
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('a download that breaks off part way says so, and Try again loads it', async () => {
    let cut = true;
    await bootMain('', {
      answer: (url, init) =>
        cut
          ? downloadOf(piecesOf(new TextEncoder().encode(BUNDLED_TEXT), 4096), 3)(url, init)
          : serveBundled(url, init),
    });
    expect(html()).toHaveAttribute('data-error', 'true');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('The data could not be loaded');
    expect(alert).toHaveTextContent('broke off before its end');
    cut = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitForPage();
    expect(html()).toHaveAttribute('data-ready', 'true');
  });

  it('a dataset request that never answers times out with a message naming the URL, and Try again loads it', async () => {
    // Page time stands still: the 15-second production timeout passes only when the test advances the clock.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let hang = true;
    const held: string[] = [];
    const answer: Answer = (url, init) => {
      if (!hang) return serveBundled(url, init);
      held.push(url);
      // Never answered: the request stays pending until the page gives up on it.
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    };
    await bootMain('', { answer, ready: false });
    expect(held.length).toBeGreaterThan(0);

    await act(() => vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS - 1));
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Loading positions'))).toBe(true);
    expect(html()).not.toHaveAttribute('data-error', 'true');

    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(html()).toHaveAttribute('data-error', 'true');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('The data took too long to arrive');
    expect(alert).toHaveTextContent(
      `No answer from ${new URL('data/dataset.json', window.location.href).href} within ${LOAD_TIMEOUT_MS / 1000} seconds.`,
    );

    hang = false;
    vi.useRealTimers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitForPage();
    expect(html()).toHaveAttribute('data-ready', 'true');
    expect(within(screen.getByRole('grid')).getAllByRole('rowheader')).toHaveLength(bundledDataset.issues.length);
  });
});
