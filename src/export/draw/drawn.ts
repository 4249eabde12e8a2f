import type { ChartPalette } from '../../lib/palette';
import type { Pen } from './primitives';

/**
 * A picture drawn for an image: its markup in its own coordinates (0..width × 0..height), and how many of its rows
 * (issues, pairs) it holds of how many the view has; or `tooWide` when the view's columns cannot fit the width with
 * readable text, which the export dialog says instead of drawing an unreadable image.
 */
export type Drawn =
  { tooWide: true } | { tooWide?: false; markup: string; width: number; height: number; shown: number; total: number };

/** Draws a picture of kind T `width` px wide, in at most `maxHeight` px (null: as tall as it needs). */
export type Draw<T> = (picture: T, width: number, maxHeight: number | null, pen: Pen, pal: ChartPalette) => Drawn;
