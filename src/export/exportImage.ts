import { PNG_SCALE } from '../lib/exportFormats';
import type { ChartPalette } from '../lib/palette';
import { composeSvg, type ExportText, type Measure } from './composeSvg';
import { collectVisual } from './collectVisual';
import { EXPORT_FONT, embeddedFontCss } from './fonts';
import { svgToPng } from './rasterize';

/** Measures with the page's copy of the embedded font, so line breaks match the image. */
async function fontMeasure(): Promise<Measure> {
  await Promise.all([document.fonts.load(`400 16px ${EXPORT_FONT}`), document.fonts.load(`700 16px ${EXPORT_FONT}`)]);
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) throw new Error('this browser cannot measure text');
  return (text, size, weight) => {
    context.font = `${weight} ${size}px ${EXPORT_FONT}`;
    return context.measureText(text).width;
  };
}

export interface ImageExport {
  svg: string;
  width: number;
  height: number;
}

/** The current view as a self-contained SVG newsroom graphic, or null where the view has no picture. */
export async function buildSvg(
  main: HTMLElement,
  palette: ChartPalette,
  text: ExportText,
  size: { width: number; height: number | null },
): Promise<ImageExport | null> {
  const measure = await fontMeasure();
  const visual = collectVisual(main, palette, measure);
  if (visual === null) return null;
  const fontCss = await embeddedFontCss();
  return composeSvg(visual, text, {
    width: size.width,
    height: size.height,
    colors: { ink: palette.ink, inkMuted: palette.inkMuted, paper: palette.paper, rule: palette.rule },
    fontCss,
    fontFamily: EXPORT_FONT,
    measure,
  });
}

export const pngOf = (image: ImageExport) => svgToPng(image.svg, image.width, image.height, PNG_SCALE);
