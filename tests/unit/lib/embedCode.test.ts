// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { ru } from '../../../src/i18n/ru';
import { uk } from '../../../src/i18n/uk';
import { embedCodes, type EmbedCodeInput } from '../../../src/lib/embedCode';
import { VIEWS } from '../../../src/core/views';
import { DEFAULT_STATE } from '../../../src/lib/urlState';

const PAGE = 'https://graphics.example.org/overlap/';
const DATA = 'https://data.example.org/overlap/dataset.json';

function input(overrides: Partial<EmbedCodeInput> = {}): EmbedCodeInput {
  return {
    pageUrl: PAGE,
    state: { ...DEFAULT_STATE, view: 'matrix', parties: ['ukraine', 'russia'] },
    kept: { data: DATA, theme: 'dark', controls: '1', transparent: '1', embed: '0' },
    asOf: '2024-05-01',
    title: 'Where demands meet',
    height: 640,
    ...overrides,
  };
}

/** The iframes of a snippet as the browser would read them. */
function iframes(html: string): HTMLIFrameElement[] {
  return [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('iframe')];
}

function onlyIframe(html: string): HTMLIFrameElement {
  const frames = iframes(html);
  expect(frames).toHaveLength(1);
  const frame = frames[0];
  if (frame === undefined) throw new Error('no iframe');
  return frame;
}

/** The query of a URL as a plain object; fails on a repeated key, which would be ambiguous. */
function query(src: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(src).searchParams) {
    expect(k in out, `${k} repeated in ${src}`).toBe(false);
    out[k] = v;
  }
  return out;
}

/** Runs the snippet's inline script against a stand-in for pym and returns what it was called with. */
function runPym(snippet: string): unknown[] {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const scripts = [...doc.querySelectorAll('script')];
  expect(scripts).toHaveLength(2);
  expect(scripts[0]?.getAttribute('src')).toBe('https://pym.nprapps.org/pym.v1.min.js');
  const calls: unknown[][] = [];
  const pym = {
    Parent: function (this: unknown, ...args: unknown[]) {
      calls.push(args);
    },
  };

  (new Function('pym', scripts[1]?.textContent ?? '') as (p: typeof pym) => void)(pym);
  expect(calls).toHaveLength(1);
  return calls[0] ?? [];
}

