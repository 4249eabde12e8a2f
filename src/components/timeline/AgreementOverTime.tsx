import { Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColor, seriesDash } from '../../lib/palette';
import { useChartPalette } from '../../state/theme';
import { dayNumber, isoFromDay } from '../../lib/dates';
import { pairKey, type AgreementRow } from '../../lib/timeline';
import { ChartFrame, SeriesLegend } from '../charts/ChartFrame';
import { useReducedMotion } from '../charts/useReducedMotion';
import { useI18n } from '../../state/i18n';
import { SeriesSwatch } from './markers';
import { formatTick, padDomain, timeTicks } from './timeAxis';

interface Props {
  rows: AgreementRow[];
  pairs: { a: string; b: string; label: string }[];
  domain: [number, number];
  asOf: string;
  issueCount: number;
}

/** Every pair's agreement index, recomputed at each date where any position changes. */
export function AgreementOverTime({ rows, pairs, domain, asOf, issueCount }: Props) {
  const pal = useChartPalette();
  const reduced = useReducedMotion();
  const { m, fmt } = useI18n();
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? m.charts.noBasis : fmt.percent(v / 100);
  const flat = rows.map((r) => ({ day: r.day, ...r.values }));
  const last = rows.at(-1);
  const summary =
    last === undefined
      ? m.timeline.nothingYet(fmt.date(asOf))
      : m.timeline.agreementSummary(
          fmt.date(asOf),
          issueCount,
          pairs.map((p) => `${p.label} ${pct(last.values[pairKey(p.a, p.b)])}`).join(', '),
        );
  return (
    <ChartFrame
      title={m.timeline.agreementTitle}
      summary={summary}
      note={m.timeline.agreementNote}
      legend={
        <SeriesLegend
          label={m.agreement.pairs}
          items={pairs.map((p, i) => ({
            key: p.label,
            label: p.label,
            swatch: <SeriesSwatch index={i} color={seriesColor(pal, i)} dash={seriesDash(i)} marker={false} />,
          }))}
        />
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{m.timeline.date}</th>
              {pairs.map((p) => (
                <th scope="col" key={p.label}>
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.date}>
                <th scope="row">{fmt.date(r.date)}</th>
                {pairs.map((p) => (
                  <td key={p.label}>{pct(r.values[pairKey(p.a, p.b)])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => (
        <LineChart
          width={width}
          height={220}
          data={flat}
          margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <XAxis
            type="number"
            dataKey="day"
            domain={padDomain(domain)}
            ticks={timeTicks(domain)}
            tickFormatter={(d: number) => formatTick(d, fmt.locale)}
            allowDataOverflow
            stroke={pal.rule}
            tick={{ fill: pal.inkMuted, fontSize: 12 }}
          />
          <YAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => fmt.percent(v / 100)}
            width={44}
            stroke={pal.rule}
            tick={{ fill: pal.inkMuted, fontSize: 12 }}
          />
          {[25, 50, 75].map((y) => (
            <ReferenceLine key={y} y={y} stroke={pal.rule} />
          ))}
          <ReferenceLine x={dayNumber(asOf)} stroke={pal.inkMuted} strokeDasharray="4 3" />
          <Tooltip
            labelFormatter={(day) => fmt.date(isoFromDay(Number(day)))}
            formatter={(value) => pct(typeof value === 'number' ? value : null)}
            isAnimationActive={false}
          />
          {pairs.map((p, i) => (
            <Line
              key={p.label}
              dataKey={pairKey(p.a, p.b)}
              name={p.label}
              type="stepAfter"
              stroke={seriesColor(pal, i)}
              strokeDasharray={seriesDash(i)}
              strokeWidth={2.25}
              connectNulls={false}
              dot={false}
              isAnimationActive={!reduced}
              animationDuration={300}
            />
          ))}
        </LineChart>
      )}
    </ChartFrame>
  );
}
