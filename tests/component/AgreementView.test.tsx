import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AgreementView } from '../../src/components/agreement/AgreementView';
import { agreementByCategory } from '../../src/lib/agreementByCategory';
import { resolveAsOf } from '../../src/lib/asOf';
import { agreement, partyPairs } from '../../src/lib/overlap';
import { agreementRankingSentence } from '../../src/lib/summary';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

const ds = loadFixture('four-parties.json');
const AS_OF = '2023-12-31';
const current = resolveAsOf(ds.positions, AS_OF);
const ids = ds.parties.map((p) => p.id);
const short = (id: string) => ds.parties.find((p) => p.id === id)?.shortName ?? id;
const issuesWord = (n: number) => `${n} ${n === 1 ? 'issue' : 'issues'}`;
/** The figure a reader sees: a percentage, or why there is none (too few issues in common, or none). */
const pct = (ag: { index: number | null; comparable: number }) =>
  ag.index !== null
    ? `${Math.round(ag.index * 100)}%`
    : ag.comparable > 0
      ? `Too few to compare (${issuesWord(ag.comparable)})`
      : 'No basis';

describe('Agreement view with four parties', () => {
  it('draws one bar per pair, labelled with the engine’s index and counts', () => {
    renderWith(<AgreementView />, ds, { asOf: AS_OF });
    const pairs = partyPairs(ids);
    const bars = screen.getAllByRole('button', { name: /: agreement index / });
    expect(bars).toHaveLength(pairs.length);
    pairs.forEach(([a, b], i) => {
      const ag = agreement(
        current,
        ds.issues.map((x) => x.id),
        a,
        b,
      );
      expect(bars[i]).toHaveAccessibleName(
        `${short(a)} – ${short(b)}: agreement index ${pct(ag)}, ${ag.comparable} compared · ${ag.notComparable} excluded. Show the comparisons`,
      );
    });
  });

  it('draws bars whose lengths follow the index', () => {
    const { container } = renderWith(<AgreementView />, ds, { asOf: AS_OF });
    const chart = container.querySelectorAll('figure.chart')[0];
    const widths = [...(chart?.querySelectorAll('.mark.bar rect:last-child') ?? [])].map((r) =>
      Number(r.getAttribute('width')),
    );
    const indexes = partyPairs(ids).map(
      ([a, b]) =>
        agreement(
          current,
          ds.issues.map((x) => x.id),
          a,
          b,
        ).index ?? 0,
    );
    expect(widths).toHaveLength(indexes.length);
    // Longer index, longer bar: compare every pair of bars.
    for (let i = 0; i < widths.length; i++)
      for (let j = 0; j < widths.length; j++)
        if ((indexes[i] ?? 0) > (indexes[j] ?? 0)) expect(widths[i]).toBeGreaterThan(widths[j] ?? 0);
  });

  it('shows each category’s index per pair, “no basis” where there is none', () => {
    const { container } = renderWith(<AgreementView />, ds, { asOf: AS_OF });
    const rows = agreementByCategory(current, ds.issues, partyPairs(ids));
    const labels = [...(container.querySelectorAll('figure.chart')[1]?.querySelectorAll('.bar-value') ?? [])].map(
      (t) => t.textContent,
    );
    const expected = rows.flatMap((r) =>
      r.pairs.map((p) => `${short(p.a)}–${short(p.b)} ${pct(p).replace(/^[NT]/, (c) => c.toLowerCase())}`),
    );
    expect(labels.sort()).toEqual(expected.sort());
    expect(expected.some((l) => l.endsWith('no basis'))).toBe(true);
    expect(expected.some((l) => l.endsWith('too few to compare (1 issue)'))).toBe(true);
  });

  it('describes the chart with the ranking sentence, which never ranks a pair on fewer than three issues', () => {
    renderWith(<AgreementView />, ds, { asOf: AS_OF });
    const overall = partyPairs(ids).map(([a, b]) =>
      agreement(
        current,
        ds.issues.map((x) => x.id),
        a,
        b,
      ),
    );
    const sentence = agreementRankingSentence(overall, short, AS_OF);
    // Only Alpha–Beta shares three issues in this fixture: the sentence reads that pair, ranking none.
    expect(sentence).toBe(
      'As of 31 December 2023, Alpha and Beta partly agree on 1 and conflict on 2 of the 3 issues both addressed.',
    );
    expect(screen.getByRole('figure', { name: 'Agreement index of each pair of parties' })).toHaveAccessibleDescription(
      sentence,
    );
  });

  it('has the chart data as a table behind a toggle', async () => {
    renderWith(<AgreementView />, ds, { asOf: AS_OF });
    const toggle = screen.getAllByText('Show the data as a table')[0];
    if (!toggle) throw new Error('no toggle');
    await userEvent.click(toggle);
    const table = screen.getAllByRole('table')[0];
    if (!table) throw new Error('no table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + partyPairs(ids).length);
  });

  it('opens the comparisons behind a bar', async () => {
    const { store } = renderWith(<AgreementView />, ds, { asOf: AS_OF });
    await userEvent.click(screen.getByRole('button', { name: /^Alpha – Beta: agreement index/ }));
    expect(store.getState().selection).toEqual({ kind: 'pair-all', a: 'alpha', b: 'beta' });
  });
});
