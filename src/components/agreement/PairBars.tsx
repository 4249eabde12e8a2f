import { pairKey } from '../../lib/overlap';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { Agreement } from '../../lib/overlap';
import { twoLineTick } from '../charts/AxisTick';
import type { ChartEnv } from '../charts/chartEnv';
import { ChartFrame } from '../charts/ChartFrame';
import { BarWithTarget } from '../charts/BarWithTarget';
import { FocusableMark } from '../charts/FocusableMark';
import { percentAxis, percentValue } from '../charts/percentAxis';
import { PairBarsTable, type PairBarRow } from './PairBarsTable';
import { indexText } from '../../lib/labels';

interface Props {
  agreements: Agreement[];
  name: (id: string) => string;
  summary: string;
  env: ChartEnv;
  /** A bar was activated: show the comparisons behind the pair's index. */
  onSelect: (ag: Agreement) => void;
}

const ROW = 56;

/** One bar per pair: its agreement index, with how many issues it rests on and how many were left out. */
export function PairBars({ agreements, name, summary, env, onSelect }: Props) {
  const { palette: pal, m, fmt, animate } = env;
  const counts = (ag: Agreement) => m.agreement.counts(ag.comparable, ag.notComparable);
  const rows: (PairBarRow & { value: number })[] = agreements.map((ag) => ({
    key: pairKey(ag.a, ag.b),
    label: `${name(ag.a)} – ${name(ag.b)}`,
    indexLabel: indexText(m, fmt.percent, ag, { cap: true }),
    value: percentValue(ag.index),
    ag,
  }));
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  return (
    <ChartFrame
      title={m.agreement.barsTitle}
      summary={summary}
      note={m.agreement.barsNote}
      table={<PairBarsTable rows={rows} m={m} />}
      text={m.charts}
    >
      {(width) => {
        const axis = Math.min(220, Math.max(150, Math.round(width * 0.38)));
        return (
          <BarChart
            width={width}
            height={rows.length * ROW + 40}
            data={rows}
            layout="vertical"
            margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
            accessibilityLayer={false}
            title={m.agreement.barsTitle}
          >
            <XAxis {...percentAxis(fmt, pal, width < 480)} />
            <YAxis
              type="category"
              dataKey="label"
              width={axis}
              tickLine={false}
              axisLine={false}
              tick={twoLineTick(axis - 8, pal.ink, pal.inkMuted, (value) => {
                const r = typeof value === 'string' ? byLabel.get(value) : undefined;
                return r ? { title: r.label, detail: counts(r.ag) } : null;
              })}
            />
            <Bar
              dataKey="value"
              fill={pal.bar}
              barSize={22}
              isAnimationActive={animate}
              animationDuration={300}
              shape={(props) => {
                const r = rows[props.index];
                if (!r) return <g />;
                return (
                  <FocusableMark
                    className="bar"
                    label={m.agreement.barLabel(r.label, r.indexLabel, counts(r.ag))}
                    onActivate={() => onSelect(r.ag)}
                  >
                    <BarWithTarget
                      box={props}
                      fill={pal.bar}
                      minWidth={r.ag.index === null ? 0 : 2}
                      targetWidth={32}
                      pad={6}
                    />
                  </FocusableMark>
                );
              }}
            >
              <LabelList
                dataKey="value"
                position="right"
                content={(p) => {
                  const r = rows[Number(p.index)];
                  if (!r) return null;
                  return (
                    <text
                      x={Number(p.x) + Number(p.width) + 6}
                      y={Number(p.y) + Number(p.height) / 2}
                      dominantBaseline="central"
                      fontSize={13}
                      fontWeight={600}
                      fill={pal.ink}
                      className="bar-value"
                    >
                      {r.indexLabel}
                    </text>
                  );
                }}
              />
            </Bar>
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
