// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  composeSvg,
  escapeXml,
  wrapText,
  type ComposeOptions,
  type Composed,
  type ComposeResult,
  type ExportText,
} from '../../../src/export/composeSvg';
import type { Drawn } from '../../../src/export/draw/drawn';

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
  preview: '',
  headline: 'Where demands meet',
  reading: 'Ukraine and NATO score highest.',
  subtitle: 'Positions as of 1 May 2024',
  note: '',
  sources: 'Sources: Test Wire.',
  credit: 'Graphic: Example News.',
  permalink: 'https://graphics.example.org/overlap/?view=matrix',
  shownOf: (shown, total) => `Showing ${shown} of ${total}.`,
};

function options(overrides: Partial<ComposeOptions> = {}): ComposeOptions {
  return {
    width: 800,
    height: null,
    base: 13,
    compact: false,
    colors: COLORS,
    fontCss: FONT_CSS,
    fontFamily: 'Inter',
    measure,
    ...overrides,
  };
}

/** A picture of `rows` rows of `rowHeight` px, as many as fit the room it is given; what it was given is recorded. */
function rows(count: number, rowHeight = 30) {
  const calls: { width: number; maxHeight: number | null }[] = [];
  const draw = (width: number, maxHeight: number | null): Drawn => {
    calls.push({ width, maxHeight });
    const shown = maxHeight === null ? count : Math.min(count, Math.floor(maxHeight / rowHeight));
    return {
      markup: `<rect width="${width}" height="${shown * rowHeight}" fill="#0072B2"/>`,
      width,
      height: shown * rowHeight,
      shown,
      total: count,
    };
  };
  return { draw, calls };
}

function ok(result: ComposeResult): Composed {
  if (!result.ok) throw new Error(`not composed: ${result.reason}`);
  return result.image;
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const num = (el: Element | null | undefined, name: string) => Number(el?.getAttribute(name));
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent);

