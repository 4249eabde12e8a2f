import type { ChartPalette } from '../lib/palette';
import { escapeXml, wrapText, type ExportVisual, type Measure } from './composeSvg';

/** Which tint a badge or cell carries, read from its class (stance-… / verdict-…). */
const TINT_OF: Record<string, 'supports' | 'conditional' | 'opposes' | 'none'> = {
  'stance-supports': 'supports',
  'stance-conditional': 'conditional',
  'stance-opposes': 'opposes',
  'stance-none': 'none',
  'verdict-overlap': 'supports',
  'verdict-concession': 'supports',
  'verdict-partial': 'conditional',
  'verdict-conflict': 'opposes',
  'verdict-no-basis': 'none',
};

const tintOf = (el: Element, pal: ChartPalette) => {
  for (const c of el.classList) {
    const t = TINT_OF[c];
    if (t) return pal.stance[t];
  }
  return null;
};

/** An element's text as a sighted reader sees it: what only a screen reader hears (.visually-hidden) is left out. */
function seen(el: Node | null): string {
  if (el === null) return '';
  if (el instanceof Element && el.classList.contains('visually-hidden')) return '';
  if (el.nodeType === Node.TEXT_NODE) return el.textContent ?? '';
  return [...el.childNodes].map(seen).join('');
}
const text = (el: Node | null) => seen(el).replace(/\s+/g, ' ').trim();

interface Piece {
  markup: string;
  height: number;
}

/** A row of legend items (badges or swatches) wrapped to the width. */
interface LegendItem {
  label: string;
  fill: string;
  stroke: string;
  ink: string;
  /** A 28×14 line-and-marker sample drawn before the label, as in the page's legend. */
  swatch?: string;
}

function legendPiece(items: LegendItem[], width: number, measure: Measure): Piece {
  const parts: string[] = [];
  let x = 0;
  let y = 0;
  const h = 22;
  for (const item of items) {
    const lead = item.swatch === undefined ? 8 : 40;
    const w = measure(item.label, 12, 700) + lead + 8;
    if (x + w > width && x > 0) {
      x = 0;
      y += h + 6;
    }
    parts.push(
      `<rect x="${x}" y="${y}" width="${w.toFixed(1)}" height="${h}" rx="4" fill="${item.fill}" stroke="${item.stroke}"/>`,
    );
    if (item.swatch !== undefined) parts.push(`<g transform="translate(${x + 6} ${y + 4})">${item.swatch}</g>`);
    parts.push(
      `<text x="${(x + lead).toFixed(1)}" y="${y + 15}" font-size="12" font-weight="700" fill="${item.ink}">${escapeXml(item.label)}</text>`,
    );
    x += w + 8;
  }
  return { markup: parts.join(''), height: items.length === 0 ? 0 : y + h };
}

function badgeItems(root: Element, pal: ChartPalette) {
  return [...root.querySelectorAll('.legend .badge')].flatMap((badge) => {
    const tint = tintOf(badge, pal);
    const symbol = text(badge.querySelector('.sym'));
    const label = text(badge).slice(symbol.length).trim();
    return tint
      ? [{ label: symbol === '' ? label : `${symbol} ${label}`, fill: tint.fill, stroke: tint.ink, ink: tint.ink }]
      : [];
  });
}

function seriesItems(figure: Element, pal: ChartPalette): LegendItem[] {
  return [...figure.querySelectorAll('.series-legend li')].map((li) => {
    const swatch = li.querySelector('.swatch');
    const sample = li.querySelector('svg.series-swatch');
    if (sample !== null)
      return { label: text(li), fill: pal.paper, stroke: pal.rule, ink: pal.ink, swatch: sample.innerHTML };
    const color = swatch instanceof HTMLElement ? swatch.style.background : pal.ink;
    return { label: text(li), fill: color, stroke: color, ink: pal.onBar };
  });
}

/** Stacks pieces vertically with a gap. */
function stack(pieces: Piece[], width: number, gap = 16): ExportVisual {
  let y = 0;
  const parts: string[] = [];
  for (const p of pieces.filter((q) => q.height > 0)) {
    parts.push(`<g transform="translate(0 ${y})">${p.markup}</g>`);
    y += p.height + gap;
  }
  return { markup: parts.join(''), width, height: Math.max(1, y - gap) };
}

