import { screen } from '@testing-library/react';
import { PointerEventsCheckLevel, userEvent as ue } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilterPanel } from '../../src/components/filters/FilterPanel';
import { PositionsTable } from '../../src/components/table/PositionsTable';
import { indexDataset } from '../../src/lib/datasetIndex';
import { EMPTY_FILTERS, filterPositions, withDefaultParties, type Filters } from '../../src/lib/filters';
import { loadBundled } from '../fixtures/load';
import { parseUrl, serializeUrl } from '../../src/lib/urlState';
import { fastRoleQueries } from './openApp';
import { renderWith } from './render';

// The positions table with its filter panel, on the bundled dataset (moved from tests/e2e/table.spec.ts and the table
// part of format2.spec.ts), opened at a query string as the page would be. The counts are worked out by the engine's
// own filter: the dataset may grow.
fastRoleQueries();
vi.setConfig({ testTimeout: 30_000 });
const user = ue.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
const dataset = loadBundled();
const index = indexDataset(dataset);
const total = dataset.positions.length;
const matching = (filters: Partial<Filters>) =>
  filterPositions(dataset.positions, withDefaultParties({ ...EMPTY_FILTERS, ...filters }, dataset), index);
const showing = (filters: Partial<Filters>) => `Showing ${matching(filters).length} of ${total} positions`;
const count = () => screen.getByText(/^Showing \d+ of \d+ positions$/).textContent;
const box = (name: string | RegExp) => screen.getByRole('checkbox', { name });
/** The table view with its filters at an address; `address()` is what the page would then show. */
const openTable = (search: string) => {
  const utils = renderWith(
    <>
      <FilterPanel />
      <PositionsTable />
    </>,
    dataset,
    parseUrl(search).state,
  );
  return { ...utils, address: () => new URLSearchParams(serializeUrl(utils.store.getState().url)) };
};

describe('the positions table (table.spec)', () => {
  it('filtering by party, issue and text narrows the table', async () => {
    openTable('?view=table');
    expect(count()).toBe(showing({}));
    expect(matching({}).length).toBeLessThan(total);
    expect(box('Russia')).toBeChecked();
    expect(box('US')).not.toBeChecked();
    await user.click(box('Ukraine'));
    await user.click(box('NATO'));
    expect(count()).toBe(showing({ parties: ['russia'] }));
    await user.click(screen.getByText('Issues: All'));
    await user.click(box('NATO membership'));
    expect(count()).toBe(showing({ parties: ['russia'], issues: ['nato-membership'] }));
    await user.type(screen.getByRole('searchbox'), 'red line');
    expect(count()).toBe(showing({ parties: ['russia'], issues: ['nato-membership'], q: 'red line' }));
    expect(matching({ parties: ['russia'], issues: ['nato-membership'], q: 'red line' })).toHaveLength(1);
    expect(screen.getByRole('table')).toHaveTextContent('Putin called Ukraine’s NATO membership a red line');
  });

  it('sorting by a column reorders the rows', async () => {
    // One issue's rows (a tenth of the table): the oldest first, then the newest, then by party name.
    const rows = matching({ issues: ['nato-membership'] });
    const dates = rows.map((p) => p.date).sort();
    const short = (d: string | undefined) =>
      new Date(`${d ?? ''}T00:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
    expect(dates.at(0)).not.toBe(dates.at(-1));
    openTable('?view=table&issues=nato-membership');
    const firstDate = () => screen.getByRole('table').querySelector('tbody tr td.col-date')?.textContent;
    expect(firstDate()).toBe(short(dates.at(0)));
    await user.click(screen.getByRole('button', { name: /^Date/ }));
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
    expect(firstDate()).toBe(short(dates.at(-1)));
    await user.click(screen.getByRole('button', { name: /^Party/ }));
    const first = [...new Set(rows.map((p) => dataset.parties.find((x) => x.id === p.party)?.shortName ?? ''))].sort(
      (x, y) => x.localeCompare(y),
    )[0];
    expect(first).toBeDefined();
    expect(screen.getByRole('table').querySelector('tbody tr td.col-party')).toHaveTextContent(first ?? 'none');
  });

  it('a row expands to its verbatim quote, attribution and citation', async () => {
    openTable('?view=table&q=Arakhamia');
    await user.click(screen.getByRole('button', { name: /Show quote and source for Ukraine on Security guarantees/ }));
    const detail = screen.getByRole('table').querySelector('.detail-row');
    expect(detail).toHaveTextContent(
      'Today we came up with an official proposal for a new system of security guarantees for Ukraine',
    );
    expect(detail).toHaveTextContent('Direct quote');
    expect(detail).toHaveTextContent('Fox News');
    expect(detail).toHaveTextContent('David Arakhamia');
  });

  it('an empty result says which filter emptied it and clears it', async () => {
    expect(matching({ parties: ['europe'], q: 'tribunal' }).length).toBeGreaterThan(0);
    expect(matching({ parties: ['europe'], stances: ['conditional'], q: 'tribunal' })).toHaveLength(0);
    const { address } = openTable('?view=table&parties=europe&stances=conditional&q=tribunal');
    expect(screen.getByText('No positions match.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Clear the stance filter$/ }));
    expect(count()).toBe(showing({ parties: ['europe'], q: 'tribunal' }));
    expect(address().get('stances')).toBeNull();
  });

  it('group by issue puts rows under issue headings', async () => {
    const { address } = openTable('?view=table&parties=ukraine');
    await user.click(box('Group by issue'));
    const onMembership = matching({ parties: ['ukraine'], issues: ['nato-membership'] }).length;
    expect(
      screen.getByRole('rowheader', { name: new RegExp(`NATO membership \\(${onMembership}\\)`) }),
    ).toBeInTheDocument();
    expect(address().get('group')).toBe('issue');
  });

  it('a copied URL opened in a new page shows the same state', async () => {
    const first = openTable('?view=table');
    await user.click(box('Russia'));
    await user.click(box('NATO'));
    await user.type(screen.getByRole('searchbox'), 'NATO');
    await user.click(box('Direct quote'));
    const expected = showing({ parties: ['ukraine'], q: 'NATO', attribution: ['direct'] });
    expect(count()).toBe(expected);
    expect(first.address().get('attribution')).toBe('direct');
    const copied = `?${first.address().toString()}`;
    first.unmount();
    openTable(copied);
    expect(count()).toBe(expected);
    expect(box('Direct quote')).toBeChecked();
    expect(box('Ukraine')).toBeChecked();
    expect(screen.getByRole('searchbox')).toHaveValue('NATO');
  });
});

describe('an inferred position in the table and its CSV (format2.spec)', () => {
  it('carries its mark in the table (the CSV: tests/unit/lib/inferredCsv.test.ts)', async () => {
    openTable('?view=table&parties=ukraine&q=Crimea');
    const row = [...screen.getByRole('table').querySelectorAll('tbody tr')].find((r) =>
      r.textContent?.includes('its refusal to recognise Crimea as Russian'),
    );
    expect(row?.querySelector('.tag-inferred')).toHaveTextContent(/^Inferred$/);
  });
});
