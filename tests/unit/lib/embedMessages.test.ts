import { describe, expect, it } from 'vitest';
import {
  heightMessages,
  isOwnHeightMessage,
  MAX_HEIGHT,
  parseParentMessage,
  SENTINEL,
} from '../../../src/lib/embedMessages';

describe('embed message constants', () => {
  it('uses the sentinel and ceiling the host script (embed/embed.js) also checks', () => {
    expect(SENTINEL).toBe('overlap-dashboard');
    expect(MAX_HEIGHT).toBe(100000);
  });
});

describe('heightMessages', () => {
  it('announces the height to pym.js, AMP and our own host script when pym gave us an id', () => {
    expect(heightMessages(640, 'overlap-dashboard-matrix')).toEqual([
      'pymxPYMxoverlap-dashboard-matrixxPYMxheightxPYMx640',
      { sentinel: 'amp', type: 'embed-size', height: 640 },
      { sentinel: 'overlap-dashboard', type: 'height', id: 'overlap-dashboard-matrix', height: 640 },
    ]);
  });

  it('sends no pym string without a pym id (pym would not recognise it)', () => {
    const messages = heightMessages(640, null);
    expect(messages).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 640 },
      { sentinel: 'overlap-dashboard', type: 'height', id: null, height: 640 },
    ]);
    expect(messages.some((m) => typeof m === 'string')).toBe(false);
  });

  it.each([
    [812.2, 813],
    [812.0001, 813],
    [812.9, 813],
    [812, 812],
    [0.1, 1],
    [0, 0],
  ])(
    'rounds a height of %s up to %s px in every message, so the frame never clips its last pixel',
    (height, expected) => {
      expect(heightMessages(height, 'f1')).toEqual([
        `pymxPYMxf1xPYMxheightxPYMx${expected}`,
        { sentinel: 'amp', type: 'embed-size', height: expected },
        { sentinel: 'overlap-dashboard', type: 'height', id: 'f1', height: expected },
      ]);
    },
  );

  it('produces an own message the host-side check accepts', () => {
    const own = heightMessages(1234.5, null)[1];
    expect(isOwnHeightMessage(own)).toBe(true);
  });
});

describe('parseParentMessage', () => {
  it("accepts pym's width ping for our own id", () => {
    expect(parseParentMessage('pymxPYMxframe-1xPYMxwidthxPYMx640', 'frame-1')).toEqual({
      kind: 'pym-width',
      width: 640,
    });
    expect(parseParentMessage('pymxPYMxframe-1xPYMxwidthxPYMx0', 'frame-1')).toEqual({ kind: 'pym-width', width: 0 });
    expect(parseParentMessage('pymxPYMxframe-1xPYMxwidthxPYMx999999', 'frame-1')).toEqual({
      kind: 'pym-width',
      width: 999999,
    });
  });

  it('ignores everything when pym gave us no id', () => {
    expect(parseParentMessage('pymxPYMxframe-1xPYMxwidthxPYMx640', null)).toBeNull();
    expect(parseParentMessage('pymxPYMxnullxPYMxwidthxPYMx640', null)).toBeNull();
  });

  it.each([
    'pymxPYMxframe-2xPYMxwidthxPYMx640',
    'pymxPYMxframe-10xPYMxwidthxPYMx640',
    'pymxPYMxframexPYMxwidthxPYMx640',
    'pymxPYMxFRAME-1xPYMxwidthxPYMx640',
  ])('ignores a width ping for another frame: %s', (message) => {
    expect(parseParentMessage(message, 'frame-1')).toBeNull();
  });

  it.each([
    'pymxPYMxframe-1xPYMxheightxPYMx640',
    'pymxPYMxframe-1xPYMxnavigateToxPYMxhttps://evil.example/',
    'pymxPYMxframe-1xPYMxscrollToChildPosxPYMx100',
    'pymxPYMxframe-1xPYMxviewport-iframe-positionxPYMx800 600 0 0',
  ])('ignores other pym messages for our id: %s', (message) => {
    expect(parseParentMessage(message, 'frame-1')).toBeNull();
  });

  it.each([
    ['a unit', '640px'],
    ['a sign', '-640'],
    ['a plus sign', '+640'],
    ['a decimal', '640.5'],
    ['an exponent', '6e2'],
    ['nothing', ''],
    ['a space', ' 640'],
    ['a trailing space', '640 '],
    ['a newline', '640\n'],
    ['seven digits', '1234567'],
    ['a word', 'NaN'],
    ['a second message', '640xPYMxheightxPYMx1'],
    ['non-ASCII digits', '٦٤٠'],
  ])('ignores a width with %s', (_what, width) => {
    expect(parseParentMessage(`pymxPYMxframe-1xPYMxwidthxPYMx${width}`, 'frame-1')).toBeNull();
  });

  it('ignores an over-long string even if it starts like a width ping', () => {
    expect(parseParentMessage(`pymxPYMxframe-1xPYMxwidthxPYMx640${' '.repeat(300)}`, 'frame-1')).toBeNull();
    expect(parseParentMessage(`pymxPYMxframe-1xPYMxwidthxPYMx${'9'.repeat(300)}`, 'frame-1')).toBeNull();
    expect(parseParentMessage('x'.repeat(100_000), 'frame-1')).toBeNull();
  });

  it('ignores a ping that does not start at the beginning of the message', () => {
    expect(parseParentMessage('xpymxPYMxframe-1xPYMxwidthxPYMx640', 'frame-1')).toBeNull();
  });

  it.each([
    ['an object', { width: 640 }],
    ['an own height message', { sentinel: 'overlap-dashboard', type: 'height', id: 'frame-1', height: 640 }],
    ['an array', ['pymxPYMxframe-1xPYMxwidthxPYMx640']],
    ['a number', 640],
    ['null', null],
    ['undefined', undefined],
    ['a boolean', true],
    ['a String object', new String('pymxPYMxframe-1xPYMxwidthxPYMx640')],
  ])('ignores %s', (_what, data) => {
    expect(parseParentMessage(data, 'frame-1')).toBeNull();
  });
});

