import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { datasetToTables } from '../../src/data/tables';
import type { Dataset, Position } from '../../src/data/schema';
import { en } from '../../src/i18n/en';
import { resolveAsOf, stanceKey } from '../../src/lib/asOf';
import { compareOn } from '../../src/lib/overlap';
import { writeXlsx } from '../../src/lib/workbook/xlsxWrite';
import { bundled, expect, LATEST, open, settled, test } from './fixtures';

/**
 * A curator's draft previewed in place of the published data: a workbook exported from the bundled dataset, one cell
 * changed as an editor changes it in a spreadsheet, dropped on the page. What is read from which file, and every
 * refusal, is tested in Node (tests/unit/workbook); here, what only a browser shows.
 */
const current = resolveAsOf(bundled.positions, LATEST);
const standing = current.get(stanceKey('russia', 'nato-membership'));
const row = bundled.positions.findIndex((p) => p.id === standing?.id) + 2;
/** The edit: Russia's standing position on NATO membership turned to another stance. */
const changedTo = standing?.stance === 'supports' ? 'opposes' : 'supports';
/** The verdict the page must show for Ukraine and Russia, before and after, as the engine computes it. */
const verdictWord = (map: ReadonlyMap<string, Position>) =>
  en.verdict[compareOn(map, 'nato-membership', 'ukraine', 'russia').verdict];
const before = verdictWord(current);
const after = verdictWord(
  new Map([...current].map(([k, p]) => [k, p.id === standing?.id ? { ...p, stance: changedTo } : p] as const)),
);
const POSITIONS_SHEET = 'xl/worksheets/sheet8.xml';

/** The exported workbook with the cell at `ref` of the positions sheet replaced by `xml` (its `r` kept). */
async function workbookWith(ref: string, xml: string): Promise<Buffer> {
  const files = unzipSync(await writeXlsx(datasetToTables(bundled as unknown as Dataset), ['codebook']));
  const sheet = strFromU8(files[POSITIONS_SHEET] ?? new Uint8Array());
  expect(sheet).toContain('<sheetView');
  const cell = new RegExp(`<c r="${ref}"[^>]*>.*?</c>`);
  expect(sheet).toMatch(cell);
  files[POSITIONS_SHEET] = strToU8(sheet.replace(cell, xml.replace('REF', ref)));
  return Buffer.from(zipSync(files));
}

/** Drops the file on the drop zone as a reader's drag and drop does: a `drop` event carrying it. */
async function drop(page: Page, name: string, body: Buffer) {
  const transfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name));
      return dt;
    },
    { name, base64: body.toString('base64') },
  );
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

/** The PNG of the current view at the article size, as a download. */
async function articlePng(page: Page) {
  await page.getByRole('button', { name: en.share.download, exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: en.export.png(2) }).click();
  const file = await download;
  return { name: file.suggestedFilename(), png: PNG.sync.read(readFileSync(await file.path())) };
}

/** Height in pixels of the first line of text from the top: the headline's, or the smaller preview line above it. */
function firstLineHeight(png: PNG): number {
  const dark = (y: number) => {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if ((png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255) < 300) return true;
    }
    return false;
  };
  let top = 0;
  while (top < png.height && !dark(top)) top++;
  let bottom = top;
  while (bottom < png.height && dark(bottom)) bottom++;
  return bottom - top;
}

const verdict = (page: Page) => page.getByRole('button', { name: /^Ukraine and Russia on NATO membership: / });

test('a workbook with one stance changed, dropped on the methodology page: the changed verdict under the preview bar, in the page, an embed and a PNG', async ({
  page,
}) => {
  expect(after).not.toBe(before);
  await open(page, '?view=compare');
  await expect(verdict(page)).toHaveAccessibleName(new RegExp(`: ${before}`));
  await expect(page.getByText(/Preview of a local file/)).toHaveCount(0);
  const published = await articlePng(page);
  await page.keyboard.press('Escape');

  await open(page, '?view=method');
  const draft = await workbookWith(`E${row}`, `<c r="REF" t="inlineStr"><is><t>${changedTo}</t></is></c>`);
  await drop(page, 'draft.xlsx', draft);
  await page.waitForURL(/preview=local/);
  await settled(page);
  expect(new URL(page.url()).searchParams.get('view')).toBeNull();
  const bar = page.getByRole('note').filter({ hasText: en.preview.bar('draft.xlsx') });
  await expect(bar).toBeVisible();
  await expect(bar.getByRole('button')).toHaveText(en.preview.back);
  await expect(verdict(page)).toHaveAccessibleName(new RegExp(`: ${after}`));
  // Links and embed codes never carry the preview: it lives in this tab only.
  await page.getByRole('button', { name: en.share.embed, exact: true }).click();
  await expect(page.getByRole('dialog')).not.toContainText('preview=');
  await page.keyboard.press('Escape');

  // The PNG says it is a preview, in its name and in a first line of body-size text above the headline.
  const previewed = await articlePng(page);
  expect(previewed.name).toMatch(/^preview-.*\.png$/);
  expect(published.name).not.toMatch(/^preview-/);
  expect(firstLineHeight(previewed.png)).toBeLessThan(0.8 * firstLineHeight(published.png));
  expect(previewed.png.height).toBeGreaterThan(published.png.height);
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: en.export.svg }).click();
  const svg = readFileSync(await (await svgDownload).path(), 'utf8');
  expect(svg).toContain(en.preview.imageLine('draft.xlsx'));
  await page.keyboard.press('Escape');

  // An embed opened in this tab shows the draft, bar and all.
  await open(page, '?embed=1&preview=local');
  await expect(page.getByRole('note').filter({ hasText: en.preview.bar('draft.xlsx') })).toBeVisible();
  await expect(verdict(page)).toHaveAccessibleName(new RegExp(`: ${after}`));

  // Back to the published data: the bar goes, the verdict is the published one.
  await open(page, '?preview=local');
  await page.getByRole('button', { name: en.preview.back }).click();
  await page.waitForURL((u) => !u.search.includes('preview'));
  await settled(page);
  await expect(page.getByText(/Preview of a local file/)).toHaveCount(0);
  await expect(verdict(page)).toHaveAccessibleName(new RegExp(`: ${before}`));
});

test('a broken workbook chosen with the file picker shows its problems by sheet, row and column, and the page stays', async ({
  page,
}) => {
  await open(page, '?view=method');
  const broken = await workbookWith(`E${row}`, '<c r="REF" t="inlineStr"><is><t>maybe</t></is></c>');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles({ name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: broken });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.xlsx does not match the dataset format');
  await expect(alert).toContainText(
    `positions, row ${row}, column stance (E): "maybe": expected one of: supports, conditional, opposes`,
  );
  expect(page.url()).not.toContain('preview=');
});

test('a preview address in a tab that holds no file explains itself; a file dropped on that error panel is previewed', async ({
  page,
}) => {
  await page.goto('/?preview=local&view=matrix');
  await expect(page.getByRole('alert')).toContainText('The previewed file is not here');
  const json = Buffer.from(JSON.stringify(bundled));
  await drop(page, 'dataset.json', json);
  await page.waitForSelector('html[data-ready]');
  await expect(page.getByRole('note').filter({ hasText: en.preview.bar('dataset.json') })).toBeVisible();
  // The view the address asked for is kept.
  await expect(page.getByRole('heading', { name: en.matrix.title })).toBeVisible();
});
