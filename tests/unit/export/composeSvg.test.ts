// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  composeSvg,
  escapeXml,
  wrapText,
  type ComposeOptions,
  type ExportText,
  type ExportVisual,
} from '../../../src/export/composeSvg';

/** Every character is half the font size wide: at size 10, 5 px a character. */
const measure = (text: string, size: number) => text.length * size * 0.5;

describe('wrapText', () => {
  it('breaks greedily between words, each line within the width', () => {
    // size 10 → 5 px per character; 50 px → at most 10 characters a line.
    expect(wrapText('the quick brown fox jumps over', 50, 10, 400, measure)).toEqual([
      'the quick',
      'brown fox',
      'jumps over',
    ]);
  });

  it('keeps everything on one line when it fits', () => {
    expect(wrapText('short line', 1000, 10, 400, measure)).toEqual(['short line']);
  });

  it('fills a line exactly to the width', () => {
    expect(wrapText('aaaaa bbbb', 50, 10, 400, measure)).toEqual(['aaaaa bbbb']);
    expect(wrapText('aaaaa bbbbb', 50, 10, 400, measure)).toEqual(['aaaaa', 'bbbbb']);
  });

  it('passes the size and weight it was given to the measure', () => {
    const seen = new Set<string>();
    wrapText('a b c', 100, 13, 700, (text, size, weight) => {
      seen.add(`${size}/${weight}`);
      return measure(text, size);
    });
    expect([...seen]).toEqual(['13/700']);
  });

  it('breaks a word wider than the line (a URL) by characters', () => {
    const url = 'https://example.org/a/very/long/path';
    expect(wrapText(`see ${url} now`, 50, 10, 400, measure)).toEqual([
      'see',
      'https://ex',
      'ample.org/',
      'a/very/lon',
      'g/path now',
    ]);
  });

  it('keeps every line within the width and every character in order', () => {
    const text =
      'Source: https://graphics.example.org/overlap/?view=matrix&parties=ukraine%2Crussia&asOf=2024-05-01 — retrieved 1 May 2024, with notes';
    for (const maxWidth of [40, 75, 120, 333]) {
      const lines = wrapText(text, maxWidth, 12, 400, measure);
      for (const line of lines) expect(measure(line, 12)).toBeLessThanOrEqual(maxWidth);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of lines) expect(line).toBe(line.trim());
    }
  });

  it('does not split a character made of two UTF-16 units', () => {
    const lines = wrapText('😀😀😀😀😀😀', 20, 10, 400, (t, size) => [...t].length * size * 0.5);
    expect(lines).toEqual(['😀😀😀😀', '😀😀']);
  });

  it('collapses runs of white space and returns no lines for empty text', () => {
    expect(wrapText('  a \n\t b  ', 1000, 10, 400, measure)).toEqual(['a b']);
    expect(wrapText('', 1000, 10, 400, measure)).toEqual([]);
    expect(wrapText('   ', 1000, 10, 400, measure)).toEqual([]);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials and nothing else', () => {
    expect(escapeXml(`a<b>&"c"'d' é`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos; é');
  });

  it('escapes an ampersand once, not an existing entity twice over', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

const COLORS = { ink: '#111111', inkMuted: '#555555', paper: '#ffffff', rule: '#cccccc' };
const FONT_CSS =
  "@font-face{font-family:'Inter';font-weight:400;src:url(data:font/woff2;base64,AAAA) format('woff2');}";
const TEXT: ExportText = {
  title: 'Where demands meet',
  subtitle: 'Positions as of 1 May 2024',
  sources: 'Sources: Test Wire.',
  credit: 'Graphic: Example News.',
  permalink: 'https://graphics.example.org/overlap/?view=matrix',
};

function options(overrides: Partial<ComposeOptions> = {}): ComposeOptions {
  return { width: 800, height: null, colors: COLORS, fontCss: FONT_CSS, fontFamily: 'Inter', measure, ...overrides };
}

function visual(width: number, height: number): ExportVisual {
  return { markup: `<rect width="${width}" height="${height}" fill="#0072B2"/>`, width, height };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const num = (el: Element | null | undefined, name: string) => Number(el?.getAttribute(name));

/** The nested <svg> that holds the visual. */
function inner(doc: Document): Element {
  const el = doc.documentElement.querySelector(':scope > svg');
  if (el === null) throw new Error('no nested svg');
  return el;
}

describe('composeSvg', () => {
  it('parses as SVG, with the size it reports', () => {
    const out = composeSvg(visual(400, 300), TEXT, options());
    const doc = parse(out.svg);
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(out.width).toBe(800);
    expect(num(root, 'width')).toBe(out.width);
    expect(num(root, 'height')).toBe(out.height);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${out.width} ${out.height}`);
  });

  it('with no fixed height, grows by exactly as much as the visual does', () => {
    const short = composeSvg(visual(400, 300), TEXT, options());
    const tall = composeSvg(visual(400, 600), TEXT, options());
    expect(tall.height - short.height).toBe(300);
    expect(short.height).toBeGreaterThan(300);
    expect(Number.isInteger(short.height)).toBe(true);
  });

  it('with no fixed height, draws a visual that fits at its own size', () => {
    const el = inner(parse(composeSvg(visual(400, 300), TEXT, options()).svg));
    expect(num(el, 'width')).toBe(400);
    expect(num(el, 'height')).toBe(300);
    expect(el.getAttribute('viewBox')).toBe('0 0 400 300');
  });

  it('with no fixed height, scales a visual wider than the image down to the width, keeping its shape', () => {
    // width 800 → 28 px padding each side → 744 px for the visual; 1488 wide → half size.
    const out = composeSvg(visual(1488, 600), TEXT, options());
    const el = inner(parse(out.svg));
    expect(num(el, 'width')).toBe(744);
    expect(num(el, 'height')).toBe(300);
    expect(num(el, 'x')).toBe(28);
    expect(el.getAttribute('viewBox')).toBe('0 0 1488 600');
  });

  it('with a fixed height, keeps exactly that size and scales a tall visual down to fit, keeping its shape', () => {
    const out = composeSvg(visual(400, 600), TEXT, options({ width: 800, height: 400 }));
    expect(out.width).toBe(800);
    expect(out.height).toBe(400);
    const doc = parse(out.svg);
    expect(num(doc.documentElement, 'width')).toBe(800);
    expect(num(doc.documentElement, 'height')).toBe(400);
    const el = inner(doc);
    const w = num(el, 'width');
    const h = num(el, 'height');
    expect(h).toBeLessThan(600);
    expect(h).toBeGreaterThan(0);
    expect(w / h).toBeCloseTo(400 / 600, 2);
    // Between the header and the rule above the footer, inside the image.
    const texts = [...doc.querySelectorAll('text')];
    const lastHeadLine = texts[1];
    const rule = doc.querySelector('line');
    expect(num(el, 'y')).toBeGreaterThan(num(lastHeadLine, 'y'));
    expect(num(el, 'y') + h).toBeLessThanOrEqual(num(rule, 'y1'));
    expect(num(rule, 'y1')).toBeLessThan(400);
    for (const t of texts) expect(num(t, 'y')).toBeLessThanOrEqual(400);
  });

  it('with a fixed height, uses the same size whatever the visual', () => {
    for (const [w, h] of [
      [100, 100],
      [2000, 300],
      [300, 5000],
    ] as const) {
      const out = composeSvg(visual(w, h), TEXT, options({ width: 1200, height: 675 }));
      expect([out.width, out.height]).toEqual([1200, 675]);
      const doc = parse(out.svg);
      expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 1200 675');
      const el = inner(doc);
      expect(num(el, 'x')).toBeGreaterThanOrEqual(28);
      expect(num(el, 'x') + num(el, 'width')).toBeLessThanOrEqual(1200 - 28 + 0.1);
      expect(num(el, 'y') + num(el, 'height')).toBeLessThanOrEqual(num(doc.querySelector('line'), 'y1') + 0.1);
    }
  });

  it('contains the title, subtitle, sources, credit and permalink, in that order', () => {
    const doc = parse(composeSvg(visual(400, 300), TEXT, options()).svg);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Where demands meet',
      'Positions as of 1 May 2024',
      'Sources: Test Wire.',
      'Graphic: Example News.',
      'https://graphics.example.org/overlap/?view=matrix',
    ]);
    expect(doc.querySelector('title')?.textContent).toBe('Where demands meet');
  });

  it('wraps a long subtitle on a narrow image into lines that stay inside it', () => {
    const subtitle =
      'Parties: Ukraine, Russia, NATO · Categories: Security, Territory · Stances: Supports, Opposes · Positions as of 1 May 2024';
    const out = composeSvg(visual(300, 200), { ...TEXT, subtitle }, options({ width: 360 }));
    const doc = parse(out.svg);
    // The header is the text above the visual: the title's one line, then the subtitle's.
    const head = [...doc.querySelectorAll('text')].filter((t) => num(t, 'y') < num(inner(doc), 'y'));
    expect(head[0]?.textContent).toBe('Where demands meet');
    const lines = head.slice(1);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((t) => t.textContent).join(' ')).toBe(subtitle);
    // 360 wide → 16 px padding each side → 328 px for text.
    for (const t of lines) expect(measure(t.textContent ?? '', 13)).toBeLessThanOrEqual(328);
    const ys = lines.map((t) => num(t, 'y'));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('escapes its text, so markup in a title stays text', () => {
    const title = `Tom & Jerry's <b>"war"</b>`;
    const out = composeSvg(visual(400, 300), { ...TEXT, title, credit: '<&>"\'' }, options());
    expect(out.svg).toContain('Tom &amp; Jerry&apos;s &lt;b&gt;&quot;war&quot;&lt;/b&gt;');
    const doc = parse(out.svg);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe(title);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain(title);
    expect(texts).toContain('<&>"\'');
  });

  it('escapes the font family attribute', () => {
    const doc = parse(composeSvg(visual(400, 300), TEXT, options({ fontFamily: 'A "quoted" & <odd> family' })).svg);
    expect(doc.documentElement.getAttribute('font-family')).toBe('A "quoted" & <odd> family, sans-serif');
  });

  it('carries the given font CSS inside <style>', () => {
    const doc = parse(composeSvg(visual(400, 300), TEXT, options()).svg);
    const styles = doc.getElementsByTagName('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toBe(FONT_CSS);
  });

  it('includes the visual markup as given', () => {
    const doc = parse(composeSvg(visual(400, 300), TEXT, options()).svg);
    const rect = inner(doc).querySelector('rect');
    expect(rect?.getAttribute('fill')).toBe('#0072B2');
  });

  it('paints the paper colour behind everything, and uses the ink colours', () => {
    const doc = parse(composeSvg(visual(400, 300), TEXT, options()).svg);
    const background = doc.documentElement.querySelector(':scope > rect');
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    const fills = [...doc.querySelectorAll('text')].map((t) => t.getAttribute('fill'));
    expect(fills[0]).toBe('#111111');
    expect(fills[1]).toBe('#555555');
  });

  it('draws nothing for an empty subtitle', () => {
    const doc = parse(composeSvg(visual(400, 300), { ...TEXT, subtitle: '' }, options()).svg);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Where demands meet',
      'Sources: Test Wire.',
      'Graphic: Example News.',
      'https://graphics.example.org/overlap/?view=matrix',
    ]);
  });
});
