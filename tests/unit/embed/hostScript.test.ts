// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

const SOURCE = readFileSync(resolve(import.meta.dirname, '../../../embed/embed.js'), 'utf8');
const FLAG = 'overlapDashboardEmbed';

describe('embed/embed.js: what a newsroom page includes', () => {
  it('is under 2 KiB gzipped', () => {
    expect(gzipSync(Buffer.from(SOURCE, 'utf8')).length).toBeLessThan(2048);
  });

  it('opens with a preserved (/*! … */) comment that carries the MIT licence', () => {
    const header = /^\/\*![\s\S]*?\*\//.exec(SOURCE)?.[0] ?? '';
    expect(header).toMatch(/MIT License/);
  });
});

describe('embed/embed.js in a page', () => {
  let frames: HTMLIFrameElement[] = [];
  let adds: MockInstance<Window['addEventListener']>;

  /** The 'message' listeners added to the window since the test began (by the script). */
  const listeners = () => adds.mock.calls.filter((call) => call[0] === 'message').map((call) => call[1]);

  /** Runs the script as a <script> tag would: in the page's global scope. */
  function include(): void {
    (new Function(SOURCE) as () => void)();
  }

  function frame(): HTMLIFrameElement {
    const f = document.createElement('iframe');
    f.setAttribute('height', '400');
    document.body.appendChild(f);
    frames.push(f);
    return f;
  }

  /**
   * A message as the browser delivers it: `source` is the window that posted it. jsdom's
   * MessageEvent constructor accepts an iframe's contentWindow as `source` (checked below), so no
   * workaround is needed; `null` stands for a message with no source window.
   */
  function post(data: unknown, source: Window | null): void {
    window.dispatchEvent(new MessageEvent('message', { data, source }));
  }

  const own = (height: unknown) => ({ sentinel: 'overlap-dashboard', type: 'height', id: null, height });

  beforeEach(() => {
    Reflect.deleteProperty(window, FLAG);
    frames = [];
    // Record (and still add) the listeners the script adds, so each test can remove them after.
    adds = vi.spyOn(window, 'addEventListener');
  });

  afterEach(() => {
    const added = listeners();
    vi.restoreAllMocks();
    for (const l of added) if (l !== null) window.removeEventListener('message', l);
    for (const f of frames) f.remove();
    Reflect.deleteProperty(window, FLAG);
  });

  it('lets jsdom deliver an iframe window as the message source (premise of the tests below)', () => {
    const a = frame();
    expect(a.contentWindow).not.toBeNull();
    const event = new MessageEvent('message', { data: 1, source: a.contentWindow });
    expect(event.source).toBe(a.contentWindow);
  });

  it('sizes the iframe that sent the height, rounded up, and no other', () => {
    include();
    const a = frame();
    const b = frame();
    post(own(812.2), a.contentWindow);
    expect(a.style.height).toBe('813px');
    expect(b.style.height).toBe('');
    post(own(500), b.contentWindow);
    expect(b.style.height).toBe('500px');
    expect(a.style.height).toBe('813px');
  });

  it('sizes iframes added to the page after the script ran, wherever they sit', () => {
    include();
    const wrapper = document.createElement('figure');
    document.body.appendChild(wrapper);
    const f = document.createElement('iframe');
    wrapper.appendChild(f);
    try {
      post(own(640), f.contentWindow);
      expect(f.style.height).toBe('640px');
    } finally {
      wrapper.remove();
    }
  });

  it('follows the height as it changes, down as well as up', () => {
    include();
    const a = frame();
    post(own(900), a.contentWindow);
    post(own(300.5), a.contentWindow);
    expect(a.style.height).toBe('301px');
  });

  it('accepts the ends of the range, 0 and 100000', () => {
    include();
    const a = frame();
    post(own(0), a.contentWindow);
    expect(a.style.height).toBe('0px');
    post(own(100000), a.contentWindow);
    expect(a.style.height).toBe('100000px');
  });

  it('accepts a message carrying a pym id', () => {
    include();
    const a = frame();
    post(
      { sentinel: 'overlap-dashboard', type: 'height', id: 'overlap-dashboard-matrix', height: 700 },
      a.contentWindow,
    );
    expect(a.style.height).toBe('700px');
  });

  it.each([
    ['another sentinel', { sentinel: 'amp', type: 'height', id: null, height: 700 }],
    ["AMP's size message", { sentinel: 'amp', type: 'embed-size', height: 700 }],
    ['another type', { sentinel: 'overlap-dashboard', type: 'width', id: null, height: 700 }],
    ['no sentinel', { type: 'height', height: 700 }],
    ['a pym height string', 'pymxPYMxoverlap-dashboard-matrixxPYMxheightxPYMx700'],
    [
      'a JSON string of our message',
      JSON.stringify({ sentinel: 'overlap-dashboard', type: 'height', id: null, height: 700 }),
    ],
    ['a number', 700],
    ['null', null],
    ['NaN', own(NaN)],
    ['Infinity', own(Infinity)],
    ['a negative height', own(-10)],
    ['a height above 100000', own(100001)],
    ['a huge height', own(1e300)],
    ['a height as a string', own('700')],
    ['a height as a CSS value', own('700px; background: red')],
  ])('changes nothing for %s', (_what, data) => {
    include();
    const a = frame();
    const b = frame();
    post(data, a.contentWindow);
    expect(a.style.height).toBe('');
    expect(b.style.height).toBe('');
    expect(a.getAttribute('height')).toBe('400');
  });

  it.each([
    ['the page itself', () => window],
    ['no window', () => null],
  ])('changes nothing for a good message whose source is %s, not one of the iframes', (_what, source) => {
    include();
    const a = frame();
    const b = frame();
    post(own(700), source());
    expect(a.style.height).toBe('');
    expect(b.style.height).toBe('');
  });

  it('changes nothing for a good message from an iframe that has since left the page', () => {
    include();
    const a = frame();
    const gone = frame();
    const goneWindow = gone.contentWindow;
    gone.remove();
    post(own(700), goneWindow);
    expect(a.style.height).toBe('');
  });

  it('sets its flag, and handles messages once when included twice', () => {
    include();
    expect(Reflect.get(window, FLAG)).toBe(true);
    include();
    expect(listeners()).toHaveLength(1);
    const a = frame();
    const lookups = vi.spyOn(document, 'getElementsByTagName');
    post(own(640), a.contentWindow);
    expect(a.style.height).toBe('640px');
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('adds no global besides its flag', () => {
    const before = new Set(Object.keys(window));
    include();
    const added = Object.keys(window).filter((k) => !before.has(k));
    expect(added).toEqual([FLAG]);
  });
});