describe('isOwnHeightMessage', () => {
  const good = { sentinel: 'overlap-dashboard', type: 'height', id: null, height: 640 };

  it('accepts our own height message, with or without a pym id', () => {
    expect(isOwnHeightMessage(good)).toBe(true);
    expect(isOwnHeightMessage({ ...good, id: 'frame-1' })).toBe(true);
  });

  it('accepts the ends of the allowed range: 0 and MAX_HEIGHT, and fractions', () => {
    expect(isOwnHeightMessage({ ...good, height: 0 })).toBe(true);
    expect(isOwnHeightMessage({ ...good, height: 100000 })).toBe(true);
    expect(isOwnHeightMessage({ ...good, height: 812.2 })).toBe(true);
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['a negative height', -1],
    ['a tiny negative height', -0.001],
    ['a height above MAX_HEIGHT', 100000.5],
    ['a huge height', 1e12],
    ['a height as a string', '640'],
    ['a missing height', undefined],
    ['a null height', null],
  ])('refuses %s', (_what, height) => {
    expect(isOwnHeightMessage({ ...good, height })).toBe(false);
  });

  it.each([
    ['another sentinel', { ...good, sentinel: 'amp' }],
    ['a sentinel in another case', { ...good, sentinel: 'Overlap-Dashboard' }],
    ['no sentinel', { type: 'height', id: null, height: 640 }],
    ['the AMP type', { ...good, type: 'embed-size' }],
    ['no type', { sentinel: 'overlap-dashboard', id: null, height: 640 }],
    ['a numeric id', { ...good, id: 7 }],
    ['an object id', { ...good, id: { toString: () => 'x' } }],
    ['a missing id', { sentinel: 'overlap-dashboard', type: 'height', height: 640 }],
    ['an AMP message', { sentinel: 'amp', type: 'embed-size', height: 640 }],
  ])('refuses a message with %s', (_what, data) => {
    expect(isOwnHeightMessage(data)).toBe(false);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a pym string', 'pymxPYMxframe-1xPYMxheightxPYMx640'],
    [
      'a JSON string of a good message',
      JSON.stringify({ sentinel: 'overlap-dashboard', type: 'height', id: null, height: 640 }),
    ],
    ['a number', 640],
    ['a boolean', true],
    ['an array', [good]],
  ])('refuses %s', (_what, data) => {
    expect(isOwnHeightMessage(data)).toBe(false);
  });
});
