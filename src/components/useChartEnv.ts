import { useMemo } from 'react';
import { useI18n } from '../state/i18n';
import { useChartPalette } from '../state/theme';
import type { ChartEnv } from './charts/chartEnv';
import { useReducedMotion } from './charts/useReducedMotion';

/** What a view's container hands its charts: read here, once, so no chart reads the app's context itself. */
export function useChartEnv(): ChartEnv {
  const palette = useChartPalette();
  const { m, fmt, hy } = useI18n();
  const animate = !useReducedMotion();
  return useMemo(() => ({ palette, m, fmt, animate, hy }), [palette, m, fmt, animate, hy]);
}
