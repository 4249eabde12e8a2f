import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PointerEventsCheckLevel, userEvent as ue } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AgreementView } from '../../src/components/agreement/AgreementView';
import { CompareGrid } from '../../src/components/compare/CompareGrid';
import { DistributionView } from '../../src/components/distribution/DistributionView';
import { MatrixView } from '../../src/components/matrix/MatrixView';
import { TimelineView } from '../../src/components/timeline/TimelineView';
import { VERDICTS } from '../../src/core/vocabulary';
import { en } from '../../src/i18n/en';
import { indexDataset, latestDate } from '../../src/lib/datasetIndex';
import { EMPTY_FILTERS, filterPositions, withDefaultParties } from '../../src/lib/filters';
import { partyPairs } from '../../src/lib/overlap';
import { defaultParties } from '../../src/lib/filters';
import { loadBundled, loadFixture } from '../fixtures/load';
import { changeDates, openApp, openDialog } from './openApp';
import { renderWith } from './render';
import { longDate } from '../fixtures/dates';

// The keyboard and screen-reader behaviour of tests/e2e/keyboard.spec.ts that needs no layout: Tab order, Enter,
// Space, Esc on a tooltip, names and descriptions, the live region. Focus rings, the skip link's jump, the modal
// dialog's focus trap, Esc and return of focus stay in the browser (keyboard.spec.ts).
const user = ue.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
const four = loadFixture('four-parties.json');
const bundled = loadBundled();

/** Positions in a category among the parties shown by default, worked out by the engine's own filter. */
const inCategory = (ds: typeof four, category: string) =>
  filterPositions(ds.positions, withDefaultParties({ ...EMPTY_FILTERS, categories: [category] }, ds), indexDataset(ds))
    .length;

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(matches: (el: Element) => boolean, max = 120): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await user.tab();
    const el = document.activeElement;
    if (el !== null && matches(el)) return el;
  }
  throw new Error('never reached the element by Tab');
}

/**
 * The text of every live region a screen reader would announce: aria-live polite or assertive, stated or implied by
 * the role (status, log, alert), outermost regions only, empty ones left out.
 */
function spokenRegions(): string[] {
  const implied: Record<string, string> = { status: 'polite', log: 'polite', alert: 'assertive' };
  const live = (el: Element) => {
    const mode = el.getAttribute('aria-live') ?? implied[el.getAttribute('role') ?? ''] ?? 'off';
    return mode === 'polite' || mode === 'assertive';
  };
  return [...document.body.querySelectorAll('*')]
    .filter((el) => live(el) && !el.closest('[hidden], [aria-hidden="true"]'))
    .filter((el) => el.parentElement?.closest('[aria-live], [role="status"], [role="log"], [role="alert"]') == null)
    .map((el) => el.textContent?.trim() ?? '')
    .filter((t) => t !== '');
}

