import { Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColor, seriesDash } from '../../lib/palette';
import { dayNumber, isoFromDay } from '../../core/dates';
import { MIN_COMPARABLE, pairKey } from '../../lib/overlap';
import type { AgreementRow } from '../../lib/timeline';
import type { ChartEnv } from '../charts/chartEnv';
import { ChartFrame, SeriesLegend } from '../charts/ChartFrame';
import { percentAxis } from '../charts/percentAxis';
import { AgreementOverTimeTable } from './AgreementOverTimeTable';
import { SeriesSwatch } from './markers';
import { timeAxis } from './timeAxis';
import { indexText } from '../../lib/labels';

interface Props {
  rows: AgreementRow[];
  pairs: { a: string; b: string; label: string }[];
  domain: [number, number];
  asOf: string;
  issueCount: number;
  env: ChartEnv;
}

/** Every pair's agreement index, recomputed at each date where any position changes. */
export function AgreementOverTime({ rows, pairs, domain, asOf, issueCount, env }: Props) {
  const { palette: pal, m, fmt, animate } = env;
  // Every figure says what it rests on; below three issues there is no figure, only the words and the base.
  const pct = (row: AgreementRow, key: string) => {
    const value = row.values[key] ?? null;
    const comparable = row.bases[key] ?? 0;
    if (value === null) return indexText(m, fmt.percent, { index: null, comparable });
    return `${fmt.percent(value / 100)} ${m.agreement.comparedCount(comparable)}`;
  };
  const flat = rows.map((r) => ({ day: r.day, ...r.values }));
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const last = rows.at(-1);
  const anyFigure = last !== undefined && Object.values(last.values).some((v) => v !== null);
  const anyBase = last !== undefined && Object.values(last.bases).some((n) => n > 0);
  const summary =
    last === undefined
      ? m.timeline.nothingYet(fmt.date(asOf))
      : !anyFigure && anyBase
        ? // One sentence, not "too few to compare" once per pair.
          m.summary.tooFewPairs(m.summary.asOf(fmt.date(asOf)), MIN_COMPARABLE)
        : m.timeline.agreementSummary(
            fmt.date(asOf),
            issueCount,
            pairs.map((p) => `${p.label} ${pct(last, pairKey(p.a, p.b))}`).join(', '),
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
      table={<AgreementOverTimeTable rows={rows} pairs={pairs} pct={pct} m={m} fmt={fmt} />}
      text={m.charts}
    >
      {(width) => (
        <LineChart
          width={width}
          height={220}
          data={flat}
          margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <XAxis {...timeAxis(domain, fmt, pal, width)} />
          <YAxis {...percentAxis(fmt, pal)} width={44} />
          {[25, 50, 75].map((y) => (
            <ReferenceLine key={y} y={y} stroke={pal.rule} />
          ))}
          <ReferenceLine x={dayNumber(asOf)} stroke={pal.inkMuted} strokeDasharray="4 3" />
          <Tooltip
            labelFormatter={(day) => fmt.date(isoFromDay(Number(day)))}
            formatter={(_value, _name, item) => {
              const row = byDay.get(Number((item.payload as { day?: unknown } | undefined)?.day));
              return row === undefined ? '' : pct(row, String(item.dataKey));
            }}
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
              isAnimationActive={animate}
              animationDuration={300}
            />
          ))}
        </LineChart>
      )}
    </ChartFrame>
  );
}
