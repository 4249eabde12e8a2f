import type { Drawn } from './draw/drawn';
import { blockHeight, escapeXml, fitLines, line, textBlock, wrapText, type Measure, type Pen } from './draw/primitives';

export { escapeXml, wrapText, type Measure };

export interface ExportText {
  /** "PREVIEW of a local file …" above everything when the page shows a draft, else ''. */
  preview: string;
  /** The editor's headline, else the dataset's title. */
  headline: string;
  /** The view's one-sentence reading, as the page words it. */
  reading: string;
  /** The filters and "Positions as of …". */
  subtitle: string;
  /** The editor's note, or ''. */
  note: string;
  sources: string;
  credit: string;
  permalink: string;
  /** "Showing 6 of the 34 issues…", for a picture that holds only some of its rows. */
  shownOf: (shown: number, total: number) => string;
}

interface ExportColors {
  ink: string;
  inkMuted: string;
  paper: string;
  rule: string;
}

export interface ComposeOptions {
  width: number;
  /** null: as tall as the content; a number: a fixed format, whose picture holds the rows that fit. */
  height: number | null;
  /** The smallest text size: every text of the image is at least this. */
  base: number;
  /** Composed for a feed (social, square, portrait): legends say less. */
  compact: boolean;
  colors: ExportColors;
  fontCss: string;
  fontFamily: string;
  measure: Measure;
}

export interface Composed {
  svg: string;
  width: number;
  height: number;
  shown: number;
  total: number;
  /** Where the headline is drawn: a rasterised image must have ink there (its fonts were ready). */
  headlineBox: { x: number; y: number; width: number; height: number };
}

export type ComposeResult = { ok: true; image: Composed } | { ok: false; reason: 'tooWide' | 'none' };

interface Block {
  lines: string[];
  size: number;
  weight: number;
  color: string;
}

/**
 * A self-contained newsroom graphic: headline, the view's reading, filters and date, the picture, then the note,
 * sources, credit and the permalink; fonts inlined, no external references, so it renders the same anywhere. The
 * picture is drawn for the room the text leaves (`draw`), not scaled: its text stays at `base` px or larger.
 */
export function composeSvg(
  draw: (width: number, maxHeight: number | null, pen: Pen) => Drawn,
  text: ExportText,
  options: ComposeOptions,
): ComposeResult {
  const { width, colors, measure, base } = options;
  const pen: Pen = { measure, base, compact: options.compact };
  const pad = Math.max(16, base * 1.2);
  const inner = width - 2 * pad;
  const block = (value: string, scaled: number, weight: number, color: string, maxLines = 20): Block => {
    // Measured at the size the SVG states, so a browser sets each line exactly as wide as it was measured.
    const size = Math.round(scaled * 10) / 10;
    return {
      lines: value === '' ? [] : fitLines(value, inner, size, weight, pen, maxLines).lines,
      size,
      weight,
      color,
    };
  };
  const height = (b: Block) => blockHeight(b.lines.length, b.size);
  const gap = base;
  const headlineBlock = block(text.headline, base * 1.75, 700, colors.ink, 3);
  const head = [
    block(text.preview, base, 700, colors.ink, 3),
    headlineBlock,
    block(text.reading, base * 1.05, 400, colors.ink),
    block(text.subtitle, base, 400, colors.inkMuted),
  ].filter((b) => b.lines.length > 0);
  const headHeight = head.reduce((h, b) => h + height(b) + base * 0.4, 0);
  const foot = (shownOf: string) =>
    [
      block(shownOf, base, 700, colors.ink),
      block(text.note, base, 400, colors.ink),
      // A card composed for a feed runs its sources and one-line credit together: a line saved for the picture.
      ...(options.compact
        ? [block(`${text.sources} ${text.credit}`, base, 400, colors.inkMuted)]
        : [block(text.sources, base, 400, colors.ink), block(text.credit, base, 400, colors.inkMuted)]),
      block(text.permalink, base, 400, colors.inkMuted),
    ].filter((b) => b.lines.length > 0);
  const footHeight = (blocks: Block[]) => blocks.reduce((h, b) => h + height(b) + base * 0.3, 0) + gap;
  const roomFor = (shownOf: string) =>
    options.height === null ? null : options.height - 2 * pad - headHeight - gap - footHeight(foot(shownOf)) - gap;
  const drawIn = (room: number | null): Drawn | null =>
    room !== null && room < base * 4 ? null : draw(inner, room, pen);
  let drawn = drawIn(roomFor(''));
  // A fixed format that holds only some rows says so in a line of its own, which takes room from the picture.
  if (drawn !== null && drawn.tooWide !== true && drawn.shown < drawn.total)
    drawn = drawIn(roomFor(text.shownOf(drawn.total, drawn.total)));
  if (drawn === null) return { ok: false, reason: 'none' };
  if (drawn.tooWide === true) return { ok: false, reason: 'tooWide' };
  if (drawn.shown === 0) return { ok: false, reason: 'none' };
  const feet = foot(drawn.shown < drawn.total ? text.shownOf(drawn.shown, drawn.total) : '');
  const total = options.height ?? Math.ceil(2 * pad + headHeight + gap + drawn.height + gap + footHeight(feet));

  const out: string[] = [];
  let y = pad;
  const drawBlock = (b: Block, after: number) => {
    out.push(textBlock(pad, y, b.lines, { size: b.size, weight: b.weight, fill: b.color }, inner));
    y += height(b) + after;
  };
  const headline = headlineBlock.lines.length > 0 ? headlineBlock : undefined;
  const headlineBox = {
    x: pad,
    // Below the preview line, when there is one.
    y: pad + (head[0] === headlineBlock || head[0] === undefined ? 0 : height(head[0]) + base * 0.4),
    width: Math.min(inner, measure(headline?.lines[0] ?? '', headline?.size ?? base, 700)),
    height: headline === undefined ? 0 : height(headline),
  };
  head.forEach((b) => drawBlock(b, base * 0.4));
  y += gap;
  out.push(`<g transform="translate(${pad.toFixed(1)} ${y.toFixed(1)})">${drawn.markup}</g>`);
  y = options.height === null ? y + drawn.height + gap : total - pad - footHeight(feet) + gap;
  out.push(line(pad, y - gap / 2, width - pad, y - gap / 2, colors.rule));
  feet.forEach((b) => drawBlock(b, base * 0.3));

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(options.fontFamily)}, sans-serif">`,
    `<title>${escapeXml(text.headline)}</title>`,
    `<desc>${escapeXml(text.reading)}</desc>`,
    `<style>${options.fontCss}</style>`,
    `<rect width="${width}" height="${total}" fill="${colors.paper}"/>`,
    ...out,
    '</svg>',
  ].join('');
  return { ok: true, image: { svg, width, height: total, shown: drawn.shown, total: drawn.total, headlineBox } };
}
