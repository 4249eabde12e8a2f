import type { Party, Stance } from '../data/schema';
import { colorDistance, DISTINCT_DELTA_E } from './colorDistance';

/**
 * Okabe–Ito, adjusted where needed for 3:1 contrast on both the light and the dark page; parties without a colour of their
 * own take these in order, skipping any a dataset already uses.
 */
export const FALLBACK_PARTY_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#8A6A00',
  '#6A67C0',
  '#A0522D',
  '#777777',
] as const;

/**
 * Each party's colour: its own, else the next fallback colour that no party already has and that is not too close to
 * one a party has (ΔE2000 under DISTINCT_DELTA_E: a dataset's #1f77b4 and the fallback's #0072B2 read as one blue).
 * When every fallback is taken or too close, they are reused in order: more parties than distinct colours.
 */
export function partyColors(parties: readonly Party[]): Map<string, string> {
  const own = parties.flatMap((p) => (p.color === undefined ? [] : [p.color]));
  const free = FALLBACK_PARTY_COLORS.filter((c) => own.every((o) => colorDistance(c, o) >= DISTINCT_DELTA_E));
  let next = 0;
  return new Map(
    parties.map((p) => [p.id, p.color ?? free[next++ % Math.max(free.length, 1)] ?? FALLBACK_PARTY_COLORS[0]]),
  );
}

/** Fill and ink of each stance: the same tints as the stylesheet's badges and cells. */
export interface Tint {
  fill: string;
  ink: string;
}
export const STANCE_TINT: Record<Stance | 'none', Tint> = {
  supports: { fill: '#dbeaf8', ink: '#0b4a85' },
  conditional: { fill: '#fdefc7', ink: '#6e4a00' },
  opposes: { fill: '#fadfd3', ink: '#8f2d0c' },
  none: { fill: '#f1f1ef', ink: '#5c5c5c' },
};

/** Series that are not parties (party pairs): dark enough for 3:1 on white, each also dashed differently. */
const SERIES_COLORS = ['#3d3d3d', '#9c3d7f', '#8a6a00', '#2a7f8f', '#56549E', '#A0522D'] as const;
const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '12 4', '3 6'] as const;
export const seriesDash = (i: number) => SERIES_DASHES[i % SERIES_DASHES.length] ?? '';

const INK = '#1a1a1a';
const INK_MUTED = '#5c5c5c';
const RULE = '#d9d9d9';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Everything a chart draws with, per theme; SVG attributes need values, not CSS variables, to export cleanly. */
export interface ChartPalette {
  ink: string;
  inkMuted: string;
  rule: string;
  paper: string;
  bar: string;
  /** Text drawn on `bar` and on series colours. */
  onBar: string;
  stance: Record<Stance | 'none', Tint>;
  series: readonly string[];
}

export const CHART_PALETTES: Record<Theme, ChartPalette> = {
  light: {
    ink: INK,
    inkMuted: INK_MUTED,
    rule: RULE,
    paper: '#ffffff',
    bar: '#3b6ea5',
    onBar: '#ffffff',
    stance: STANCE_TINT,
    series: SERIES_COLORS,
  },
  dark: {
    ink: '#ececec',
    inkMuted: '#b5b5b5',
    rule: '#3a3a3a',
    paper: '#141414',
    bar: '#7fa8d6',
    onBar: '#141414',
    stance: {
      supports: { fill: '#17324d', ink: '#a9d1f7' },
      conditional: { fill: '#3d3010', ink: '#f2d27a' },
      opposes: { fill: '#4a2216', ink: '#f5b49c' },
      none: { fill: '#262626', ink: '#b5b5b5' },
    },
    series: ['#d0d0d0', '#e58fc8', '#d9b84a', '#6cc3d3', '#a9a6f0', '#e59a6a'],
  },
};

/** The colour of the i-th non-party series (a pair of parties) in a theme's palette. */
export const seriesColor = (pal: ChartPalette, i: number) => pal.series[i % pal.series.length] ?? pal.ink;
