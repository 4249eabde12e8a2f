import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en';
import { uk } from '../../src/i18n/uk';
import { latestDate } from '../../src/lib/datasetIndex';
import { formatterFor } from '../../src/lib/format';
import {
  bootMain,
  bundledDataset as dataset,
  emulateColourScheme,
  serveJson,
  unmountMain,
  waitForView,
} from './bootMain';

vi.mock('react-dom/client', async (original) =>
  (await import('./bootMain')).trackRoots(await original<typeof import('react-dom/client')>()),
);

// Moved from e2e/embed.spec.ts: what an embed shows and which state a snippet carries is decided by the address,
// so it is checked here by booting src/main.tsx at the snippet's address. The iframes themselves (sizing, pym.js,
// messages, sandboxes, the clipboard) stay in e2e/embed.spec.ts.

const TITLE = dataset.meta.title;
const LATEST = latestDate(dataset.positions) ?? '';
const date = (iso: string) => formatterFor('en').date(iso);
/** The footer's sources line: every outlet once, in the dataset's order. */
const SOURCES = `Sources: ${[...new Set(dataset.sources.map((s) => s.outlet))].join('; ')}.`;
const MATRIX_HEADING = 'Where each pair of parties overlaps or conflicts';
const html = () => document.documentElement;

afterEach(unmountMain);

/** The snippet the Embed dialog offers under `label`, opening the dialog if needed. */
async function snippetOf(label: string, m = en): Promise<string> {
  if (screen.queryByRole('dialog', { name: m.share.embedTitle }) === null)
    await userEvent.click(screen.getByRole('button', { name: m.share.embed }));
  const dialog = await screen.findByRole('dialog', { name: m.share.embedTitle });
  // The dialog's contents load when it first opens.
  return (
    (await within(dialog).findByRole('group', { name: label })).querySelector('textarea, input') as HTMLTextAreaElement
  ).value;
}

/** The iframe an editor pastes: its address and title. */
function iframeOf(snippet: string): { src: URL; title: string } {
  const frame = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe');
  if (frame === null) throw new Error(`no iframe in ${snippet}`);
  return { src: new URL(frame.getAttribute('src') ?? ''), title: frame.getAttribute('title') ?? '' };
}

const params = (url: URL) => Object.fromEntries(url.searchParams);