describe('composeSvg', () => {
  it('parses as SVG, with the size it reports', () => {
    const out = ok(composeSvg(rows(3).draw, TEXT, options()));
    const root = parse(out.svg).documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(out.width).toBe(800);
    expect(num(root, 'width')).toBe(out.width);
    expect(num(root, 'height')).toBe(out.height);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${out.width} ${out.height}`);
  });

  it('with no fixed height, draws every row and grows by exactly as much as the picture does', () => {
    const short = ok(composeSvg(rows(3).draw, TEXT, options()));
    const tall = ok(composeSvg(rows(13).draw, TEXT, options()));
    expect(tall.height - short.height).toBe(300);
    expect([tall.shown, tall.total]).toEqual([13, 13]);
    expect(texts(parse(tall.svg))).not.toContain('Showing 13 of 13.');
  });

  it('draws the picture for the width inside the margins, not scaled', () => {
    const { draw, calls } = rows(3);
    const out = ok(composeSvg(draw, TEXT, options({ width: 1200, base: 20 })));
    expect(calls[0]?.width).toBe(1200 - 2 * 24);
    const picture = parse(out.svg).querySelector('g');
    expect(picture?.getAttribute('transform')).toMatch(/^translate\(24\.0 /);
    expect(out.svg).not.toMatch(/scale\(/);
  });

  it('with a fixed height, keeps exactly that size, gives the picture the room left and says how many rows it holds', () => {
    const { draw, calls } = rows(40);
    const out = ok(composeSvg(draw, TEXT, options({ width: 1200, height: 628, base: 20 })));
    expect([out.width, out.height]).toEqual([1200, 628]);
    const room = calls.at(-1)?.maxHeight ?? 0;
    expect(room).toBeGreaterThan(100);
    expect(out.shown).toBe(Math.floor(room / 30));
    expect(out.total).toBe(40);
    const doc = parse(out.svg);
    expect(texts(doc)).toContain(`Showing ${out.shown} of 40.`);
    for (const t of doc.querySelectorAll('text')) expect(num(t, 'y')).toBeLessThanOrEqual(628);
    // The picture ends above the rule over the footer.
    const rule = [...doc.querySelectorAll('line')].at(-1);
    const top = Number(
      /translate\([\d.]+ ([\d.]+)\)/.exec(doc.querySelector('g')?.getAttribute('transform') ?? '')?.[1],
    );
    expect(top + out.shown * 30).toBeLessThanOrEqual(num(rule, 'y1'));
  });

  it('says nothing about rows when all of them fit a fixed height', () => {
    const out = ok(composeSvg(rows(2).draw, TEXT, options({ width: 1200, height: 628, base: 20 })));
    expect([out.shown, out.total]).toEqual([2, 2]);
    expect(texts(parse(out.svg)).some((t) => t?.startsWith('Showing'))).toBe(false);
  });

  it('refuses, with the reason, a picture too wide for the image or one that fits no row', () => {
    expect(composeSvg(() => ({ tooWide: true }), TEXT, options())).toEqual({ ok: false, reason: 'tooWide' });
    expect(composeSvg(rows(5, 2000).draw, TEXT, options({ width: 1200, height: 628, base: 20 }))).toEqual({
      ok: false,
      reason: 'none',
    });
  });

  it('contains headline, reading, filters, then after the picture the note, sources, credit and permalink', () => {
    const doc = parse(ok(composeSvg(rows(2).draw, { ...TEXT, note: 'Editor’s note.' }, options())).svg);
    expect(texts(doc)).toEqual([
      'Where demands meet',
      'Ukraine and NATO score highest.',
      'Positions as of 1 May 2024',
      'Editor’s note.',
      'Sources: Test Wire.',
      'Graphic: Example News.',
      'https://graphics.example.org/overlap/?view=matrix',
    ]);
    expect(doc.querySelector('title')?.textContent).toBe('Where demands meet');
    expect(doc.querySelector('desc')?.textContent).toBe('Ukraine and NATO score highest.');
  });

  it('sets no text smaller than the base size, and keeps each line within the box it names', () => {
    const reading = 'As of 1 May 2024, a long reading that wraps onto several lines of a narrow image. '.repeat(3);
    for (const [width, base] of [
      [360, 13],
      [1200, 20],
    ] as const) {
      const doc = parse(ok(composeSvg(rows(2).draw, { ...TEXT, reading }, options({ width, base }))).svg);
      for (const t of doc.querySelectorAll('text')) {
        const size = num(t, 'font-size');
        expect(size).toBeGreaterThanOrEqual(base);
        expect(measure(t.textContent ?? '', size)).toBeLessThanOrEqual(num(t, 'data-fit') + 0.01);
        expect(num(t, 'data-fit')).toBeLessThanOrEqual(width - 2 * Math.max(16, base * 1.2));
      }
    }
  });

  it('puts the headline box where the headline is drawn', () => {
    const out = ok(composeSvg(rows(2).draw, TEXT, options()));
    const first = parse(out.svg).querySelector('text');
    const y = num(first, 'y');
    expect(y).toBeGreaterThan(out.headlineBox.y);
    expect(y).toBeLessThanOrEqual(out.headlineBox.y + out.headlineBox.height);
    expect(out.headlineBox.width).toBeCloseTo(measure(TEXT.headline, num(first, 'font-size')), 5);
  });

  it('a preview of a local file says so in its first line, above the headline, which the headline box follows', () => {
    const preview = 'PREVIEW of a local file (draft.xlsx), not published data';
    const out = ok(composeSvg(rows(2).draw, { ...TEXT, preview }, options()));
    const [first, second] = parse(out.svg).querySelectorAll('text');
    expect(first?.textContent).toBe(preview);
    expect(num(first ?? null, 'font-weight')).toBe(700);
    expect(second?.textContent).toBe(TEXT.headline);
    expect(num(second ?? null, 'y')).toBeGreaterThan(out.headlineBox.y);
    expect(num(second ?? null, 'y')).toBeLessThanOrEqual(out.headlineBox.y + out.headlineBox.height);
    expect(num(first ?? null, 'y')).toBeLessThan(out.headlineBox.y);
  });

  it('escapes its text, so markup in a headline stays text', () => {
    const headline = `Tom & Jerry's <b>"war"</b>`;
    const out = ok(composeSvg(rows(1).draw, { ...TEXT, headline, credit: '<&>"\'' }, options()));
    expect(out.svg).toContain('Tom &amp; Jerry&apos;s &lt;b&gt;&quot;war&quot;&lt;/b&gt;');
    const doc = parse(out.svg);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe(headline);
    expect(texts(doc)).toContain('<&>"\'');
  });

  it('escapes the font family attribute and carries the font CSS inside <style>', () => {
    const doc = parse(ok(composeSvg(rows(1).draw, TEXT, options({ fontFamily: 'A "quoted" & <odd> family' }))).svg);
    expect(doc.documentElement.getAttribute('font-family')).toBe('A "quoted" & <odd> family, sans-serif');
    const styles = doc.getElementsByTagName('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toBe(FONT_CSS);
  });

  it('paints the paper colour behind everything, and uses the ink colours', () => {
    const doc = parse(ok(composeSvg(rows(1).draw, TEXT, options())).svg);
    expect(doc.documentElement.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
    const fills = [...doc.querySelectorAll('text')].map((t) => t.getAttribute('fill'));
    expect(fills[0]).toBe('#111111');
    expect(fills[2]).toBe('#555555');
  });

  it('draws nothing for an empty reading, subtitle or note', () => {
    const doc = parse(ok(composeSvg(rows(1).draw, { ...TEXT, reading: '', subtitle: '' }, options())).svg);
    expect(texts(doc)).toEqual([
      'Where demands meet',
      'Sources: Test Wire.',
      'Graphic: Example News.',
      'https://graphics.example.org/overlap/?view=matrix',
    ]);
  });
});
