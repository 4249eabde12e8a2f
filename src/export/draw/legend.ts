import type { ChartPalette, Tint } from '../../lib/palette';
import type { Mark } from './grid';
import { blockHeight, fitLines, line, rect, symbol, textBlock, type Pen } from './primitives';

/** A tinted mark (a stance, a verdict) or a line sample (a party's series), and its full name. */
export type LegendEntry =
  | { mark: Mark; tint: Tint; label: string; explanation?: string }
  | { mark?: undefined; line: { color: string; dash: string }; label: string };

/**
 * Legend entries in rows across `width`: tinted mark, then its full word. A mark's entry is drawn only when the
 * picture uses the mark (`used`); a line sample always.
 */
export function legend(
  all: readonly LegendEntry[],
  used: ReadonlySet<Mark>,
  width: number,
  pen: Pen,
  pal: ChartPalette,
) {
  const entries = all.filter((e) => e.mark === undefined || used.has(e.mark));
  const { base } = pen;
  const h = base * 1.6;
  const gapX = base * 0.8;
  const parts: string[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = h;
  for (const e of entries) {
    const room = width - base * 2.2;
    const full =
      e.mark !== undefined && e.explanation !== undefined && !pen.compact ? `${e.label}: ${e.explanation}` : e.label;
    // An entry wider than the picture wraps under its mark rather than lose words: the legend is where a cell's
    // symbol gets its full name.
    const label = fitLines(full, room, base, 400, pen, 4).lines;
    const w = base * 2 + Math.max(...label.map((l) => pen.measure(l, base, 400))) + base * 0.2;
    const tall = Math.max(h, blockHeight(label.length, base) + base * 0.4);
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight + base * 0.4;
      rowHeight = h;
    }
    rowHeight = Math.max(rowHeight, tall);
    if (e.mark === undefined)
      parts.push(
        line(
          x,
          y + h / 2,
          x + h,
          y + h / 2,
          e.line.color,
          Math.max(2, base * 0.15),
          e.line.dash ? ` stroke-dasharray="${e.line.dash}"` : '',
        ),
      );
    else {
      parts.push(rect(x, y, h, h, e.tint.fill, ' rx="3"'));
      parts.push(symbol(e.mark, x + h / 2, y + h / 2, base * 0.42, e.tint.ink));
    }
    parts.push(textBlock(x + h + base * 0.35, y + (h - base * 1.2) / 2, label, { size: base, fill: pal.ink }, room));
    x += w + gapX;
  }
  const height = entries.length === 0 ? 0 : y + rowHeight;
  return { markup: parts.join(''), height, gap: entries.length === 0 ? 0 : base };
}
