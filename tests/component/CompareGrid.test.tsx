import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CompareGrid } from '../../src/components/compare/CompareGrid';
import { resolveAsOf } from '../../src/lib/asOf';
import { agreement, compareOn, partyPairs } from '../../src/lib/overlap';
import { en } from '../../src/i18n/en';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

const ds = loadFixture('four-parties.json');

describe('CompareGrid with four parties', () => {
  it('has a column per party and per pair, and a row per issue', () => {
    renderWith(<CompareGrid />, ds);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(1 + 4 + 6);
    expect(within(table).getAllByRole('rowheader').map((h) => h.querySelector('.issue-title')?.textContent)).toEqual(['Borders', 'Trade', 'Treaty', 'Troops']);
  });

  it('shows the engine’s verdict in every pair cell', () => {
    renderWith(<CompareGrid />, ds, { asOf: '2023-12-31' });
    const current = resolveAsOf(ds.positions, '2023-12-31');
    const short = (id: string) => ds.parties.find((p) => p.id === id)?.shortName ?? id;
    for (const issue of ds.issues)
      for (const [a, b] of partyPairs(ds.parties.map((p) => p.id))) {
        const verdict = compareOn(current, issue.id, a, b).verdict;
        expect(screen.getByRole('button', { name: `${short(a)} and ${short(b)} on ${issue.title}: ${en.verdict[verdict]}. Show why` })).toBeInTheDocument();
      }
  });

  it('states each pair’s agreement in words and as the engine’s index', () => {
    renderWith(<CompareGrid />, ds, { asOf: '2023-12-31' });
    const ag = agreement(resolveAsOf(ds.positions, '2023-12-31'), ds.issues.map((i) => i.id), 'alpha', 'beta');
    const summary = screen.getByText('Alpha – Beta', { selector: '.pair-name' }).closest('li');
    expect(summary).toHaveTextContent(`${Math.round((ag.index ?? 0) * 100)}%`);
    expect(summary).toHaveTextContent('Alpha and Beta partly agree on 1 and conflict on 2 of the 3 issues both addressed');
    expect(summary).toHaveTextContent('3 comparable · 1 not comparable');
  });

  it('drops a party’s column and pairs when the party filter leaves it out', () => {
    renderWith(<CompareGrid />, ds, { parties: ['alpha', 'beta', 'gamma'] });
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(1 + 3 + 3);
  });

  it('selects the pair behind a cell when activated', async () => {
    const { store } = renderWith(<CompareGrid />, ds);
    await userEvent.click(screen.getByRole('button', { name: /^Alpha and Beta on Borders: Conflict/ }));
    expect(store.getState().selection).toEqual({ kind: 'pair', issue: 'borders', a: 'alpha', b: 'beta' });
  });
});
