import { createContext, useContext } from 'react';
import { CHART_PALETTES, type ChartPalette, type Theme } from '../lib/palette';

/** The resolved theme (auto already decided), provided once at the root. */
export const ThemeContext = createContext<Theme>('light');

export const useChartPalette = (): ChartPalette => CHART_PALETTES[useContext(ThemeContext)];
