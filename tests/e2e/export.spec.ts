import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { VIEWS } from '../../src/lib/urlState';
import { expect, LATEST, longDate, open, test } from './fixtures';
import { ORIGIN } from './servers';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;

async function exported(page: Page, button: RegExp, preset?: RegExp): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  if (preset) await page.getByRole('radio', { name: preset }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

/** Distinct colours in a sample of pixels: a blank or single-colour image has one or two. */
function colours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) seen.add(png.data.readUInt32BE(i));
  return seen.size;
}

test('PNG export of the agreement view is a 2× image of the view’s width, not blank', async ({ page }) => {
  await open(page, '?view=agreement');
  const width = await page.locator('#main').evaluate((el) => el.clientWidth);
  const { name, body } = await exported(page, /Download PNG/);
  expect(name).toBe(`ukraine-russia-and-nato-where-demands-meet-agreement-${LATEST}.png`);
  const png = PNG.sync.read(body);
  expect(png.width).toBe(2 * width);
  expect(png.height).toBeGreaterThan(2 * 600);
  expect(colours(png)).toBeGreaterThan(20);
  await expect(page.getByRole('status').filter({ hasText: 'PNG saved' })).toHaveText(
    `PNG saved, ${png.width} × ${png.height} pixels.`,
  );
});

test('PNG export at the social preset is 1200 × 628 at 2×', async ({ page }) => {
  await open(page, '?view=matrix');
  const png = PNG.sync.read((await exported(page, /Download PNG/, /Social/)).body);
  expect([png.width, png.height]).toEqual([2400, 1256]);
  expect(colours(png)).toBeGreaterThan(20);
});

