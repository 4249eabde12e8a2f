import { act, fireEvent, screen, within } from '@testing-library/react';
import { PointerEventsCheckLevel, userEvent as ue } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetailPanel } from '../../src/components/DetailPanel';
import { AsOfControl } from '../../src/components/AsOfControl';
import { AgreementView } from '../../src/components/agreement/AgreementView';
import { CompareGrid } from '../../src/components/compare/CompareGrid';
import { DistributionView } from '../../src/components/distribution/DistributionView';
import { MatrixView } from '../../src/components/matrix/MatrixView';
import { TimelineView } from '../../src/components/timeline/TimelineView';
import { VERDICTS } from '../../src/core/vocabulary';
import { en } from '../../src/i18n/en';
import { resolveAsOf, stanceKey } from '../../src/lib/asOf';
import { changeDates, latestDate } from '../../src/lib/datasetIndex';
import { defaultParties } from '../../src/lib/filters';
import { serializeUrl } from '../../src/lib/urlState';
import { loadBundled, loadFixture } from '../fixtures/load';
import { openApp, openDialog } from './openApp';
import { renderWith } from './render';
import { longDate } from '../fixtures/dates';

// The non-layout behaviour of tests/e2e/charts.spec.ts: one view rendered with its store, on the small four-party
// fixture or on the bundled dataset narrowed by issues=; the whole dashboard only where navigation is the point.
const user = ue.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
const four = loadFixture('four-parties.json');
const bundled = loadBundled();
const shown = defaultParties(bundled);
const name = (id: string) => bundled.parties.find((p) => p.id === id)?.shortName ?? id;
const fullName = (id: string) => bundled.parties.find((p) => p.id === id)?.name ?? id;
/** The open detail dialog, named as given. */
const dialog = async (title: string) => {
  // The panel's contents (and so its name) are a chunk of their own, fetched after the first view.
  const d = await screen.findByRole('dialog', { name: title });
  expect(d).toBe(openDialog());
  return d;
};

describe('each chart view opens from its URL and from the navigation, with a summary sentence', () => {
  const LATEST = latestDate(four.positions) ?? '';
  // The timeline follows the issue with the most positions: worked out from the fixture.
  const perIssue = four.issues.map((i) => ({ i, n: four.positions.filter((p) => p.issue === i.id).length }));
  const most = perIssue.reduce((a, b) => (b.n > a.n ? b : a));
  expect(perIssue.filter((x) => x.n === most.n)).toHaveLength(1);
  const HEADED = [
    { view: 'matrix', heading: en.matrix.title },
    { view: 'agreement', heading: en.agreement.barsTitle },
    { view: 'timeline', heading: en.timeline.stepsTitle(most.i.title) },
    { view: 'distribution', heading: en.distribution.title },
  ] as const;
  for (const { view, heading } of HEADED)
    it(`the ${view} view`, async () => {
      const { address, container } = await openApp(four, `?view=${view}`);
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
      expect(container.querySelector('.chart-summary')?.textContent).toMatch(
        new RegExp(`^As of ${longDate(LATEST)}, `),
      );
      await user.click(screen.getByRole('button', { name: en.views.compare }));
      expect(screen.queryByRole('heading', { name: heading })).toBeNull();
      expect(address().get('view')).toBeNull();
      await user.click(screen.getByRole('button', { name: en.views[view] }));
      expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
      expect(address().get('view')).toBe(view);
    });
});

