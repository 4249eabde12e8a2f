// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/core/views';
import { viewSpec } from '../../../src/core/views';
import { composeSvg, type ExportText } from '../../../src/export/composeSvg';
import { hasPicture, pictureOf, type PictureView } from '../../../src/export/pictures';
import { LANGUAGES, LANGS } from '../../../src/i18n/languages';
import { indexDataset } from '../../../src/lib/datasetIndex';
import { baseText, IMAGE_SIZE_IDS, IMAGE_SIZES } from '../../../src/lib/exportFormats';
import { EMPTY_FILTERS, withDefaultParties } from '../../../src/lib/filters';
import { formatterFor } from '../../../src/lib/format';
import { gridModel } from '../../../src/lib/gridModel';
import { localizeDataset } from '../../../src/lib/localizeDataset';
import { CHART_PALETTES } from '../../../src/lib/palette';
import { loadBundled } from '../../fixtures/load';

/** Every character 0.6 of the size wide (bold a little wider): a stand-in for the embedded font's metrics. */
const measure = (text: string, size: number, weight: number) => [...text].length * size * (weight >= 700 ? 0.62 : 0.58);

const bundled = loadBundled();
const PICTURE_VIEWS = VIEWS.filter(hasPicture);

async function compose(
  view: PictureView,
  lang: (typeof LANGS)[number],
  sizeId: (typeof IMAGE_SIZE_IDS)[number],
  query: Partial<typeof EMPTY_FILTERS> = {},
  customWidth = 800,
) {
  const m = await LANGUAGES[lang].messages();
  const dataset = localizeDataset(bundled, lang);
  const index = indexDataset(dataset);
  const fmt = formatterFor(lang);
  const model = gridModel(index, withDefaultParties({ ...EMPTY_FILTERS, ...query }, dataset), '2026-02-26', {
    days: 365,
    fresh: false,
  });
  const picture = pictureOf(view, {
    model,
    index,
    m,
    fmt,
    pal: CHART_PALETTES.light,
    sort: 'issue',
    chosen: query.issues ?? [],
  });
  const size = IMAGE_SIZES[sizeId].size(640, customWidth);
  const text: ExportText = {
    preview: '',
    headline: dataset.meta.title,
    reading: picture.reading,
    subtitle: 'Positions as of 26 February 2026',
    note: '',
    sources: 'Sources: A; B.',
    credit: 'Credit.',
    permalink: 'https://example.org/?view=' + view,
    shownOf: (s, t) => m.export.shownOf(s, t, picture.unit),
  };
  const base = baseText(sizeId, size.width);
  const result = composeSvg(picture.draw, text, {
    ...size,
    base,
    compact: IMAGE_SIZES[sizeId].composed,
    colors: CHART_PALETTES.light,
    fontCss: '',
    fontFamily: 'Inter',
    measure,
  });
  return { result, base, picture, m };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('each view’s picture, drawn from its data', () => {
  it('exists for exactly the views the registry says have a picture', () => {
    expect(PICTURE_VIEWS).toEqual(VIEWS.filter((v) => viewSpec(v).picture));
  });

  for (const view of PICTURE_VIEWS)
    for (const lang of LANGS)
      it(`${view}, ${lang}: in every format, no text under the format's smallest size and none wider than its box`, async () => {
        for (const sizeId of IMAGE_SIZE_IDS) {
          const { result, base } = await compose(view, lang, sizeId);
          if (!result.ok) {
            // Only a fixed format may refuse, and only because it cannot hold a row at a readable size.
            expect(IMAGE_SIZES[sizeId].size(640, 800).height, `${view} ${sizeId}`).not.toBeNull();
            continue;
          }
          const doc = parse(result.image.svg);
          expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
          const texts = [...doc.querySelectorAll('text')];
          expect(texts.length).toBeGreaterThan(3);
          for (const t of texts) {
            const size = Number(t.getAttribute('font-size'));
            const weight = Number(t.getAttribute('font-weight'));
            expect(size, `${sizeId}: “${t.textContent}”`).toBeGreaterThanOrEqual(base - 0.01);
            expect(measure(t.textContent ?? '', size, weight), `${sizeId}: “${t.textContent}”`).toBeLessThanOrEqual(
              Number(t.getAttribute('data-fit')) + 0.5,
            );
          }
        }
      });

  it('a social card of each view has its headline and reading, text at 20 px or more, and says how many rows it holds', async () => {
    for (const view of PICTURE_VIEWS) {
      const { result, picture, m } = await compose(view, 'en', 'social', { issues: ['nato-membership', 'crimea'] });
      if (!result.ok) throw new Error(`${view}: ${result.reason}`);
      const texts = [...parse(result.image.svg).querySelectorAll('text')];
      const all = texts.map((t) => t.textContent).join(' ');
      expect(all).toContain(bundled.meta.title);
      expect(picture.reading.length).toBeGreaterThan(20);
      expect(all.replace(/\s+/g, ' ')).toContain(picture.reading.split(' ').slice(0, 4).join(' '));
      expect(Math.min(...texts.map((t) => Number(t.getAttribute('font-size'))))).toBeGreaterThanOrEqual(20);
      if (result.image.shown < result.image.total)
        expect(all).toContain(m.export.shownOf(result.image.shown, result.image.total, picture.unit).slice(0, 12));
    }
  });

  it('a grid too big for a square card draws the rows that fit and says so, never smaller text', async () => {
    const { result, picture, m } = await compose('matrix', 'uk', 'square');
    if (!result.ok) throw new Error(result.reason);
    expect(result.image.shown).toBeGreaterThan(0);
    expect(result.image.shown).toBeLessThan(result.image.total);
    expect(result.image.total).toBe(bundled.issues.length);
    const all = [...parse(result.image.svg).querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(all).toContain(m.export.shownOf(result.image.shown, result.image.total, picture.unit).split(';')[0]);
  });

  it('loses no word at narrow widths: labels and legend entries wrap, a grid that cannot is refused', async () => {
    for (const width of [320, 480])
      for (const view of PICTURE_VIEWS)
        for (const lang of LANGS) {
          const { result } = await compose(view, lang, 'custom', {}, width);
          // A grid whose columns cannot hold their words is refused, with the reason, not drawn small: at 320 px any
          // grid; at 480 px the comparison's six columns (three parties, three pairs).
          if ((width === 320 || view === 'compare') && !result.ok && result.reason === 'tooWide') continue;
          if (!result.ok) throw new Error(`${view} ${lang} ${width}: ${result.reason}`);
          const cut = [...parse(result.image.svg).querySelectorAll('text')].filter((t) => t.textContent?.endsWith('…'));
          expect(
            cut.map((t) => t.textContent),
            `${view} ${lang} ${width}`,
          ).toEqual([]);
        }
  });

  it('draws a legend of the marks the picture uses, and only those', async () => {
    // NATO membership and Crimea, Ukraine and Russia: supports and opposes only; no conditional stance.
    const { result, m } = await compose('compare', 'en', 'article', {
      issues: ['nato-membership'],
      parties: ['ukraine', 'russia'],
    });
    if (!result.ok) throw new Error(result.reason);
    const all = [...parse(result.image.svg).querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(all.some((t) => t.startsWith(m.verdict.conflict))).toBe(true);
    expect(all.some((t) => t.startsWith(m.stance.conditional))).toBe(false);
    expect(all.some((t) => t.startsWith(m.verdict.overlap))).toBe(false);
  });
});
