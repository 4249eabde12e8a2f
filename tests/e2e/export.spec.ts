import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { Download, Page } from '@playwright/test';
import { VIEWS } from '../../src/core/views';
import type { Dataset } from '../../src/data/schema';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { uk } from '../../src/i18n/uk';
import { formatterFor } from '../../src/lib/format';
import { expect, LATEST, open, settled, test } from './fixtures';
import { ORIGIN } from './servers';
import { longDate } from '../fixtures/dates';

// What needs a real browser: images drawn from the laid-out page (PNG and SVG), downloads, the clipboard and print.
// The panel's choices (no picture for the table, the custom width's range) and the CSV and JSON files are component
// tests in tests/component/ExportPanelPage.test.tsx.

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as Dataset;

/** Opens the Download dialog, picks `preset` if given, clicks `button` and reads the file; closes the dialog. */
async function exported(
  page: Page,
  button: RegExp | string,
  preset?: RegExp,
  downloadLabel = en.share.download,
): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: downloadLabel, exact: true }).click();
  if (preset) await page.getByRole('radio', { name: preset }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file: Download = await download;
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

/** Distinct colours in a sample of pixels: a blank or single-colour image has one or two. */
function colours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) seen.add(png.data.readUInt32BE(i));
  return seen.size;
}

/**
 * Share of dark pixels in the band where the headline is drawn (the top of the image, below the margin): an image
 * drawn before its fonts were ready has none there, as every pixel is paper.
 */
function headlineInk(png: PNG, base: number): number {
  const top = Math.round(2 * Math.max(16, base * 1.2));
  const bottom = top + Math.round(2 * base * 1.75 * 1.2);
  let dark = 0;
  for (let y = top; y < bottom; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if ((png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255) < 300) dark += 1;
    }
  return dark / ((bottom - top) * png.width);
}

const viewTab = (page: Page, view: (typeof VIEWS)[number]) =>
  page.getByRole('button', { name: en.views[view], exact: true });

/** Opens `view` in the page as a reader would: a tab, or for the methodology page (no tab) the header's link. */
async function goTo(page: Page, view: (typeof VIEWS)[number]): Promise<void> {
  await page.keyboard.press('Escape');
  if (view === 'method') {
    await page.getByRole('banner').getByRole('link', { name: en.views.method }).click();
    await expect(page).toHaveURL(/view=method/);
    await settled(page);
    return;
  }
  await viewTab(page, view).click();
  await expect(viewTab(page, view)).toHaveAttribute('aria-pressed', 'true');
  await settled(page);
}

