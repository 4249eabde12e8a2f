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
    const table = screen.getByRole('grid');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(1 + 4 + 6);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.querySelector('.issue-title')?.textContent),
    ).toEqual(['Borders', 'Trade', 'Treaty', 'Troops']);
  });

  it('shows the engine’s verdict in every pair cell', () => {
    renderWith(<CompareGrid />, ds, { asOf: '2023-12-31' });
    const current = resolveAsOf(ds.positions, '2023-12-31');
    const short = (id: string) => ds.parties.find((p) => p.id === id)?.shortName ?? id;
    for (const issue of ds.issues)
      for (const [a, b] of partyPairs(ds.parties.map((p) => p.id))) {
        const verdict = compareOn(current, issue.id, a, b).verdict;
        expect(
          screen.getByRole('button', { name: `${short(a)} and ${short(b)} on ${issue.title}: ${en.verdict[verdict]}` }),
        ).toBeInTheDocument();
      }
  });

  it('states each pair’s agreement in words and as the engine’s index', () => {
    renderWith(<CompareGrid />, ds, { asOf: '2023-12-31' });
    const ag = agreement(
      resolveAsOf(ds.positions, '2023-12-31'),
      ds.issues.map((i) => i.id),
      'alpha',
      'beta',
    );
    const summary = screen.getByText('Alpha – Beta', { selector: '.pair-name' }).closest('li');
    expect(summary).toHaveTextContent(`${Math.round((ag.index ?? 0) * 100)}%`);
    expect(summary).toHaveTextContent(
      'Alpha and Beta partly agree on 1 and conflict on 2 of the 3 issues both addressed',
    );
    expect(summary).toHaveTextContent('3 comparable · 1 not comparable');
  });

  it('drops a party’s column and pairs when the party filter leaves it out', () => {
    renderWith(<CompareGrid />, ds, { parties: ['alpha', 'beta', 'gamma'] });
    expect(within(screen.getByRole('grid')).getAllByRole('columnheader')).toHaveLength(1 + 3 + 3);
  });

  it('selects the pair behind a cell when activated', async () => {
    const { store } = renderWith(<CompareGrid />, ds);
    await userEvent.click(screen.getByRole('button', { name: /^Alpha and Beta on Borders: Conflict/ }));
    expect(store.getState().selection).toEqual({ kind: 'pair', issue: 'borders', a: 'alpha', b: 'beta' });
  });
});

describe('CompareGrid on format version 2 (five parties)', () => {
  const v2 = loadFixture('five-parties.json');

  it('shows the dataset’s default parties until the reader chooses', () => {
    renderWith(<CompareGrid />, v2);
    const heads = within(screen.getByRole('grid'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.trim());
    expect(heads.slice(1, 4)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(heads).not.toContain('Epsilon');
  });

  it('names who conceded in the verdict cell and never says they overlap', () => {
    renderWith(<CompareGrid />, v2, { asOf: '2023-06-01' });
    const cell = screen.getByRole('button', { name: 'Alpha and Beta on Bloc membership: Alpha concedes' });
    expect(cell).toHaveClass('verdict-concession');
    expect(screen.getByText('Alpha – Beta', { selector: '.pair-name' }).closest('li')).toHaveTextContent(
      'As of 1 June 2023, Alpha and Beta partly agree on 2 and conflict on 2 of the 5 issues both addressed; on 1, Alpha concedes what Beta demands.',
    );
  });

  it('says in the cell’s name what it shows: the date, reported, inferred, a concession, and a stale position’s age', () => {
    renderWith(<CompareGrid />, v2, { asOf: '2024-03-01', parties: ['alpha', 'epsilon'] });
    expect(
      screen.getByRole('button', { name: 'Alpha on Neutral status: Conditional 1 May 2023 · reported concession' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Epsilon on Borders: Supports 1 Feb 2023 inferred stated 1 year earlier' }),
    ).toHaveClass('is-stale');
    // A verdict resting on a stale position says so too.
    expect(
      screen.getByRole('button', { name: 'Alpha and Epsilon on Borders: Overlap stated 1 year earlier' }),
    ).toHaveClass('is-stale');
  });

  it('with "current positions only", a stale position counts as no stated position', () => {
    renderWith(<CompareGrid />, v2, { asOf: '2024-03-01', parties: ['alpha', 'epsilon'], fresh: true });
    expect(screen.getByRole('button', { name: 'Epsilon on Borders: No stated position' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Alpha and Epsilon on Borders: No basis' })).toBeInTheDocument();
  });
});

describe('CompareGrid cells', () => {
  it('describe what activating them does', () => {
    renderWith(<CompareGrid />, ds, { asOf: '2023-12-31' });
    expect(screen.getByRole('button', { name: 'Alpha and Beta on Borders: Conflict' })).toHaveAccessibleDescription(
      'Show why',
    );
    expect(screen.getByRole('button', { name: /^Alpha on Borders: Supports/ })).toHaveAccessibleDescription(
      'Show the positions behind it',
    );
  });
});