describe('the matrix (charts.spec)', () => {
  it('a cell opens the two positions behind it, with their quotes', async () => {
    const AS_OF = '2024-06-14';
    const current = resolveAsOf(bundled.positions, AS_OF);
    const ua = current.get(stanceKey('ukraine', 'nato-membership'));
    const ru = current.get(stanceKey('russia', 'nato-membership'));
    if (!ua?.quote || !ru?.quote) throw new Error('bundled data lacks the expected quotes');
    const related = bundled.issues.find((i) => i.id === 'nato-membership')?.related?.[0];
    const relatedTitle = bundled.issues.find((i) => i.id === related)?.title ?? 'none';
    renderWith(
      <>
        <MatrixView />
        <DetailPanel />
      </>,
      bundled,
      { asOf: AS_OF, issues: ['nato-membership'] },
    );
    await user.click(screen.getByRole('button', { name: /^Ukraine and Russia on NATO membership: Conflict/ }));
    const panel = await dialog('NATO membership');
    expect(within(panel).getByRole('heading', { name: /^Ukraine: .*Supports/ })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: /^Russia: .*Opposes/ })).toBeInTheDocument();
    const quotes = panel.querySelectorAll('blockquote');
    const note = (p: typeof ua) => (p.attribution === 'reported' ? en.position.reportWording : '');
    expect(quotes[0]).toHaveTextContent(`“${ua.quote}”${note(ua)}`, { normalizeWhitespace: false });
    expect(quotes[1]).toHaveTextContent(`“${ru.quote}”${note(ru)}`, { normalizeWhitespace: false });
    expect(within(panel).getByRole('heading', { name: en.detail.related(relatedTitle) })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: en.detail.close }));
    expect(openDialog()).toBeNull();
  });

  it('sorting by conflicts is kept in the address', async () => {
    // Order and aria-sort: MatrixView.test.tsx :: sorts rows by conflict count, most first, and back to dataset order.
    const { store } = renderWith(<MatrixView />, four);
    await user.click(screen.getByRole('button', { name: /Conflicts/ }));
    expect(new URLSearchParams(serializeUrl(store.getState().url)).get('sort')).toBe('conflicts');
  });

  it('playing through time steps the as-of date and changes the matrix, and Pause stops it', () => {
    vi.useFakeTimers();
    const dates = changeDates(bundled.positions);
    const { store } = renderWith(
      <>
        <AsOfControl />
        <MatrixView />
      </>,
      bundled,
      { asOf: dates[0] ?? '', issues: ['nato-membership'] },
    );
    const cell = () => screen.getByRole('button', { name: /^Ukraine and Russia on NATO membership: / });
    const slider = () => screen.getByRole('slider', { name: /^Positions as of/ });
    expect(cell()).toHaveAccessibleName(/No basis/);
    fireEvent.click(screen.getByRole('button', { name: en.asOf.play }));
    expect(screen.getByRole('button', { name: en.asOf.pause })).toBeInTheDocument();
    // Step by step: each step shows the next change date, until Ukraine's concession of 15 March 2022.
    const concession = dates.indexOf('2022-03-15');
    expect(concession).toBeGreaterThan(1);
    for (let i = 1; i <= concession; i++) {
      act(() => vi.advanceTimersByTime(1400));
      expect(slider()).toHaveAccessibleName(`${en.header.positionsAsOf} ${longDate(dates[i] ?? '')}`);
      if (dates[i] === '2021-04-06') expect(cell()).toHaveAccessibleName(/Conflict/);
    }
    expect(cell()).toHaveAccessibleName(/Ukraine concedes/);
    fireEvent.click(screen.getByRole('button', { name: en.asOf.pause }));
    act(() => vi.advanceTimersByTime(3000));
    expect(slider()).toHaveAccessibleName(`${en.header.positionsAsOf} 15 March 2022`);
    expect(new URLSearchParams(serializeUrl(store.getState().url)).get('asOf')).toBe('2022-03-15');
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the NATO membership timeline (charts.spec)', () => {
  const AS_OF = '2024-06-14';
  const onIssue = (party: string) =>
    bundled.positions
      .filter((p) => p.party === party && p.issue === 'nato-membership' && p.date <= AS_OF)
      .sort((a, b) => a.date.localeCompare(b.date));
  const labels = (party: string) =>
    screen.getAllByRole('button', { name: new RegExp(`^${party}, `) }).map((b) => b.getAttribute('aria-label'));

  it('Ukraine supports in 2021, concedes in March 2022, supports again by June 2024; Russia opposes throughout', () => {
    renderWith(<TimelineView />, bundled, { issues: ['nato-membership'], asOf: AS_OF });
    // Ukraine: one marker per date on which it spoke, among them these three.
    const ukraine = labels('Ukraine');
    expect(ukraine).toHaveLength(new Set(onIssue('ukraine').map((p) => p.date)).size);
    expect(ukraine).toContain('Ukraine, 6 April 2021: Supports. Show the source');
    expect(ukraine).toContain('Ukraine, 15 March 2022: Opposes (concession). Show the source');
    expect(ukraine).toContain('Ukraine, 14 June 2024: Supports (reported). Show the source');
    // Russia: one marker per position in the data, every one of them opposed.
    const russia = onIssue('russia');
    expect(russia.length).toBeGreaterThan(0);
    expect(russia.map((p) => p.stance)).toEqual(russia.map(() => 'opposes'));
    expect(labels('Russia')).toEqual(
      russia.map(
        (p) =>
          `Russia, ${longDate(p.date)}: Opposes${p.attribution === 'reported' ? ' (reported)' : ''}. Show the source`,
      ),
    );
  });

  it('hovering a marker shows its quote; Enter on a focused marker opens its source', async () => {
    const zelensky = bundled.positions.find((p) => p.id === 'ua-nato-membership-2022-03-15');
    if (!zelensky?.quote) throw new Error('bundled data lacks the 15 March 2022 quote');
    renderWith(
      <>
        <TimelineView />
        <DetailPanel />
      </>,
      bundled,
      { issues: ['nato-membership'], asOf: AS_OF },
    );
    const marker = screen.getByRole('button', { name: /^Ukraine, 15 March 2022/ });
    await user.hover(marker);
    expect(screen.getByRole('tooltip')).toHaveTextContent(zelensky.quote.slice(0, 40));
    await user.unhover(marker);
    expect(screen.queryByRole('tooltip')).toBeNull();
    marker.focus();
    await user.keyboard('{Enter}');
    const panel = openDialog();
    expect(panel).toHaveTextContent(zelensky.quote);
    expect(panel).toHaveTextContent(en.position.source);
  });
});