/** The text of an SVG image, line after line (a long title wraps onto two lines), and its shape. */
const readSvg = (page: Page, svg: string) =>
  page.evaluate((text) => {
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

/**
 * Sets an SVG image into the page with its own embedded fonts and measures every text as the browser lays it out:
 * those wider than the box they name (`data-fit`), and the smallest font size.
 */
const measureSvg = (page: Page, svg: string) =>
  page.evaluate(async (text) => {
    const host = document.createElement('div');
    host.innerHTML = text;
    document.body.append(host);
    await document.fonts.ready;
    await new Promise(requestAnimationFrame);
    const texts = [...host.querySelectorAll('text')];
    const result = {
      count: texts.length,
      overflowing: texts
        .filter((t) => t.getComputedTextLength() > Number(t.getAttribute('data-fit')) + 0.5)
        .map((t) => `“${t.textContent}” ${t.getComputedTextLength().toFixed(1)} > ${t.getAttribute('data-fit')}`),
      smallest: Math.min(...texts.map((t) => Number(getComputedStyle(t).fontSize.replace('px', '')))),
      unfitted: texts.filter((t) => !t.hasAttribute('data-fit')).length,
      desc: host.querySelector('desc')?.textContent ?? '',
      all: texts.map((t) => t.textContent).join(' '),
    };
    host.remove();
    return result;
  }, svg);

const PICTURE_VIEWS = ['compare', 'matrix', 'agreement', 'timeline', 'distribution'] as const;
const SIZES = { article: 13, social: 20, square: 18, portrait: 18, custom: 13 } as const;
const LANG_TEXT = { en, uk, ru } as const;

/**
 * What each language's PNGs are tried at. Each view's first export on a page of its own (a first click, fonts not yet
 * decoded, would leave the headline blank): at the article size. Every size, on one view: the pixel sizes are the
 * size's, whatever the view; English tries all five, Ukrainian and Russian the largest composed text (social) beside
 * the article. Every view at every size, in each language, is laid out and measured in the SVG test below.
 */
const PNG_SIZES_ON_FIRST_VIEW: Record<keyof typeof LANG_TEXT, readonly (keyof typeof SIZES)[]> = {
  en: ['article', 'social', 'square', 'portrait', 'custom'],
  uk: ['article', 'social'],
  ru: ['article', 'social'],
};

for (const lang of ['en', 'uk', 'ru'] as const)
  test(`${lang}: the PNG of every view on a first click, and of every size, has its size and its words`, async ({
    context,
  }) => {
    test.setTimeout(120_000);
    const m = LANG_TEXT[lang];
    for (const view of PICTURE_VIEWS) {
      // A page of its own for each view: its first export is the first this page draws, fonts not yet decoded.
      const page = await context.newPage();
      await open(page, `?view=${view}&lang=${lang}`);
      const viewWidth = await page.locator('#main').evaluate((el) => el.clientWidth);
      for (const size of view === PICTURE_VIEWS[0] ? PNG_SIZES_ON_FIRST_VIEW[lang] : (['article'] as const)) {
        const base = SIZES[size];
        const file = await exported(
          page,
          m.export.png(2),
          new RegExp(`^${m.export.presets[size].split(' ')[0]}`),
          m.share.download,
        );
        expect(file.name, `${view} ${size}`).toMatch(/^[a-z0-9-]+\.png$/);
        expect(file.name).toContain(`-${view}-`);
        const png = PNG.sync.read(file.body);
        const expected = { article: 2 * viewWidth, social: 2400, square: 2160, portrait: 2160, custom: 1600 }[size];
        expect(png.width, `${view} ${size} width`).toBe(expected);
        if (size === 'social') expect(png.height).toBe(1256);
        if (size === 'square') expect(png.height).toBe(2160);
        if (size === 'portrait') expect(png.height).toBe(2700);
        expect(colours(png), `${view} ${size}`).toBeGreaterThan(8);
        expect(headlineInk(png, base), `${view} ${size}: the headline has ink`).toBeGreaterThan(0.02);
        await page.keyboard.press('Escape');
      }
      await page.close();
    }
  });

for (const lang of ['en', 'uk', 'ru'] as const)
  test(`${lang}: the SVG of every view and size: self-contained, every text inside its box, none under the size’s floor`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const m = LANG_TEXT[lang];
    await open(page, `?lang=${lang}`);
    for (const view of PICTURE_VIEWS) {
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: m.views[view], exact: true }).click();
      await settled(page);
      for (const size of ['article', 'social', 'square', 'portrait', 'custom'] as const) {
        const file = await exported(
          page,
          m.export.svg,
          new RegExp(`^${m.export.presets[size].split(' ')[0]}`),
          m.share.download,
        );
        const svg = file.body.toString('utf8');
        expect(svg.match(/url\((?!data:|#)/g)).toBeNull();
        expect(svg).not.toMatch(/\shref=/);
        const measured = await measureSvg(page, svg);
        expect(measured.unfitted, `${lang} ${view} ${size}`).toBe(0);
        expect(measured.overflowing, `${lang} ${view} ${size}`).toEqual([]);
        expect(measured.smallest, `${lang} ${view} ${size}`).toBeGreaterThanOrEqual(SIZES[size] - 0.05);
        // The headline and the view's reading, sentence and all.
        expect(measured.all).toContain(
          m === en ? 'where demands meet' : m === uk ? 'де сходяться вимоги' : 'где сходятся требования',
        );
        expect(measured.desc.length).toBeGreaterThan(30);
        expect(measured.all.replace(/\s+/g, ' ')).toContain(measured.desc.split(' ').slice(0, 5).join(' '));
        await page.keyboard.press('Escape');
      }
    }
  });

test('downloads and the clipboard: file names, a custom width, copy image, the filters and sources an image carries', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });

  // PNG of the agreement view: a 2× image of the view's width, not blank.
  await open(page, '?view=agreement');
  const width = await page.locator('#main').evaluate((el) => el.clientWidth);
  const agreement = await exported(page, /Download PNG/);
  expect(agreement.name).toBe(`ukraine-russia-and-nato-where-demands-meet-agreement-${LATEST}.png`);
  const png = PNG.sync.read(agreement.body);
  expect(png.width).toBe(2 * width);
  await expect(page.getByRole('status').filter({ hasText: 'PNG saved' })).toHaveText(
    `PNG saved, ${png.width} × ${png.height} pixels.`,
  );

  // A custom width in range is exported at 2× (the refusal of one out of range: ExportPanelPage.test.tsx).
  await goTo(page, 'distribution');
  await page.getByRole('button', { name: en.share.download, exact: true }).click();
  await page.getByRole('radio', { name: /Custom width/ }).check();
  await page.getByRole('spinbutton', { name: /Width in pixels/ }).fill('640');
  const custom = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download PNG/ }).click();
  expect(PNG.sync.read(readFileSync(await (await custom).path())).width).toBe(1280);

  // Copy image puts a PNG of the view on the clipboard.
  await page.getByRole('radio', { name: /Article/ }).check();
  await page.getByRole('button', { name: 'Copy image' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Image copied' })).toBeVisible();
  const bytes = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item?.getType('image/png');
    return blob ? [...new Uint8Array(await blob.arrayBuffer())] : [];
  });
  const copied = PNG.sync.read(Buffer.from(bytes));
  expect(copied.width).toBeGreaterThan(600);
  expect(headlineInk(copied, 13)).toBeGreaterThan(0.02);

  // The comparison grid at article width holds every issue row.
  await goTo(page, 'compare');
  const grid = await readSvg(page, (await exported(page, /Download SVG/)).body.toString('utf8'));
  for (const issue of dataset.issues) expect(grid.text.replace(/\s+/g, ' ')).toContain(issue.title);
  await page.keyboard.press('Escape');

  // A social card cannot hold 34 issues at 20 px: the dialog says so before the export and offers the issues it holds.
  await page.getByRole('button', { name: en.share.download, exact: true }).click();
  await page.getByRole('radio', { name: /Social/ }).check();
  const fit = page.getByRole('note').filter({ hasText: 'At this size the picture holds' });
  await expect(fit).toContainText(`of the ${dataset.issues.length} issues`);
  const offer = fit.getByRole('button', { name: /^Filter to the issues shown \((\d+)\)$/ });
  const held = Number(/\((\d+)\)/.exec((await offer.textContent()) ?? '')?.[1]);
  expect(held).toBeGreaterThan(0);
  await offer.click();
  await expect(page).toHaveURL(
    new RegExp(
      `issues=${dataset.issues
        .slice(0, held)
        .map((i) => i.id)
        .join('%2C')}(&|$)`,
    ),
  );
  await expect(fit).toHaveCount(0);
  await page.keyboard.press('Escape');
  const card = await readSvg(page, (await exported(page, /Download SVG/, /Social/)).body.toString('utf8'));
  expect(card.text).not.toContain('Showing');
  for (const issue of dataset.issues.slice(0, held)) expect(card.text.replace(/\s+/g, ' ')).toContain(issue.title);
  await page.keyboard.press('Escape');

  // The editor's headline and note, and the filters, date and sources every image carries.
  await open(page, '?view=timeline&issues=nato-membership&asOf=2022-03-15');
  await page.getByRole('button', { name: en.share.download, exact: true }).click();
  await page.getByRole('textbox', { name: en.export.headline }).fill('Where NATO membership stood');
  await page.getByRole('textbox', { name: en.export.note }).fill('Graphic by the data desk.');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: en.share.download, exact: true }).click();
  // Kept in the dialog while the page is open, never in the address.
  await expect(page.getByRole('textbox', { name: en.export.headline })).toHaveValue('Where NATO membership stood');
  await expect(page).not.toHaveURL(/Where/);
  await page.keyboard.press('Escape');
  const svg = (await exported(page, /Download SVG/, /Square/)).body.toString('utf8');
  const parsed = await readSvg(page, svg);
  expect(parsed.error).toBeNull();
  expect([parsed.tag, parsed.width, parsed.height]).toEqual(['svg', '1080', '1080']);
  expect(parsed.images).toBe(0);
  expect(svg).toContain("@font-face{font-family:'Inter'");
  const text = parsed.text.replace(/\s+/g, ' ');
  expect(text).toContain('Where NATO membership stood');
  expect(text).toContain('Graphic by the data desk.');
  expect(text).toContain('Issues: NATO membership · Positions as of 15 March 2022');
  expect(text).toContain('on NATO membership');
  // The sources line names the outlets behind the most positions and says how many more there are.
  const backing = (outlet: string) =>
    dataset.positions.filter((p) => dataset.sources.find((s) => s.id === p.source)?.outlet === outlet).length;
  const outlets = [...new Set(dataset.sources.map((s) => s.outlet))].sort((a, b) => backing(b) - backing(a));
  for (const outlet of outlets.slice(0, 3)) expect(text).toContain(outlet.split(' ')[0]);
  expect(text).toContain(`and ${outlets.length - 5} more (all listed on the methodology page).`);

  // Exports use the chosen language, and name their files in it.
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: en.app.language }).selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  const ukFile = await exported(page, uk.export.svg, undefined, uk.share.download);
  expect(ukFile.name).toBe('ukraina-rosiia-i-nato-de-skhodiatsia-vymohy-timeline-2022-03-15.svg');
  expect(ukFile.body.toString('utf8')).toContain(uk.export.subtitle.asOf(formatterFor('uk').date('2022-03-15')));
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

