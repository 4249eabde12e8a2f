import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { IssueDistribution } from '../../lib/distribution';
import { wrappedTick } from '../charts/AxisTick';
import { breakLongWords } from '../charts/measureText';
import type { ChartEnv } from '../charts/chartEnv';
import { ChartFrame } from '../charts/ChartFrame';
import { FocusableMark } from '../charts/FocusableMark';
import { DistributionTable } from './DistributionTable';
import { SEGMENTS, SEGMENT_SYMBOL, type Segment } from './segments';

interface Props {
  rows: IssueDistribution[];
  title: (issue: string) => string;
  partyCount: number;
  summary: string;
  env: ChartEnv;
  /** A segment or an issue's name was activated: show the issue's positions. */
  onSelect: (issue: string) => void;
}

/** Row height: taller on phones, where issue titles wrap to three lines. */
const rowHeight = (width: number) => (width < 480 ? 54 : 34);

/** Per issue, stacked bars of how many parties support, conditionally support, oppose or have not spoken. */
export function DistributionChart({ rows, title, partyCount, summary, env, onSelect }: Props) {
  const { palette: pal, m, animate } = env;
  const data = rows.map((r) => ({ title: title(r.issue), ...r.counts, row: r }));
  const describe = (r: IssueDistribution, s: Segment) =>
    m.distribution.segment(title(r.issue), r.counts[s], partyCount, m.distribution.phrase[s]);
  return (
    <ChartFrame
      title={m.distribution.title}
      summary={summary}
      note={m.distribution.note(partyCount)}
      table={<DistributionTable rows={rows} title={title} onSelect={onSelect} m={m} />}
      text={m.charts}
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
              domain={[0, partyCount]}
              allowDecimals={false}
              tickCount={partyCount + 1}
              stroke={pal.rule}
              tick={{ fill: pal.inkMuted, fontSize: 12 }}
            />
            <YAxis
              type="category"
              dataKey="title"
              width={axis}
              tickLine={false}
              axisLine={false}
              tick={wrappedTick(
                axis - 8,
                pal.ink,
                (title) => breakLongWords(title, axis - 8, width < 480 ? 11 : 12, env.hy),
                width < 480 ? 11 : 12,
                width < 480 ? 4 : 3,
              )}
            />
            {SEGMENTS.map((s) => (
              <Bar
                key={s}
                dataKey={s}
                stackId="parties"
                name={m.stance[s]}
                barSize={24}
                fill={pal.stance[s].fill}
                isAnimationActive={animate}
                animationDuration={300}
                shape={(props) => {
                  const r = data[props.index]?.row;
                  if (!r || r.counts[s] === 0) return <g />;
                  return (
                    <FocusableMark
                      className={`segment segment-${s}`}
                      label={describe(r, s)}
                      onActivate={() => onSelect(r.issue)}
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
  );
}
