import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MethodView } from '../../src/components/method/MethodView';
import type { Dataset } from '../../src/data/schema';
import { workedExample } from '../../src/lib/method';
import { loadBundled, loadFixture } from '../fixtures/load';
import { renderWith } from './render';
import { longDate } from '../fixtures/dates';

const four = loadFixture('four-parties.json');
const bundled = loadBundled();
const section = (name: string) => screen.getByRole('region', { name });

describe('Methodology page', () => {
  it('has its six parts in order, each with a level-2 heading the contents link to', () => {
    renderWith(<MethodView />, bundled);
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'The codebook',
      'How verdicts and the agreement index are computed',
      'Sources',
      'Corrections log',
      'Report an error',
      'Download the dataset',
    ]);
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    expect(
      within(toc)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(headings.map((h) => `#${h.id}`));
  });

  it('describes every party of the dataset, whatever the dataset', () => {
    renderWith(<MethodView />, four);
    const codebook = section('The codebook');
    for (const party of four.parties)
      expect(within(codebook).getByText(party.name, { exact: false })).toBeInTheDocument();
  });

  it('walks through the first pair’s index with the engine’s figures', () => {
    renderWith(<MethodView />, four);
    const ex = workedExample(four);
    const [a, b] = four.parties;
    const table = screen.getByRole('table', { name: new RegExp(`^${a?.name} and ${b?.name} as of `) });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + (ex?.rows.length ?? 0));
    const index = ex?.agreement.index ?? null;
    expect(screen.getByTestId('method-result')).toHaveTextContent(
      `The agreement index of ${a?.name} and ${b?.name} is ${index === null ? 'n/a' : `${Math.round(index * 100)}%`}.`,
    );
  });

  it('links a contact address when the dataset has one, and says so when it has none', () => {
    const withContact: Dataset = { ...four, meta: { ...four.meta, contact: 'mailto:corrections@example.org' } };
    const { unmount } = renderWith(<MethodView />, withContact);
    expect(within(section('Report an error')).getByRole('link', { name: 'corrections@example.org' })).toHaveAttribute(
      'href',
      'mailto:corrections@example.org',
    );
    unmount();
    renderWith(<MethodView />, four);
    expect(within(section('Report an error')).queryByRole('link')).toBeNull();
    expect(section('Report an error')).toHaveTextContent('This dataset names no contact address.');
  });

  it('shows an empty corrections log as such, and a log newest first naming each position', () => {
    const { unmount } = renderWith(<MethodView />, four);
    expect(section('Corrections log')).toHaveTextContent('No corrections have been made to this dataset.');
    unmount();
    const [p] = four.positions;
    const logged: Dataset = {
      ...four,
      corrections: [
        { date: '2024-01-02', positions: [p?.id ?? ''], text: 'Older.' },
        { date: '2024-01-20', positions: ['gone'], text: 'Newer.' },
      ],
    };
    renderWith(<MethodView />, logged);
    const items = within(section('Corrections log'))
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.classList.contains('method-list'));
    expect(items.map((li) => li.querySelector('span[lang="en"]')?.textContent)).toEqual(['Newer.', 'Older.']);
    expect(items[0]).toHaveTextContent('gone (no longer in the dataset)');
    const party = four.parties.find((x) => x.id === p?.party)?.name ?? '';
    const issue = four.issues.find((x) => x.id === p?.issue)?.title ?? '';
    expect(items[1]).toHaveTextContent(`${party}, ${issue}, ${longDate(p?.date ?? '')}`);
  });

  it('links a source’s report in a new tab, saying so, only where its URL is known', () => {
    const [s0] = four.sources;
    const ds: Dataset = {
      ...four,
      sources: four.sources.map((s) =>
        s.id === s0?.id ? { ...s, url: 'https://example.org/report' } : { ...s, url: null },
      ),
    };
    renderWith(<MethodView />, ds);
    const link = within(section('Sources')).getByRole('link', { name: 'Read the report (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.org/report');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(section('Sources')).queryAllByText('No link: the URL is not known.')).toHaveLength(
      ds.sources.length - 1,
    );
  });

  it('offers the dataset for download under a dated name, and leads back to the dashboard in place', async () => {
    const { store } = renderWith(<MethodView />, bundled, { view: 'method', parties: ['ukraine'] });
    const download = screen.getByRole('link', { name: 'Download the dataset (JSON)' });
    expect(download).toHaveAttribute('href', 'data/dataset.json');
    expect(download).toHaveAttribute('download', `dataset-${bundled.meta.updated}.json`);
    expect(screen.getByRole('link', { name: 'The dataset format (JSON Schema)' })).toHaveAttribute(
      'href',
      'data/dataset.schema.json',
    );
    window.scrollTo = () => undefined;
    await userEvent.click(screen.getByRole('link', { name: 'Back to the dashboard' }));
    expect(store.getState().url.view).toBe('compare');
    expect(store.getState().url.parties).toEqual(['ukraine']);
  });
});