describe('embedCodes: responsive snippet', () => {
  it('points the iframe at the page in embed mode, with the current state', () => {
    const codes = embedCodes(input());
    const src = onlyIframe(codes.responsive).getAttribute('src') ?? '';
    expect(src).toBe(codes.src);
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe('https://graphics.example.org/overlap/');
    expect(query(src)).toEqual({
      view: 'matrix',
      parties: 'ukraine,russia',
      data: DATA,
      theme: 'dark',
      embed: '1',
    });
  });

  it('keeps data= and theme= but drops controls, transparent and a stale embed value from the kept parameters', () => {
    const q = query(embedCodes(input()).src);
    expect(q.data).toBe(DATA);
    expect(q.theme).toBe('dark');
    expect(q.embed).toBe('1');
    expect('controls' in q).toBe(false);
    expect('transparent' in q).toBe(false);
  });

  it('keeps a lang parameter', () => {
    expect(query(embedCodes(input({ kept: { lang: 'uk' } })).src)).toEqual({
      view: 'matrix',
      parties: 'ukraine,russia',
      lang: 'uk',
      embed: '1',
    });
  });

  it('gives just embed=1 for the default state with nothing kept', () => {
    expect(query(embedCodes(input({ state: DEFAULT_STATE, kept: {} })).src)).toEqual({ embed: '1' });
  });

  it('carries every kind of filter', () => {
    const state = {
      ...DEFAULT_STATE,
      view: 'table' as const,
      issues: ['nato-membership'],
      categories: ['security', 'territory'],
      stances: ['supports' as const],
      attribution: ['direct' as const],
      from: '2022-01-01',
      to: '2022-12-31',
      q: 'red line & co',
      group: true,
    };
    expect(query(embedCodes(input({ state, kept: {} })).src)).toEqual({
      view: 'table',
      issues: 'nato-membership',
      categories: 'security,territory',
      stances: 'supports',
      attribution: 'direct',
      from: '2022-01-01',
      to: '2022-12-31',
      q: 'red line & co',
      group: 'issue',
      embed: '1',
    });
  });

  it('does not pin the date in the live variant', () => {
    expect('asOf' in query(embedCodes(input()).src)).toBe(false);
  });

  it('sets the title, lazy loading, full width and the given height', () => {
    const frame = onlyIframe(embedCodes(input()).responsive);
    expect(frame.getAttribute('title')).toBe('Where demands meet — Overlap matrix');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('width')).toBe('100%');
    expect(frame.getAttribute('height')).toBe('640');
  });

  it.each([
    [640.4, '640'],
    [640.5, '641'],
    [640.6, '641'],
  ])('rounds a height of %s to %s', (height, expected) => {
    expect(onlyIframe(embedCodes(input({ height })).responsive).getAttribute('height')).toBe(expected);
  });

  it('loads the host script from next to the page', () => {
    const doc = new DOMParser().parseFromString(embedCodes(input()).responsive, 'text/html');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('src')).toBe('https://graphics.example.org/overlap/embed.js');
    expect(scripts[0]?.hasAttribute('async')).toBe(true);
  });

  it('resolves the host script against a page URL that names its file', () => {
    const doc = new DOMParser().parseFromString(
      embedCodes(input({ pageUrl: 'https://graphics.example.org/overlap/index.html' })).responsive,
      'text/html',
    );
    expect(doc.querySelector('script')?.getAttribute('src')).toBe('https://graphics.example.org/overlap/embed.js');
  });

  it('escapes the title so it stays one attribute', () => {
    const title = 'Say "yes" <b>now</b> & then';
    const html = embedCodes(input({ title })).responsive;
    expect(html).toContain('title="Say &quot;yes&quot; &lt;b&gt;now&lt;/b&gt; &amp; then — Overlap matrix"');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('b')).toBeNull();
    const frame = onlyIframe(html);
    expect(frame.getAttribute('title')).toBe(`${title} — Overlap matrix`);
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttributeNames().sort()).toEqual(['height', 'loading', 'src', 'style', 'title', 'width']);
  });

  it('escapes the ampersands of the src, and a quote in a kept value cannot end the attribute', () => {
    const kept = { data: 'https://data.example.org/d.json?a=1&b="x"><script>' };
    const html = embedCodes(input({ kept })).responsive;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    const src = onlyIframe(html).getAttribute('src') ?? '';
    expect(query(src).data).toBe('https://data.example.org/d.json?a=1&b="x"><script>');
    expect(query(src).parties).toBe('ukraine,russia');
  });
});

describe('embedCodes: frozen snippet', () => {
  it('pins the view and the date, and is otherwise the live one', () => {
    const codes = embedCodes(input());
    const src = onlyIframe(codes.frozen).getAttribute('src') ?? '';
    expect(src).toBe(codes.frozenSrc);
    expect(query(src)).toEqual({
      view: 'matrix',
      parties: 'ukraine,russia',
      data: DATA,
      theme: 'dark',
      embed: '1',
      asOf: '2024-05-01',
    });
  });

  it('pins even the default view, so a later change of default does not change the graphic', () => {
    const codes = embedCodes(input({ state: DEFAULT_STATE, kept: {} }));
    expect(query(codes.frozenSrc)).toEqual({ view: 'compare', asOf: '2024-05-01', embed: '1' });
    expect('view' in query(codes.src)).toBe(false);
  });

  it('pins the given date in force, once', () => {
    const codes = embedCodes(input({ state: { ...DEFAULT_STATE, asOf: '2023-03-01' }, asOf: '2023-03-01', kept: {} }));
    expect(query(codes.frozenSrc).asOf).toBe('2023-03-01');
  });

  it('has the same title, size and host script as the responsive one', () => {
    const codes = embedCodes(input({ height: 700.2 }));
    const frame = onlyIframe(codes.frozen);
    expect(frame.getAttribute('title')).toBe('Where demands meet — Overlap matrix');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('width')).toBe('100%');
    expect(frame.getAttribute('height')).toBe('700');
    const doc = new DOMParser().parseFromString(codes.frozen, 'text/html');
    expect(doc.querySelector('script')?.getAttribute('src')).toBe('https://graphics.example.org/overlap/embed.js');
  });
});