describe('chart marks open the positions behind them by keyboard (charts.spec)', () => {
  it('an agreement bar, by Enter', async () => {
    renderWith(
      <>
        <AgreementView />
        <DetailPanel />
      </>,
      bundled,
    );
    screen.getByRole('button', { name: /^Ukraine – NATO: agreement index/ }).focus();
    await user.keyboard('{Enter}');
    const panel = await dialog(en.detail.pair(fullName('ukraine'), fullName('nato')));
    expect(panel.querySelector('blockquote')).not.toBeNull();
  });

  it('a distribution segment, by Enter', async () => {
    const current = resolveAsOf(bundled.positions, latestDate(bundled.positions) ?? '');
    const opposing = shown.filter((p) => current.get(stanceKey(p, 'nato-membership'))?.stance === 'opposes');
    expect(opposing.length).toBeGreaterThan(0);
    renderWith(
      <>
        <DistributionView />
        <DetailPanel />
      </>,
      bundled,
      { issues: ['nato-membership'] },
    );
    screen
      .getByRole('button', {
        name: new RegExp(`^NATO membership: ${opposing.length} of ${shown.length} parties oppose`),
      })
      .focus();
    await user.keyboard('{Enter}');
    const panel = await dialog('NATO membership');
    // One section per party shown.
    expect(within(panel).getAllByRole('heading', { level: 3 })).toHaveLength(shown.length);
    expect(shown.map(name).every((n) => panel.textContent?.includes(n))).toBe(true);
  });
});

describe('legends (charts.spec)', () => {
  const stances = [en.stance.supports, en.stance.conditional, en.stance.opposes, en.stance.none];
  const verdicts = VERDICTS.map((v) => en.verdict[v]);
  for (const [view, ui, words] of [
    ['compare', <CompareGrid key="c" />, [...stances, ...verdicts]],
    ['matrix', <MatrixView key="m" />, verdicts],
    ['distribution', <DistributionView key="d" />, stances],
  ] as const)
    it(`the ${view} legend names every ${view === 'compare' ? 'stance and verdict' : view === 'matrix' ? 'verdict' : 'stance'} in words`, () => {
      renderWith(ui, four);
      const legend = screen.getAllByRole('group', { name: en.legend.label })[0];
      for (const word of words) expect(legend, `${view} legend`).toHaveTextContent(word);
    });
});
