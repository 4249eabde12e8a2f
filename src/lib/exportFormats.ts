import type { Position } from '../data/schema';
import type { DatasetIndex } from './datasetIndex';
import { positionsCsv, positionsJson } from './exportData';

/**
 * What an editor can export: image sizes and file formats, one row each. The export panel draws its choices from
 * these rows and the catalogs name each (`export.presets`, `export.formats`), so a new size or format is a row here
 * and its name.
 */
export interface ImageSize {
  /** The image's size for a view drawn `viewWidth` px wide; `custom` is the width the editor typed. */
  size: (viewWidth: number, custom: number) => { width: number; height: number | null };
}

/** The narrowest and widest image the editor may ask for. */
export const CUSTOM_WIDTH = { min: 320, max: 3000, step: 10, initial: 800 } as const;

const sized = (size: ImageSize['size']): ImageSize => ({ size });

export const IMAGE_SIZES = {
  article: sized((viewWidth) => ({ width: Math.max(CUSTOM_WIDTH.min, Math.round(viewWidth)), height: null })),
  social: sized(() => ({ width: 1200, height: 628 })),
  square: sized(() => ({ width: 1080, height: 1080 })),
  custom: sized((_viewWidth, custom) => ({ width: Math.round(custom), height: null })),
};

export type ImageSizeId = keyof typeof IMAGE_SIZES;
export const IMAGE_SIZE_IDS = Object.keys(IMAGE_SIZES) as ImageSizeId[];

export const isCustomWidth = (width: number): boolean =>
  Number.isInteger(width) && width >= CUSTOM_WIDTH.min && width <= CUSTOM_WIDTH.max;

/** Pixels per image pixel in a PNG: sharp on a phone's screen and in print at column width. */
export const PNG_SCALE = 2;

export const IMAGE_FORMATS = {
  png: { mime: 'image/png' },
  svg: { mime: 'image/svg+xml;charset=utf-8' },
} as const;

/** What a data file holds: the positions the reader's filters leave, with the dataset's names and the view's address. */
export interface DataExportInput {
  positions: readonly Position[];
  index: DatasetIndex;
  meta: { title: string; asOf: string; url: string };
}

export const DATA_FORMATS = {
  csv: {
    mime: 'text/csv;charset=utf-8',
    build: ({ positions, index }: DataExportInput) => positionsCsv(positions, index),
  },
  json: {
    mime: 'application/json',
    build: ({ positions, index, meta }: DataExportInput) => positionsJson(positions, index, meta),
  },
} as const;
export type DataFormat = keyof typeof DATA_FORMATS;
export const DATA_FORMAT_IDS = Object.keys(DATA_FORMATS) as DataFormat[];
