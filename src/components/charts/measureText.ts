import type { Hyphenate } from '../../i18n/languages';

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * The width of `text` in the page's font at `size` px; an estimate where nothing is drawn (jsdom, which also lacks
 * OffscreenCanvas, so it is not asked for a canvas it cannot give).
 */
export function measure(text: string, size: number, weight = 400): number {
  if (context === undefined)
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (context === null) return text.length * size * 0.6;
  context.font = `${weight} ${size}px Inter, system-ui, sans-serif`;
  return context.measureText(text).width;
}

/**
 * A chart label with every word too wide for `width` broken at its hyphenation points into pieces that fit, each
 * ending in a hyphen: recharts wraps labels at spaces only, and cut such a word short with "…" ("Нерозширен…").
 * Words that fit are left whole. The interface fonts are loaded before any chart is drawn (src/app/fonts.ts).
 */
export function breakLongWords(label: string, width: number, size: number, hy: Hyphenate): string {
  return label
    .split(' ')
    .map((word) => {
      if (measure(word, size) <= width) return word;
      const parts = hy(word).split('\u00ad');
      const pieces: string[] = [];
      let current = '';
      for (const part of parts) {
        if (current !== '' && measure(`${current}${part}-`, size) > width) {
          pieces.push(`${current}-`);
          current = part;
        } else current += part;
      }
      pieces.push(current);
      return pieces.join(' ');
    })
    .join(' ');
}

/**
 * `text` in lines no wider than `width` at `size` px, broken at spaces only: a word wider than `width` keeps a line of
 * its own, where the export's wrapText (src/export/draw/primitives.ts) cuts it by characters, a break with no hyphen
 * that a chart label must not show (breakLongWords hyphenates such a word first).
 */
export function wrapWords(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(longer, size) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  lines.push(line);
  return lines;
}
