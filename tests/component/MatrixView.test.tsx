import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MatrixView } from '../../src/components/matrix/MatrixView';
import { resolveAsOf } from '../../src/lib/asOf';
import { en } from '../../src/i18n/en';
import { compareOn, partyPairs } from '../../src/lib/overlap';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

const ds = loadFixture('four-parties.json');
const AS_OF = '2023-12-31';
const current = resolveAsOf(ds.positions, AS_OF);
const pairs = partyPairs(ds.parties.map((p) => p.id));
const short = (id: string) => ds.parties.find((p) => p.id === id)?.shortName ?? id;
const rowTitles = () =>
  within(screen.getByRole('grid'))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('Overlap matrix with four parties', () => {
  it('has a column per pair (six for four parties) and a row per issue', () => {
    renderWith(<MatrixView />, ds, { asOf: AS_OF });
    const headers = within(screen.getByRole('grid')).getAllByRole('columnheader');
    // Dataset order is not a sort by title: the issue column has no arrow and no aria-sort.
    expect(headers.map((h) => h.textContent)).toEqual([
      'Issue',
      ...pairs.map(([a, b]) => `${short(a)} – ${short(b)}`),
      'Conflicts↕',
    ]);
    expect(rowTitles()).toEqual(ds.issues.map((i) => i.title));
    expect(headers[0]).not.toHaveAttribute('aria-sort');
  });

  it('shows the engine’s verdict in every cell and counts conflicts per row', () => {
    renderWith(<MatrixView />, ds, { asOf: AS_OF });
    for (const issue of ds.issues) {
      const row = screen.getByRole('rowheader', { name: issue.title }).closest('tr');
      if (!row) throw new Error(`no row for ${issue.id}`);
      const verdicts = pairs.map(([a, b]) => compareOn(current, issue.id, a, b).verdict);
      const buttons = within(row).getAllByRole('button');
      expect(buttons).toHaveLength(pairs.length);
      pairs.forEach(([a, b], i) =>
        expect(buttons[i]).toHaveAccessibleName(
          `${short(a)} and ${short(b)} on ${issue.title}: ${en.verdict[verdicts[i] ?? 'no-basis']}`,
        ),
      );
      expect(row.querySelector('td.count-col .count-value')?.textContent).toBe(
        String(verdicts.filter((v) => v === 'conflict').length),
      );
    }
  });

  it('sorts rows by conflict count, most first, and back to dataset order', async () => {
    const { store } = renderWith(<MatrixView />, ds, { asOf: AS_OF });
    await userEvent.click(screen.getByRole('button', { name: /Conflicts/ }));
    expect(store.getState().url.sort).toBe('conflicts');
    const conflicts = (id: string) =>
      pairs.filter(([a, b]) => compareOn(current, id, a, b).verdict === 'conflict').length;
    const counts = rowTitles().map((t) => conflicts(ds.issues.find((i) => i.title === t)?.id ?? ''));
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(new Set(counts).size).toBeGreaterThan(1);
    expect(screen.getByRole('columnheader', { name: /Conflicts/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(screen.getByRole('button', { name: /Issue/ }));
    expect(rowTitles()).toEqual(ds.issues.map((i) => i.title));
    expect(screen.getByRole('columnheader', { name: /Conflicts/ })).not.toHaveAttribute('aria-sort');
  });

  it('opens the two positions behind a cell', async () => {
    const { store } = renderWith(<MatrixView />, ds, { asOf: AS_OF });
    await userEvent.click(screen.getByRole('button', { name: /^Alpha and Beta on Borders:/ }));
    expect(store.getState().selection).toEqual({ kind: 'pair', issue: 'borders', a: 'alpha', b: 'beta' });
  });

  it('names the table by its title and describes it by the one-sentence summary', () => {
    renderWith(<MatrixView />, ds, { asOf: AS_OF });
    const verdicts = ds.issues.map((i) => pairs.map(([a, b]) => compareOn(current, i.id, a, b).verdict));
    const conflicted = verdicts.filter((v) => v.includes('conflict')).length;
    const allOverlap = verdicts.filter((v) => v.every((x) => x === 'overlap')).length;
    const summary = en.summary.matrix('As of 31 December 2023', pairs.length, conflicted, ds.issues.length, allOverlap);
    expect(screen.getByText(summary)).toHaveClass('chart-summary');
    const table = screen.getByRole('grid', { name: en.matrix.title });
    expect(table).toHaveAccessibleDescription(summary);
  });

  it('changes with the as-of date', () => {
    const early = '2023-01-15';
    renderWith(<MatrixView />, ds, { asOf: early });
    const verdict = compareOn(resolveAsOf(ds.positions, early), 'trade', 'alpha', 'beta').verdict;
    expect(verdict).not.toBe(compareOn(current, 'trade', 'alpha', 'beta').verdict);
    expect(screen.getByRole('button', { name: `Alpha and Beta on Trade: ${en.verdict[verdict]}` })).toBeInTheDocument();
  });
});
