import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../../src/core/vocabulary';
import { en } from '../../src/i18n/en';
import { verdictWords } from '../../src/lib/labels';
import { uk } from '../../src/i18n/uk';
import { bootMain, bundledDataset as dataset, unmountMain } from './bootMain';

vi.mock('react-dom/client', async (original) =>
  (await import('./bootMain')).trackRoots(await original<typeof import('react-dom/client')>()),
);

// Moved from e2e/export.spec.ts: the export panel's choices and the data files it writes. Images (PNG, SVG, the
// clipboard) need a real browser's layout and canvas and stay in e2e/export.spec.ts.

afterEach(async () => {
  vi.restoreAllMocks();
  await unmountMain();
});

/** Opens the Download dialog of the page. */
async function openDownload(): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: en.share.download }));
  const dialog = await screen.findByRole('dialog', { name: en.share.download });
  // The panel's code arrives on demand.
  await within(dialog).findByRole('button', { name: en.export.json }, { timeout: 10_000 });
  return dialog;
}

/** The file a click on `button` downloads: its name and contents, caught where the page hands it to the browser. */
async function downloaded(button: HTMLElement): Promise<{ name: string; text: string }> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  await userEvent.click(button);
  expect(blobs).toHaveLength(1);
  expect(names).toHaveLength(1);
  // Read as bytes: a byte-order mark must survive.
  const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
  return { name: names[0]!, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('the export panel', { timeout: 30_000 }, () => {
  it('the table view offers data but says it has no picture', async () => {
    await bootMain('?view=table');
    const dialog = await openDownload();
    expect(within(dialog).queryByRole('button', { name: /Download PNG/ })).toBeNull();
    expect(within(dialog).getByText(/The positions table has no picture/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: /^Positions listed \(CSV, \d+ rows\)$/ })).toBeEnabled();
  });

  it('custom width: refuses a width out of range and accepts one in range', async () => {
    await bootMain('?view=distribution');
    const dialog = await openDownload();
    await userEvent.click(within(dialog).getByRole('radio', { name: /Custom width/ }));
    const input = within(dialog).getByRole('spinbutton', { name: /Width in pixels/ });
    await userEvent.clear(input);
    await userEvent.type(input, '100');
    expect(within(dialog).getByText(en.export.widthError)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: /Download PNG/ })).toBeDisabled();
    await userEvent.clear(input);
    await userEvent.type(input, '640');
    expect(within(dialog).queryByText(en.export.widthError)).toBeNull();
    expect(within(dialog).getByRole('button', { name: /Download PNG/ })).toBeEnabled();
  });

  it('CSV export parses back to the filtered positions, every citation field included', async () => {
    await bootMain('?view=table&parties=russia');
    const dialog = await openDownload();
    const { name, text } = await downloaded(within(dialog).getByRole('button', { name: /^Positions listed \(CSV/ }));
    expect(name.endsWith('.csv')).toBe(true);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const expected = dataset.positions.filter((p) => p.party === 'russia');
    expect(parsed.data.map((r) => r.id)).toEqual(expect.arrayContaining(expected.map((p) => p.id)));
    expect(parsed.data).toHaveLength(expected.length);
    for (const row of parsed.data) {
      const position = expected.find((p) => p.id === row.id);
      const source = dataset.sources.find((s) => s.id === position?.source);
      expect(row.quote).toBe(position?.quote ?? '');
      expect(row.stance).toBe(position?.stance);
      expect(row.source_outlet).toBe(source?.outlet);
      expect(row.source_headline).toBe(source?.headline);
      expect(row.source_published).toBe(source?.published);
    }
  });

  it('JSON export holds the filtered positions with resolved names', async () => {
    await bootMain('?view=table&issues=nato-membership');
    const dialog = await openDownload();
    const { name, text } = await downloaded(within(dialog).getByRole('button', { name: en.export.json }));
    expect(name).toBe('ukraine-russia-and-nato-where-demands-meet-table-2026-02-26.json');
    const json = JSON.parse(text) as { view: string; tables: { positions: { id: string; issue_title: string }[] } };
    expect(json.view).toBe('table');
    // The parties shown until the reader chooses: the dataset's default parties.
    const shown = new Set(dataset.meta.defaultParties ?? dataset.parties.map((p) => p.id));
    expect(json.tables.positions).toHaveLength(
      dataset.positions.filter((p) => p.issue === 'nato-membership' && shown.has(p.party)).length,
    );
    expect(new Set(json.tables.positions.map((p) => p.issue_title))).toEqual(
      new Set([dataset.issues.find((i) => i.id === 'nato-membership')?.title]),
    );
  });

  it('the compare view’s verdicts CSV as of 29 March 2022 parses back to exactly what its grid shows', async () => {
    const asOf = '2022-03-29';
    await bootMain(`?view=compare&asOf=${asOf}`);
    const grid = await screen.findByRole('grid');
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.trim() ?? '');
    const dialog = await openDownload();
    const { name, text } = await downloaded(
      within(dialog).getByRole('button', { name: /^Pair verdicts \(CSV, \d+ rows\)$/ }),
    );
    expect(name).toBe(`ukraine-russia-and-nato-where-demands-meet-compare-verdicts-${asOf}.csv`);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    const shortName = (id: string) => dataset.parties.find((p) => p.id === id)?.shortName ?? id;
    let checked = 0;
    for (const tr of within(grid).getAllByRole('row').slice(1)) {
      // Without the soft hyphens that mark where a title may break.
      const title =
        within(tr).getByRole('rowheader').querySelector('.issue-title')?.textContent?.replaceAll('\u00ad', '') ?? '';
      const cells = within(tr).getAllByRole('cell');
      const issueRows = rows.filter((r) => r.issue_title === title);
      expect(issueRows.length, title).toBeGreaterThan(0);
      for (const r of issueRows) {
        // Each party's stance, in its column; the pair's verdict, in the pair's column.
        const stanceA = cells[headers.indexOf(shortName(r.party_a!)) - 1]?.textContent ?? '';
        expect(stanceA).toContain(en.stance[r.stance_a as keyof typeof en.stance]);
        const pair = cells[headers.indexOf(`${shortName(r.party_a!)} – ${shortName(r.party_b!)}`) - 1];
        const conceded =
          r.conceded_by === '' ? null : r.conceded_by === r.party_a ? 'a' : r.conceded_by === r.party_b ? 'b' : 'both';
        const verdict = { verdict: r.verdict as Verdict, conceded } as const;
        expect(pair?.textContent ?? '').toContain(
          verdictWords(en, verdict, shortName(r.party_a!), shortName(r.party_b!)),
        );
        if (r.date_a) expect(r.date_a <= asOf).toBe(true);
        if (r.date_b) expect(r.date_b <= asOf).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBe(rows.length);
    expect(checked).toBe(dataset.issues.length * 3);
  });

  it('offers the positions in force, or with their history, never a statement after the date', async () => {
    const asOf = '2022-03-29';
    await bootMain(`?view=matrix&asOf=${asOf}`);
    const dialog = await openDownload();
    const inForce = await downloaded(within(dialog).getByRole('button', { name: /^Positions in force \(CSV/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: en.export.history }));
    vi.restoreAllMocks();
    const history = await downloaded(within(dialog).getByRole('button', { name: /^Positions up to the date \(CSV/ }));
    const dates = (csv: string) =>
      Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data.map((r) => r.date);
    expect(dates(inForce.text).length).toBeLessThan(dates(history.text).length);
    for (const d of [...dates(inForce.text), ...dates(history.text)]) expect(d! <= asOf).toBe(true);
  });

  it('a citation file names the view, the date, the permalink and the files beside it', async () => {
    await bootMain('?view=agreement&asOf=2024-06-14&lang=uk');
    await userEvent.click(await screen.findByRole('button', { name: uk.share.download }));
    const dialog = await screen.findByRole('dialog', { name: uk.share.download });
    const { name, text } = await downloaded(
      await within(dialog).findByRole('button', { name: uk.export.citationFile }, { timeout: 10_000 }),
    );
    expect(name).toMatch(/^ukraina-rosiia-i-nato-.*-agreement-citation-2024-06-14\.txt$/);
    expect(text).toContain('Згода');
    expect(text).toContain('14 червня 2024');
    expect(text).toContain('?view=agreement');
    expect(text).toContain('agreement-agreement-2024-06-14.csv');
  });
});
