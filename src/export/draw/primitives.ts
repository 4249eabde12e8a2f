import type { Stance } from '../../data/schema';
import type { Verdict } from '../../core/vocabulary';

/** Text width in px for a font size and weight; the caller measures with the embedded font. */
export type Measure = (text: string, size: number, weight: number) => number;

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Greedy line breaking by words; a word wider than the line (a URL) is broken by characters. */
export function wrapText(text: string, maxWidth: number, size: number, weight: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, size, weight) <= maxWidth) {
      line = candidate;
      return;
    }
    if (line !== '') lines.push(line);
    line = '';
    if (measure(word, size, weight) <= maxWidth) {
      line = word;
      return;
    }
    let chunk = '';
    for (const ch of word) {
      if (measure(chunk + ch, size, weight) > maxWidth && chunk !== '') {
        lines.push(chunk);
        chunk = '';
      }
      chunk += ch;
    }
    line = chunk;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The marks every exported picture is drawn with. Each text carries `data-fit`, the width of the box it must stay in,
 * so a test in a real browser can measure every label against its box.
 */
export interface Pen {
  measure: Measure;
  /** The smallest text size of the picture; everything else is a multiple of it. */
  base: number;
  /** A card composed for a feed: legends name their marks without explaining them. */
  compact: boolean;
}

export interface TextStyle {
  size: number;
  weight?: number;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
}

export function text(x: number, y: number, value: string, style: TextStyle, fit: number): string {
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${+style.size.toFixed(2)}" font-weight="${style.weight ?? 400}" fill="${style.fill}"${anchor} data-fit="${fit.toFixed(1)}">${escapeXml(value)}</text>`;
}

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, w).toFixed(1)}" height="${Math.max(0, h).toFixed(1)}" fill="${fill}"${extra}/>`;

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1, extra = '') =>
  `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}" stroke-width="${width}"${extra}/>`;

/**
 * Text that must stay inside `maxWidth`: wrapped onto at most `maxLines`, the last line cut with an ellipsis when the
 * words run out of room. `cut` says whether anything was left out, so the caller can give the full form elsewhere.
 */
export function fitLines(
  value: string,
  maxWidth: number,
  size: number,
  weight: number,
  pen: Pen,
  maxLines: number,
): { lines: string[]; cut: boolean } {
  const lines = wrapText(value, maxWidth, size, weight, pen.measure);
  if (lines.length <= maxLines) return { lines, cut: false };
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`;
  while (last.length > 1 && pen.measure(`${last}…`, size, weight) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return { lines: kept, cut: true };
}

/** The width of the widest word of `texts` in bold at the base size: the least a box must give them unbroken. */
export const widestWord = (texts: readonly string[], pen: Pen): number =>
  Math.max(0, ...texts.flatMap((t) => t.split(/\s+/).map((word) => pen.measure(word, pen.base, 700))));

/** Draws lines of text from the top `y` (the first baseline a font size below it). */
export function textBlock(
  x: number,
  y: number,
  lines: readonly string[],
  style: TextStyle,
  fit: number,
  leading = 1.25,
) {
  return lines.map((l, i) => text(x, y + style.size * (0.9 + i * leading), l, style, fit)).join('');
}

export const blockHeight = (lines: number, size: number, leading = 1.25) =>
  lines === 0 ? 0 : size * (0.9 + (lines - 1) * leading) + size * 0.3;

/**
 * Stance and verdict symbols as shapes, not glyphs: the embedded font covers the words, and a shape draws the same in
 * every viewer. The shapes match the page's symbols (✓ ◐ ✕ – and = → ≈ ≠ ·), centred on (cx, cy), `r` half their size.
 */
export function symbol(kind: Stance | 'none' | Verdict, cx: number, cy: number, r: number, ink: string): string {
  const w = Math.max(1.2, r * 0.32);
  const stroke = `fill="none" stroke="${ink}" stroke-width="${w.toFixed(2)}" stroke-linecap="round" stroke-linejoin="round"`;
  const p = (d: string) => `<path d="${d}" ${stroke}/>`;
  const f = (n: number) => n.toFixed(1);
  const h = (dy: number) => `M${f(cx - r)} ${f(cy + dy)}H${f(cx + r)}`;
  switch (kind) {
    case 'supports':
      return p(`M${f(cx - r)} ${f(cy)}L${f(cx - r * 0.3)} ${f(cy + r * 0.7)}L${f(cx + r)} ${f(cy - r * 0.8)}`);
    case 'opposes':
    case 'conflict':
      return kind === 'opposes'
        ? p(
            `M${f(cx - r * 0.8)} ${f(cy - r * 0.8)}L${f(cx + r * 0.8)} ${f(cy + r * 0.8)}M${f(cx + r * 0.8)} ${f(cy - r * 0.8)}L${f(cx - r * 0.8)} ${f(cy + r * 0.8)}`,
          )
        : p(`${h(-r * 0.35)}${h(r * 0.35)}M${f(cx + r * 0.45)} ${f(cy - r)}L${f(cx - r * 0.45)} ${f(cy + r)}`);
    case 'conditional':
      return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.85)}" ${stroke}/><path d="M${f(cx)} ${f(cy - r * 0.85)}A${f(r * 0.85)} ${f(r * 0.85)} 0 0 0 ${f(cx)} ${f(cy + r * 0.85)}Z" fill="${ink}"/>`;
    case 'none':
      return p(`M${f(cx - r * 0.6)} ${f(cy)}H${f(cx + r * 0.6)}`);
    case 'overlap':
      return p(`${h(-r * 0.35)}${h(r * 0.35)}`);
    case 'concession':
      return p(
        `${h(0)}M${f(cx + r * 0.3)} ${f(cy - r * 0.6)}L${f(cx + r)} ${f(cy)}L${f(cx + r * 0.3)} ${f(cy + r * 0.6)}`,
      );
    case 'partial': {
      const wave = (dy: number) => `M${f(cx - r)} ${f(cy + dy)}q${f(r * 0.5)} ${f(-r * 0.45)} ${f(r)} 0t${f(r)} 0`;
      return p(`${wave(-r * 0.3)}${wave(r * 0.4)}`);
    }
    case 'no-basis':
      return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(Math.max(1.5, r * 0.22))}" fill="${ink}"/>`;
  }
}
