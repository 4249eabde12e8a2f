import { formatTick, padDomain, timeTicks } from '../../lib/timeTicks';
import type { Formatter } from '../../lib/format';
import type { ChartPalette } from '../../lib/palette';

/** Props for a recharts XAxis of days over `domain`, padded, with yearly (or half-yearly) ticks. */
export function timeAxis(domain: readonly [number, number], fmt: Formatter, palette: ChartPalette) {
  return {
    type: 'number' as const,
    dataKey: 'day',
    domain: padDomain(domain),
    ticks: timeTicks(domain),
    tickFormatter: (d: number) => formatTick(d, fmt.locale),
    allowDataOverflow: true,
    stroke: palette.rule,
    tick: { fill: palette.inkMuted, fontSize: 12 },
  };
}
