import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareGrid } from '../../src/components/compare/CompareGrid';
import { MatrixView } from '../../src/components/matrix/MatrixView';
import { partyPairs } from '../../src/lib/overlap';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

// jsdom lays nothing out: every box is 0 px wide, and the grids stay tables. These tests give boxes a width.
const ds = loadFixture('four-parties.json');
const pairs = partyPairs(ds.parties.map((p) => p.id));
const short = (id: string) => ds.parties.find((p) => p.id === id)?.shortName ?? id;

function boxesAre(width: number) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
}
afterEach(() => vi.restoreAllMocks());

describe('a phone or an article column: one card per issue', () => {
  it('draws the comparison as cards where its ten columns do not fit, every cell labelled with its party or pair', () => {
    boxesAre(375);
    renderWith(<CompareGrid />, ds, { asOf: '2023-12-31' });
    const grid = screen.getByRole('grid');
    expect(grid).toHaveClass('is-cards');
    // No sideways-scrolling region is announced where nothing scrolls.
    expect(screen.queryByRole('region', { name: /scrolls sideways/ })).toBeNull();
    for (const row of within(grid).getAllByRole('row').slice(1)) {
      const labels = [...row.querySelectorAll('td .cell-label')].map((l) => l.textContent?.trim());
      expect(labels).toEqual([
        ...ds.parties.map((p) => p.shortName),
        ...pairs.map(([a, b]) => `${short(a)} – ${short(b)}`),
      ]);
      // Every label sits beside a cell: a stance or a verdict, none left without its words.
      expect(row.querySelectorAll('td button.cell')).toHaveLength(labels.length);
    }
  });

  it('keeps the table where it fits', () => {
    boxesAre(1600);
    renderWith(<CompareGrid />, ds);
    expect(screen.getByRole('grid')).not.toHaveClass('is-cards');
    expect(screen.getByRole('region', { name: /scrolls sideways/ })).toBeInTheDocument();
  });

  it('turns to cards where the table drawn still scrolls sideways (longer headings than the estimate allowed)', () => {
    boxesAre(1600);
    // The table as drawn is wider than its box: 1900 px of columns in a 1600 px scroller.
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('scroll-x') ? 1900 : 0;
    });
    renderWith(<CompareGrid />, ds);
    expect(screen.getByRole('grid')).toHaveClass('is-cards');
  });

  it('gives the matrix cards the order buttons the hidden headers held, and they order the cards', async () => {
    boxesAre(375);
    const { store } = renderWith(<MatrixView />, ds, { asOf: '2023-12-31' });
    expect(screen.getByRole('grid')).toHaveClass('is-cards');
    const order = screen.getByRole('group', { name: 'Order of the issues:' });
    const dataset = within(order).getByRole('button', { name: 'Dataset order' });
    const most = within(order).getByRole('button', { name: 'Most conflicts first' });
    expect(dataset).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(most);
    expect(store.getState().url.sort).toBe('conflicts');
    expect(most).toHaveAttribute('aria-pressed', 'true');
    const counts = [...document.querySelectorAll('.count-value')].map((c) => Number(c.textContent));
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });
});

describe('the grid is one Tab stop, crossed with the arrow keys (ARIA grid pattern)', () => {
  const focusedRowAndColumn = () => {
    const td = document.activeElement?.closest('td');
    const tr = td?.closest('tr');
    const rows = [...(tr?.closest('tbody')?.querySelectorAll('tr') ?? [])];
    return [
      rows.indexOf(tr as HTMLTableRowElement),
      [...(tr?.querySelectorAll('td') ?? [])].indexOf(td as HTMLTableCellElement),
    ];
  };

  it.each([
    ['table', 1600],
    ['cards', 375],
  ])('as a %s', async (_layout, width) => {
    boxesAre(width);
    renderWith(<CompareGrid />, ds, { asOf: '2023-12-31' });
    const grid = screen.getByRole('grid');
    const cells = [...grid.querySelectorAll('tbody button.cell')];
    expect(cells.filter((c) => c.getAttribute('tabindex') === '0')).toHaveLength(1);
    (cells[0] as HTMLElement).focus();
    expect(focusedRowAndColumn()).toEqual([0, 0]);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(focusedRowAndColumn()).toEqual([0, 2]);
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedRowAndColumn()).toEqual([1, 2]);
    await userEvent.keyboard('{End}');
    expect(focusedRowAndColumn()).toEqual([1, 4 + pairs.length - 1]);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(focusedRowAndColumn()).toEqual([0, 0]);
    await userEvent.keyboard('{ArrowUp}{ArrowLeft}');
    expect(focusedRowAndColumn()).toEqual([0, 0]);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    // The cell last visited is the grid's one Tab stop: Tab leaves the grid, Shift+Tab comes back to it.
    expect(cells.filter((c) => c.getAttribute('tabindex') === '0')).toEqual([document.activeElement]);
    const visited = document.activeElement;
    await userEvent.tab();
    expect(document.activeElement?.closest('[role="grid"] tbody')).toBeNull();
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(visited);
  });
});
