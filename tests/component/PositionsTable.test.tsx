import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PositionsTable } from '../../src/components/table/PositionsTable';
import { COLUMN_IDS } from '../../src/components/table/columns';
import { en } from '../../src/i18n/en';
import { uk } from '../../src/i18n/uk';
import { DEFAULT_STATE } from '../../src/lib/urlState';
import { indexDataset } from '../../src/lib/datasetIndex';
import { DataContext } from '../../src/state/data';
import { I18nContext, i18nFor } from '../../src/state/i18n';
import { createDashboardStore, StoreContext } from '../../src/state/store';
import { loadBundled, loadFixture } from '../fixtures/load';
import { renderWith } from './render';

const ds = loadFixture('four-parties.json');
const bodyRows = () => screen.getAllByRole('row').filter((r) => r.querySelector('td.col-date'));

describe('PositionsTable', () => {
  it('lists every position with a count', () => {
    renderWith(<PositionsTable />, ds);
    expect(screen.getByText(/^Showing/).textContent).toBe(
      `Showing ${ds.positions.length} of ${ds.positions.length} positions`,
    );
    expect(bodyRows()).toHaveLength(ds.positions.length);
  });

  it('draws a cell under every column header, and fills each', () => {
    renderWith(<PositionsTable />, ds);
    expect(screen.getAllByRole('columnheader')).toHaveLength(COLUMN_IDS.length);
    for (const row of bodyRows()) {
      const cells = [...row.querySelectorAll('td')];
      expect(cells.map((td) => td.className)).toEqual(COLUMN_IDS.map((id) => `col-${id}`));
      for (const td of cells) expect(td.textContent?.trim() || td.querySelector('button')).toBeTruthy();
    }
  });

  it('follows the store’s filters', () => {
    renderWith(<PositionsTable />, ds, { parties: ['beta'] });
    expect(bodyRows()).toHaveLength(ds.positions.filter((p) => p.party === 'beta').length);
  });

  it('sorts by stance when its header is activated', async () => {
    renderWith(<PositionsTable />, ds);
    await userEvent.click(screen.getByRole('button', { name: /^Stance/ }));
    const order = bodyRows().map((r) => {
      const text = within(r).getByText(/Supports|Conditional|Opposes/).textContent ?? '';
      return text.includes('Supports') ? 0 : text.includes('Conditional') ? 1 : 2;
    });
    expect(new Set(order).size).toBe(3);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('expands a row to its quote and conditions', async () => {
    renderWith(<PositionsTable />, ds, { stances: ['conditional'] });
    await userEvent.click(screen.getByRole('button', { name: /Show quote and source/ }));
    expect(screen.getByText('Only after a ceasefire')).toBeInTheDocument();
    expect(document.querySelector('.citation')).toHaveTextContent(/Test Wire, “Fixture report”/);
    expect(screen.getByRole('link', { name: 'Read the report' })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('keeps the sort menu and the column headers on one sort', async () => {
    renderWith(<PositionsTable />, ds);
    const menu = screen.getByRole('combobox', { name: /Sort by/ });
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.selectOptions(menu, 'Party (Z–A)');
    expect(screen.getByRole('columnheader', { name: /Party/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Date/ })).not.toHaveAttribute('aria-sort');
    expect(bodyRows()[0]?.querySelector('td.col-party')).toHaveTextContent('Gamma');
    await userEvent.click(screen.getByRole('button', { name: /^Speaker/ }));
    expect(menu).toHaveValue('actor:asc');
  });

  it('draws every row again in another language, an open row staying open', async () => {
    // Rows are memoised (a filter click does not render the rows it keeps): a language switch must still reach them.
    const store = createDashboardStore({ ...DEFAULT_STATE, stances: ['conditional'] });
    const index = indexDataset(ds);
    const page = (lang: 'en' | 'uk') => (
      <StoreContext.Provider value={store}>
        <DataContext.Provider value={index}>
          <I18nContext.Provider value={i18nFor(lang, lang === 'en' ? en : uk)}>
            <PositionsTable />
          </I18nContext.Provider>
        </DataContext.Provider>
      </StoreContext.Provider>
    );
    const { rerender } = render(page('en'));
    const row = bodyRows()[0]!;
    await userEvent.click(within(row).getByRole('button'));
    rerender(page('uk'));
    const rows = bodyRows();
    expect(rows.length).toBe(ds.positions.filter((p) => p.stance === 'conditional').length);
    for (const r of rows) expect(r.querySelector('td.col-stance')).toHaveTextContent(uk.stance.conditional);
    const button = within(bodyRows()[0]!).getByRole('button');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const first = bodyRows()[0]!;
    const party = first.querySelector('td.col-party')?.textContent?.trim() ?? '';
    const issue = first.querySelector('td.col-issue')?.textContent?.replaceAll('\u00ad', '') ?? '';
    expect(button).toHaveAccessibleName(uk.table.expand(true, party, issue));
    expect(screen.getByText('Only after a ceasefire')).toBeInTheDocument();
  });

  it('puts the rows under issue headings when grouped', () => {
    renderWith(<PositionsTable />, ds, { group: true });
    const headings = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(headings).toEqual(['Borders (2)', 'Trade (4)', 'Treaty (3)', 'Troops (2)']);
    expect(bodyRows()).toHaveLength(ds.positions.length);
  });
});

describe('PositionsTable rows as grids', () => {
  it('gives every column a track, the date, party and stance columns a measured width, in the reader’s language', () => {
    renderWith(<PositionsTable />, ds);
    const table = document.querySelector('table.positions') as HTMLElement;
    const tracks = table.style.getPropertyValue('--tracks').split(/ (?![^(]*\))/);
    const columns = within(table).getAllByRole('columnheader');
    expect(tracks).toHaveLength(columns.length);
    // expand, date, party, actor, issue, stance, summary, source: fixed widths where entries are short, shares of the
    // rest where they are text.
    expect(tracks.map((t) => (t.includes('fr') ? 'fr' : /^[\d.]+(px|rem)$/.test(t) ? 'fixed' : t))).toEqual([
      'fixed',
      'fixed',
      'fixed',
      'fr',
      'fr',
      'fixed',
      'fr',
      'fr',
    ]);
  });

  it('lays out only the rows near the window when there are more than 50 (every row stays in the page)', () => {
    const many = loadBundled();
    renderWith(<PositionsTable />, many, { parties: many.parties.map((p) => p.id) });
    const table = document.querySelector('table.positions');
    expect(table).toHaveClass('is-long');
    expect(bodyRows()).toHaveLength(many.positions.length);
  });

  it('lays out every row of a short table', () => {
    renderWith(<PositionsTable />, ds);
    expect(ds.positions.length).toBeLessThanOrEqual(50);
    expect(document.querySelector('table.positions')).not.toHaveClass('is-long');
  });
});