/** Table cells whose text runs into the next cell of their row (the first 20 rows of each table): unreadable on paper. */
const overlappingCells = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#main table tbody tr')].slice(0, 20).flatMap((tr) => {
      const cells = [...tr.children].filter((c) => c.getBoundingClientRect().width > 0);
      return cells.slice(1).flatMap((cell, i) => {
        const before = cells[i];
        if (before === undefined || before.scrollWidth <= before.clientWidth + 1) {
          const a = before?.getBoundingClientRect();
          const b = cell.getBoundingClientRect();
          return a !== undefined && a.right > b.left + 1 && a.top < b.bottom && b.top < a.bottom
            ? [`${before?.textContent?.slice(0, 20)} | ${cell.textContent?.slice(0, 20)}`]
            : [];
        }
        return [`${before.textContent?.slice(0, 20)} overflows its cell`];
      });
    }),
  );

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

test('every view prints on A4 and Letter without controls and without cutting anything at the right edge', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Printing lays the page out again at the paper's width, but the page's scripts do not redraw for it: charts keep
  // the width they were drawn at in the reader's window. The test draws each view in a desktop window, prints it
  // (page.pdf), then lays it out for print at each paper's width with resize observers deaf from the print on, as they
  // are for the printout; back on screen, they hear again before the next view is drawn.
  await page.addInitScript(() => {
    const Native = ResizeObserver;
    let printing = false;
    addEventListener('beforeprint', () => (printing = true));
    (window as unknown as { endPrint: () => void }).endPrint = () => (printing = false);
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        super((entries, observer) => {
          if (!printing) callback(entries, observer);
        });
      }
    };
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, `?view=${VIEWS[0]}`);

  for (const view of VIEWS) {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => (window as unknown as { endPrint: () => void }).endPrint());
    await goTo(page, view);

    for (const format of ['A4', 'Letter'] as const) {
      const paper = PAPER[format];
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString(), `${view} on ${format}`).toBe('%PDF-');
      const pages = pdfPages(pdf);
      expect(pages.length, `${view} on ${format}`).toBeGreaterThan(0);
      for (const size of pages) {
        expect(Math.abs(size.width - mmToPt(paper.width)), `${view} on ${format}`).toBeLessThan(2);
        expect(Math.abs(size.height - mmToPt(paper.height)), `${view} on ${format}`).toBeLessThan(2);
      }
    }

    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const what = `the ${view} view on ${format}`;
      await page.setViewportSize({ width: Math.floor(mmToPx(PAPER[format].width - SIDE_MARGINS_MM)), height: 1000 });
      await expect(page.getByRole('navigation', { name: 'Views' }), what).toBeHidden();
      await expect(page.getByRole('combobox', { name: 'Language' }), what).toBeHidden();
      await expect(page.getByRole('button', { name: 'Download', exact: true }), what).toBeHidden();
      await expect(page.getByRole('button', { name: 'Embed', exact: true }), what).toBeHidden();
      await expect(page.getByRole('region', { name: 'Filters' }), what).toBeHidden();
      expect(await shownControls(page), what).toEqual([]);
      await expect(page.locator('#main'), what).toBeVisible();
      await expect(page.getByTestId('as-of'), what).toHaveText(longDate(LATEST));
      await expect.poll(() => cutAtTheEdges(page), { message: what }).toEqual([]);
      expect(await overlappingCells(page), what).toEqual([]);
    }
  }
});