describe('embedCodes: pym.js snippet', () => {
  it('creates a pym parent in its own container, for the embed URL, with the title', () => {
    const codes = embedCodes(input());
    const doc = new DOMParser().parseFromString(codes.pym, 'text/html');
    const div = doc.querySelector('div');
    expect(div?.id).toBe('overlap-dashboard-matrix');
    const [id, src, config] = runPym(codes.pym);
    expect(id).toBe('overlap-dashboard-matrix');
    expect(src).toBe(codes.src);
    expect(query(String(src)).embed).toBe('1');
    expect(config).toEqual({ title: 'Where demands meet — Overlap matrix' });
  });

  it.each([
    '</script><script>alert(1)</script>',
    '</SCRIPT ><img src=x onerror=alert(1)>',
    '<!--<script>',
    'quote " and \\ backslash \u2028 line separator',
  ])('cannot be broken out of by the title %j', (title) => {
    const snippet = embedCodes(input({ title })).pym;
    const lastClose = snippet.lastIndexOf('</script>');
    expect(lastClose).toBe(snippet.length - '</script>'.length);
    const inline = snippet.slice(snippet.indexOf('<script>'), lastClose);
    expect(inline.toLowerCase()).not.toContain('</script');
    expect(inline).not.toContain('<!--');
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.body.children).toHaveLength(3);
    const [, , config] = runPym(snippet);
    expect(config).toEqual({ title: `${title} — Overlap matrix` });
  });
});

describe('embedCodes: the iframe title names the dataset and the view, in the interface language', () => {
  const titles = (overrides: Partial<EmbedCodeInput>) => {
    const codes = embedCodes(input(overrides));
    const [, , config] = runPym(codes.pym);
    return {
      responsive: onlyIframe(codes.responsive).getAttribute('title'),
      frozen: onlyIframe(codes.frozen).getAttribute('title'),
      pym: (config as { title?: string } | undefined)?.title,
    };
  };

  it.each([
    ['compare', 'Where demands meet — Compare'],
    ['matrix', 'Where demands meet — Overlap matrix'],
    ['agreement', 'Where demands meet — Agreement'],
    ['timeline', 'Where demands meet — Timeline'],
    ['distribution', 'Where demands meet — Distribution'],
    ['table', 'Where demands meet — All positions'],
  ] as const)('in English, the %s view is titled %j in all three snippets', (view, expected) => {
    const state = { ...DEFAULT_STATE, view };
    expect(titles({ state })).toEqual({ responsive: expected, frozen: expected, pym: expected });
  });

  it('gives every view its own title', () => {
    const all = VIEWS.map((view) => titles({ state: { ...DEFAULT_STATE, view } }).responsive);
    expect(new Set(all).size).toBe(VIEWS.length);
  });

  it.each([
    [
      'uk',
      uk,
      'Україна, Росія і НАТО: де сходяться вимоги',
      'Україна, Росія і НАТО: де сходяться вимоги — Матриця збігів',
    ],
    [
      'ru',
      ru,
      'Украина, Россия и НАТО: где сходятся требования',
      'Украина, Россия и НАТО: где сходятся требования — Матрица совпадений',
    ],
    [
      'en',
      en,
      'Ukraine, Russia and NATO: where demands meet',
      'Ukraine, Russia and NATO: where demands meet — Overlap matrix',
    ],
  ] as const)('in %s, names the view in that language', (lang, m, title, expected) => {
    expect(titles({ lang, m, title })).toEqual({ responsive: expected, frozen: expected, pym: expected });
  });

  it('names the view in the language of the catalog for every view', () => {
    for (const [lang, m] of [
      ['uk', uk],
      ['ru', ru],
    ] as const)
      for (const view of VIEWS) {
        const title = titles({ lang, m, state: { ...DEFAULT_STATE, view } }).responsive ?? '';
        expect(title.startsWith('Where demands meet')).toBe(true);
        expect(title.endsWith(m.views[view])).toBe(true);
        expect(title.endsWith(en.views[view])).toBe(false);
      }
  });
});

describe('embedCodes: the interface language', () => {
  it('pins a language other than English in every variant, so the embed shows what the editor saw', () => {
    const codes = embedCodes(input({ lang: 'uk', m: uk, kept: {} }));
    expect(query(codes.src).lang).toBe('uk');
    expect(query(codes.frozenSrc).lang).toBe('uk');
    const [, src] = runPym(codes.pym);
    expect(query(String(src)).lang).toBe('uk');
  });

  it('leaves English, the embed’s default, out of the URL unless the page already carried lang=', () => {
    expect('lang' in query(embedCodes(input({ lang: 'en', kept: {} })).src)).toBe(false);
    expect(query(embedCodes(input({ lang: 'en', kept: { lang: 'en' } })).src).lang).toBe('en');
  });

  it('follows the language chosen on the page over a lang= the page was opened with', () => {
    expect(query(embedCodes(input({ lang: 'ru', m: ru, kept: { lang: 'uk' } })).src).lang).toBe('ru');
  });
});
