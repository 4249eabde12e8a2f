import type { Formatter } from '../../lib/format';
import type { ChartPalette } from '../../lib/palette';

/** An index (0–1) as the 0–100 a percent axis plots, to a tenth; no basis plots as 0 and is labelled, never drawn. */
export const percentValue = (index: number | null): number => (index === null ? 0 : Math.round(index * 1000) / 10);

/** Props for a recharts XAxis or YAxis running 0–100 %; `narrow` keeps three ticks so labels do not collide. */
export function percentAxis(fmt: Formatter, palette: ChartPalette, narrow = false) {
  return {
    type: 'number' as const,
    domain: [0, 100],
    ticks: narrow ? [0, 50, 100] : [0, 25, 50, 75, 100],
    tickFormatter: (v: number) => fmt.percent(v / 100),
    stroke: palette.rule,
    tick: { fill: palette.inkMuted, fontSize: 12 },
  };
}
