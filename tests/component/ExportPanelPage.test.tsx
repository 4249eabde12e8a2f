import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en';
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
  await within(dialog).findByRole('button', { name: en.export.csv }, { timeout: 10_000 });
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
    expect(within(dialog).getByRole('button', { name: en.export.csv })).toBeEnabled();
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
    const { name, text } = await downloaded(within(dialog).getByRole('button', { name: /Download CSV/ }));
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
    const { name, text } = await downloaded(within(dialog).getByRole('button', { name: /Download JSON/ }));
    expect(name.endsWith('.json')).toBe(true);
    const json = JSON.parse(text) as { count: number; positions: { id: string; issueTitle: string }[] };
    // The parties shown until the reader chooses: the dataset's default parties.
    const shown = new Set(dataset.meta.defaultParties ?? dataset.parties.map((p) => p.id));
    expect(json.count).toBe(
      dataset.positions.filter((p) => p.issue === 'nato-membership' && shown.has(p.party)).length,
    );
    expect(new Set(json.positions.map((p) => p.issueTitle))).toEqual(
      new Set([dataset.issues.find((i) => i.id === 'nato-membership')?.title]),
    );
  });
});