describe('a whole task without the mouse (keyboard.spec)', () => {
  // The bundled dataset cut to every territorial issue and the first issue of each other category (a third of the
  // page to Tab through): the filter panel offers the same categories, and Territory still narrows the matrix.
  const firstOfOther = new Set(
    bundled.issues.filter((i, n, all) => all.findIndex((x) => x.category === i.category) === n).map((i) => i.id),
  );
  const kept = new Set(
    bundled.issues.filter((i) => i.category === 'territory' || firstOfOther.has(i.id)).map((i) => i.id),
  );
  const ds = {
    ...bundled,
    issues: bundled.issues.filter((i) => kept.has(i.id)),
    positions: bundled.positions.filter((p) => kept.has(p.issue)),
  };

  it('skip link first, Tab to a category, Space ticks it, the result is announced, Tab to a cell, Enter opens its quotes', async () => {
    const territory = ds.issues.filter((i) => i.category === 'territory');
    const crimea = ds.issues.find((i) => i.title === 'Crimea');
    const related = ds.issues.find((i) => i.id === crimea?.related?.[0]);
    if (crimea === undefined || related === undefined) throw new Error('bundled data lacks Crimea and its mirror');
    expect(territory.length).toBeGreaterThan(1);
    expect(territory.length).toBeLessThan(ds.issues.length);
    await openApp(ds, '?view=matrix');

    // The skip link is the first stop (its jump to #main is the browser's: keyboard.spec.ts).
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: en.app.skipTo(en.skipTargets.matrix) }));

    // Tab on to the Territory category and tick it with Space.
    const box = await tabTo(
      (el) => el instanceof HTMLInputElement && el.parentElement?.textContent?.trim() === 'Territory',
    );
    expect(box).toBe(screen.getByRole('checkbox', { name: en.categories.territory }));
    await user.keyboard(' ');
    expect(box).toBeChecked();
    const matrix = screen.getByRole('grid', { name: en.matrix.title });
    await waitFor(() => expect(within(matrix).getAllByRole('rowheader')).toHaveLength(territory.length));

    // The result is announced politely once the change settles.
    const latest = longDate(latestDate(ds.positions) ?? '');
    await waitFor(() =>
      expect(screen.getByTestId('live-region')).toHaveTextContent(
        en.live.results(en.views.matrix, inCategory(ds, 'territory'), latest),
      ),
    );

    // Tab on to a cell; Enter opens the detail dialog with both parties' positions to read.
    const cell = await tabTo(
      (el) => el.matches('.cell') && (el.textContent?.startsWith('Ukraine and Russia on Crimea:') ?? false),
    );
    expect(cell).toBe(screen.getByRole('button', { name: /^Ukraine and Russia on Crimea:/ }));
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: crimea.title });
    expect(dialog).toBe(openDialog());
    const parties = dialog.querySelectorAll('.detail-party:not(.detail-related .detail-party)');
    expect(parties).toHaveLength(2);
    for (const party of parties) expect(party.querySelector('article .summary')?.textContent?.trim()).not.toBe('');
    expect(within(dialog).getByRole('heading', { name: en.detail.related(related.title) })).toBeInTheDocument();
  });
});

describe('chart marks (keyboard.spec)', () => {
  it('are reachable by Tab in reading order and their tooltip closes with Esc', async () => {
    renderWith(<TimelineView />, bundled, { issues: ['nato-membership'] });
    const ukraine = bundled.positions
      .filter((p) => p.party === 'ukraine' && p.issue === 'nato-membership')
      .map((p) => p.date)
      .sort();
    const [first, second] = [...new Set(ukraine)];
    if (first === undefined || second === undefined) throw new Error('Ukraine spoke on NATO membership once at most');
    await tabTo((el) => el.getAttribute('aria-label')?.startsWith(`Ukraine, ${longDate(first)}`) ?? false);
    expect(screen.getByRole('tooltip')).toHaveTextContent(longDate(first));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    // The next mark in reading order: Ukraine's next statement on the issue.
    await user.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(new RegExp(`^Ukraine, ${longDate(second)}`));
    expect(screen.getByRole('tooltip')).toHaveTextContent(longDate(second));
  });
});