describe('embeds', { timeout: 40_000 }, () => {
  it('the embed has no dashboard chrome and links to the full dashboard in the same state', async () => {
    await bootMain('?embed=1&view=matrix&parties=ukraine,russia&sort=conflicts&asOf=2022-03-15');
    expect(screen.queryByRole('navigation', { name: 'Views' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Embed' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(TITLE);

    // The footer: sources, credit, and the date in force (the chosen as-of, not the dataset's latest).
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent(SOURCES);
    expect(footer).toHaveTextContent(dataset.meta.credit);
    expect(footer).toHaveTextContent(`Positions as of ${date('2022-03-15')};`);
    expect(screen.getByTestId('as-of')).toHaveTextContent(date('2022-03-15'));

    const link = within(footer).getByRole('link', { name: /^Open the full dashboard\s*\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute('target', '_blank');
    const href = new URL(link.getAttribute('href') ?? '', window.location.href);
    expect(href.origin).toBe(window.location.origin);
    expect(href.searchParams.get('view')).toBe('matrix');
    expect(href.searchParams.get('parties')).toBe('ukraine,russia');
    expect(href.searchParams.get('sort')).toBe('conflicts');
    expect(href.searchParams.get('asOf')).toBe('2022-03-15');
    expect(href.searchParams.has('embed')).toBe(false);

    // Following it opens the full dashboard in the same state.
    await bootMain(href.search);
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: MATRIX_HEADING })).toBeInTheDocument();
    expect(screen.getByTestId('as-of')).toHaveTextContent(date('2022-03-15'));
    expect(screen.getByRole('columnheader', { name: 'Ukraine – Russia' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader')).toHaveLength(3);
    expect(screen.getByRole('columnheader', { name: /Conflicts/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('an embed shows no notice, even for a bad value of its own parameters: its reader cannot change the address', async () => {
    await bootMain('?embed=1&view=matrix&asOf=2022-02-30&stances=maybe&utm_source=newsletter');
    await waitForView(MATRIX_HEADING);
    expect(screen.queryByText(en.notices.heading)).toBeNull();
  });

  it('the responsive and pym.js snippets carry the view, its title and the same state', async () => {
    await bootMain('?view=matrix&parties=ukraine,russia&sort=conflicts&asOf=2022-03-15');
    const snippet = await snippetOf(en.share.responsive);
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(`title="${TITLE} — Overlap matrix"`);
    expect(snippet).toContain('embed.js');
    const frame = iframeOf(snippet);
    expect(frame.title).toBe(`${TITLE} — Overlap matrix`);

    const pym = /new pym\.Parent\(("[^"]*"), ("[^"]*"), \{ title: ("[^"]*") \}\)/.exec(await snippetOf(en.share.pym));
    expect(pym).not.toBeNull();
    const [container, src, title] = (pym ?? []).slice(1).map((s) => JSON.parse(s) as string);
    expect(container).toBe('overlap-dashboard-matrix');
    expect(title).toBe(`${TITLE} — Overlap matrix`);
    expect(params(new URL(src ?? ''))).toMatchObject({
      embed: '1',
      view: 'matrix',
      parties: 'ukraine,russia',
      sort: 'conflicts',
      asOf: '2022-03-15',
    });

    // The address in the snippet reproduces the state.
    for (const address of [frame.src, new URL(src ?? '')]) {
      await bootMain(address.search);
      expect(screen.getByRole('heading', { name: MATRIX_HEADING })).toBeInTheDocument();
      expect(screen.getByTestId('as-of')).toHaveTextContent(date('2022-03-15'));
      expect(screen.getByRole('columnheader', { name: 'Ukraine – Russia' })).toBeInTheDocument();
      expect(screen.getAllByRole('columnheader')).toHaveLength(3);
      expect(screen.getByRole('columnheader', { name: /Conflicts/ })).toHaveAttribute('aria-sort', 'descending');
    }
  });

  it('the frozen snippet pins the view and the date: when the dataset grows, it stays put while the live one moves on', async () => {
    const LATER = `${Number(LATEST.slice(0, 4)) + 1}-09-01`;
    await bootMain('?view=timeline&issues=nato-membership&parties=ukraine,russia');
    expect(screen.getByTestId('as-of')).toHaveTextContent(date(LATEST));
    const frozen = iframeOf(await snippetOf(en.share.frozen)).src;
    const live = iframeOf(await snippetOf(en.share.responsive)).src;

    // After the article is published, a newer position is added to the dataset.
    const first = dataset.positions[0];
    if (first === undefined) throw new Error('empty dataset');
    const grown = serveJson({
      ...dataset,
      positions: [...dataset.positions, { ...first, id: 'added-after-publication', date: LATER }],
    });
    const heading = 'NATO membership: each party’s stance over time';

    expect(params(frozen)).toMatchObject({
      embed: '1',
      view: 'timeline',
      asOf: LATEST,
      issues: 'nato-membership',
      parties: 'ukraine,russia',
    });
    await bootMain(frozen.search, { answer: grown });
    await waitForView(heading);
    expect(screen.getByTestId('as-of')).toHaveTextContent(date(LATEST));
    expect(screen.getByRole('contentinfo')).toHaveTextContent(`Positions as of ${date(LATEST)};`);

    expect(live.searchParams.has('asOf')).toBe(false);
    await bootMain(live.search, { answer: grown });
    await waitForView(heading);
    expect(screen.getByTestId('as-of')).toHaveTextContent(date(LATER));
    expect(screen.getByRole('contentinfo')).toHaveTextContent(`Positions as of ${date(LATER)};`);
  });

  it('read in Ukrainian, the snippet keeps the language the editor reads, with the view named in it', async () => {
    // No lang= in the address: the dashboard follows the browser, which an embed never does.
    await bootMain('?view=matrix&parties=ukraine,russia', { languages: ['uk-UA', 'uk'] });
    expect(html()).toHaveAttribute('lang', 'uk');
    const snippet = await snippetOf(uk.share.responsive, uk);
    const ukTitle = dataset.meta.translations?.uk?.title ?? '';
    expect(ukTitle).not.toBe('');
    expect(snippet).toContain(`title="${uk.share.frameTitle(ukTitle, uk.views.matrix)}"`);

    const frame = iframeOf(snippet);
    expect(frame.src.searchParams.get('lang')).toBe('uk');
    expect(frame.title).toBe(uk.share.frameTitle(ukTitle, uk.views.matrix));
    // Even in an English-speaking reader's browser.
    await bootMain(frame.src.search, { languages: ['en-US', 'en'] });
    expect(html()).toHaveAttribute('lang', 'uk');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ukTitle);
  });

  it('theme=auto follows the reader’s colour scheme; theme=dark and transparent=1 apply', async () => {
    const scheme = emulateColourScheme(true);
    await bootMain('?embed=1&theme=auto');
    expect(html()).toHaveAttribute('data-theme', 'dark');
    scheme.setDark(false);
    expect(html()).toHaveAttribute('data-theme', 'light');

    await bootMain('?embed=1&theme=dark&transparent=1');
    expect(html()).toHaveAttribute('data-theme', 'dark');
    expect(html()).toHaveAttribute('data-transparent', 'true');
  });
});
