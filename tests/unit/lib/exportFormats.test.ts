import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { baseText, CUSTOM_WIDTH, IMAGE_SIZE_IDS, IMAGE_SIZES, isCustomWidth } from '../../../src/lib/exportFormats';

describe('export formats', () => {
  it('sizes an article image to the view (never below the narrowest), and the composed formats to fixed sizes', () => {
    expect(IMAGE_SIZES.article.size(640.4, 0)).toEqual({ width: 640, height: null });
    expect(IMAGE_SIZES.article.size(200, 0)).toEqual({ width: CUSTOM_WIDTH.min, height: null });
    expect(IMAGE_SIZES.social.size(640, 0)).toEqual({ width: 1200, height: 628 });
    expect(IMAGE_SIZES.square.size(640, 0)).toEqual({ width: 1080, height: 1080 });
    expect(IMAGE_SIZES.portrait.size(640, 0)).toEqual({ width: 1080, height: 1350 });
    expect(IMAGE_SIZES.custom.size(640, 1000)).toEqual({ width: 1000, height: null });
  });

  it('sets a composed image’s smallest text at 20 px per 1200 px of width, an article image’s at the page’s size', () => {
    expect(baseText('social', 1200)).toBe(20);
    expect(baseText('square', 1080)).toBe(18);
    expect(baseText('article', 640)).toBe(13);
  });

  it('takes a custom width only as a whole number within the limits', () => {
    expect([319, 320, 3000, 3001, 800.5].map(isCustomWidth)).toEqual([false, true, true, false, false]);
  });

  it('names every size in the reference catalog (the others are typed by it)', () => {
    expect(Object.keys(en.export.presets).sort()).toEqual([...IMAGE_SIZE_IDS].sort());
  });
});
