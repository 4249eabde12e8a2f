import { padDomain, timeTicks } from '../../lib/timeTicks';
import type { Formatter } from '../../lib/format';
import type { ChartPalette } from '../../lib/palette';

/** Room a tick label needs on the axis, in px: "Sept 2025" in 12 px text, with a gap. */
const TICK_ROOM = 84;

/** Props for a recharts XAxis of days over `domain`, padded, with ticks that suit the span and the width. */
export function timeAxis(domain: readonly [number, number], fmt: Formatter, palette: ChartPalette, width: number) {
  const ticks = timeTicks(domain, fmt.locale, Math.max(2, Math.floor(width / TICK_ROOM)));
  const labels = new Map(ticks.map((t) => [t.day, t.label]));
  return {
    type: 'number' as const,
    dataKey: 'day',
    domain: padDomain(domain),
    ticks: ticks.map((t) => t.day),
    tickFormatter: (d: number) => labels.get(d) ?? '',
    allowDataOverflow: true,
    stroke: palette.rule,
    tick: { fill: palette.inkMuted, fontSize: 12 },
  };
}
