import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterPanel } from '../../src/components/filters/FilterPanel';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

const ds = loadFixture('four-parties.json');

describe('the date range of the positions list', () => {
  it('is one Tab stop per date, filters once a real date is typed, and says what is wrong with one that is not', async () => {
    const { store } = renderWith(<FilterPanel dateRange textSearch />, ds);
    const from = screen.getByRole('textbox', { name: 'From date' });
    const to = screen.getByRole('textbox', { name: 'To date' });
    await userEvent.type(from, '2023-02-01');
    expect(store.getState().url.from).toBe('2023-02-01');
    // One stop each: Tab goes from one date straight to the other (a browser date input takes four).
    from.focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(to);

    await userEvent.type(to, '2023-02-30');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('“2023-02-30” is not a date: type it as 2022-03-15.');
    expect(store.getState().url.to).toBeNull();

    await userEvent.clear(from);
    expect(store.getState().url.from).toBeNull();
    expect(from).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows a date set from outside (the address, Clear filters)', () => {
    const { store } = renderWith(<FilterPanel dateRange textSearch />, ds, { from: '2023-01-10' });
    expect(screen.getByRole('textbox', { name: 'From date' })).toHaveValue('2023-01-10');
    act(() => store.getState().clearFilters());
    expect(screen.getByRole('textbox', { name: 'From date' })).toHaveValue('');
  });
});
