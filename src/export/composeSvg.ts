/** Text width in px for a font size and weight; the caller measures with the embedded font. */
export type Measure = (text: string, size: number, weight: number) => number;

export interface ExportVisual {
  /** SVG markup drawn in its own coordinate system, 0..width × 0..height. */
  markup: string;
  width: number;
  height: number;
}

export interface ExportText {
  title: string;
  subtitle: string;
  sources: string;
  credit: string;
  permalink: string;
}

interface ExportColors {
  ink: string;
  inkMuted: string;
  paper: string;
  rule: string;
}

export interface ComposeOptions {
  width: number;
  /** null: as tall as the content; a number: the visual is scaled to fit. */
  height: number | null;
  colors: ExportColors;
  fontCss: string;
  fontFamily: string;
  measure: Measure;
}

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

interface Block {
  lines: string[];
  size: number;
  weight: number;
  color: string;
  lineHeight: number;
}

/**
 * A self-contained newsroom graphic: title, subtitle, the visual, then sources, credit and the
 * permalink; fonts inlined, no external references, so it renders the same anywhere.
 */
export function composeSvg(
  visual: ExportVisual,
  text: ExportText,
  options: ComposeOptions,
): { svg: string; width: number; height: number } {
  const { width, colors, measure } = options;
  const pad = width < 600 ? 16 : 28;
  const inner = width - 2 * pad;
  const block = (value: string, size: number, weight: number, color: string, lineHeight = 1.3): Block => ({
    lines: value === '' ? [] : wrapText(value, inner, size, weight, measure),
    size,
    weight,
    color,
    lineHeight,
  });
  const blockHeight = (b: Block) => b.lines.length * b.size * b.lineHeight;
  const head = [
    block(text.title, width < 600 ? 20 : 26, 700, colors.ink, 1.2),
    block(text.subtitle, width < 600 ? 13 : 15, 400, colors.inkMuted),
  ];
  const foot = [
    block(text.sources, 13, 400, colors.ink),
    block(text.credit, 12, 400, colors.inkMuted),
    block(text.permalink, 12, 400, colors.inkMuted),
  ];
  const gap = 14;
  const headHeight = head.reduce((h, b) => h + blockHeight(b), 0) + 6;
  const footHeight = foot.reduce((h, b) => h + blockHeight(b), 0) + 4 + 12;

  const fitWidth = Math.min(1, inner / visual.width);
  let scale = fitWidth;
  let height: number;
  if (options.height === null) {
    height = Math.ceil(pad + headHeight + gap + visual.height * scale + gap + footHeight + pad);
  } else {
    height = options.height;
    const room = height - (pad + headHeight + gap + gap + footHeight + pad);
    scale = Math.max(0.05, Math.min(inner / visual.width, room / visual.height));
  }
  const visualWidth = visual.width * scale;
  const visualHeight = visual.height * scale;

  const out: string[] = [];
  let y = pad;
  const drawBlock = (b: Block) => {
    for (const line of b.lines) {
      y += b.size * b.lineHeight;
      out.push(
        `<text x="${pad}" y="${(y - b.size * (b.lineHeight - 1) - b.size * 0.2).toFixed(1)}" font-size="${b.size}" font-weight="${b.weight}" fill="${b.color}">${escapeXml(line)}</text>`,
      );
    }
  };
  head.forEach(drawBlock);
  y += 6 + gap;
  const vx = pad + (inner - visualWidth) / 2;
  // A fixed-size image centres the visual in the room between header and footer.
  if (options.height !== null) y += Math.max(0, (height - pad - footHeight - gap - y - visualHeight) / 2);
  out.push(
    `<svg x="${vx.toFixed(1)}" y="${y.toFixed(1)}" width="${visualWidth.toFixed(1)}" height="${visualHeight.toFixed(1)}" viewBox="0 0 ${visual.width} ${visual.height}" overflow="hidden">${visual.markup}</svg>`,
  );
  y = options.height === null ? y + visualHeight + gap : height - pad - footHeight;
  out.push(
    `<line x1="${pad}" x2="${width - pad}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${colors.rule}" stroke-width="1"/>`,
  );
  y += 12;
  foot.forEach(drawBlock);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(options.fontFamily)}, sans-serif">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<style>${options.fontCss}</style>`,
    `<rect width="${width}" height="${height}" fill="${colors.paper}"/>`,
    ...out,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
