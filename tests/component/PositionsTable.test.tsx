import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PositionsTable } from '../../src/components/table/PositionsTable';
import { loadFixture } from '../fixtures/load';
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

  it('puts the rows under issue headings when grouped', () => {
    renderWith(<PositionsTable />, ds, { group: true });
    const headings = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(headings).toEqual(['Borders (2)', 'Trade (4)', 'Treaty (3)', 'Troops (2)']);
    expect(bodyRows()).toHaveLength(ds.positions.length);
  });
});
