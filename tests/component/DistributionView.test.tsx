import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DistributionView } from '../../src/components/distribution/DistributionView';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

const ds = loadFixture('four-parties.json');

const segments = () =>
  screen.getAllByRole('button', { name: /Show the positions$/ }).map((b) => b.getAttribute('aria-label'));

describe('Distribution with four parties', () => {
  it('stacks, per issue, how many parties take each stance as of the date', () => {
    renderWith(<DistributionView />, ds, { asOf: '2023-12-31' });
    // Worked out from the fixture: borders alpha ✓ beta ✕; trade alpha ◐ beta ✓ gamma ✓;
    // treaty alpha ✓ beta ✕ (the later same-day entry); troops alpha ✓ delta ✓.
    expect(segments()).toEqual([
      'Borders: 1 of 4 parties support. Show the positions',
      'Trade: 2 of 4 parties support. Show the positions',
      'Treaty: 1 of 4 parties support. Show the positions',
      'Troops: 2 of 4 parties support. Show the positions',
      'Trade: 1 of 4 parties support with conditions. Show the positions',
      'Borders: 1 of 4 parties oppose. Show the positions',
      'Treaty: 1 of 4 parties oppose. Show the positions',
      'Borders: 2 of 4 parties have no stated position. Show the positions',
      'Trade: 1 of 4 parties have no stated position. Show the positions',
      'Treaty: 2 of 4 parties have no stated position. Show the positions',
      'Troops: 2 of 4 parties have no stated position. Show the positions',
    ]);
  });

  it('labels segments with a symbol and a count, not colour alone', () => {
    const { container } = renderWith(<DistributionView />, ds, { asOf: '2023-12-31' });
    expect([...container.querySelectorAll('.segment-label')].map((t) => t.textContent)).toContain('◐ 1');
  });

  it('changes with the as-of date', () => {
    renderWith(<DistributionView />, ds, { asOf: '2023-01-11' });
    expect(segments()).toContain('Borders: 3 of 4 parties have no stated position. Show the positions');
  });

  it('opens every party’s position on an issue from a segment', async () => {
    const { store } = renderWith(<DistributionView />, ds);
    await userEvent.click(screen.getByRole('button', { name: 'Borders: 1 of 4 parties oppose. Show the positions' }));
    expect(store.getState().selection).toEqual({ kind: 'issue', issue: 'borders' });
  });

  it('describes the chart in a sentence', () => {
    renderWith(<DistributionView />, ds, { asOf: '2023-12-31' });
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      'As of 31 December 2023, the parties are split — at least one supports and one opposes — on 2 of the 4 issues shown; on 1, every party that has spoken takes the same stance.',
    );
  });
});

describe('Distribution: what the stances are on', () => {
  it('lists each shown issue with its proposition, as a stance is read against it', async () => {
    renderWith(<DistributionView />, ds, { issues: ['borders', 'trade'] });
    await userEvent.click(screen.getByText('The propositions the stances are on (2 issues)'));
    for (const id of ['borders', 'trade']) {
      const issue = ds.issues.find((i) => i.id === id);
      expect(screen.getByText(issue?.proposition ?? '?')).toBeVisible();
    }
    expect(screen.queryByText(ds.issues.find((i) => i.id === 'treaty')?.proposition ?? '?')).toBeNull();
  });
});
