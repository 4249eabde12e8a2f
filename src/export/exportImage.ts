import type { ChartPalette } from '../lib/palette';
import { composeSvg, type ComposeResult, type Composed, type ExportText, type Measure } from './composeSvg';
import { EXPORT_FONT, embeddedFontCss } from './fonts';
import type { Picture } from './pictures';
import { svgToPng } from './rasterize';

/** Letters of every script the images carry: the fonts are loaded for these before anything is measured. */
const SCRIPTS_SAMPLE = 'AaZz ЯяЄєЇїҐґЁёЫы';

/** Measures with the page's copy of the embedded font, Latin and Cyrillic alike, so line breaks match the image. */
async function fontMeasure(): Promise<Measure> {
  await Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 16px ${EXPORT_FONT}`, SCRIPTS_SAMPLE)));
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) throw new Error('this browser cannot measure text');
  return (text, size, weight) => {
    context.font = `${weight} ${size}px ${EXPORT_FONT}`;
    return context.measureText(text).width;
  };
}

/** The view's picture composed as a self-contained SVG newsroom graphic of `size`, its smallest text `base` px. */
export async function buildSvg(
  picture: Picture,
  palette: ChartPalette,
  text: ExportText,
  size: { width: number; height: number | null; base: number; compact: boolean },
): Promise<ComposeResult> {
  const [measure, fontCss] = await Promise.all([fontMeasure(), embeddedFontCss()]);
  return composeSvg(picture.draw, text, {
    width: size.width,
    height: size.height,
    base: size.base,
    compact: size.compact,
    colors: { ink: palette.ink, inkMuted: palette.inkMuted, paper: palette.paper, rule: palette.rule },
    fontCss,
    fontFamily: EXPORT_FONT,
    measure,
  });
}

export const pngOf = (image: Composed, scale: number) =>
  svgToPng(image.svg, image.width, image.height, scale, image.headlineBox);
