/**
 * What an editor can export: image sizes and file formats, one row each. The export panel draws its choices from
 * these rows and the catalogs name each (`export.presets`), so a new size is a row here and its name.
 */
export interface ImageSize {
  /** The image's size for a view drawn `viewWidth` px wide; `custom` is the width the editor typed. */
  size: (viewWidth: number, custom: number) => { width: number; height: number | null };
  /**
   * Composed for its format rather than the page scaled down: the picture is laid out again with its smallest text at
   * MIN_TEXT_PER_1200 px for every 1200 px of width, so it reads where the card is shown (a feed, a phone).
   */
  composed: boolean;
}

/** The narrowest and widest image the editor may ask for. */
export const CUSTOM_WIDTH = { min: 320, max: 3000, step: 10, initial: 800 } as const;

/** The smallest text of a composed image, per 1200 px of its width: a social card is read at a phone's width. */
const MIN_TEXT_PER_1200 = 20;
/** The smallest text of an article-width image: the page's own chart labels. */
const ARTICLE_TEXT = 13;

const row = (r: ImageSize): ImageSize => r;

export const IMAGE_SIZES = {
  article: row({
    size: (viewWidth) => ({ width: Math.max(CUSTOM_WIDTH.min, Math.round(viewWidth)), height: null }),
    composed: false,
  }),
  social: row({ size: () => ({ width: 1200, height: 628 }), composed: true }),
  square: row({ size: () => ({ width: 1080, height: 1080 }), composed: true }),
  portrait: row({ size: () => ({ width: 1080, height: 1350 }), composed: true }),
  custom: row({ size: (_viewWidth, custom) => ({ width: Math.round(custom), height: null }), composed: false }),
};

export type ImageSizeId = keyof typeof IMAGE_SIZES;
export const IMAGE_SIZE_IDS = Object.keys(IMAGE_SIZES) as ImageSizeId[];

/** The smallest text size of an image of `width` px in the size `id`. */
export const baseText = (id: ImageSizeId, width: number): number =>
  IMAGE_SIZES[id].composed ? (MIN_TEXT_PER_1200 * width) / 1200 : ARTICLE_TEXT;

export const isCustomWidth = (width: number): boolean =>
  Number.isInteger(width) && width >= CUSTOM_WIDTH.min && width <= CUSTOM_WIDTH.max;

/** Pixels per image pixel in a PNG: sharp on a phone's screen and in print at column width. */
export const PNG_SCALE = 2;

export const IMAGE_FORMATS = {
  png: { mime: 'image/png' },
  svg: { mime: 'image/svg+xml;charset=utf-8' },
} as const;

/** The data files: each table as CSV, everything as JSON, and the citation as plain text. */
export const DATA_MIME = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  txt: 'text/plain;charset=utf-8',
} as const;
