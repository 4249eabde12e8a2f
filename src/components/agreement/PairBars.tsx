import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { Agreement } from '../../lib/overlap';
import { useChartPalette } from '../../state/theme';
import { useDashboard } from '../../state/store';
import { useI18n } from '../../state/i18n';
import { twoLineTick } from '../charts/AxisTick';
import { ChartFrame } from '../charts/ChartFrame';
import { FocusableMark } from '../charts/FocusableMark';
import { useReducedMotion } from '../charts/useReducedMotion';

interface Props {
  agreements: Agreement[];
  name: (id: string) => string;
  summary: string;
}

interface Row {
  key: string;
  label: string;
  value: number;
  ag: Agreement;
}

const ROW = 56;

/** One bar per pair: its agreement index, with how many issues it rests on and how many were left out. */
export function PairBars({ agreements, name, summary }: Props) {
  const pal = useChartPalette();
  const select = useDashboard((s) => s.select);
  const reduced = useReducedMotion();
  const { m, fmt } = useI18n();
  const indexLabel = (ag: Agreement) => (ag.index === null ? m.charts.noBasisCap : fmt.percent(ag.index));
  const counts = (ag: Agreement) => m.agreement.counts(ag.comparable, ag.notComparable);
  const rows: Row[] = agreements.map((ag) => ({
    key: `${ag.a}-${ag.b}`,
    label: `${name(ag.a)} – ${name(ag.b)}`,
    value: ag.index === null ? 0 : Math.round(ag.index * 1000) / 10,
    ag,
  }));
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  return (
    <ChartFrame
      title={m.agreement.barsTitle}
      summary={summary}
      note={m.agreement.barsNote}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{m.agreement.pair}</th>
              <th scope="col">{m.agreement.index}</th>
              <th scope="col">{m.agreement.overlap}</th>
              <th scope="col">{m.verdict.concession}</th>
              <th scope="col">{m.agreement.partial}</th>
              <th scope="col">{m.agreement.conflict}</th>
              <th scope="col">{m.agreement.compared}</th>
              <th scope="col">{m.agreement.excluded}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{indexLabel(r.ag)}</td>
                <td>{r.ag.overlap}</td>
                <td>{r.ag.concession}</td>
                <td>{r.ag.partial}</td>
                <td>{r.ag.conflict}</td>
                <td>{r.ag.comparable}</td>
                <td>{r.ag.notComparable}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
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
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={width < 480 ? [0, 50, 100] : [0, 25, 50, 75, 100]}
              tickFormatter={(v: number) => fmt.percent(v / 100)}
              stroke={pal.rule}
              tick={{ fill: pal.inkMuted, fontSize: 12 }}
            />
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
              isAnimationActive={!reduced}
              animationDuration={300}
              shape={(props) => {
                const r = rows[props.index];
                if (!r) return <g />;
                return (
                  <FocusableMark
                    className="bar"
                    label={m.agreement.barLabel(r.label, indexLabel(r.ag), counts(r.ag))}
                    onActivate={() => select({ kind: 'pair-all', a: r.ag.a, b: r.ag.b })}
                  >
                    <rect
                      x={props.x}
                      y={Number(props.y) - 6}
                      width={Math.max(Number(props.width), 32)}
                      height={Number(props.height) + 12}
                      fill="transparent"
                    />
                    <rect
                      x={props.x}
                      y={props.y}
                      width={Math.max(Number(props.width), r.ag.index === null ? 0 : 2)}
                      height={props.height}
                      fill={pal.bar}
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
                      {indexLabel(r.ag)}
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
