import { useMemo } from 'react';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { stanceDistribution, type IssueDistribution } from '../../lib/distribution';
import { NO_POSITION_SYMBOL, STANCE_SYMBOL } from '../../lib/labels';
import { useChartPalette } from '../../state/theme';
import { distributionSentence } from '../../lib/summary';
import { useGrid } from '../../state/derived';
import { useDashboard } from '../../state/store';
import { useI18n } from '../../state/i18n';
import { wrappedTick } from '../charts/AxisTick';
import { ChartFrame } from '../charts/ChartFrame';
import { FocusableMark } from '../charts/FocusableMark';
import { useReducedMotion } from '../charts/useReducedMotion';
import { Legend } from '../ui/Legend';

const SEGMENTS = ['supports', 'conditional', 'opposes', 'none'] as const;
type Segment = (typeof SEGMENTS)[number];
const SEGMENT_SYMBOL: Record<Segment, string> = { ...STANCE_SYMBOL, none: NO_POSITION_SYMBOL };
/** Row height: taller on phones, where issue titles wrap to three lines. */
const rowHeight = (width: number) => (width < 480 ? 54 : 34);

/** Per issue, how many parties support, conditionally support, oppose or have not spoken, as of the date. */
export function DistributionView() {
  const pal = useChartPalette();
  const { parties, issues, current, asOf } = useGrid();
  const select = useDashboard((s) => s.select);
  const reduced = useReducedMotion();
  const { m, fmt } = useI18n();
  const rows = useMemo(
    () =>
      stanceDistribution(
        current,
        issues.map((i) => i.id),
        parties.map((p) => p.id),
      ),
    [current, issues, parties],
  );
  const title = (id: string) => issues.find((i) => i.id === id)?.title ?? id;

  if (issues.length === 0 || parties.length === 0) return <p className="empty">{m.distribution.empty}</p>;

  const data = rows.map((r) => ({ title: title(r.issue), ...r.counts, row: r }));
  const describe = (r: IssueDistribution, s: Segment) =>
    m.distribution.segment(title(r.issue), r.counts[s], parties.length, m.distribution.phrase[s]);

  return (
    <div className="distribution">
      <ChartFrame
        title={m.distribution.title}
        summary={distributionSentence(rows, asOf, m.summary, fmt)}
        note={m.distribution.note(parties.length)}
        table={
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{m.distribution.issue}</th>
                {SEGMENTS.map((s) => (
                  <th scope="col" key={s}>
                    {m.stance[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.issue}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => select({ kind: 'issue', issue: r.issue })}
                    >
                      {title(r.issue)}
                    </button>
                  </th>
                  {SEGMENTS.map((s) => (
                    <td key={s}>{r.counts[s]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        {(width) => {
          // Phones give labels more room: Ukrainian and Russian titles hold long single words.
          const axis = width < 480 ? Math.round(width * 0.42) : Math.min(220, Math.round(width * 0.36));
          return (
            <BarChart
              width={width}
              height={data.length * rowHeight(width) + 36}
              data={data}
              layout="vertical"
              margin={{ top: 4, right: 8, bottom: 4, left: 4 }}
              accessibilityLayer={false}
            >
              <XAxis
                type="number"
                domain={[0, parties.length]}
                allowDecimals={false}
                tickCount={parties.length + 1}
                stroke={pal.rule}
                tick={{ fill: pal.inkMuted, fontSize: 12 }}
              />
              <YAxis
                type="category"
                dataKey="title"
                width={axis}
                tickLine={false}
                axisLine={false}
                tick={wrappedTick(axis - 8, pal.ink, undefined, width < 480 ? 11 : 12, width < 480 ? 4 : 3)}
              />
              {SEGMENTS.map((s) => (
                <Bar
                  key={s}
                  dataKey={s}
                  stackId="parties"
                  name={m.stance[s]}
                  barSize={24}
                  fill={pal.stance[s].fill}
                  isAnimationActive={!reduced}
                  animationDuration={300}
                  shape={(props) => {
                    const r = data[props.index]?.row;
                    if (!r || r.counts[s] === 0) return <g />;
                    return (
                      <FocusableMark
                        className={`segment segment-${s}`}
                        label={describe(r, s)}
                        onActivate={() => select({ kind: 'issue', issue: r.issue })}
                      >
                        <rect
                          x={props.x}
                          y={props.y}
                          width={props.width}
                          height={props.height}
                          fill={pal.stance[s].fill}
                          stroke={pal.stance[s].ink}
                          strokeWidth={1}
                        />
                      </FocusableMark>
                    );
                  }}
                >
                  <LabelList
                    dataKey={s}
                    content={(p) => {
                      const count = Number(p.value);
                      if (!(count > 0) || Number(p.width) < 22) return null;
                      return (
                        <text
                          x={Number(p.x) + Number(p.width) / 2}
                          y={Number(p.y) + Number(p.height) / 2}
                          textAnchor="middle"
                          dominantBaseline="central"
                          fontSize={12}
                          fontWeight={600}
                          fill={pal.stance[s].ink}
                          pointerEvents="none"
                          className="segment-label"
                        >
                          {SEGMENT_SYMBOL[s]} {count}
                        </text>
                      );
                    }}
                  />
                </Bar>
              ))}
            </BarChart>
          );
        }}
      </ChartFrame>
      <Legend verdicts={false} index={false} />
    </div>
  );
}

export default DistributionView;
