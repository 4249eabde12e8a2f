import { fireEvent, screen, within } from '@testing-library/react';
import { PointerEventsCheckLevel, userEvent as ue } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AsOfControl } from '../../src/components/AsOfControl';
import { AgreementView } from '../../src/components/agreement/AgreementView';
import { CompareGrid } from '../../src/components/compare/CompareGrid';
import { DetailPanel } from '../../src/components/DetailPanel';
import { TimelineView } from '../../src/components/timeline/TimelineView';
import { loadDataset } from '../../src/data/load';
import type { UrlState } from '../../src/lib/urlState';
import { serializeUrl } from '../../src/lib/urlState';
import { resolveAsOf, stanceKey } from '../../src/lib/asOf';
import { latestDate } from '../../src/lib/datasetIndex';
import { loadBundled, readJson } from '../fixtures/load';
import { changeDates, fastRoleQueries, openApp, openDialog } from './openApp';
import { renderWith } from './render';
import { longDate } from '../fixtures/dates';

// The comparison grid on the bundled dataset (moved from tests/e2e/compare.spec.ts, format2.spec.ts and
// coverage2025.spec.ts): expectations are read from the data. The grid with its date control and detail panel,
// narrowed by issues= to the rows a test reads; the whole dashboard only for the first load and for dataset files.
fastRoleQueries();
vi.setConfig({ testTimeout: 30_000 });
const userEvent = ue.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
const data = loadBundled();
const LATEST = latestDate(data.positions) ?? '';
const dates = changeDates(data);
/** The grid's row of an issue, found by its title (scoping the queries keeps them quick on 34 issues). */
const row = (issue: string) => {
  // Titles carry soft hyphens where they may break; a reader (and a screen reader) sees the word whole.
  const header = screen
    .getByText(issue, { selector: 'th, th *', normalizer: (text) => text.replaceAll('\u00ad', '').trim() })
    .closest('tr');
  if (header === null) throw new Error(`no row for ${issue}`);
  return within(header);
};
const stanceCell = (party: string, issue: string) =>
  row(issue).getByRole('button', { name: new RegExp(`^${party} on ${issue}: `) });
const pairCell = (issue: string) =>
  row(issue).getByRole('button', { name: new RegExp(`^Ukraine and Russia on ${issue}: `) });
const slider = () => screen.getByRole('slider', { name: /^Positions as of/ });
/** The date the as-of control shows, as its label reads. */
const shownDate = () => slider().closest('.asof')?.querySelector('.asof-label strong')?.textContent;
/** The grid with its date control and detail panel, opened at a state; `address()` is what the page would show. */
const grid = (url: Partial<UrlState>) => {
  const utils = renderWith(
    <>
      <AsOfControl />
      <CompareGrid />
      <DetailPanel />
    </>,
    data,
    url,
  );
  return { ...utils, address: () => new URLSearchParams(serializeUrl(utils.store.getState().url)) };
};
const issueId = (title: string) => data.issues.find((i) => i.title === title)?.id ?? title;
const slideTo = (date: string) => fireEvent.change(slider(), { target: { value: String(dates.indexOf(date)) } });
const dialog = async (name: string) => {
  // The panel's contents (and so its name) are a chunk of their own, fetched after the first view.
  const d = await screen.findByRole('dialog', { name });
  expect(d).toBe(openDialog());
  return d;
};
const close = () => userEvent.click(screen.getByRole('button', { name: 'Close details' }));
/** A dataset file served at `path`, as the page would fetch it for ?data=. */
const served = (json: unknown) => () =>
  loadDataset('data/file.json', () => Promise.resolve(new Response(JSON.stringify(json), { status: 200 })));