test('SVG export is well-formed, self-contained, and carries the title, filters, date and sources', async ({
  page,
}) => {
  await open(page, '?view=timeline&issues=nato-membership&asOf=2022-03-15');
  const svg = (await exported(page, /Download SVG/, /Square/)).body.toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      tag: root.tagName,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      images: doc.querySelectorAll('image, foreignObject, use[href], a').length,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect([parsed.tag, parsed.width, parsed.height]).toEqual(['svg', '1080', '1080']);
  expect(parsed.images).toBe(0);
  // No external references: every url() is a data: URL or a fragment inside the file, and there is no href at all.
  expect(svg.match(/url\((?!data:|#)/g)).toBeNull();
  expect(svg).not.toMatch(/\shref=/);
  expect(svg).toContain("@font-face{font-family:'Inter'");
  expect(parsed.text).toContain('Ukraine, Russia and NATO: where demands meet');
  expect(parsed.text).toContain('Issues: NATO membership · Positions as of 15 March 2022');
  expect(parsed.text).toContain('NATO membership: each party’s stance over time');
  // The sources line may wrap: it names the outlets behind the most positions and says how many more there are.
  const text = parsed.text.replace(/\s+/g, ' ');
  const backing = (outlet: string) =>
    dataset.positions.filter((p) => dataset.sources.find((s) => s.id === p.source)?.outlet === outlet).length;
  const outlets = [...new Set(dataset.sources.map((s) => s.outlet))].sort((a, b) => backing(b) - backing(a));
  for (const outlet of outlets.slice(0, 3)) expect(text).toContain(outlet.split(' ')[0]);
  expect(text).toContain(`and ${outlets.length - 5} more (all listed on the methodology page).`);
});

test('the comparison grid exports as an image too, with every issue row', async ({ page }) => {
  await open(page, '?view=compare');
  const svg = (await exported(page, /Download SVG/)).body.toString('utf8');
  // A long title wraps onto two lines: read the image's text, line after line.
  const text = await page.evaluate(
    (s) =>
      [...new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('text')]
        .map((t) => t.textContent)
        .join(' '),
    svg,
  );
  for (const issue of dataset.issues) expect(text).toContain(issue.title);
});

test('CSV export parses back to the filtered positions, every citation field included', async ({ page }) => {
  await open(page, '?view=table&parties=russia');
  const { name, body } = await exported(page, /Download CSV/);
  expect(name.endsWith('.csv')).toBe(true);
  const text = body.toString('utf8');
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

test('JSON export holds the filtered positions with resolved names', async ({ page }) => {
  await open(page, '?view=table&issues=nato-membership');
  const json = JSON.parse((await exported(page, /Download JSON/)).body.toString('utf8')) as {
    count: number;
    positions: { id: string; issueTitle: string }[];
  };
  // The parties shown until the reader chooses: the dataset's default parties.
  const shown = new Set(dataset.meta.defaultParties ?? dataset.parties.map((p) => p.id));
  expect(json.count).toBe(dataset.positions.filter((p) => p.issue === 'nato-membership' && shown.has(p.party)).length);
  expect(new Set(json.positions.map((p) => p.issueTitle))).toEqual(new Set(['NATO membership']));
});

test('the table view offers data but says it has no picture', async ({ page }) => {
  await open(page, '?view=table');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await expect(page.getByRole('button', { name: /Download PNG/ })).toHaveCount(0);
  await expect(page.getByText('The positions table has no picture')).toBeVisible();
});

test('custom width: refuses a width out of range and exports one in range', async ({ page }) => {
  await open(page, '?view=distribution');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await page.getByRole('radio', { name: /Custom width/ }).check();
  const input = page.getByRole('spinbutton', { name: /Width in pixels/ });
  await input.fill('100');
  await expect(page.getByText('Enter a whole number from 320 to 3000.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Download PNG/ })).toBeDisabled();
  await input.fill('640');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download PNG/ }).click();
  const png = PNG.sync.read(readFileSync(await (await download).path()));
  expect(png.width).toBe(1280);
});

/** Paper sizes in millimetres; the @page rule in styles.css leaves 12 mm margins left and right. */
const PAPER = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
const SIDE_MARGINS_MM = 2 * 12;
const mmToPx = (mm: number) => (mm / 25.4) * 96;
const mmToPt = (mm: number) => (mm / 25.4) * 72;

/** The size of each page of a PDF, in points, from its MediaBox entries. */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    (m) => ({
      width: Number(m[3]) - Number(m[1]),
      height: Number(m[4]) - Number(m[2]),
    }),
  );
}

/** Elements shown on the page whose box reaches past its left or right edge: on paper they would be cut. */
const cutAtTheEdges = (page: Page) =>
  page.evaluate(() => {
    const right = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.height > 0 &&
          getComputedStyle(el).visibility !== 'hidden' &&
          (box.right > right + 0.5 || box.left < -0.5)
        );
      })
      .slice(0, 8)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(el.getBoundingClientRect().left)}…${Math.round(el.getBoundingClientRect().right)} px of ${right}`,
      );
  });

/** Controls shown on the page. A button inside a table is a cell of the grid or matrix, or a column heading: content. */
const shownControls = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'nav, input, select, textarea, button, [role="slider"], [role="tab"], [role="tablist"]',
      ),
    ]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .filter((el) => !(el.tagName === 'BUTTON' && el.closest('table')))
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
      ),
  );

for (const view of VIEWS)
  for (const format of ['A4', 'Letter'] as const) {
    test(`the ${view} view prints on ${format} without controls and without cutting anything at the right edge`, async ({
      page,
    }) => {
      // Printing lays the page out again at the paper's width, but the page's scripts do not redraw for it: charts keep
      // the width they were drawn at in the reader's window. The test draws the view in a desktop window, prints it
      // (page.pdf), then lays it out for print at the paper's width with resize observers deaf from the print on, as
      // they are for the printout.
      await page.addInitScript(() => {
        const Native = ResizeObserver;
        let printing = false;
        addEventListener('beforeprint', () => (printing = true));
        window.ResizeObserver = class extends Native {
          constructor(callback: ResizeObserverCallback) {
            super((entries, observer) => {
              if (!printing) callback(entries, observer);
            });
          }
        };
      });
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(page, `?view=${view}`);

      const paper = PAPER[format];
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(0);
      for (const size of pages) {
        expect(Math.abs(size.width - mmToPt(paper.width))).toBeLessThan(2);
        expect(Math.abs(size.height - mmToPt(paper.height))).toBeLessThan(2);
      }

      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.floor(mmToPx(paper.width - SIDE_MARGINS_MM)), height: 1000 });
      await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
      await expect(page.getByRole('combobox', { name: 'Language' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Embed', exact: true })).toBeHidden();
      await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
      expect(await shownControls(page)).toEqual([]);
      await expect(page.locator('#main')).toBeVisible();
      await expect(page.getByTestId('as-of')).toHaveText(longDate(LATEST));
      await expect.poll(() => cutAtTheEdges(page)).toEqual([]);
    });
  }

test('copy image puts a PNG of the view on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await open(page, '?view=distribution');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await page.getByRole('button', { name: 'Copy image' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Image copied' })).toBeVisible();
  const bytes = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item?.getType('image/png');
    return blob ? [...new Uint8Array(await blob.arrayBuffer())] : [];
  });
  const png = PNG.sync.read(Buffer.from(bytes));
  expect(png.width).toBeGreaterThan(600);
  expect(colours(png)).toBeGreaterThan(20);
});
