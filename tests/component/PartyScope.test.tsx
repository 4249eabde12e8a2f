import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MatrixView } from '../../src/components/matrix/MatrixView';
import { PartyScope } from '../../src/components/PartyScope';
import { en } from '../../src/i18n/en';
import { partyPairs } from '../../src/lib/overlap';
import { MAX_PARTIES_ALL_PAIRS } from '../../src/lib/pairs';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

/** The four-party fixture and five parties more, with no curator's default: nine parties, 36 pairs. */
const base = loadFixture('four-parties.json');
const extra = Array.from({ length: 5 }, (_, i) => ({
  id: `extra-${i + 1}`,
  name: `Extra ${i + 1}`,
  shortName: `X${i + 1}`,
}));
const ds = { ...base, meta: { ...base.meta, defaultParties: undefined }, parties: [...base.parties, ...extra] };
const all = ds.parties.map((p) => p.id);
const short = (id: string) => ds.parties.find((p) => p.id === id)?.shortName ?? id;
const pairColumns = () =>
  within(screen.getByRole('grid'))
    .getAllByRole('columnheader')
    .slice(1, -1)
    .map((h) => h.textContent);

describe('a dataset with more parties than pairs can be drawn for', () => {
  it('opens on the first six parties and says so', () => {
    renderWith(
      <>
        <PartyScope pairs />
        <MatrixView />
      </>,
      ds,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      en.scope.firstParties(MAX_PARTIES_ALL_PAIRS, 9, en.filters.parties),
    );
    expect(pairColumns()).toHaveLength(15);
  });

  it('with all nine chosen, draws the pairs of one party, and the reader chooses which', async () => {
    const { store } = renderWith(
      <>
        <PartyScope pairs />
        <MatrixView />
      </>,
      ds,
      { parties: all },
    );
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(en.scope.pairsOf(8, 36));
    expect(note).toHaveTextContent(en.scope.everyPair(MAX_PARTIES_ALL_PAIRS));
    const focus = within(note).getByRole('combobox', { name: en.scope.focus });
    expect(focus).toHaveValue(all[0]);
    const of = (party: string) =>
      partyPairs(all)
        .filter(([a, b]) => a === party || b === party)
        .map(([a, b]) => `${short(a)} – ${short(b)}`);
    expect(pairColumns()).toEqual(of(all[0] ?? ''));
    await userEvent.selectOptions(focus, all[2] ?? '');
    expect(store.getState().url.focus).toBe(all[2]);
    expect(pairColumns()).toEqual(of(all[2] ?? ''));
  });

  it('says nothing with six parties or fewer, and draws every pair', () => {
    renderWith(
      <>
        <PartyScope pairs />
        <MatrixView />
      </>,
      ds,
      { parties: all.slice(0, 4) },
    );
    expect(screen.queryByRole('note')).toBeNull();
    expect(pairColumns()).toHaveLength(6);
  });
});