describe('the comparison grid (compare.spec)', () => {
  it('loads with every issue and the latest date', async () => {
    await openApp(data);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ukraine, Russia and NATO: where demands meet');
    expect(shownDate()).toBe(longDate(LATEST));
    const grid = screen.getByRole('grid');
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(data.issues.length);
    expect(within(grid).getByRole('columnheader', { name: 'Ukraine – Russia' })).toBeInTheDocument();
    expect(stanceCell('Russia', 'NATO membership')).toHaveAccessibleName(/Opposes/);
  });

  it('moving the as-of date shows Ukraine’s NATO stance change between 2021, March 2022 and June 2024', async () => {
    const { address } = grid({ issues: ['nato-membership'] });
    slideTo(dates[0] ?? '');
    expect(shownDate()).toBe('2 April 2021');
    expect(stanceCell('Ukraine', 'NATO membership')).toHaveAccessibleName(/No stated position/);
    slideTo(dates[1] ?? '');
    expect(shownDate()).toBe('6 April 2021');
    expect(stanceCell('Ukraine', 'NATO membership')).toHaveAccessibleName(/Supports/);
    expect(stanceCell('Russia', 'NATO membership')).toHaveAccessibleName(/Opposes/);
    slideTo('2022-03-15');
    expect(shownDate()).toBe('15 March 2022');
    expect(stanceCell('Ukraine', 'NATO membership')).toHaveAccessibleName(/Opposes/);
    expect(stanceCell('Russia', 'NATO membership')).toHaveAccessibleName(/Opposes/);
    expect(address().get('asOf')).toBe('2022-03-15');
    slideTo(LATEST);
    expect(shownDate()).toBe(longDate(LATEST));
    expect(stanceCell('Ukraine', 'NATO membership')).toHaveAccessibleName(/Supports/);
    expect(stanceCell('Russia', 'NATO membership')).toHaveAccessibleName(/Opposes/);
    expect(address().get('asOf')).toBeNull();
  });

  it('activating a cell shows the positions behind it with their quotes', async () => {
    grid({ asOf: '2022-03-15', issues: ['nato-membership'] });
    await userEvent.click(pairCell('NATO membership'));
    const panel = await dialog('NATO membership');
    expect(panel).toHaveTextContent('Ukraine is not a member of NATO. We understand that.');
    expect(panel).toHaveTextContent('NATO membership will be the red line for Russia.');
    expect(panel).toHaveTextContent('Firstpost');
    await close();
    expect(openDialog()).toBeNull();
  });

  it('a party cell shows the current position and its history', async () => {
    grid({ issues: ['nato-membership'] });
    await userEvent.click(stanceCell('Ukraine', 'NATO membership'));
    const panel = openDialog();
    if (panel === null) throw new Error('no dialog open');
    expect(within(panel).getByRole('heading', { name: 'Earlier positions' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('NATO is the only way to end the Donbass war.');
    expect(panel).toHaveTextContent('RKS News');
  });

  it('a fourth party in a dataset file gets its own column and pairs', async () => {
    await openApp(served(readJson('four-parties.json')));
    const grid = screen.getByRole('grid');
    expect(within(grid).getByRole('columnheader', { name: 'Delta' })).toBeInTheDocument();
    expect(within(grid).getByRole('columnheader', { name: 'Gamma – Delta' })).toBeInTheDocument();
    expect(within(grid).getAllByRole('columnheader')).toHaveLength(1 + 4 + 6);
  });
});

describe('format version 2 in the grid (format2.spec)', () => {
  it('as of 20 March 2022, Ukraine concedes on NATO membership what Russia demands, and no sentence says they agree', async () => {
    // Every issue: no sentence anywhere may say they agree.
    const { container, unmount } = grid({ asOf: '2022-03-20' });
    const cell = pairCell('NATO membership');
    expect(cell).toHaveAccessibleName('Ukraine and Russia on NATO membership: Ukraine concedes');
    expect(cell).toHaveClass('verdict-concession');
    const summary = [...container.querySelectorAll('.pair-summary')].find((s) =>
      s.textContent?.includes('Ukraine – Russia'),
    );
    expect(summary).toHaveTextContent('Ukraine concedes what Russia demands.');
    expect(summary).toHaveTextContent(/on 1, Ukraine concedes what Russia demands\./);
    expect(document.body).not.toHaveTextContent(/Ukraine and Russia agree/);

    await userEvent.click(cell);
    const panel = await dialog('NATO membership');
    expect(panel).toHaveTextContent('Ukraine concedes what Russia demands.');
    expect(panel.querySelector('.tag-concession')).toHaveTextContent(/^Concession$/);
    expect(within(panel).getByRole('heading', { name: 'Read together with “Neutral status”' })).toBeInTheDocument();
    await close();
    unmount();

    renderWith(<AgreementView />, data, { asOf: '2022-03-20' });
    expect(screen.getByRole('heading', { name: 'Agreement index of each pair of parties' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Ukraine and Russia agree|Ukraine – Russia[^.]*agree most/);
  });

  it('the neutrality row shows Ukraine’s conditional offer of 29 March 2022 against Russia’s demand as partial', async () => {
    grid({ asOf: '2022-03-29', issues: ['neutrality'] });
    expect(stanceCell('Ukraine', 'Neutral status')).toHaveAccessibleName(
      /^Ukraine on Neutral status: Conditional 29 Mar 2022 · reported concession$/,
    );
    expect(stanceCell('Russia', 'Neutral status')).toHaveAccessibleName(/^Russia on Neutral status: Supports/);
    expect(pairCell('Neutral status')).toHaveAccessibleName('Ukraine and Russia on Neutral status: Partial');
  });

  it('fresh=1 turns the verdicts resting on stale positions into no basis, and says so in the control', async () => {
    const first = grid({ asOf: '2024-06-14', issues: ['neutrality', issueId('Ukrainian withdrawal')] });
    expect(pairCell('Neutral status')).toHaveAccessibleName(
      'Ukraine and Russia on Neutral status: Partial stated 2 years earlier',
    );
    expect(pairCell('Neutral status')).toHaveClass('is-stale');
    expect(stanceCell('Ukraine', 'Neutral status')).toHaveAccessibleName(/stated 2 years earlier/);
    expect(stanceCell('Ukraine', 'Neutral status')).toHaveClass('is-stale');
    await userEvent.click(screen.getByRole('checkbox', { name: /^Current positions only/ }));
    expect(pairCell('Neutral status')).toHaveAccessibleName('Ukraine and Russia on Neutral status: No basis');
    expect(stanceCell('Ukraine', 'Neutral status')).toHaveAccessibleName(
      /^Ukraine on Neutral status: No stated position/,
    );
    expect(first.address().get('fresh')).toBe('1');
    // A fresh position keeps its verdict.
    expect(pairCell('Ukrainian withdrawal')).toHaveAccessibleName(/Conflict/);
    first.unmount();

    // On the timeline, a party's standing statement says its age too.
    const timeline = renderWith(<TimelineView />, data, { issues: ['neutrality'], asOf: '2024-06-14' });
    expect(screen.getByRole('button', { name: /^Ukraine, 29 March 2022: / })).toHaveAccessibleName(
      'Ukraine, 29 March 2022: Conditional (reported, concession, stated 2 years earlier). Show the source',
    );
    timeline.unmount();

    grid({ asOf: '2024-06-14', issues: ['neutrality'], fresh: true });
    expect(pairCell('Neutral status')).toHaveAccessibleName(/No basis/);
    expect(screen.getByRole('checkbox', { name: /^Current positions only/ })).toBeChecked();
  });

  it('an inferred position carries its mark in the grid and the detail panel; basis=stated leaves it out', async () => {
    const first = grid({ asOf: '2024-06-14', issues: [issueId('Crimea')] });
    const cell = stanceCell('Ukraine', 'Crimea');
    expect(cell).toHaveAccessibleName(/^Ukraine on Crimea: Opposes 14 Jun 2024 · reported inferred$/);
    expect(cell.querySelector('.cell-mark')).toHaveTextContent(/^inferred$/);
    await userEvent.click(cell);
    const panel = await dialog('Crimea');
    expect(panel.querySelector('.tag-inferred')).toHaveTextContent(/^Inferred$/);
    expect(panel).toHaveTextContent('Inferred by the curators, not stated by the party');
    first.unmount();

    grid({ asOf: '2024-06-14', issues: [issueId('Crimea')], basis: ['stated'] });
    expect(stanceCell('Ukraine', 'Crimea')).toHaveAccessibleName(/^Ukraine on Crimea: No stated position/);
  });

  it('a version 1 file loads as before: migrated as it is read', async () => {
    const v1 = readJson('four-parties.json') as { schemaVersion: number };
    expect(v1.schemaVersion).toBe(1);
    await openApp(served(v1), '?asOf=2023-12-31');
    expect(within(screen.getByRole('grid')).getAllByRole('columnheader')).toHaveLength(1 + 4 + 6);
    expect(screen.getByRole('button', { name: 'Alpha and Beta on Borders: Conflict' })).toBeInTheDocument();
  });
});

describe('the 28-point plan in the grid (coverage2025.spec)', () => {
  const AS_OF = '2025-11-23';
  const TERMS = ['military-limits', 'nato-membership', 'donbas-withdrawal', 'amnesty', 'ukraine-elections'];
  const PARTIES = ['ukraine', 'russia', 'united-states', 'europe'];
  const STANCE: Record<string, string> = { supports: 'Supports', conditional: 'Conditional', opposes: 'Opposes' };
  const current = resolveAsOf(data.positions, AS_OF);
  const name = (id: string) => data.parties.find((p) => p.id === id)?.shortName ?? id;
  const title = (id: string) => data.issues.find((i) => i.id === id)?.title ?? id;

  it('as of 23 November 2025 the grid shows every party’s stance on the plan’s central terms, each opening its source', async () => {
    grid({ asOf: AS_OF, parties: PARTIES, issues: TERMS });
    let opened = 0;
    for (const issue of TERMS) {
      for (const party of PARTIES) {
        const p = current.get(stanceKey(party, issue)) ?? null;
        const cell = stanceCell(name(party), title(issue));
        expect(cell).toHaveAccessibleName(new RegExp(`: ${p === null ? 'No stated position' : STANCE[p.stance]}`));
        if (p === null) continue;
        fireEvent.click(cell);
        const citation = (await dialog(title(issue))).querySelector('article .citation');
        if (!(citation instanceof HTMLElement)) throw new Error(`no citation for ${party} on ${issue}`);
        const url = data.sources.find((s) => s.id === p.source)?.url ?? null;
        if (url === null)
          // Where the report has no address, the citation says its text is archived, never the archive's file name.
          expect(citation).toHaveTextContent(/No link: URL not known \(its text is archived with the dataset\)\.$/);
        else expect(within(citation).getByRole('link', { name: 'Read the report' })).toHaveAttribute('href', url);
        expect(citation.textContent).not.toMatch(/\.txt|archived as/);
        fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
        expect(openDialog()).toBeNull();
        opened++;
      }
    }
    expect(opened).toBeGreaterThan(0);
  });
});
