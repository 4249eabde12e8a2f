import type { Tint } from '../../lib/palette';
import type { Draw } from './drawn';
import type { Mark } from './grid';
import { legend, type LegendEntry } from './legend';
import { blockHeight, widestWord, fitLines, line, rect, symbol, text, textBlock } from './primitives';

interface BarSegment {
  value: number;
  fill: string;
  /** Tinted segments (a stance's share) carry their mark and count; a plain bar carries neither. */
  tint?: Tint;
  mark?: Mark;
  count?: string;
}

export interface BarPicture {
  rows: readonly { label: string; segments: readonly BarSegment[]; figure: string }[];
  /** The value a full-width bar stands for (1 for an index, the number of parties for counts). */
  scale: number;
  legend: readonly LegendEntry[];
  /** Grid lines and their labels along the bars (0 %, 50 %, 100 %); empty for counts. */
  ticks: readonly { value: number; label: string }[];
}

const LEADING = 1.25;

/**
 * One bar per row (a pair's agreement index, an issue's stances counted), the row's label on the left and its figure,
 * with its base, on the right: the agreement and distribution views redrawn from their data. Rows that do not fit
 * `maxHeight` are left out and counted in `shown`.
 */
export const drawBars: Draw<BarPicture> = (bars, width, maxHeight, pen, pal) => {
  const { base } = pen;
  const pad = base * 0.5;
  // Wide enough for the longest word of any label, so no word is broken; a picture that cannot give it that is refused.
  const longestWord = widestWord(
    bars.rows.map((r) => r.label),
    pen,
  );
  const labelWidth = Math.max(Math.min(Math.max(width * 0.28, base * 8), base * 15), longestWord + pad + 1);
  if (labelWidth > width * 0.5) return { tooWide: true };
  const figureWidth = Math.min(
    Math.max(...bars.rows.map((r) => pen.measure(r.figure, base, 700)), base * 2) + pad,
    width * 0.38,
  );
  const plot = width - labelWidth - figureWidth - pad * 2;
  if (plot < base * 6) return { tooWide: true };
  const x0 = labelWidth + pad;
  const used = new Set(bars.rows.flatMap((r) => r.segments.flatMap((s) => (s.mark === undefined ? [] : [s.mark]))));
  const key = legend(bars.legend, used, width, pen, pal);
  const parts: string[] = [];
  const tickHeight = bars.ticks.length > 0 ? base * 1.5 : 0;
  let y = tickHeight;
  let shown = 0;
  const rows: string[] = [];
  const laid = bars.rows.map((row) => {
    const label = fitLines(row.label, labelWidth - pad, base, 700, pen, 12);
    const figure = fitLines(row.figure, figureWidth, base, 700, pen, 6);
    const lines = Math.max(label.lines.length, figure.lines.length);
    return { row, label, figure, h: Math.max(blockHeight(lines, base, LEADING), base * 1.8) + pad * 2 };
  });
  // A fixed format with room to spare gives the rows more of it (up to three and a half times their height) rather than leave it blank.
  const natural = laid.reduce((sum, r) => sum + r.h, 0);
  const stretch =
    maxHeight === null ? 1 : Math.min(3.5, Math.max(1, (maxHeight - tickHeight - key.gap - key.height) / natural));
  for (const { row, label, figure, h: rowHeight } of laid) {
    const h = rowHeight * stretch;
    if (maxHeight !== null && y + h + key.gap + key.height > maxHeight) break;
    rows.push(
      textBlock(
        0,
        y + (h - blockHeight(label.lines.length, base)) / 2,
        label.lines,
        { size: base, weight: 700, fill: pal.ink },
        labelWidth - pad,
      ),
    );
    const barHeight = Math.min(h - pad * 2, base * 1.8 * Math.min(stretch, 2));
    const by = y + (h - barHeight) / 2;
    let x = x0;
    for (const s of row.segments) {
      const w = (s.value / bars.scale) * plot;
      if (w <= 0) continue;
      rows.push(
        rect(x, by, w, barHeight, s.tint?.fill ?? s.fill, s.tint ? ` stroke="${pal.paper}" stroke-width="1"` : ''),
      );
      if (s.mark !== undefined && s.tint !== undefined) {
        const label = s.count ?? '';
        const need = base * 1.3 + pen.measure(label, base, 700);
        if (w >= need + pad) {
          rows.push(symbol(s.mark, x + pad + base * 0.4, by + barHeight / 2, base * 0.38, s.tint.ink));
          rows.push(
            text(
              x + pad + base * 1.1,
              by + barHeight / 2 + base * 0.35,
              label,
              { size: base, weight: 700, fill: s.tint.ink },
              w - pad - base * 1.1,
            ),
          );
        } else if (w >= base * 1.1) rows.push(symbol(s.mark, x + w / 2, by + barHeight / 2, base * 0.38, s.tint.ink));
      }
      x += w;
    }
    rows.push(
      textBlock(
        width - figureWidth,
        y + (h - blockHeight(figure.lines.length, base)) / 2,
        figure.lines,
        { size: base, weight: 700, fill: pal.ink },
        figureWidth,
      ),
    );
    y += h;
    shown += 1;
  }
  if (shown === 0) return { shown: 0, total: bars.rows.length, markup: '', width, height: 0 };
  for (const t of bars.ticks) {
    const x = x0 + (t.value / bars.scale) * plot;
    parts.push(line(x, tickHeight - base * 0.2, x, y, pal.rule, 1, ' stroke-dasharray="3 3"'));
    const anchor = t.value === 0 ? 'start' : t.value === bars.scale ? 'end' : 'middle';
    parts.push(text(x, base, t.label, { size: base, fill: pal.inkMuted, anchor }, pen.measure(t.label, base, 400) + 1));
  }
  parts.push(...rows);
  parts.push(`<g transform="translate(0 ${(y + key.gap).toFixed(1)})">${key.markup}</g>`);
  return { markup: parts.join(''), width, height: y + key.gap + key.height, shown, total: bars.rows.length };
};