function chartPieces(figure: Element, pal: ChartPalette, measure: Measure): Piece[] {
  const svg = figure.querySelector('svg.recharts-surface');
  if (!(svg instanceof SVGSVGElement)) return [];
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const title = wrapText(text(figure.querySelector('.chart-title')), width, 16, 700, measure);
  const titleMarkup = title
    .map(
      (line, i) =>
        `<text x="0" y="${16 + i * 20}" font-size="16" font-weight="700" fill="${pal.ink}">${escapeXml(line)}</text>`,
    )
    .join('');
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Interaction attributes mean nothing in a still image.
  clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  const chart = new XMLSerializer().serializeToString(clone).replace(/^<svg /, '<svg x="0" y="0" ');
  return [
    { markup: titleMarkup, height: title.length * 20 },
    { markup: chart, height },
    legendPiece(seriesItems(figure, pal), width, measure),
  ];
}

/** The comparison grid or matrix redrawn as SVG from its table: a still image cannot scroll sideways. */
function tablePiece(table: HTMLTableElement, pal: ChartPalette, measure: Measure): Piece & { width: number } {
  const headers = [...table.querySelectorAll('thead th')].map((th) => text(th).replace(/[▲▼↕]/g, '').trim());
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) => ({
    title: text(tr.querySelector('th .issue-title') ?? tr.querySelector('th')),
    cells: [...tr.querySelectorAll('td')].map((td) => {
      const cell = td.querySelector('.cell');
      // data-export-mark: what a still image must keep of a cell beyond its stance ("inferred").
      const mark = cell?.getAttribute('data-export-mark') ?? '';
      const label = cell
        ? [
            text(cell.querySelector('.sym')),
            text(cell.querySelector('.cell-text')?.firstChild ?? null) || text(cell.querySelector('.cell-text')),
            mark ? `(${mark})` : '',
          ]
            .filter(Boolean)
            .join(' ')
        : text(td.firstChild ?? td);
      return { label, tint: cell ? tintOf(cell, pal) : null };
    }),
  }));
  const first = 190;
  const col = Math.max(92, ...headers.slice(1).map((h) => measure(h, 12, 700) + 16));
  const width = first + col * (headers.length - 1);
  const parts: string[] = [];
  let y = 0;
  const headLines = headers.map((h, i) => wrapText(h, (i === 0 ? first : col) - 10, 12, 700, measure));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * 15 + 10;
  headLines.forEach((lines, i) => {
    const x = i === 0 ? 0 : first + (i - 1) * col;
    lines.forEach((line, j) =>
      parts.push(
        `<text x="${x + 6}" y="${y + 15 + j * 15}" font-size="12" font-weight="700" fill="${pal.inkMuted}">${escapeXml(line)}</text>`,
      ),
    );
  });
  y += headHeight;
  parts.push(`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${pal.ink}" stroke-width="1.5"/>`);
  for (const row of rows) {
    const titleLines = wrapText(row.title, first - 12, 13, 700, measure);
    const h = Math.max(34, titleLines.length * 16 + 12);
    titleLines.forEach((line, j) =>
      parts.push(
        `<text x="6" y="${y + 20 + j * 16}" font-size="13" font-weight="700" fill="${pal.ink}">${escapeXml(line)}</text>`,
      ),
    );
    row.cells.forEach((cell, i) => {
      const x = first + i * col;
      if (cell.tint)
        parts.push(
          `<rect x="${x + 3}" y="${y + 4}" width="${col - 6}" height="${h - 8}" rx="4" fill="${cell.tint.fill}"/>`,
        );
      parts.push(
        `<text x="${x + (cell.tint ? 10 : col / 2)}" y="${y + h / 2 + 4.5}" font-size="12.5" font-weight="700" text-anchor="${cell.tint ? 'start' : 'middle'}" fill="${cell.tint?.ink ?? pal.ink}">${escapeXml(cell.label)}</text>`,
      );
    });
    y += h;
    parts.push(`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${pal.rule}" stroke-width="1"/>`);
  }
  return { markup: parts.join(''), height: y, width };
}

/** The current view as one SVG visual (charts stacked, tables redrawn), or null where there is no picture (the positions table). */
export function collectVisual(main: HTMLElement, pal: ChartPalette, measure: Measure): ExportVisual | null {
  const figures = [...main.querySelectorAll('figure.chart')];
  const legend = (width: number) => legendPiece(badgeItems(main, pal), width, measure);
  if (figures.length > 0) {
    const pieces = figures.flatMap((f) => [...chartPieces(f, pal, measure), { markup: '', height: 8 }]);
    const width = Math.max(
      ...figures.map((f) => Number(f.querySelector('svg.recharts-surface')?.getAttribute('width')) || 0),
    );
    if (width === 0) return null;
    return stack([...pieces, legend(width)], width);
  }
  const table = main.querySelector('table.grid');
  if (table instanceof HTMLTableElement) {
    const piece = tablePiece(table, pal, measure);
    return stack([piece, legend(piece.width)], piece.width);
  }
  return null;
}
