import type { Tint } from '../../lib/palette';
import type { Stance } from '../../data/schema';
import type { Verdict } from '../../core/vocabulary';
import { blockHeight, widestWord, fitLines, line, rect, symbol, textBlock } from './primitives';
import { legend, type LegendEntry } from './legend';
import type { Draw } from './drawn';

export type Mark = Stance | 'none' | Verdict;

export interface GridCell {
  mark: Mark;
  tint: Tint;
  /** The word for the mark ("Partial"), shown beside its symbol where the column has room, else in the legend. */
  label: string;
}

export interface GridPicture {
  /** The first column's heading ("Issue"). */
  corner: string;
  columns: readonly string[];
  rows: readonly { title: string; cells: readonly GridCell[] }[];
  /** Full names of the marks, for the legend: only those the rows use are drawn. */
  legend: readonly LegendEntry[];
}

const LEADING = 1.25;

/**
 * Issues as rows, parties or pairs as columns, each cell a tinted mark: the compare view and the matrix, redrawn from
 * their data at the size of the image. Cells say their word where every cell of the grid has room for it in two lines;
 * otherwise every cell shows its symbol only, and the legend gives the words, so no cell is cut. Rows that do not fit
 * `maxHeight` are left out and counted in `shown`.
 */
export const drawGrid: Draw<GridPicture> = (grid, width, maxHeight, pen, pal) => {
  const { base } = pen;
  const n = grid.columns.length;
  const pad = base * 0.5;
  // Each column needs room for the longest word of its heading; the issue column gives up width for that first.
  const longestWord = widestWord(grid.columns, pen);
  const needed = Math.max(base * 3.2, longestWord + pad * 2 + 1);
  // No issue title is broken inside a word: the issue column takes the room its longest word needs, if there is any.
  const longestTitleWord = widestWord(
    grid.rows.map((r) => r.title),
    pen,
  );
  const issueWidth = Math.min(
    Math.max(width * 0.3, base * 9, longestTitleWord + pad * 2 + 1),
    Math.max(base * 16, longestTitleWord + pad * 2 + 1),
    width - n * needed,
  );
  const col = (width - issueWidth) / Math.max(1, n);
  if (n === 0 || col < base * 3.2 || issueWidth < Math.max(base * 5, longestTitleWord + pad * 2 + 1))
    return { tooWide: true };
  const heads = [grid.corner, ...grid.columns].map((h, i) =>
    fitLines(h, (i === 0 ? issueWidth : col) - pad * 2, base, 700, pen, 3),
  );
  if (heads.some((h) => h.cut)) return { tooWide: true };
  const markSpace = base * 1.4;
  const cellText = col - pad * 2 - markSpace;
  const words = grid.rows.every((r) =>
    r.cells.every((c) => cellText > base * 2 && !fitLines(c.label, cellText, base, 700, pen, 2).cut),
  );
  const headHeight = Math.max(...heads.map((h) => blockHeight(h.lines.length, base, LEADING))) + pad * 2;
  const usedMarks = new Set(grid.rows.flatMap((r) => r.cells.map((c) => c.mark)));
  const key = legend(grid.legend, usedMarks, width, pen, pal);

  const parts: string[] = [];
  heads.forEach((h, i) => {
    const x = i === 0 ? 0 : issueWidth + (i - 1) * col;
    const w = i === 0 ? issueWidth : col;
    parts.push(textBlock(x + pad, pad, h.lines, { size: base, weight: 700, fill: pal.inkMuted }, w - pad * 2, LEADING));
  });
  let y = headHeight;
  parts.push(line(0, y, width, y, pal.ink, 1.5));
  let shown = 0;
  for (const row of grid.rows) {
    const title = fitLines(row.title, issueWidth - pad * 2, base, 700, pen, 12);
    const cells = row.cells.map((c) => (words ? fitLines(c.label, cellText, base, 700, pen, 2).lines : []));
    const lines = Math.max(title.lines.length, ...cells.map((c) => c.length), 1);
    const h = blockHeight(lines, base, LEADING) + pad * (pen.compact ? 1.8 : 2.4);
    if (maxHeight !== null && y + h + key.gap + key.height > maxHeight) break;
    parts.push(
      textBlock(pad, y + pad * 1.2, title.lines, { size: base, weight: 700, fill: pal.ink }, issueWidth - pad * 2),
    );
    row.cells.forEach((c, i) => {
      const x = issueWidth + i * col;
      parts.push(rect(x + 2, y + 3, col - 4, h - 6, c.tint.fill, ' rx="4"'));
      const cellLines = cells[i] ?? [];
      const cy = y + h / 2;
      if (cellLines.length === 0) {
        parts.push(symbol(c.mark, x + col / 2, cy, base * 0.42, c.tint.ink));
        return;
      }
      parts.push(symbol(c.mark, x + pad + base * 0.5, cy, base * 0.42, c.tint.ink));
      const top = cy - blockHeight(cellLines.length, base, LEADING) / 2;
      parts.push(
        textBlock(x + pad + markSpace, top, cellLines, { size: base, weight: 700, fill: c.tint.ink }, cellText),
      );
    });
    y += h;
    parts.push(line(0, y, width, y, pal.rule));
    shown += 1;
  }
  if (shown === 0) return { tooWide: false, shown: 0, total: grid.rows.length, markup: '', width, height: 0 };
  parts.push(`<g transform="translate(0 ${(y + key.gap).toFixed(1)})">${key.markup}</g>`);
  return { markup: parts.join(''), width, height: y + key.gap + key.height, shown, total: grid.rows.length };
};