describe('every chart has a name, its summary as description, and its data as a table (keyboard.spec)', () => {
  /** The charts each view draws: ChartFrame's figures, or the matrix, whose table is the chart. */
  const VIEWS = [
    ['matrix', <MatrixView key="m" />, 1],
    ['agreement', <AgreementView key="a" />, 2],
    ['timeline', <TimelineView key="t" />, 2],
    ['distribution', <DistributionView key="d" />, 1],
  ] as const;
  for (const [view, ui, expected] of VIEWS)
    it(`in the ${view} view`, async () => {
      const { container } = renderWith(ui, four);
      const charts = [...container.querySelectorAll('figure.chart, div.matrix')];
      expect(charts).toHaveLength(expected);
      for (const chart of charts) {
        const title = chart.querySelector('.chart-title')?.textContent?.trim() ?? '';
        const summary = chart.querySelector('.chart-summary')?.textContent?.trim() ?? '';
        expect(title).not.toBe('');
        expect(summary).toMatch(/as of \d{1,2} \w+ \d{4}/i);
        if (chart.matches('div.matrix')) {
          // The matrix is its own data table: the table carries the chart's name and description.
          const table = within(chart as HTMLElement).getByRole('grid', { name: title });
          expect(table).toHaveAccessibleDescription(summary);
          expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(0);
          continue;
        }
        expect(chart).toHaveAccessibleName(title);
        expect(chart).toHaveAccessibleDescription(summary);
        const data = chart.querySelector('table.data-table');
        expect(data).not.toBeVisible();
        await user.click(within(chart as HTMLElement).getByText(en.charts.showData));
        expect(data).toBeVisible();
        expect(data?.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
      }
    });
});

describe('the live region (keyboard.spec)', () => {
  it('announces the exact result count after a filter change, and the date after the as-of date changes, once', async () => {
    const total = four.positions.length;
    const security = inCategory(four, 'security');
    expect(security).toBeGreaterThan(0);
    expect(security).toBeLessThan(total);
    const dates = changeDates(four);
    const [previous, latest] = [longDate(dates.at(-2) ?? ''), longDate(dates.at(-1) ?? '')];
    expect(previous).not.toBe(latest);
    await openApp(four, '?view=table');
    const live = screen.getByTestId('live-region');
    // Every text the region takes, in order: one change, one announcement.
    const said: string[] = [];
    const observer = new MutationObserver(() => {
      const text = live.textContent ?? '';
      if (text !== '' && said.at(-1) !== text) said.push(text);
    });
    observer.observe(live, { childList: true, characterData: true, subtree: true });

    // The region waits for changes to settle (LiveRegion's SETTLE_MS): the clock is moved on rather than waited for.
    vi.useFakeTimers();
    /** Lets the views catch up with the controls, then moves the clock past the region's settling time. */
    const settle = async () => {
      await act(async () => {});
      await act(async () => {
        vi.advanceTimersByTime(1000);
      });
    };
    try {
      fireEvent.click(screen.getByRole('checkbox', { name: en.categories.security }));
      await settle();
      const announced = en.live.results(en.views.table, security, latest);
      expect(said).toEqual([announced]);
      // The table shows the count too, but only the live region speaks it.
      expect(screen.getByText(en.table.showing(security, total))).toBeInTheDocument();
      expect(spokenRegions()).toEqual([announced]);

      // One step back on the as-of slider: the announcement names the new date (the count does not depend on it).
      const slider = screen.getByRole('slider', { name: /^Positions as of/ });
      fireEvent.change(slider, { target: { value: String(dates.length - 2) } });
      expect(slider).toHaveAccessibleName(`${en.header.positionsAsOf} ${previous}`);
      await settle();
      const again = en.live.results(en.views.table, security, previous);
      expect(said).toEqual([announced, again]);
      expect(spokenRegions()).toEqual([again]);
    } finally {
      vi.useRealTimers();
    }
    observer.disconnect();
  });
});

describe('stances and verdicts carry a symbol and a word, never colour alone (keyboard.spec)', () => {
  it('in every cell of the comparison grid', () => {
    const { container } = renderWith(<CompareGrid />, bundled);
    const words = [
      ...Object.values(en.stance),
      ...VERDICTS.map((v) => en.verdict[v]),
      en.compare.concedes('\\S+'),
    ].join('|');
    const cells = [...container.querySelectorAll('.grid .cell')];
    const parties = defaultParties(bundled).length;
    expect(cells).toHaveLength(bundled.issues.length * (parties + partyPairs(defaultParties(bundled)).length));
    for (const cell of cells) {
      const sym = cell.querySelector('.sym')?.textContent ?? '';
      expect(sym.trim()).not.toBe('');
      expect((cell.textContent ?? '').replace(sym, '')).toMatch(new RegExp(`: (${words})( |$)`));
    }
  });
});
